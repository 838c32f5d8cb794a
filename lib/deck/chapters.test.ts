import { describe, expect, it } from 'vitest'
import { chapterOfSlide, listChapters, slideSummaries } from './chapters'

function cover(no: number, chapter: unknown, routeAlias?: unknown, title?: string) {
  return {
    no,
    title,
    frontmatter: { layout: 'chapter-cover', chapter, routeAlias },
  }
}

describe('listChapters', () => {
  it('lists chapter covers in deck order and ignores other slides', () => {
    const chapters = listChapters([
      { no: 1, frontmatter: { layout: 'cover' }, title: 'Couverture' },
      cover(2, 0, 'accueil', 'Accueil'),
      { no: 3, frontmatter: {}, title: 'Contenu' },
      cover(4, 1, 'cicd', ' Pourquoi les conteneurs '),
    ])
    expect(chapters).toEqual([
      { chapter: 0, title: 'Accueil', alias: 'accueil', slideNo: 2 },
      { chapter: 1, title: 'Pourquoi les conteneurs', alias: 'cicd', slideNo: 4 },
    ])
  })

  it('falls back to a generic title when the cover has none', () => {
    expect(listChapters([cover(1, 3, 'cli')])[0].title).toBe('Chapitre 3')
  })

  it('rejects a cover without an integer chapter number', () => {
    expect(() => listChapters([cover(7, '2', 'x')])).toThrow('Diapositive 7 : la couverture de chapitre n\'a pas de numéro entier « chapter ».')
  })

  it('rejects a cover without a routeAlias', () => {
    expect(() => listChapters([cover(9, 2)])).toThrow('Diapositive 9 : la couverture du chapitre 2 n\'a pas de « routeAlias ».')
  })
})

describe('chapterOfSlide', () => {
  const chapters = listChapters([cover(2, 0, 'a'), cover(5, 1, 'b')])
  it('returns the last cover at or before the slide', () => {
    expect(chapterOfSlide(chapters, 1)).toBeUndefined()
    expect(chapterOfSlide(chapters, 2)?.alias).toBe('a')
    expect(chapterOfSlide(chapters, 4)?.alias).toBe('a')
    expect(chapterOfSlide(chapters, 9)?.alias).toBe('b')
  })
})

describe('slideSummaries', () => {
  it('reads number, title and frontmatter from Slidev routes, with an empty frontmatter when a route has none', () => {
    expect(slideSummaries([
      { no: 1, meta: { slide: { title: 'Un', frontmatter: { layout: 'cover' } } } },
      { no: 2, meta: {} },
    ])).toEqual([
      { no: 1, title: 'Un', frontmatter: { layout: 'cover' } },
      { no: 2, title: undefined, frontmatter: {} },
    ])
  })
})
