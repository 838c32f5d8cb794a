import type { SlideSummary } from '../deck/chapters'
import { describe, expect, it } from 'vitest'
import { findReadingChapter, neighbours, plainTitle, readingChapters, readingPath } from './chapters'

function cover(no: number, chapter: number, title: string): SlideSummary {
  return { no, title, frontmatter: { layout: 'chapter-cover', chapter, routeAlias: `c${chapter}` } }
}
const slide = (no: number, title?: string): SlideSummary => ({ no, title, frontmatter: {} })

const deck = [slide(1, 'Titre'), cover(2, 0, 'Accueil'), slide(3), cover(4, 1, 'Pourquoi'), slide(5), slide(6)]

describe('readingChapters', () => {
  it('groups slides by chapter, the title slide with the first chapter', () => {
    const chapters = readingChapters(deck)
    expect(chapters.map(c => [c.entry.chapter, c.slides.map(s => s.no)])).toEqual([[0, [1, 2, 3]], [1, [4, 5, 6]]])
    expect(readingChapters([slide(1)])).toEqual([])
  })
  it('finds a chapter by its route parameter, and its neighbours', () => {
    const chapters = readingChapters(deck)
    expect(findReadingChapter(chapters, '1')?.entry.title).toBe('Pourquoi')
    expect(findReadingChapter(chapters, ['0'])?.entry.title).toBe('Accueil')
    for (const bad of ['7', 'x', '1a', undefined, ''])
      expect(findReadingChapter(chapters, bad)).toBeUndefined()
    expect(neighbours(chapters, chapters[0]!)).toEqual({ previous: undefined, next: chapters[1] })
    expect(neighbours(chapters, chapters[1]!)).toEqual({ previous: chapters[0], next: undefined })
  })
  it('gives the reading address of a slide', () => {
    const chapters = readingChapters(deck)
    expect(readingPath(chapters, 5)).toBe('/lecture/1#diapositive-5')
    expect(readingPath(chapters, 1)).toBe('/lecture/0#diapositive-1')
    expect(readingPath(chapters, 9)).toBeUndefined()
    expect(plainTitle(' Le `Dockerfile`\n  complet ')).toBe('Le Dockerfile complet')
  })
})
