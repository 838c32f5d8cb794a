import { describe, expect, it } from 'vitest'
import { isSearchShortcut, lecturePath } from './state'
import { moveFocus, resultStatus } from './view'

describe('moveFocus', () => {
  it('moves from the input (-1) through the results and back', () => {
    expect(moveFocus(-1, 'ArrowDown', 3)).toBe(0)
    expect(moveFocus(2, 'ArrowDown', 3)).toBe(2)
    expect(moveFocus(0, 'ArrowUp', 3)).toBe(-1)
    expect(moveFocus(1, 'Home', 3)).toBe(0)
    expect(moveFocus(1, 'End', 3)).toBe(2)
    expect(moveFocus(-1, 'End', 3)).toBeUndefined()
    expect(moveFocus(-1, 'ArrowDown', 0)).toBeUndefined()
    expect(moveFocus(0, 'a', 3)).toBeUndefined()
  })
})

describe('resultStatus', () => {
  it('says how many results, in French', () => {
    expect(resultStatus('', 0, 0)).toBe('')
    expect(resultStatus(' x ', 0, 0)).toBe('Aucun résultat pour «\u00A0x\u00A0».')
    expect(resultStatus('x', 1, 1)).toBe('1 résultat.')
    expect(resultStatus('x', 12, 12)).toBe('12 résultats.')
    expect(resultStatus('x', 92, 30)).toBe('30 premiers résultats sur 92.')
  })
})

describe('isSearchShortcut', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
    isSearchShortcut({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods })
  it('opens on / and Ctrl+K or ⌘K, nothing else', () => {
    expect(key('/')).toBe(true)
    expect(key('k', { ctrlKey: true })).toBe(true)
    expect(key('K', { metaKey: true })).toBe(true)
    expect(key('k')).toBe(false)
    expect(key('/', { ctrlKey: true })).toBe(false)
    expect(key('/', { altKey: true })).toBe(false)
    // Slidev's own keys.
    for (const k of ['g', 'o', 'd', 'f', '`', ' ', 'ArrowRight', 'Escape'])
      expect(key(k)).toBe(false)
  })
})

describe('lecturePath', () => {
  it('follows the reading mode\'s routes', () => {
    expect(lecturePath(5, 150)).toBe('/lecture/5#diapositive-150')
    expect(lecturePath(5)).toBe('/lecture/5')
    expect(lecturePath(undefined)).toBe('/lecture')
  })
})
