import { describe, expect, it } from 'vitest'
import { scoreSentence } from './score'

describe('scoreSentence', () => {
  it('writes singular and plural forms', () => {
    expect(scoreSentence({ total: 5, answered: 4, correct: 3 })).toBe('3 bonnes réponses sur 5 questions (4 répondues)')
    expect(scoreSentence({ total: 1, answered: 1, correct: 1 })).toBe('1 bonne réponse sur 1 question (1 répondue)')
    expect(scoreSentence({ total: 0, answered: 0, correct: 0 })).toBe('Aucune question ici pour l\'instant.')
  })
})
