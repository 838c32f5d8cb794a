import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { copyChapter, importsOf, repeatDeck, scaleEntry } from './synthetic'

const entry = `---
title: Cours
---

# Couverture

---
src: ./pages/00-a.md
---

---
src: ./pages/01-b.md
---
`

describe('synthetic deck', () => {
  it('lists the imports of the entry', () => {
    expect(importsOf(entry)).toEqual(['./pages/00-a.md', './pages/01-b.md'])
  })

  it('repeats every import after the last one', () => {
    const scaled = scaleEntry(entry, 3, (src, copy) => src.replace('./pages/', `./x${copy}/`))
    expect(importsOf(scaled)).toEqual(['./pages/00-a.md', './pages/01-b.md', './x2/00-a.md', './x2/01-b.md', './x3/00-a.md', './x3/01-b.md'])
    expect(scaled.startsWith(entry.trimEnd())).toBe(true)
  })

  it('refuses an entry without imports', () => {
    expect(() => scaleEntry('# seul', 3, s => s)).toThrow(/aucun chapitre/)
  })

  it('gives each copy its own aliases and question ids, leaving other lines alone', () => {
    const chapter = ['---', 'layout: chapter-cover', 'routeAlias: images', '---', '```qcm', 'id: ch4-tag', 'question: "id: pas ici"', '```', '<Link to="images">lien</Link>'].join('\n')
    expect(copyChapter(chapter, 2)).toBe(['---', 'layout: chapter-cover', 'routeAlias: images-x2', '---', '```qcm', 'id: ch4-tag-x2', 'question: "id: pas ici"', '```', '<Link to="images">lien</Link>'].join('\n'))
  })

  it('repeats a whole deck\'s slides after its headmatter, each copy like the original', async () => {
    const deck = ['---', 'title: Starter', 'layout: cover', '---', '', '# Un', '', '---', 'layout: center', '---', '', '# Deux', '', '---', '', '# Trois', '<!-- note -->', ''].join('\n')
    const once = await parse(deck, 'slides.md')
    const thrice = await parse(repeatDeck(deck, 3), 'slides.md')
    expect(thrice.slides).toHaveLength(3 * once.slides.length)
    // The first slide's title is the headmatter's (Slidev's rule), the copies' their h1.
    expect(thrice.slides.map(s => s.title)).toEqual(['Starter', 'Deux', 'Trois', 'Un', 'Deux', 'Trois', 'Un', 'Deux', 'Trois'])
    expect(thrice.slides.map(s => s.frontmatter.layout)).toEqual(['cover', 'center', undefined, undefined, 'center', undefined, undefined, 'center', undefined])
    expect(thrice.slides[8].note).toBe('note')
    expect((await parse(repeatDeck(deck, 1), 'slides.md')).slides.map(s => s.content)).toEqual(once.slides.map(s => s.content))
  })

  it('refuses a deck without headmatter and a factor that is not a whole number ≥ 1', () => {
    expect(() => repeatDeck('# seul\n', 2)).toThrow(/en-tête YAML/)
    expect(() => repeatDeck('---\ntitle: a\n---\n# a\n', 0)).toThrow(/facteur/)
    expect(() => repeatDeck('---\ntitle: a\n---\n# a\n', 1.5)).toThrow(/facteur/)
  })
})
