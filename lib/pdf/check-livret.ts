/**
 * Checks of the trainer booklet and the student handout (`scripts/check-livret.ts`) on their text, page by page
 * (`pdftotext`, squashed: `lib/pdf/text.ts`), against the deck and the PDF the slides were taken from.
 */
import { A4 } from './layout'
import { CONTINUED } from './livret'
import { squash } from './text'

export interface ExpectedSlide {
  no: number
  /** Distinctive squashed text of the slide's page in the source PDF (`slideExcerpt`); none for a slide without text. */
  excerpt?: string
  /** Squashed text of each block of the slide's note (booklet only). */
  noteBlocks: string[]
  /** The slide shows a lab solution (booklet only: « Solution » must be on its page). */
  solution?: boolean
}

export interface PageSize { width: number, height: number }

/** Squashed « Diapositive N / T » labels, with « (suite) » on the continuation pages of a note. */
const LABEL = new RegExp(`Diapositive(\\d+)/(\\d+)(?!\\d)(${squash(CONTINUED).replace(/[()]/g, '\\$&')})?`, 'g')

interface Label { no: number, total: number, continued: boolean }

export function labelsOf(pageText: string): Label[] {
  return [...pageText.matchAll(LABEL)].map(m => ({ no: Number(m[1]), total: Number(m[2]), continued: Boolean(m[3]) }))
}

/** A4 portrait, within 2 pt (Chromium rounds the page to whole CSS pixels). */
export function isA4Portrait(size: PageSize): boolean {
  return Math.abs(size.width - A4.width) < 2 && Math.abs(size.height - A4.height) < 2
}

/**
 * A distinctive excerpt of a slide from its page's text in the exported PDF: the longest line, squashed, at most
 * 40 characters (long enough to tell slides apart, short enough to stay on one line of the scaled slide).
 * Undefined for a page with less than 8 characters of text.
 */
export function slideExcerpt(pageText: string): string | undefined {
  const lines = pageText.split('\n').map(squash).sort((a, b) => b.length - a.length)
  const best = lines[0] ?? ''
  return best.length >= 8 ? best.slice(0, 40) : undefined
}

function sizeProblems(sizes: PageSize[]): string[] {
  const wrong = sizes.flatMap((size, i) => isA4Portrait(size) ? [] : [`page ${i + 1} (${size.width.toFixed(1)} × ${size.height.toFixed(1)} pt)`])
  return wrong.length > 0 ? [`pages qui ne sont pas en A4 portrait : ${wrong.slice(0, 10).join(', ')}${wrong.length > 10 ? '…' : ''}`] : []
}

/**
 * Note text as compared: without hyphens, since pdftotext joins a word hyphenated at the end of a line and drops the
 * hyphen (« runtime-spec » wrapped after « runtime- » reads « runtimespec »).
 */
export const withoutHyphens = (text: string) => text.replace(/[-\u00AD\u2010\u2011]/g, '')

const short = (text: string) => text.length > 50 ? `${text.slice(0, 50)}…` : text

/**
 * The booklet: every page A4 portrait and headed by its slide's label; every slide once, in order, on its page with
 * its distinctive text, the lab solution if it has one, and every block of its note on its page or its « (suite) »
 * pages. Problems name the slide and the reason.
 */
export function bookletProblems(pages: string[], sizes: PageSize[], slides: ExpectedSlide[]): string[] {
  const problems = sizeProblems(sizes)
  const total = slides.length
  const pagesOf = new Map<number, number[]>()
  const misplaced = new Set<number>()
  /** The slide whose pages are being read; undefined after a page out of place. */
  let current: number | undefined
  pages.forEach((text, index) => {
    const label = labelsOf(text)[0]
    if (!label) {
      problems.push(`page ${index + 1} : pas d'en-tête « Diapositive N / ${total} »`)
      return
    }
    if (label.total !== total)
      problems.push(`page ${index + 1} : « Diapositive ${label.no} / ${label.total} » pour un deck de ${total} diapositives`)
    if (label.continued) {
      if (label.no === current)
        pagesOf.get(label.no)!.push(index)
      else
        problems.push(`page ${index + 1} : suite des notes de la diapositive ${label.no} hors de sa place`)
      return
    }
    const last = Math.max(0, ...pagesOf.keys())
    if (pagesOf.has(label.no) || label.no < last) {
      problems.push(pagesOf.has(label.no)
        ? `page ${index + 1} : diapositive ${label.no} en double (déjà page ${pagesOf.get(label.no)![0]! + 1})`
        : `page ${index + 1} : diapositive ${label.no} après la diapositive ${last} (ordre du deck non suivi)`)
      misplaced.add(label.no)
      current = undefined
      return
    }
    pagesOf.set(label.no, [index])
    current = label.no
  })
  for (const slide of slides) {
    const own = pagesOf.get(slide.no)
    if (!own) {
      if (!misplaced.has(slide.no))
        problems.push(`diapositive ${slide.no} : absente du livret`)
      continue
    }
    const first = pages[own[0]!]!
    if (slide.excerpt && !first.includes(slide.excerpt))
      problems.push(`diapositive ${slide.no} (page ${own[0]! + 1}) : texte de la diapositive absent (« ${short(slide.excerpt)} »)`)
    if (slide.solution && !first.includes('Solution'))
      problems.push(`diapositive ${slide.no} (page ${own[0]! + 1}) : solution du TP absente`)
    const text = withoutHyphens(own.map(i => pages[i]).join(''))
    const lost = slide.noteBlocks.map((block, i) => ({ block, i })).filter(({ block }) => !text.includes(withoutHyphens(block)))
    if (lost.length > 0)
      problems.push(`diapositive ${slide.no} (page ${own.map(i => i + 1).join(', ')}) : notes absentes, bloc(s) ${lost.map(({ i }) => i + 1).join(', ')} sur ${slide.noteBlocks.length} (« ${short(lost[0]!.block)} »)`)
  }
  return problems
}

/**
 * The handout: ceil(slides / perPage) A4 portrait pages; page p shows the labels of its slides, in order, and their
 * distinctive texts.
 */
export function handoutProblems(pages: string[], sizes: PageSize[], slides: ExpectedSlide[], perPage: number): string[] {
  const problems = sizeProblems(sizes)
  const expectedPages = Math.ceil(slides.length / perPage)
  if (pages.length !== expectedPages)
    problems.push(`${pages.length} pages pour ${slides.length} diapositives à ${perPage} par page (${expectedPages} attendues)`)
  for (let p = 0; p < expectedPages; p++) {
    const expected = slides.slice(p * perPage, (p + 1) * perPage)
    const text = pages[p] ?? ''
    const found = labelsOf(text).map(l => l.no)
    const numbers = expected.map(s => s.no)
    if (found.join(',') !== numbers.join(',')) {
      problems.push(`page ${p + 1} : diapositives ${found.join(', ') || 'aucune'} au lieu de ${numbers.join(', ')}`)
      continue
    }
    for (const slide of expected) {
      if (slide.excerpt && !text.includes(slide.excerpt))
        problems.push(`diapositive ${slide.no} (page ${p + 1}) : texte de la diapositive absent (« ${short(slide.excerpt)} »)`)
    }
  }
  return problems
}
