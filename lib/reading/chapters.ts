import type { ChapterEntry, SlideSummary } from '../deck/chapters'
import { listChapters } from '../deck/chapters'

/** A chapter of the reading mode: its cover and every slide up to the next cover. */
export interface ReadingChapter {
  entry: ChapterEntry
  slides: SlideSummary[]
}

/**
 * Groups the deck's slides by chapter, in order. Slides before the first cover (the course's title slide) open the
 * first chapter, so that every slide can be read somewhere.
 */
export function readingChapters(slides: readonly SlideSummary[]): ReadingChapter[] {
  const chapters = listChapters(slides).map(entry => ({ entry, slides: [] as SlideSummary[] }))
  if (chapters.length === 0)
    return []
  let current = 0
  for (const slide of slides) {
    while (current + 1 < chapters.length && slide.no >= chapters[current + 1]!.entry.slideNo)
      current++
    chapters[current]!.slides.push(slide)
  }
  return chapters
}

/** The chapter of `/lecture/<chapter>`: the route parameter is the chapter number; anything else gives undefined. */
export function findReadingChapter(chapters: readonly ReadingChapter[], param: unknown): ReadingChapter | undefined {
  const text = Array.isArray(param) ? param[0] : param
  if (typeof text !== 'string' || !/^\d+$/.test(text))
    return undefined
  return chapters.find(chapter => chapter.entry.chapter === Number(text))
}

/** The chapters before and after one, for the chapter navigation. */
export function neighbours(chapters: readonly ReadingChapter[], chapter: ReadingChapter): { previous?: ReadingChapter, next?: ReadingChapter } {
  const index = chapters.indexOf(chapter)
  return { previous: index > 0 ? chapters[index - 1] : undefined, next: index >= 0 ? chapters[index + 1] : undefined }
}

/** The reading-mode address of a slide: its chapter page, at its section. */
export function readingPath(chapters: readonly ReadingChapter[], slideNo: number): string | undefined {
  const chapter = chapters.find(c => c.slides.some(s => s.no === slideNo))
  return chapter ? `/lecture/${chapter.entry.chapter}#diapositive-${slideNo}` : undefined
}

/** A slide title as plain text (no Markdown backticks, single spaces). */
export function plainTitle(title: string | undefined): string {
  return (title ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim()
}
