import { describe, expect, it } from 'vitest'
import { copyChapter, importsOf, scaleEntry } from './synthetic'

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
})
