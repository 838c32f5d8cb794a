import type { Deck, DeckSlide } from './load'

/** A fenced code block of a slide, located in its source file. */
export interface Fence {
  slide: DeckSlide
  /** Language: first word of the info string (`dockerfile`, `bash`, `qcm`…), lower-cased. */
  lang: string
  /** Rest of the info string (`bad {1|3}`, `[compose.yaml]`…). */
  meta: string
  /**
   * Course markers: bare words at the end of the info string, which Slidev ignores when rendering
   * (`dockerfile bad`, `dockerfile {2|3} fragment`). `bad` = wrong on purpose, `fragment` = an excerpt.
   */
  markers: Set<FenceMarker>
  /** For a step of a `md magic-move` block: its 0-based index in the sequence. */
  magicMoveStep?: number
  code: string
  /** 1-based line of the opening fence in `slide.filepath`. */
  line: number
  /** 1-based line of the first code line. */
  codeLine: number
}

const OPEN = /^ {0,3}(`{3,}|~{3,})/
const MAGIC_MOVE = /^(?:md|markdown)$/
const MAGIC_MOVE_META = /^magic-move\b/

export const FENCE_MARKERS = ['bad', 'fragment'] as const
export type FenceMarker = typeof FENCE_MARKERS[number]

/**
 * The course markers of a fence meta: bare words outside `[title]` and `{…}` groups. Authors write them
 * last (`dockerfile {2|3} bad`): Slidev passes trailing words to the highlighter, which ignores them,
 * whereas a word before `{ranges}` or `[title]` makes Slidev drop those.
 */
export function parseMarkers(meta: string): Set<FenceMarker> {
  const markers = new Set<FenceMarker>()
  const outside = meta.replace(/\[[^\]]*\]|\{[^}]*\}/g, ' ')
  for (const word of outside.split(/\s+/)) {
    if ((FENCE_MARKERS as readonly string[]).includes(word))
      markers.add(word as FenceMarker)
  }
  return markers
}

/** Splits a slide body into its fenced code blocks (CommonMark fences, nested longer fences respected). */
export function slideFences(slide: DeckSlide, expandMagicMove = true): Fence[] {
  const lines = slide.body.split('\n')
  const fences: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i])
    if (!open)
      continue
    const marker = open[1]
    const info = lines[i].slice(open[0].length).trim()
    const space = info.search(/\s/)
    const lang = space === -1 ? info : info.slice(0, space)
    const meta = space === -1 ? '' : info.slice(space + 1).trim()
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`)
    let j = i + 1
    while (j < lines.length && !close.test(lines[j])) j++
    const fence: Fence = {
      slide,
      lang: lang.toLowerCase(),
      meta,
      markers: parseMarkers(meta),
      code: lines.slice(i + 1, j).join('\n'),
      line: slide.contentLine + i,
      codeLine: slide.contentLine + i + 1,
    }
    if (expandMagicMove && MAGIC_MOVE.test(fence.lang) && MAGIC_MOVE_META.test(meta))
      fences.push(...magicMoveSteps(fence))
    else
      fences.push(fence)
    i = j
  }
  return fences
}

/** The steps of a magic-move block, each a fence of its own located at its line in the file. */
function magicMoveSteps(outer: Fence): Fence[] {
  const inner = slideFences({ ...outer.slide, body: outer.code, contentLine: outer.codeLine })
  return inner.map((step, index) => ({ ...step, slide: outer.slide, magicMoveStep: index }))
}

export function deckFences(deck: Deck, langs?: readonly string[]): Fence[] {
  const all = deck.slides.flatMap(slide => slideFences(slide))
  return langs ? all.filter(fence => langs.includes(fence.lang)) : all
}

/** Slide body with fenced code replaced by blank lines, so prose scanners keep line numbers. */
export function proseOf(slide: DeckSlide): string {
  const lines = slide.body.split('\n')
  for (const fence of slideFences(slide, false)) {
    const from = fence.line - slide.contentLine
    const to = from + fence.code.split('\n').length + 1
    for (let k = from; k <= to && k < lines.length; k++) lines[k] = ''
  }
  return lines.join('\n')
}
