import type { ExpectedSlide, PageSize } from './check-livret'
import { describe, expect, it } from 'vitest'
import { bookletProblems, handoutProblems, isA4Portrait, labelsOf, slideExcerpt, withoutHyphens } from './check-livret'
import { A4 } from './layout'
import { slideLabel } from './livret'
import { squash } from './text'

const a4: PageSize = { width: 594.96, height: 841.92 }
const slides: ExpectedSlide[] = [
  { no: 1, excerpt: 'Couverture', noteBlocks: ['Accueillirlegroupe.'] },
  { no: 2, excerpt: 'Deuxièmediapo', noteBlocks: ['Premierbloc.', 'Secondbloc.'], solution: true },
  { no: 3, excerpt: undefined, noteBlocks: [] },
]
/** Squashed page text as pdftotext gives it: header, slide text, notes, footer. */
const page = (header: string, ...rest: string[]) => squash([header, ...rest].join('\n'))
function booklet() {
  return [
    page(slideLabel(1, 3), 'Couverture', 'Accueillir le groupe.', 'Page 1 / 4'),
    page(slideLabel(2, 3), 'Deuxième diapo', 'Solution', 'Premier bloc.', 'Page 2 / 4'),
    page(`${slideLabel(2, 3)} (suite)`, 'Second bloc.', 'Page 3 / 4'),
    page(slideLabel(3, 3), 'Pas de notes pour cette diapositive.', 'Page 4 / 4'),
  ]
}
const sizes = (n: number): PageSize[] => Array.from<PageSize>({ length: n }).fill(a4)

describe('labelsOf', () => {
  it('reads the labels and the « (suite) » mark, without taking slide 1 for slide 12', () => {
    expect(labelsOf(squash(`${slideLabel(12, 591)} (suite) puis ${slideLabel(1, 591)}`))).toEqual([
      { no: 12, total: 591, continued: true },
      { no: 1, total: 591, continued: false },
    ])
  })
})

describe('slideExcerpt', () => {
  it('takes the longest line, squashed, at most 40 characters', () => {
    expect(slideExcerpt('Titre\nUne ligne nettement plus longue que le titre\n3')).toBe('Unelignenettementpluslonguequeletitre')
    expect(slideExcerpt('x'.repeat(50))).toHaveLength(40)
  })
  it('gives nothing for a page almost without text', () => {
    expect(slideExcerpt('\n  7 \n')).toBeUndefined()
  })
})

describe('isA4Portrait', () => {
  it('accepts A4 portrait as Chromium prints it, not landscape nor Letter', () => {
    expect(isA4Portrait(a4)).toBe(true)
    expect(isA4Portrait({ width: A4.height, height: A4.width })).toBe(false)
    expect(isA4Portrait({ width: 612, height: 792 })).toBe(false)
  })
})

describe('bookletProblems', () => {
  it('passes a complete booklet', () => {
    expect(bookletProblems(booklet(), sizes(4), slides)).toEqual([])
  })
  it('fails when a slide\'s page is missing', () => {
    const pages = booklet()
    pages.splice(3, 1)
    expect(bookletProblems(pages, sizes(3), slides)).toEqual(['diapositive 3 : absente du livret'])
  })
  it('fails when a note\'s continuation page is lost, naming the block', () => {
    const pages = booklet()
    pages.splice(2, 1)
    expect(bookletProblems(pages, sizes(3), slides)).toEqual([
      'diapositive 2 (page 2) : notes absentes, bloc(s) 2 sur 2 (« Secondbloc. »)',
    ])
  })
  it('fails on slides out of order, a duplicate, and a continuation out of place', () => {
    const [p1, p2, p3, p4] = booklet()
    expect(bookletProblems([p1!, p4!, p2!, p3!], sizes(4), slides)).toEqual([
      'page 3 : diapositive 2 après la diapositive 3 (ordre du deck non suivi)',
      'page 4 : suite des notes de la diapositive 2 hors de sa place',
    ])
    expect(bookletProblems([p1!, p1!, p2!, p3!, p4!], sizes(5), slides)).toEqual(['page 2 : diapositive 1 en double (déjà page 1)'])
    expect(bookletProblems([p1!, p3!, p2!, p4!], sizes(4), slides)[0]).toBe('page 2 : suite des notes de la diapositive 2 hors de sa place')
  })
  it('fails when the wrong slide is drawn, the lab solution is missing, or a page has no header', () => {
    const pages = booklet()
    pages[0] = page(slideLabel(1, 3), 'Autre diapositive', 'Accueillir le groupe.')
    pages[1] = page(slideLabel(2, 3), 'Deuxième diapo', 'Premier bloc.')
    pages.push(squash('Une page de trop'))
    expect(bookletProblems(pages, sizes(5), slides)).toEqual([
      'page 5 : pas d\'en-tête « Diapositive N / 3 »',
      'diapositive 1 (page 1) : texte de la diapositive absent (« Couverture »)',
      'diapositive 2 (page 2) : solution du TP absente',
    ])
  })
  it('fails on pages that are not A4 portrait and on a label of another deck', () => {
    const pages = booklet()
    pages[3] = page(slideLabel(3, 4))
    expect(bookletProblems(pages, [a4, a4, { width: 842, height: 595 }, a4], slides)).toEqual([
      'pages qui ne sont pas en A4 portrait : page 3 (842.0 × 595.0 pt)',
      'page 4 : « Diapositive 3 / 4 » pour un deck de 3 diapositives',
    ])
  })
  it('reads a note through the hyphens pdftotext drops at line ends', () => {
    const pages = booklet()
    pages[0] = page(slideLabel(1, 3), 'Couverture', 'Accueillir le grou', 'pe.')
    expect(bookletProblems(pages, sizes(4), [{ ...slides[0]!, noteBlocks: ['Accueillirlegrou-pe.'] }, slides[1]!, slides[2]!])).toEqual([])
    expect(withoutHyphens('run-time‐spec')).toBe('runtimespec')
  })
})

describe('handoutProblems', () => {
  const handout = () => [
    page('Couverture', slideLabel(1, 3), 'Deuxième diapo', slideLabel(2, 3), 'Page 1 / 2'),
    page(slideLabel(3, 3), 'Page 2 / 2'),
  ]
  it('passes a complete handout', () => {
    expect(handoutProblems(handout(), sizes(2), slides, 2)).toEqual([])
  })
  it('fails on a missing page, a missing or misplaced slide, a wrong slide', () => {
    expect(handoutProblems(handout().slice(0, 1), sizes(1), slides, 2)).toEqual([
      '1 pages pour 3 diapositives à 2 par page (2 attendues)',
      'page 2 : diapositives aucune au lieu de 3',
    ])
    const swapped = [page('Couverture', slideLabel(2, 3), slideLabel(1, 3)), handout()[1]!]
    expect(handoutProblems(swapped, sizes(2), slides, 2)).toEqual(['page 1 : diapositives 2, 1 au lieu de 1, 2'])
    const wrong = [page('Autre', slideLabel(1, 3), 'Deuxième diapo', slideLabel(2, 3)), handout()[1]!]
    expect(handoutProblems(wrong, sizes(2), slides, 2)).toEqual(['diapositive 1 (page 1) : texte de la diapositive absent (« Couverture »)'])
  })
})
