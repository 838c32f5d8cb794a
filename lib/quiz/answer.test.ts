import { describe, expect, it } from 'vitest'
import { feedbackText, fingerprint, isCorrectSelection, optionState } from './answer'

const single = { options: [{ html: 'a', correct: false }, { html: 'b', correct: true }, { html: 'c', correct: false }], correctLabels: ['b'] }
const multiple = { options: [{ html: 'a', correct: true }, { html: 'b', correct: true }, { html: 'c', correct: false }], correctLabels: ['a', 'b'] }

describe('isCorrectSelection', () => {
  it('accepts exactly the correct set, in any order, and nothing else', () => {
    expect(isCorrectSelection(single, [1])).toBe(true)
    expect(isCorrectSelection(single, [0])).toBe(false)
    expect(isCorrectSelection(single, [])).toBe(false)
    expect(isCorrectSelection(multiple, [1, 0])).toBe(true)
    expect(isCorrectSelection(multiple, [0])).toBe(false)
    expect(isCorrectSelection(multiple, [0, 1, 2])).toBe(false)
  })
})

describe('optionState', () => {
  it('marks chosen, missed and wrong options', () => {
    expect([0, 1, 2].map(i => optionState(multiple, [0, 2], i))).toEqual(['correct-chosen', 'correct-missed', 'wrong-chosen'])
  })
})

describe('feedbackText', () => {
  it('says whether the answer is right and, if not, which options were', () => {
    expect(feedbackText(single, [1])).toBe('Bonne réponse.')
    expect(feedbackText(single, [0])).toBe('Réponse incorrecte. La bonne réponse était «\u00A0b\u00A0».')
    expect(feedbackText(multiple, [0])).toBe('Réponse incorrecte. Les bonnes réponses étaient «\u00A0a\u00A0», «\u00A0b\u00A0».')
  })
})

describe('fingerprint', () => {
  const question = { id: 'ch1-x', question: 'Q ?', options: [{ text: 'A', correct: true }, { text: 'B' }], explanation: 'E' }
  it('changes when the question or its answer key changes, not when the explanation does', () => {
    expect(fingerprint(question)).toMatch(/^[0-9a-f]{8}$/)
    expect(fingerprint({ ...question, explanation: 'Autre' })).toBe(fingerprint(question))
    expect(fingerprint({ ...question, options: [{ text: 'A' }, { text: 'B', correct: true }] })).not.toBe(fingerprint(question))
  })
})
