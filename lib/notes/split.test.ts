import { describe, expect, it } from 'vitest'
import { notesModule, showsNotes, splitNotes } from './split'

// The shape of the module Slidev 53 generates for a slide's frontmatter in a build (serve-*.mjs, "frontmatter").
function slidevModule(info: Record<string, unknown>): string {
  return [
    '// @unocss-include',
    'import { computed, reactive, shallowReactive } from "vue"',
    'export const frontmatterData = {"layout":"cover"}',
    'export const frontmatter = import.meta.hot ? import.meta.hot.data.frontmatter : reactive(frontmatterData)',
    'export const meta = shallowReactive({',
    '  get preload(){ return frontmatter.preload },',
    '  slide: {',
    `    ...(${JSON.stringify(info)}),`,
    '    frontmatter,',
    '    id: 0,',
    '  },',
    '  __preloaded: false,',
    '})',
  ].join('\n')
}

describe('splitNotes', () => {
  it('moves the rendered notes out and drops the raw frontmatter, leaving the rest as it was', () => {
    const code = slidevModule({ title: 'Accueil', noteHTML: '<p>Dire « bonjour ».</p>\n', frontmatterRaw: 'layout: cover\n', index: 0 })
    const { code: out, noteHTML } = splitNotes(code, 'slides.md__slidev_1.frontmatter')
    expect(noteHTML).toBe('<p>Dire « bonjour ».</p>\n')
    expect(out).not.toContain('bonjour')
    expect(out).not.toContain('frontmatterRaw')
    expect(out).toContain('    ...({"title":"Accueil","noteHTML":"","index":0}),')
    expect(out.split('\n').filter(l => !l.startsWith('    ...('))).toEqual(code.split('\n').filter(l => !l.startsWith('    ...(')))
  })

  it('keeps a slide without notes as an empty note', () => {
    expect(splitNotes(slidevModule({ title: 'x', noteHTML: '' }), 'a').noteHTML).toBe('')
  })

  it('fails with the module id when Slidev changes the shape', () => {
    expect(() => splitNotes('export const meta = {}', 'deck.md__slidev_3.frontmatter')).toThrow(/deck\.md__slidev_3\.frontmatter.*introuvable/)
    expect(() => splitNotes(slidevModule({ title: 'x' }), 'deck.md__slidev_4.frontmatter')).toThrow(/noteHTML/)
  })
})

describe('notesModule', () => {
  it('lists every slide in order, empty where a slide has no note', () => {
    const code = notesModule(new Map([[1, '<p>a</p>'], [3, '<p>c</p>']]), 3)
    expect(code).toBe('export default ["<p>a</p>","","<p>c</p>"]\n')
  })
})

describe('showsNotes', () => {
  it('is true for the presenter, notes and overview views only', () => {
    for (const path of ['/presenter/3', '/presenter', '/presenter/print', '/notes', '/notes-edit', '/overview'])
      expect(showsNotes(path), path).toBe(true)
    for (const path of ['/', '/3', '/couverture', '/print', '/export', '/presentation', '/notes/x'])
      expect(showsNotes(path), path).toBe(false)
  })
})
