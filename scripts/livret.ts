// Trainer booklet (« livret formateur ») and student handout (« polycopié ») from an exported PDF of the deck.
// The pages (headers, speaker notes, ruled lines) are HTML printed by the system Chromium with empty boxes where the
// slides go; pdf-lib then draws each slide's page of the exported PDF into its box, as a vector form (text and
// drawings stay sharp and searchable, and the file stays small).
//   tsx scripts/livret.ts livret    [--deck slides.md] [--pdf conteneurs-docker-podman-corrige.pdf] [--output …-livret.pdf] [--track « Parcours 2 jours »] [--title …]
//   tsx scripts/livret.ts polycopie [--deck slides.md] [--pdf conteneurs-docker-podman.pdf] [--output …-polycopie.pdf] [--track …] [--title …]
import type { Page } from 'playwright-core'
import type { TrackId } from '../lib/deck/tracks'
import type { BookletMeta, BookletPage, BookletSlide } from '../lib/pdf/livret'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-core'
import { loadDeck, where } from '../lib/deck/load'
import { TRACKS } from '../lib/deck/tracks'
import { drawForm, pagesAsForms } from '../lib/pdf/embed'
import { fit, groupSlides, HANDOUT_PER_PAGE, paginate, toPdf } from '../lib/pdf/layout'
import { bookletPageHtml, documentHtml, handoutPageHtml } from '../lib/pdf/livret'
import { noteBlocks, titleHtml } from '../lib/pdf/notes'
import { CHROMIUM_ARGS, resolveChromium } from './chromium'

const KINDS = {
  livret: { pdf: 'conteneurs-docker-podman-corrige.pdf', output: 'conteneurs-docker-podman-livret.pdf' },
  polycopie: { pdf: 'conteneurs-docker-podman.pdf', output: 'conteneurs-docker-podman-polycopie.pdf' },
} as const

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    deck: { type: 'string', default: 'slides.md' },
    pdf: { type: 'string' },
    output: { type: 'string' },
    title: { type: 'string' },
    track: { type: 'string' },
  },
})
const kind = positionals[0]
if (kind !== 'livret' && kind !== 'polycopie') {
  console.error('Usage : tsx scripts/livret.ts livret|polycopie [--deck slides.md] [--pdf …] [--output …] [--track …] [--title …]')
  process.exit(2)
}
const source = values.pdf ?? KINDS[kind].pdf
const output = values.output ?? KINDS[kind].output

/** @font-face rules of the course's fonts (the npm packages the slides use), as data URLs: nothing is fetched. */
function fontFaces(): string {
  const require = createRequire(import.meta.url)
  return ['@fontsource-variable/inter/index.css', '@fontsource-variable/jetbrains-mono/index.css'].map((name) => {
    const css = require.resolve(name)
    return readFileSync(css, 'utf-8').replace(/url\(\.\/(files\/[^)]+\.woff2)\)/g, (_, file: string) =>
      `url(data:font/woff2;base64,${readFileSync(join(dirname(css), file)).toString('base64')})`)
  }).join('\n')
}

async function render(page: Page, body: string): Promise<void> {
  await page.setContent(documentHtml(body, fontFaces()), { waitUntil: 'load', timeout: 120_000 })
  // tsx (esbuild keepNames) wraps the in-page functions in __name(): give the page a no-op one (a string, untouched).
  await page.evaluate('globalThis.__name ??= (f) => f')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

interface Box { page: number, slide: number, x: number, y: number, width: number, height: number }

/** Every `[data-slide]` box: its page (0-based) and position in CSS px from the page's top left. */
function slideBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('section.page')]
    return pages.flatMap((sheet, index) => {
      const origin = sheet.getBoundingClientRect()
      return [...sheet.querySelectorAll<HTMLElement>('[data-slide]')].map((box) => {
        const r = box.getBoundingClientRect()
        return { page: index, slide: Number(box.dataset.slide), x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }
      })
    })
  })
}

const started = performance.now()
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
const deck = await loadDeck(values.deck)
const total = deck.slides.length
const slidesPdf = await PDFDocument.load(readFileSync(source))
if (slidesPdf.getPageCount() !== total) {
  console.error(`${source} : ${slidesPdf.getPageCount()} pages pour ${total} diapositives dans ${values.deck} (PDF d'un autre deck, ou à réexporter)`)
  process.exit(1)
}
// A track deck (scripts/tracks.ts) names its track in the headmatter: « Parcours 2 jours » unless --track says otherwise.
const trackId = deck.slides[0]?.frontmatter.track as TrackId | undefined
const track = values.track ?? (trackId && trackId in TRACKS ? TRACKS[trackId].label : undefined)
const meta: BookletMeta = { title: values.title ?? String(deck.slides[0]?.frontmatter.title ?? 'Conteneurs : Docker & Podman'), track, total }

const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS })
let pageCount = 0
try {
  const page = await browser.newPage()
  const problems: string[] = []
  let html: string
  if (kind === 'livret') {
    // `minutes` (planned presentation time) is validated with the tracks (lib/deck/tracks.ts); shown when it is a number.
    const slides: BookletSlide[] = deck.slides.map(s => ({
      no: s.no,
      titleHtml: titleHtml(s.title?.trim() || `Diapositive ${s.no}`),
      minutes: typeof s.frontmatter.minutes === 'number' ? s.frontmatter.minutes : undefined,
      blocks: noteBlocks(s.note),
    }))
    // Pass 1: every slide's page with its whole note, to measure the room under the slide and each block's height;
    // then one continuation page (the room on those) and one slide page whose note goes on (the « suite » line).
    const probe: BookletPage[] = slides.map(slide => ({ kind: 'slide', slide, blocks: slide.blocks.map((_, i) => i) }))
    const sample: BookletSlide = { no: 1, titleHtml: 'Exemple', blocks: ['<p>un</p>', '<p>deux</p>'] }
    probe.push({ kind: 'continuation', slide: sample, blocks: [], part: 1 }, { kind: 'slide', slide: sample, blocks: [0] })
    await render(page, probe.map((p, i) => bookletPageHtml(meta, p, i + 1, probe.length)).join('\n'))
    const { measures, more } = await page.evaluate(() => {
      const outer = (el: Element | null) => el ? el.getBoundingClientRect().height + Number.parseFloat(getComputedStyle(el).marginTop) : 0
      const measures = [...document.querySelectorAll<HTMLElement>('section.page .notes')].map((notes) => {
        const gap = Number.parseFloat(getComputedStyle(notes).rowGap) || 0
        return { room: notes.clientHeight + gap, heights: [...notes.querySelectorAll<HTMLElement>(':scope > .blk')].map(b => b.getBoundingClientRect().height + gap) }
      })
      return { measures, more: Math.max(0, ...[...document.querySelectorAll('section.page .more')].map(outer)) }
    })
    if (measures.length !== probe.length || !(more > 0))
      throw new Error(`mesure des pages impossible (${measures.length} zones de notes pour ${probe.length} pages)`)
    const nextRoom = measures[slides.length]!.room
    const pages: BookletPage[] = []
    slides.forEach((slide, i) => {
      const { room, heights } = measures[i]!
      // The « Suite des notes page suivante » line takes some room on a slide page whose note does not fit.
      const fits = heights.reduce((a, b) => a + b, 0) <= room
      try {
        paginate(heights, fits ? room : room - more, nextRoom).forEach((blocks, part) => {
          pages.push(part === 0 ? { kind: 'slide', slide, blocks } : { kind: 'continuation', slide, blocks, part })
        })
      }
      catch (error) {
        const s = deck.slides[i]!
        problems.push(`diapositive ${slide.no} (${where(deck, s.filepath, s.contentLine)}) : notes trop longues pour le livret — ${(error as Error).message}`)
      }
    })
    if (problems.length > 0)
      throw new Error(problems.join('\n'))
    html = pages.map((p, i) => bookletPageHtml(meta, p, i + 1, pages.length)).join('\n')
    pageCount = pages.length
  }
  else {
    const sheets = groupSlides(total, HANDOUT_PER_PAGE)
    html = sheets.map((slides, i) => handoutPageHtml(meta, slides, i + 1, sheets.length)).join('\n')
    pageCount = sheets.length
  }

  // Pass 2: the pages themselves; no note may overflow its page (it would be cut without a word).
  await render(page, html)
  const overflowing = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('section.page')]
    .map((sheet, i) => ({ i, notes: sheet.querySelector<HTMLElement>('.notes'), label: sheet.querySelector('.label')?.textContent ?? '' }))
    .filter(({ notes }) => notes && notes.scrollHeight > notes.clientHeight + 1)
    .map(({ i, label }) => `page ${i + 1} (${label})`))
  if (overflowing.length > 0)
    throw new Error(`notes coupées en bas de page : ${overflowing.join(', ')}`)
  const boxes = await slideBoxes(page)
  if (boxes.length !== total)
    throw new Error(`${boxes.length} emplacements de diapositive pour ${total} diapositives`)
  const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false })
  console.log(`Pages HTML imprimées par Chromium : ${seconds()}`)

  const doc = await PDFDocument.load(printed)
  if (doc.getPageCount() !== pageCount)
    throw new Error(`Chromium a imprimé ${doc.getPageCount()} pages pour ${pageCount} pages prévues (hauteur de page à revoir)`)
  const forms = await pagesAsForms(doc, slidesPdf)
  for (const box of boxes) {
    const form = forms[box.slide - 1]!
    const target = doc.getPage(box.page)
    const inset = 0.6 // px: inside the box's border
    const area = toPdf({ x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset }, target.getHeight())
    drawForm(target, form, fit(area, form.box.width / form.box.height))
  }
  doc.setTitle(`${meta.title}${meta.track ? ` · ${meta.track}` : ''} — ${kind === 'livret' ? 'livret formateur' : 'polycopié'}`)
  doc.setLanguage('fr')
  doc.setProducer('scripts/livret.ts (Chromium + pdf-lib)')
  writeFileSync(output, await doc.save())
}
catch (error) {
  await browser.close()
  console.error(`${kind} : ${(error as Error).message}`)
  process.exit(1)
}
await browser.close()
const size = statSync(output).size
const shown = relative(process.cwd(), output)
console.log(`${shown.startsWith('..') ? output : shown} : ${pageCount} pages A4 pour ${total} diapositives de ${values.deck} (${(size / 1024 / 1024).toFixed(1)} Mo) en ${seconds()}`)
