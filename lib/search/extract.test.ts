import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../deck/load'
import { buildSearchIndex, markdownToText, mermaidText } from './extract'
import { FIELD_OFFSET, FIELDS } from './types'

const FIXTURE = fileURLToPath(new URL('./fixture/slides.md', import.meta.url))

describe('markdownToText', () => {
  it('keeps the visible text of markdown and HTML', () => {
    expect(markdownToText('## Titre\n\n- **gras** et *italique*, [lien](https://x.org) <span class="a">texte</span>\n> citation'))
      .toBe('Titre gras et italique, lien texte citation')
  })

  it('keeps inline code verbatim, placeholders and pipes included', () => {
    expect(markdownToText('Lancer `podman healthcheck run <conteneur>` puis `a | b` : **seul `RUN`**'))
      .toBe('Lancer podman healthcheck run <conteneur> puis a | b : seul RUN')
  })

  it('drops comments, styles, click markers, table rules and slot markers', () => {
    expect(markdownToText('| a | b |\n|---|:--:|\n| c | d |\n<style>.x{color:red}</style>\n::right::\n[click] suite <!-- caché -->'))
      .toBe('a b c d suite')
  })

  it('decodes entities', () => {
    expect(markdownToText('A&nbsp;: &lt;id&gt; &amp; &#233;')).toBe('A\u00A0: <id> & é')
  })
})

describe('buildSearchIndex', async () => {
  const deck = await loadDeck(FIXTURE)
  const index = buildSearchIndex(deck)
  const field = (no: number, name: typeof FIELDS[number]) => index.docs[no - 1][FIELD_OFFSET + FIELDS.indexOf(name)]

  it('has one document per slide, with its chapter and routeAlias', () => {
    expect(index.docs.map(doc => doc[0])).toEqual(deck.slides.map(slide => slide.no))
    expect(index.chapters).toEqual([[1, 'Volumes et persistance'], [2, 'Isolation']])
    expect(index.docs.map(doc => doc[1])).toEqual([-1, 0, 0, 0, 1, 1, 1, 1])
    expect(index.docs[2][2]).toBe('v-ou-mount')
  })

  it('separates title, text, code, quiz and notes', () => {
    expect(field(3, 'title')).toBe('-v ou --mount ?')
    expect(field(3, 'text')).toContain('--mount type=volume,src=data,dst=/data Le bind mount monte un dossier de l\'hôte : le cœur du sujet.')
    expect(field(3, 'text')).not.toContain('Dire')
    // The repeated command line is stored once.
    expect(field(3, 'code')).toBe('docker run --rm --mount type=volume,src=data,dst=/data alpine:3.22 ls /data')
    expect(field(3, 'notes')).toBe('Dire : --mount refuse une source absente. Puis la démo du mot « naïf ».')
    expect(field(4, 'quiz')).toBe('Quelle option refuse une source absente ? · --mount · -v')
    expect(field(4, 'code')).toBe('')
  })

  it('leaves the explanations of quizzes out (they give the answer)', () => {
    expect(JSON.stringify(index)).not.toContain('Explication secrète')
  })

  it('indexes a chapter cover\'s objectives', () => {
    expect(field(2, 'text')).toBe('monter un stockage avec -v ou --mount')
  })

  it('can leave the notes out (the build reads them from virtual:course-notes)', () => {
    const lean = buildSearchIndex(deck, { notes: false })
    expect(lean.docs.every(doc => doc[FIELD_OFFSET + FIELDS.indexOf('notes')] === '')).toBe(true)
  })
})

describe('mermaidText', () => {
  it('keeps what a diagram shows or says, not its syntax', () => {
    expect(mermaidText([
      '%%{init: {"flowchart": {"wrappingWidth": 200}}}%%',
      'flowchart LR',
      '  accTitle: Le namespace PID',
      '  accDescr: Deux numéros pour un processus.',
      '  subgraph HOST["Namespace PID de l\'hôte"]',
      '    h1["PID 1<br/>systemd"] -->|lance| h2[containerd-shim]',
      '%% step Le conteneur &amp; son PID',
      '    c1(sleep) --> d1{choix}',
      '  classDef box fill:#fff',
      '  style h1 stroke:#000',
      '  end',
    ].join('\n'))).toBe('Le namespace PID Deux numéros pour un processus. Namespace PID de l\'hôte PID 1 systemd lance containerd-shim Le conteneur & son PID sleep choix')
  })
})
