import { describe, expect, it } from 'vitest'
import { CLICK_CLASS, markClicks, noteBlocks, titleHtml } from './notes'

const mark = (n: number) => `<span class="${CLICK_CLASS}">▶\u00A0clic\u00A0${n}</span>`

describe('markClicks', () => {
  it('numbers the markers as Slidev counts clicks ([click:N] adds N)', () => {
    expect(markClicks('a\n\n[click] b\n\n[click:2] c\n\n[click] d')).toBe(`a\n\n${mark(1)} b\n\n${mark(3)} c\n\n${mark(4)} d`)
  })
  it('breaks the line before a marker inside a paragraph, not at the start of a paragraph or list item', () => {
    expect(markClicks('Intro.\n[click] Suite')).toBe(`Intro.\n<br>${mark(1)} Suite`)
    expect(markClicks('Texte [click] suite')).toBe(`Texte <br>${mark(1)} suite`)
    expect(markClicks('- [click] un\n1. [click] deux')).toBe(`- ${mark(1)} un\n1. ${mark(2)} deux`)
    expect(markClicks('[click] début')).toBe(`${mark(1)} début`)
  })
  it('leaves a note without markers alone', () => {
    expect(markClicks('Pas de clic ici, [clic] non plus.')).toBe('Pas de clic ici, [clic] non plus.')
  })
})

describe('noteBlocks', () => {
  it('gives nothing for a missing or blank note', () => {
    expect(noteBlocks(undefined)).toEqual([])
    expect(noteBlocks('  \n ')).toEqual([])
  })
  it('renders markdown as Slidev does for notes (inline code escaped, raw HTML kept)', () => {
    expect(noteBlocks('Lancer `docker run <image>` puis **vérifier**.')).toEqual(['<p>Lancer <code>docker run &lt;image&gt;</code> puis <strong>vérifier</strong>.</p>'])
    expect(noteBlocks('Un <kbd>Ctrl</kbd>.')).toEqual(['<p>Un <kbd>Ctrl</kbd>.</p>'])
  })
  it('cuts the note into top-level blocks, lists item by item, ordered lists keeping their numbers', () => {
    const blocks = noteBlocks('Premier.\n\n- un\n- deux\n\n3. trois\n4. quatre\n\n```sh\nls\n```')
    expect(blocks).toEqual([
      '<p>Premier.</p>',
      '<ul><li>un</li>\n</ul>',
      '<ul><li>deux</li>\n</ul>',
      '<ol start="3"><li>trois</li>\n</ol>',
      '<ol start="4"><li>quatre</li>\n</ol>',
      '<pre><code class="language-sh">ls\n</code></pre>',
    ])
  })
  it('keeps a nested list inside its item', () => {
    const blocks = noteBlocks('- a\n  - a1\n  - a2\n- b')
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toContain('<li>a1</li>')
  })
  it('shows click markers in the blocks', () => {
    expect(noteBlocks('Avant.\n[click] Après.')).toEqual([`<p>Avant.\n<br>${mark(1)} Après.</p>`])
  })
})

describe('titleHtml', () => {
  it('renders a heading\'s inline markdown and HTML, escaping code', () => {
    expect(titleHtml('Les secrets de build : `--secret` + `RUN --mount=type=secret`')).toBe('Les secrets de build : <code>--secret</code> + <code>RUN --mount=type=secret</code>')
    expect(titleHtml('Suis-je en rootless ? <span class="tool-podman">Podman</span>')).toBe('Suis-je en rootless ? <span class="tool-podman">Podman</span>')
    expect(titleHtml('`<none>` & co')).toBe('<code>&lt;none&gt;</code> &amp; co')
  })
})
