import type { BookletMeta, BookletSlide } from './livret'
import { describe, expect, it } from 'vitest'
import { bookletPageHtml, documentHtml, HANDOUT_LINES, handoutPageHtml, NO_NOTES, slideLabel } from './livret'

const meta: BookletMeta = { title: 'Conteneurs : Docker & Podman', track: 'Parcours 2 jours', total: 591 }
const slide: BookletSlide = { no: 12, titleHtml: 'Les <code>namespaces</code>', minutes: 1.5, blocks: ['<p>un</p>', '<p>deux</p>', '<p>trois</p>'] }

describe('bookletPageHtml', () => {
  it('heads a slide page with the course, track, label, title and planned minutes, then the slide box and its notes', () => {
    const html = bookletPageHtml(meta, { kind: 'slide', slide, blocks: [0, 1, 2] }, 12, 600)
    expect(html).toContain('Conteneurs : Docker &amp; Podman · Parcours 2 jours · Livret formateur')
    expect(html).toContain(`<span class="label">${slideLabel(12, 591)}</span>`)
    expect(html).toContain('Durée prévue\u00A0: 1,5\u00A0min')
    expect(html).toContain('<h2 class="title">Les <code>namespaces</code></h2>')
    expect(html).toContain('<div class="slide-box" data-slide="12"></div>')
    expect(html).toContain('<div class="blk"><p>un</p></div><div class="blk"><p>deux</p></div><div class="blk"><p>trois</p></div>')
    expect(html).toContain('Page\u00A012\u00A0/\u00A0600')
    expect(html).not.toContain('page suivante')
  })
  it('announces the continuation when the note does not fit, and the continuation page has no slide box', () => {
    expect(bookletPageHtml(meta, { kind: 'slide', slide, blocks: [0] }, 12, 600)).toContain('Suite des notes page suivante')
    const next = bookletPageHtml(meta, { kind: 'continuation', slide, blocks: [1, 2], part: 1 }, 13, 600)
    expect(next).toContain(`${slideLabel(12, 591)} (suite)`)
    expect(next).not.toContain('data-slide')
    expect(next).not.toContain('<p>un</p>')
    expect(next).toContain('<div class="blk"><p>deux</p></div><div class="blk"><p>trois</p></div>')
  })
  it('says so for a slide without notes or minutes', () => {
    const html = bookletPageHtml({ ...meta, track: undefined }, { kind: 'slide', slide: { no: 1, titleHtml: 'Couverture', blocks: [] }, blocks: [] }, 1, 1)
    expect(html).toContain(NO_NOTES)
    expect(html).not.toContain('Durée prévue')
    expect(html).toContain('Conteneurs : Docker &amp; Podman · Livret formateur')
  })
})

describe('handoutPageHtml', () => {
  it('gives each slide a box, its label and ruled lines, and numbers the page', () => {
    const html = handoutPageHtml(meta, [4, 5, 6], 2, 197)
    expect(html.match(/data-slide="\d+"/g)).toEqual(['data-slide="4"', 'data-slide="5"', 'data-slide="6"'])
    expect(html).toContain(slideLabel(6, 591))
    expect(html.match(/class="rule"/g)).toHaveLength(3 * HANDOUT_LINES)
    expect(html).toContain('Page\u00A02\u00A0/\u00A0197')
    expect(html).toContain('· Polycopié')
  })
})

describe('documentHtml', () => {
  it('is a French A4 document with the given fonts and nothing remote', () => {
    const html = documentHtml('<section class="page"></section>', '@font-face { font-family: X; src: url(data:font/woff2;base64,AA==) }')
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('@page { size: A4 portrait; margin: 0; }')
    expect(html).toContain('@font-face { font-family: X')
    expect(html).not.toMatch(/https?:\/\//)
  })
})
