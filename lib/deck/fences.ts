import type { Deck, DeckSlide } from './load'

/** A fenced code block of a slide, located in its source file. */
export interface Fence {
  slide: DeckSlide
  /** Language: first word of the info string (`dockerfile`, `bash`, `qcm`…), lower-cased. */
  lang: string
  /** Rest of the info string (`{1|3}`, `{bad}`, `[compose.yaml]`…). */
  meta: string
  code: string
  /** 1-based line of the opening fence in `slide.filepath`. */
  line: number
  /** 1-based line of the first code line. */
  codeLine: number
}

const OPEN = /^ {0,3}(`{3,}|~{3,})/

/** Splits a slide body into its fenced code blocks (CommonMark fences, nested longer fences respected). */
export function slideFences(slide: DeckSlide): Fence[] {
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
    fences.push({
      slide,
      lang: lang.toLowerCase(),
      meta,
      code: lines.slice(i + 1, j).join('\n'),
      line: slide.contentLine + i,
      codeLine: slide.contentLine + i + 1,
    })
    i = j
  }
  return fences
}

export function deckFences(deck: Deck, langs?: readonly string[]): Fence[] {
  const all = deck.slides.flatMap(slideFences)
  return langs ? all.filter(fence => langs.includes(fence.lang)) : all
}

/** Slide body with fenced code replaced by blank lines, so prose scanners keep line numbers. */
export function proseOf(slide: DeckSlide): string {
  const lines = slide.body.split('\n')
  for (const fence of slideFences(slide)) {
    const from = fence.line - slide.contentLine
    const to = from + fence.code.split('\n').length + 1
    for (let k = from; k <= to && k < lines.length; k++) lines[k] = ''
  }
  return lines.join('\n')
}
