// Screenshots of slides, to look at them as a person would, with the browser suite's overflow measure:
//   npm run shots -- [--dist dist | --url http://127.0.0.1:3030] [--out artifacts/shots] [--width 1280] [--dark]
//     [--clicks] 12,40-45 | mermaid
// « mermaid » takes every slide with a diagram. One PNG per slide (and per click step with --clicks); a slide whose
// content leaves the canvas is printed with « DÉBORDE » and the offending element. `--url` shoots a running
// `npm run dev` (edits show without rebuilding). Exits 1 if any shot overflows.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { deckFences } from '../lib/deck/fences'
import { loadDeck } from '../lib/deck/load'
import { measureSlide, readNav } from '../tests/e2e/inpage'
import { serveStatic } from '../tests/e2e/serve'
import { CHROMIUM_ARGS, resolveChromium } from './chromium'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    url: { type: 'string' },
    out: { type: 'string', default: 'artifacts/shots' },
    width: { type: 'string', default: '1280' },
    dark: { type: 'boolean', default: false },
    clicks: { type: 'boolean', default: false },
  },
})

const deck = await loadDeck('slides.md')
function slidesOf(spec: string): number[] {
  if (spec === 'mermaid')
    return [...new Set(deckFences(deck, ['mermaid']).map(f => f.slide.no))]
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number)
    if (!Number.isInteger(a) || (b !== undefined && !Number.isInteger(b)))
      throw new Error(`« ${part} » : un numéro ou un intervalle (12, 40-45) ou « mermaid »`)
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i)
  })
}

const numbers = positionals.flatMap(slidesOf)
if (!numbers.length) {
  console.error('Usage : tsx scripts/shots.ts [--width 390] [--dark] [--clicks] 12,40-45 | mermaid')
  process.exit(2)
}
const out = resolve(values.out)
mkdirSync(out, { recursive: true })
const width = Number(values.width)
const server = values.url ? { url: values.url.replace(/\/$/, ''), close: async () => {} } : await serveStatic(resolve(values.dist))
let overflowing = 0
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width, height: Math.round(width * 9 / 16) + (width < 600 ? 400 : 0) }, colorScheme: values.dark ? 'dark' : 'light' })
// tsx (esbuild keepNames) wraps the in-page functions in __name(): give the page a no-op one.
await page.addInitScript(() => {
  (globalThis as any).__name ??= (f: unknown) => f
})
for (const no of numbers) {
  await page.goto(`${server.url}/${no}`)
  await page.waitForSelector(`.slidev-page-${no}`)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(800)
  const total = values.clicks ? (await page.evaluate(readNav))?.clicksTotal ?? 0 : 0
  for (let click = 0; click <= total; click++) {
    if (click > 0) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(500)
    }
    const file = join(out, `${values.dark ? 'dark' : 'light'}-${width}-${String(no).padStart(3, '0')}${total ? `-c${click}` : ''}.png`)
    await page.screenshot({ path: file })
    const m = await page.evaluate(measureSlide, { selector: `#slide-content .slidev-page-${no}`, tolerance: 2, mark: false })
    const worst = [...(m?.overflow ?? []), ...(m?.clipped ?? [])][0]
    if (worst)
      overflowing++
    console.log(worst ? `${file}  DÉBORDE : ${JSON.stringify(worst).slice(0, 200)}` : file)
  }
}
await browser.close()
await server.close()
process.exit(overflowing ? 1 : 0)
