/** Searchable fields of a slide, in ranking order (a title hit weighs most, a notes hit least). */
export const FIELDS = ['title', 'text', 'code', 'quiz', 'notes'] as const
export type Field = typeof FIELDS[number]

/**
 * One slide, as a tuple to keep the index small: slide number, index in `chapters` (-1 before the first chapter
 * cover), routeAlias ('' when none), then the original text of each field of `FIELDS` (spaces collapsed).
 */
export type SearchDoc = [no: number, chapter: number, alias: string, title: string, text: string, code: string, quiz: string, notes: string]

/** `virtual:course-search`: built from the deck at build time (lib/search/plugin.ts). */
export interface SearchIndex {
  /** Chapter number and title, in deck order. */
  chapters: [chapter: number, title: string][]
  docs: SearchDoc[]
}

/** Offset of the first field in a `SearchDoc`. */
export const FIELD_OFFSET = 3
