import { describe, expect, it, vi } from 'vitest'
import { loadResume, readResume, recordSlide, RESUME_KEY, resumeAtStart, resumeTarget, saveResume } from './resume'

function memory() {
  const data = new Map<string, string>()
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) }
}

describe('resume store', () => {
  it('validates what it reads, field by field', () => {
    expect(readResume(null)).toEqual({})
    expect(readResume('{')).toEqual({})
    expect(readResume('[3]')).toEqual({})
    expect(readResume('{"slide":12,"section":40}')).toEqual({ slide: 12, section: 40 })
    expect(readResume('{"slide":"12","section":0.5}')).toEqual({})
    expect(readResume('{"slide":0,"section":7}')).toEqual({ section: 7 })
  })
  it('saves one part and keeps the other', () => {
    const store = memory()
    saveResume({ slide: 8 }, store)
    saveResume({ section: 30 }, store)
    saveResume({ slide: -1 }, store)
    expect(JSON.parse(store.data.get(RESUME_KEY)!)).toEqual({ slide: 8, section: 30 })
    expect(loadResume(store)).toEqual({ slide: 8, section: 30 })
  })
  it('survives a storage that throws', () => {
    const denied = (): never => {
      throw new Error('denied')
    }
    const broken = { getItem: denied, setItem: denied }
    expect(loadResume(broken)).toEqual({})
    expect(() => saveResume({ slide: 3 }, broken)).not.toThrow()
    expect(loadResume(undefined)).toEqual({})
  })
  it('offers to resume only past slide 1, inside the deck, elsewhere than here', () => {
    expect(resumeTarget({ slide: 40 }, 500)).toBe(40)
    expect(resumeTarget({ slide: 1 }, 500)).toBeUndefined()
    expect(resumeTarget({ slide: 600 }, 500)).toBeUndefined()
    expect(resumeTarget({ slide: 2 }, 500, 2)).toBeUndefined()
    expect(resumeTarget({}, 500)).toBeUndefined()
  })
})

describe('recordSlide', () => {
  it('keeps the point of the previous visit for the welcome slide', () => {
    const store = memory()
    store.data.set(RESUME_KEY, JSON.stringify({ slide: 120, section: 118 }))
    vi.stubGlobal('localStorage', store)
    try {
      recordSlide(1)
      recordSlide(2)
      expect(resumeAtStart()).toEqual({ slide: 120, section: 118 })
      expect(loadResume(store)).toEqual({ slide: 2, section: 118 })
    }
    finally {
      vi.unstubAllGlobals()
    }
  })
})
