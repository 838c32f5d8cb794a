import { describe, expect, it } from 'vitest'
import { isCorrige, quizView } from './view'

const base = { renderContext: 'slide', printMode: false, corrige: false, revealed: false }

describe('quizView', () => {
  it('lets learners answer on the slide, and shows the key once the reveal click is reached', () => {
    expect(quizView(base)).toEqual({ interactive: true, showKey: false, trainer: false, print: false })
    expect(quizView({ ...base, revealed: true }).showKey).toBe(true)
  })

  it('always shows the key to the trainer (presenter view and next-slide preview)', () => {
    expect(quizView({ ...base, renderContext: 'presenter' })).toEqual({ interactive: false, showKey: true, trainer: true, print: false })
    expect(quizView({ ...base, renderContext: 'previewNext' }).showKey).toBe(true)
  })

  it('prints statically; the key only in the corrigé, whatever the click state', () => {
    expect(quizView({ ...base, printMode: true, revealed: true })).toEqual({ interactive: false, showKey: false, trainer: false, print: true })
    expect(quizView({ ...base, printMode: true, corrige: true }).showKey).toBe(true)
  })
})

describe('isCorrige', () => {
  it('reads the VITE_QCM_CORRIGE switch', () => {
    expect(['1', 'true', ' TRUE '].map(isCorrige)).toEqual([true, true, true])
    expect([undefined, '', '0', 'false', 1].map(isCorrige)).toEqual([false, false, false, false, false])
  })
})
