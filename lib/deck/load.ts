import type { SlideInfo } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'

/** One slide of the deck, located in its source file. */
export interface DeckSlide {
  /** 1-based slide number in the presentation, as in the URL. */
  no: number
  /** Absolute path of the markdown file the slide comes from. */
  filepath: string
  /** 1-based line of the first content line (after the frontmatter) in `filepath`. */
  contentLine: number
  /** 1-based position of the slide in `filepath` (what a `src: file.md#3-5` range counts). */
  indexInFile: number
  /** Raw markdown of the slide body, notes included, exactly as in the file. */
  body: string
  frontmatter: Record<string, any>
  /** 1-based line of each top-level frontmatter key in `filepath`. */
  frontmatterLines: Record<string, number>
  title?: string
  note?: string
}

export interface Deck {
  root: string
  entry: string
  slides: DeckSlide[]
  /** Every markdown file the deck is made of (entry and `src:` imports). */
  files: string[]
}

/**
 * Loads a deck the way Slidev does (same parser, `src:` imports followed, hidden slides skipped).
 * Parser errors (missing import, import cycle…) are thrown with their file.
 */
export async function loadDeck(entry: string): Promise<Deck> {
  const entryPath = resolve(entry)
  const root = dirname(entryPath)
  const data = await load({ userRoot: root, roots: [root] } as any, entryPath)
  const errors: string[] = []
  for (const [file, md] of Object.entries(data.markdownFiles)) {
    for (const error of md.errors ?? [])
      errors.push(`${relative(root, file)}:${(error.row ?? 0) + 1} : ${error.message}`)
  }
  for (const slide of data.slides) {
    for (const error of slide.source.frontmatterDoc?.errors ?? []) {
      const line = slide.source.start + 1 + (error.linePos?.[0]?.line ?? 1)
      errors.push(`${relative(root, slide.source.filepath)}:${line} : frontmatter YAML invalide — ${error.message.split(' at line ')[0]}`)
    }
  }
  if (errors.length)
    throw new Error(`Le deck ${relative(process.cwd(), entryPath)} ne se charge pas :\n${errors.join('\n')}`)

  const lines = new Map<string, string[]>()
  const fileLines = (file: string) => {
    if (!lines.has(file))
      lines.set(file, readFileSync(file, 'utf-8').split(/\r?\n/))
    return lines.get(file)!
  }

  const slides = data.slides.map((slide: SlideInfo, index): DeckSlide => {
    const source = slide.source
    const all = fileLines(source.filepath)
    const content = all.slice(source.contentStart, source.end)
    const frontmatterLines: Record<string, number> = {}
    for (let i = source.start; i < source.contentStart; i++) {
      const key = /^([\w-]+)\s*:/.exec(all[i])
      if (key && !(key[1] in frontmatterLines))
        frontmatterLines[key[1]] = i + 1
    }
    return {
      no: index + 1,
      filepath: source.filepath,
      contentLine: source.contentStart + 1,
      indexInFile: source.index + 1,
      body: content.join('\n'),
      frontmatter: slide.frontmatter ?? {},
      frontmatterLines,
      title: slide.title,
      note: slide.note,
    }
  })
  return { root, entry: entryPath, slides, files: Object.keys(data.markdownFiles) }
}

/** `file:line` relative to the deck root, for error messages. */
export function where(deck: Pick<Deck, 'root'>, filepath: string, line: number): string {
  return `${relative(deck.root, filepath) || filepath}:${line}`
}
