import { describe, expect, it } from 'vitest'
import { corrigeRequested, isCorrige, quizView } from './view'

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

describe('corrigeRequested', () => {
  it('prints the key when the build or the print page\'s query asks for it', () => {
    expect(corrigeRequested('1', '')).toBe(true)
    expect(corrigeRequested(undefined, '?print=true&corrige=1')).toBe(true)
    expect(corrigeRequested(undefined, '?print=true')).toBe(false)
    expect(corrigeRequested(undefined, '?corrige=0')).toBe(false)
    expect(corrigeRequested(undefined, undefined)).toBe(false)
  })
})
