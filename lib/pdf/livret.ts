/**
 * HTML of the trainer booklet (« livret formateur ») and student handout (« polycopié ») pages, printed by the
 * system Chromium (`scripts/livret.ts`). Each page is one A4 `<section class="page">`; a slide's place is an empty
 * `[data-slide]` box that pdf-lib fills afterwards with the slide's page from the exported PDF (kept vector).
 */

export interface BookletSlide {
  no: number
  /** The slide's title as HTML (`titleHtml`). */
  titleHtml: string
  /** Planned minutes (`minutes` frontmatter key), if any. */
  minutes?: number
  /** The note as HTML blocks (`noteBlocks`). */
  blocks: string[]
}

export interface BookletMeta {
  /** Course title. */
  title: string
  /** Track shown beside the title (« Parcours 2 jours »), if any. */
  track?: string
  /** Number of slides in the deck. */
  total: number
}

/** A slide's page (blocks: the note's blocks under the slide) or a continuation page of its note (part 1, 2…). */
export interface BookletPage {
  kind: 'slide' | 'continuation'
  slide: BookletSlide
  blocks: number[]
  part?: number
}

function escapeHtml(text: string) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** « Diapositive 12 / 591 »: the label the checks look for (`scripts/check-livret.ts`). */
export const slideLabel = (no: number, total: number) => `Diapositive\u00A0${no}\u00A0/\u00A0${total}`
export const CONTINUED = '(suite)'
export const NO_NOTES = 'Pas de notes pour cette diapositive.'

function courseLine(meta: BookletMeta, kind: string) {
  return `${escapeHtml(meta.title)}${meta.track ? ` · ${escapeHtml(meta.track)}` : ''} · ${kind}`
}

function pageFooter(meta: BookletMeta, kind: string, page: number, pages: number) {
  return `<footer class="foot"><span>${courseLine(meta, kind)}</span><span>Page\u00A0${page}\u00A0/\u00A0${pages}</span></footer>`
}

function notesHtml(slide: BookletSlide, blocks: number[]) {
  return blocks
    .map(i => `<div class="blk">${slide.blocks[i]}</div>`)
    .join('')
}

/**
 * The booklet's pages: a slide's page (header, reserved slide box, the notes that fit) then, for a long note, its
 * continuation pages (header « (suite) », notes). `page` numbers run over the whole booklet.
 */
export function bookletPageHtml(meta: BookletMeta, page: BookletPage, no: number, pages: number): string {
  const { slide } = page
  const label = slideLabel(slide.no, meta.total)
  if (page.kind === 'continuation') {
    return `<section class="page booklet continuation">
<header class="head"><div class="course">${courseLine(meta, 'Livret formateur')}</div>
<div class="line"><span class="label">${label} ${CONTINUED}</span><span class="cont-title">${slide.titleHtml}</span></div></header>
<div class="notes">${notesHtml(slide, page.blocks)}</div>
${pageFooter(meta, 'Livret formateur', no, pages)}
</section>`
  }
  const minutes = slide.minutes === undefined ? '' : `<span class="minutes">Durée prévue\u00A0: ${String(slide.minutes).replace('.', ',')}\u00A0min</span>`
  const empty = slide.blocks.length === 0 ? `<p class="no-notes">${NO_NOTES}</p>` : ''
  const more = page.blocks.length < slide.blocks.length ? '<p class="more">Suite des notes page suivante\u00A0→</p>' : ''
  return `<section class="page booklet">
<header class="head"><div class="course">${courseLine(meta, 'Livret formateur')}</div>
<div class="line"><span class="label">${label}</span>${minutes}</div>
<h2 class="title">${slide.titleHtml}</h2></header>
<div class="slide-box" data-slide="${slide.no}"></div>
<div class="notes-label">Notes</div>
<div class="notes">${empty}${notesHtml(slide, page.blocks)}</div>
${more}
${pageFooter(meta, 'Livret formateur', no, pages)}
</section>`
}

/** Ruled lines beside each slide of the handout. */
export const HANDOUT_LINES = 11

/** A handout page: up to three slides, each with its label, ruled lines on the right. */
export function handoutPageHtml(meta: BookletMeta, slides: number[], no: number, pages: number): string {
  const lines = '<div class="rule"></div>'.repeat(HANDOUT_LINES)
  const rows = slides.map(n => `<div class="row"><div class="slide-col"><div class="slide-box" data-slide="${n}"></div>
<div class="label">${slideLabel(n, meta.total)}</div></div><div class="lines">${lines}</div></div>`).join('\n')
  return `<section class="page handout">
<header class="head"><div class="course">${courseLine(meta, 'Polycopié')}</div></header>
<div class="rows">${rows}</div>
${pageFooter(meta, 'Polycopié', no, pages)}
</section>`
}

export const STYLES = `
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Inter Variable', 'DejaVu Sans', sans-serif; color: #1f2328; font-size: 9.6pt; line-height: 1.38;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
code, pre { font-family: 'JetBrains Mono Variable', 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
.page { width: 210mm; height: 296.8mm; padding: 9mm 12mm 7mm; display: flex; flex-direction: column; overflow: hidden;
  break-after: page; page-break-after: always; position: relative; }
.page:last-child { break-after: auto; page-break-after: auto; }
.head { flex: none; border-bottom: 0.6pt solid #8c959f; padding-bottom: 1.5mm; margin-bottom: 3mm; }
.course { font-size: 7.5pt; color: #57606a; }
.line { display: flex; justify-content: space-between; gap: 4mm; align-items: baseline; margin-top: 0.8mm; }
.label { font-weight: 650; color: #0b5cad; font-size: 9pt; white-space: nowrap; }
.minutes { font-size: 8.5pt; color: #57606a; white-space: nowrap; }
.title { font-size: 12.5pt; line-height: 1.25; margin: 0.8mm 0 0; font-weight: 700; }
.tool-docker { color: #1d63ed; font-weight: 600; }
.tool-podman { color: #892ca0; font-weight: 600; }
.title code, .cont-title code { font-size: 0.85em; background: #f3f4f6; border-radius: 0.6mm; padding: 0 0.5mm; }
.cont-title { font-size: 9pt; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.booklet .slide-box { flex: none; width: 100%; aspect-ratio: 735.12 / 414; border: 0.6pt solid #8c959f; }
.notes-label { flex: none; margin: 3mm 0 1.5mm; font-size: 7.5pt; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.06em; color: #57606a; }
.notes { flex: 1 1 0; min-height: 0; overflow: hidden; display: flex; flex-direction: column; gap: 1.6mm; }
.continuation .notes { margin-top: 1mm; }
.blk { flex: none; }
.blk > :first-child { margin-top: 0; }
.blk > :last-child { margin-bottom: 0; }
.blk p { margin: 0; }
.blk ul, .blk ol { margin: 0; padding-left: 5mm; }
.blk li > p { margin: 0; }
.blk pre { margin: 0; padding: 1.5mm 2mm; background: #f3f4f6; border-radius: 1mm; white-space: pre-wrap; overflow-wrap: anywhere; }
.blk code { background: #f3f4f6; border-radius: 0.6mm; padding: 0 0.5mm; overflow-wrap: anywhere; }
.blk pre code { background: none; padding: 0; }
.blk table { border-collapse: collapse; font-size: 0.92em; }
.blk th, .blk td { border: 0.5pt solid #8c959f; padding: 0.5mm 1.5mm; text-align: left; vertical-align: top; }
.note-click { display: inline-block; font-weight: 700; color: #9a3412; background: #ffedd5; border-radius: 0.8mm;
  padding: 0 1mm; font-size: 0.88em; }
.no-notes, .more { margin: 0; color: #57606a; font-style: italic; }
.more { flex: none; text-align: right; font-size: 8pt; margin-top: 1mm; }
.foot { flex: none; margin-top: auto; padding-top: 1.5mm; border-top: 0.6pt solid #d0d7de; display: flex;
  justify-content: space-between; font-size: 7.5pt; color: #57606a; }
.handout .rows { flex: 1 1 0; min-height: 0; display: flex; flex-direction: column; gap: 3mm; }
.handout .row { flex: 1 1 0; min-height: 0; display: flex; gap: 6mm; padding-bottom: 3mm; border-bottom: 0.5pt dashed #d0d7de; }
.handout .row:last-child { border-bottom: none; padding-bottom: 0; }
.handout .slide-col { flex: none; width: 118mm; }
.handout .slide-box { width: 100%; aspect-ratio: 735.12 / 414; border: 0.6pt solid #8c959f; }
.handout .label { display: block; margin-top: 1.2mm; font-size: 7.5pt; }
.handout .lines { flex: 1; display: flex; flex-direction: column; justify-content: space-between; padding: 6mm 0 1mm; }
.handout .rule { height: 0; border-bottom: 0.5pt solid #afb8c1; }
`

/** The whole HTML document; `fontFaces` holds the @font-face rules (local fonts as data URLs, nothing remote). */
export function documentHtml(body: string, fontFaces: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Livret</title><style>
${fontFaces}
${STYLES}
</style></head><body>
${body}
</body></html>`
}
