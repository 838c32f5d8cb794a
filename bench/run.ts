// Benchmark: the course against a 20-slide Slidev starter (bench/fixtures/starter/slides.md), side by side, with
// two references that get no verdict (the one-slide « plancher », Slidev alone; the starter repeated to the course's
// size, `starter×N`, what Slidev costs with as many slides) and a synthetic deck `--scale` times the course (its
// chapters copied, lib/bench/synthetic.ts) to show how the figures grow with the deck. Sites are served
// gzip-compressed as the deployed nginx does (deploy/nginx/course/site.conf).
// Usage: npm run bench [-- --only starter,plancher,starter×30,cours,cours×3] [--scale 3] [--lh-runs 3] [--lh-preset mobile|desktop]
//        [--pdf-max-slides 2000] [--burst] [--latency-max-steps N] [--out bench/results.json]
// --latency-max-steps: measure only the first N presses (the 3× deck has ≈ 3 800; each takes ≈ 0.3 s).
// Measures, per deck: build wall time (SPA only, without the PDF) and per slide, peak RSS of the build,
// dist size, first-slide payload (JS/CSS raw and gzip), the first 12 s on slide 1 and on the first mermaid slide
// with 4× CPU throttling (requests, bytes, main-thread blocking time and longest task), the latency of → over every
// slide and click step (median, p95, slowest; --burst adds ↓ pressed back to back), Lighthouse performance / LCP / TBT on both slides (median of --lh-runs), PDF time and size
// (the project's way: a built site printed by scripts/slidev.ts pdf). Prints each figure's ratio to the starter
// and a verdict per target of the performance issue.
// Not a test and not in CI: numbers depend on the machine and its load (recorded in the results).
import type { Page } from 'playwright-core'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { copyChapter, importsOf, repeatDeck, scaleEntry } from '../lib/bench/synthetic'
import { deckFences } from '../lib/deck/fences'
import { loadDeck } from '../lib/deck/load'
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/chromium'
import { drawDiagrams, reportDraw } from '../scripts/diagrams'
import { nginxGzip } from '../scripts/nginx'
import { isSlideSettled, readNav } from '../tests/e2e/inpage'
import { serveStatic } from '../tests/e2e/serve'

interface DeckResult {
  name: string
  entry: string
  slides: number
  /** `diagramsSeconds`: scripts/diagrams.ts before the build (tenths of a second when every drawing was already there). */
  build: { seconds: number, perSlideMs: number, peakRssMB: number | null, diagramsSeconds?: number }
  distMB: number
  firstSlide: { jsKB: number, jsGzipKB: number, cssKB: number, cssGzipKB: number, totalKB: number, totalGzipKB: number, requests: number }
  /** The first 12 s after opening a slide, CPU throttled 4×. */
  load: Record<'first' | 'mermaid', LoadProfile | null>
  /** → through every slide and click, the page idle before each press (slideChangeLatency `paced`): the target. */
  slideChange: LatencySummary
  /** ↓ back to back, slides only (`burst`, with --burst): for information. */
  slideChangeBurst?: LatencySummary
  lighthouse: Record<'first' | 'mermaid', { slide: number, runs: number, performance: number, lcpMs: number, tbtMs: number } | null>
  pdf: { seconds: number, perSlideMs: number, sizeMB: number, pages: number | null } | null
  /** Why the PDF was not measured (a deck longer than --pdf-max-slides). */
  pdfSkipped?: string
}

interface LatencySummary {
  samples: number
  medianMs: number
  p95Ms: number
  maxMs: number
  /** The slowest presses (destination slide and click), slowest first. */
  slowest: StepLatency[]
  /**
   * The same per kind of press: to another slide (its transition runs) or to the next click step of the same slide.
   * Two decks with a different mix of the two compare better kind by kind.
   */
  kinds?: Record<'slides' | 'clicks', { samples: number, medianMs: number, p95Ms: number }>
}

/** One measured press: where it led and how long it took. */
interface StepLatency { slide: number, clicks: number, ms: number }

interface LoadProfile { slide: number, requests: number, kB: number, blockingMs: number, longestTaskMs: number }

function print(line: string): void {
  process.stdout.write(`${line}\n`)
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d

function dirSize(dir: string, skip: (file: string) => boolean = () => false): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      total += dirSize(path, skip)
    else if (!skip(path))
      total += statSync(path).size
  }
  return total
}

/** Runs a command under GNU time when available; returns wall seconds and peak RSS (largest process, MB). */
function timed(cmd: string, args: string[]): { seconds: number, peakRssMB: number | null, status: number | null, output: string } {
  const gnuTime = existsSync('/usr/bin/time')
  const started = process.hrtime.bigint()
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(cmd, args, { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')
  return { seconds, peakRssMB: rss ? round(Number(rss[1]) / 1024, 0) : null, status: r.status, output: `${r.stdout}\n${r.stderr}` }
}

/** A copy of the entry at the same place (same root: layouts, components, public) with `download` set. */
function entryWithDownload(entry: string, download: boolean): { path: string, cleanup: () => void } {
  const text = readFileSync(entry, 'utf-8')
  const match = /^---\n([\s\S]*?)\n---/.exec(text)
  if (!match)
    throw new Error(`${entry} : pas d'en-tête YAML`)
  const current = /^download:(.*)$/m.exec(match[1])?.[1]?.trim()
  if ((current === 'true') === download)
    return { path: entry, cleanup: () => {} }
  const path = join(resolve(entry, '..'), `dev-bench-${download ? 'pdf' : 'spa'}.md`)
  const header = current === undefined ? match[1].replace(/^/, `download: ${download}\n`) : match[1].replace(/^download:.*$/m, `download: ${download}`)
  writeFileSync(path, text.replace(match[1], header))
  return { path, cleanup: () => rmSync(path, { force: true }) }
}

const STARTER = 'bench/fixtures/starter/slides.md'
/** The starter repeated to the course's size (`starter×30`): what Slidev alone costs with as many slides. */
const REFERENCE = 'starter×'
/** Presses measured on the reference deck (enough for its p95; walking all of its ≈ 1 000 would add minutes). */
const REFERENCE_LATENCY_STEPS = 400

/** The starter's slides repeated `factor` times, beside it (same root: its public/ favicon). */
function referenceEntry(starter: string, factor: number): { path: string, cleanup: () => void } {
  const path = join(dirname(resolve(starter)), `dev-bench-x${factor}.md`)
  writeFileSync(path, repeatDeck(readFileSync(starter, 'utf-8'), factor))
  return { path, cleanup: () => rmSync(path, { force: true }) }
}

/**
 * The synthetic deck: an entry beside the course's (same root: layouts, components, setup, global layers) that
 * imports every chapter `factor` times, the copies in bench/out/synthetic/.
 */
function syntheticEntry(entry: string, factor: number): { path: string, cleanup: () => void } {
  const root = dirname(resolve(entry))
  const text = readFileSync(entry, 'utf-8')
  const dir = join(root, 'bench/out/synthetic')
  rmSync(dir, { recursive: true, force: true })
  for (let copy = 2; copy <= factor; copy++) {
    mkdirSync(join(dir, `x${copy}`), { recursive: true })
    for (const src of importsOf(text))
      writeFileSync(join(dir, `x${copy}`, basename(src)), copyChapter(readFileSync(resolve(root, src), 'utf-8'), copy))
  }
  const path = join(root, `dev-bench-x${factor}.md`)
  writeFileSync(path, scaleEntry(text, factor, (src, copy) => `./${relative(root, join(dir, `x${copy}`, basename(src)))}`))
  const cleanup = () => {
    rmSync(path, { force: true })
    rmSync(dir, { recursive: true, force: true })
  }
  return { path, cleanup }
}

/**
 * What the browser does in the first 12 s on a slide, the CPU slowed down 4× (Chrome DevTools Protocol):
 * resources fetched (count and bytes, from the Resource Timing entries), main-thread blocking time (sum of the
 * part of each long task beyond 50 ms, as Lighthouse's TBT) and the longest task (Long Tasks API).
 */
async function loadProfile(browser: import('playwright-core').Browser, url: string, slide: number): Promise<LoadProfile> {
  const context = await browser.newContext({ viewport: { width: 980, height: 552 }, serviceWorkers: 'allow' })
  await context.addInitScript(() => {
    (globalThis as any).__name ??= (f: unknown) => f
    const tasks: number[][] = []
    ;(globalThis as any).__benchTasks = tasks
    new PerformanceObserver(list => list.getEntries().forEach(e => tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true })
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForTimeout(12_000)
  const r = await page.evaluate(() => {
    const within = (t: number) => t < 12_000
    const resources = performance.getEntriesByType('resource').filter(e => within(e.startTime)) as PerformanceResourceTiming[]
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    const tasks = ((globalThis as any).__benchTasks as number[][]).filter(([start]) => within(start))
    return {
      requests: resources.length + (nav ? 1 : 0),
      bytes: resources.reduce((a, e) => a + (e.encodedBodySize || e.transferSize || 0), 0) + (nav?.encodedBodySize ?? 0),
      blocking: tasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
      longest: tasks.reduce((a, [, d]) => Math.max(a, d), 0),
    }
  })
  await context.close()
  return { slide, requests: r.requests, kB: round(r.bytes / 1024), blockingMs: Math.round(r.blocking), longestTaskMs: Math.round(r.longest) }
}

async function firstSlidePayload(page: Page, base: string): Promise<DeckResult['firstSlide']> {
  const bodies: Array<{ type: string, raw: number, gzip: number }> = []
  const pending: Promise<void>[] = []
  let collecting = true
  page.on('response', (response) => {
    if (!collecting)
      return
    pending.push(response.body().then((body) => {
      const url = new URL(response.url())
      const type = /\.m?js$/.test(url.pathname) ? 'js' : /\.css$/.test(url.pathname) ? 'css' : 'other'
      bodies.push({ type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length })
    }, () => {}))
  })
  await page.goto(`${base}/1`)
  await page.waitForFunction(isSlideSettled, { no: 1, clicks: 0 }, { timeout: 60_000, polling: 50 })
  // Before Slidev's preload of every slide (3 s after start): this is what the first slide needs.
  collecting = false
  await Promise.all(pending)
  const sum = (type: string | null, key: 'raw' | 'gzip') => round(bodies.filter(b => !type || b.type === type).reduce((a, b) => a + b[key], 0) / 1024)
  return {
    jsKB: sum('js', 'raw'),
    jsGzipKB: sum('js', 'gzip'),
    cssKB: sum('css', 'raw'),
    cssGzipKB: sum('css', 'gzip'),
    totalKB: sum(null, 'raw'),
    totalGzipKB: sum(null, 'gzip'),
    requests: bodies.length,
  }
}

/**
 * Slide-change latency, measured in the page: `performance.now()` just before a synthetic key press (keydown then
 * keyup) until the destination is the current state, its `.slidev-page` is displayed and one animation frame has
 * been painted after that (double requestAnimationFrame). The deck's real transitions stay on.
 * - `paced` (the target): → through every slide **and every click step**, as a trainer presents: before each press
 *   the page has had an idle period (requestIdleCallback), so what the previous change scheduled for later (the
 *   course mounts the next slides of its window once the browser is idle) has run, as it has between two real
 *   presses. Nothing is skipped: a press that lands while background imports run is measured as it is.
 * - `burst`: ↓ from slide to slide back to back (click steps skipped), no idle time between presses — a held key.
 *   The course's window then mounts slides inside the measured frames; shown for information.
 */
async function slideChangeLatency(page: Page, total: number, mode: 'paced' | 'burst', maxSteps = Number.POSITIVE_INFINITY): Promise<StepLatency[]> {
  await page.goto(page.url().replace(/\/\d+(\?.*)?$/, '/1'))
  await page.waitForFunction(readNav)
  // Whatever the deck preloads at start (everything for Slidev's default, a window for the course) has settled.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(5000)
  return page.evaluate(async ({ n, paced, max }) => {
    const nav = () => (document.querySelector('#app') as any).__vue_app__._context.provides['$$slidev-context'].nav
    const frame = () => new Promise<void>(r => requestAnimationFrame(() => r()))
    const idle = () => new Promise<void>(r => (globalThis as any).requestIdleCallback(() => r(), { timeout: 2000 }))
    const shown = (no: number) => {
      const el = document.querySelector(`#slide-content .slidev-page-${no}`)
      return !!el && getComputedStyle(el).display !== 'none'
    }
    const visible = () => [...document.querySelectorAll('#slide-content .slidev-page')].filter(e => getComputedStyle(e).display !== 'none')
    const key = paced ? 'ArrowRight' : 'ArrowDown'
    const samples: Array<{ slide: number, clicks: number, ms: number }> = []
    while (true) {
      const { currentSlideNo: no, clicks, clicksTotal } = nav()
      const target = paced && clicks < clicksTotal ? { no, clicks: clicks + 1 } : { no: no + 1, clicks: 0 }
      if (target.no > n || samples.length >= max)
        break
      // The previous transition has finished (one page visible).
      while (visible().length !== 1) await frame()
      if (paced)
        await idle()
      const t0 = performance.now()
      window.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true }))
      // Release at once: Slidev's ↓ is a held-key shortcut that auto-repeats after 1 s.
      window.dispatchEvent(new KeyboardEvent('keyup', { key, code: key, bubbles: true }))
      const reached = () => nav().currentSlideNo === target.no && nav().clicks === target.clicks && shown(target.no)
      while (!reached())
        await new Promise(r => setTimeout(r, 0))
      await frame()
      await frame()
      samples.push({ slide: target.no, clicks: target.clicks, ms: Math.round((performance.now() - t0) * 10) / 10 })
    }
    return samples
  }, { n: total, paced: mode === 'paced', max: Number.isFinite(maxSteps) ? maxSteps : total * 1000 })
}

/** Asynchronous spawn: the static server runs in this process and must keep answering meanwhile. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null, stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000)
    })
    child.on('close', status => ok({ status, stderr }))
  })
}

async function lighthouse(url: string, preset: string, reportPath: string): Promise<{ performance: number, lcpMs: number, tbtMs: number } | null> {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ')
  const args = [url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${reportPath}`, `--chrome-flags=${flags}`, '--max-wait-for-load=90000']
  if (preset === 'desktop')
    args.push('--preset=desktop')
  rmSync(reportPath, { force: true })
  const r = await run('node_modules/.bin/lighthouse', args, { ...process.env, CHROME_PATH: resolveChromium() })
  if (r.status !== 0 || !existsSync(reportPath)) {
    console.error(`lighthouse ${url} : échec (${r.status})\n${(r.stderr ?? '').slice(-800)}`)
    return null
  }
  const lhr = JSON.parse(readFileSync(reportPath, 'utf-8'))
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
  }
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length)
    return Number.NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i]
}

function summarize(latencies: StepLatency[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a.ms - b.ms)
  const ms = sorted.map(l => l.ms)
  const kind = (keep: (l: StepLatency) => boolean) => {
    const of = sorted.filter(keep).map(l => l.ms)
    return { samples: of.length, medianMs: round(quantile(of, 0.5)), p95Ms: round(quantile(of, 0.95)) }
  }
  return {
    samples: ms.length,
    medianMs: round(quantile(ms, 0.5)),
    p95Ms: round(quantile(ms, 0.95)),
    maxMs: round(ms.at(-1) ?? Number.NaN),
    slowest: sorted.slice(-5).reverse(),
    kinds: { slides: kind(l => l.clicks === 0), clicks: kind(l => l.clicks > 0) },
  }
}

async function lighthouseMedian(url: string, preset: string, reportPath: string, runs: number) {
  const results: Array<{ performance: number, lcpMs: number, tbtMs: number }> = []
  for (let i = 0; i < runs; i++) {
    const r = await lighthouse(url, preset, reportPath)
    if (r)
      results.push(r)
  }
  if (!results.length)
    return null
  const median = (k: 'performance' | 'lcpMs' | 'tbtMs') => quantile(results.map(r => r[k]).sort((a, b) => a - b), 0.5)
  return { runs: results.length, performance: median('performance'), lcpMs: median('lcpMs'), tbtMs: median('tbtMs') }
}

/** Fewest presses a p95 is computed on: a deck with fewer steps is walked through again from slide 1. */
const MIN_LATENCY_SAMPLES = 300
/** At most this many walks (each reloads the deck and waits ≈ 5 s): a deck of 1 or 2 steps stays under 300 presses. */
const MAX_LATENCY_WALKS = 20

async function benchDeck(name: string, entry: string, work: string, preset: string, lhRuns: number, pdfMaxSlides: number, burst: boolean, latencyMaxSteps: number): Promise<DeckResult> {
  const deck = await loadDeck(entry)
  const out = join(work, `${name}-dist`)
  rmSync(out, { recursive: true, force: true })
  print(`\n== ${name} : ${deck.slides.length} diapositives (${entry})`)

  // The course's diagrams are drawn before its build, as scripts/slidev.ts does (decks elsewhere: nothing to do).
  const drawing = await drawDiagrams(entry)
  if (drawing.blocks)
    reportDraw(entry, drawing)
  const spa = entryWithDownload(entry, false)
  let build
  try {
    print(`build ${spa.path} → ${out}`)
    build = timed('node_modules/.bin/slidev', ['build', spa.path, '--out', out])
  }
  finally {
    spa.cleanup()
  }
  if (build.status !== 0 || !existsSync(join(out, 'index.html')))
    throw new Error(`build de ${entry} en échec :\n${build.output.slice(-2000)}`)

  // Compressed as the deployed nginx compresses (deploy/nginx/course/site.conf): Lighthouse and the 12 s byte counts
  // see what a learner downloads, for the starter as for the course.
  const server = await serveStatic(out, { gzip: nginxGzip() })
  const mermaidSlide = deckFences(deck, ['mermaid'])[0]?.slide.no
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS, headless: true })
  let firstSlide: DeckResult['firstSlide']
  let latencies: StepLatency[]
  let burstLatencies: StepLatency[] | undefined
  const load: DeckResult['load'] = { first: null, mermaid: null }
  try {
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    await context.addInitScript(() => {
      (globalThis as any).__name ??= (f: unknown) => f
    })
    const page = await context.newPage()
    firstSlide = await firstSlidePayload(page, server.url)
    if (!await page.evaluate(readNav))
      throw new Error('Slidev ne démarre pas')
    print('latence de changement de diapositive…')
    latencies = await slideChangeLatency(page, deck.slides.length, 'paced', latencyMaxSteps)
    // A short deck is walked again until its 95th centile rests on enough presses (the starter: 29 per walk).
    for (let walk = 2; walk <= MAX_LATENCY_WALKS && latencies.length > 0 && latencies.length < Math.min(MIN_LATENCY_SAMPLES, latencyMaxSteps); walk++)
      latencies.push(...await slideChangeLatency(page, deck.slides.length, 'paced', latencyMaxSteps - latencies.length))
    if (burst) {
      print('latence en rafale (↓ sans attente)…')
      burstLatencies = await slideChangeLatency(page, deck.slides.length, 'burst', latencyMaxSteps)
    }
    await context.close()
    print('12 premières secondes, processeur ralenti 4× …')
    load.first = await loadProfile(browser, `${server.url}/1`, 1)
    if (mermaidSlide)
      load.mermaid = await loadProfile(browser, `${server.url}/${mermaidSlide}`, mermaidSlide)
  }
  finally {
    await browser.close()
  }

  const lh: DeckResult['lighthouse'] = { first: null, mermaid: null }
  try {
    print(`lighthouse (${lhRuns} passage(s) par diapositive)…`)
    const first = await lighthouseMedian(`${server.url}/1`, preset, join(work, `${name}-lh-1.json`), lhRuns)
    lh.first = first && { slide: 1, ...first }
    if (mermaidSlide) {
      const m = await lighthouseMedian(`${server.url}/${mermaidSlide}`, preset, join(work, `${name}-lh-${mermaidSlide}.json`), lhRuns)
      lh.mermaid = m && { slide: mermaidSlide, ...m }
    }
  }
  finally {
    await server.close()
  }

  // scripts/print.ts prints in ranges of 80 slides (≈ 0.2 s per slide): the limit only keeps a quick run quick.
  const pdfSkipped = deck.slides.length > pdfMaxSlides
    ? `${deck.slides.length} diapositives > --pdf-max-slides ${pdfMaxSlides}`
    : name.startsWith(REFERENCE) ? 'deck de référence' : undefined
  let exp: ReturnType<typeof timed> | undefined
  const pdfPath = join(work, `${name}.pdf`)
  if (pdfSkipped) {
    print(`PDF non mesuré : ${pdfSkipped}`)
  }
  else {
    print('PDF (site construit puis imprimé, scripts/slidev.ts pdf)…')
    rmSync(pdfPath, { force: true })
    const withPdf = entryWithDownload(entry, true)
    try {
      exp = timed('node_modules/.bin/tsx', ['scripts/slidev.ts', 'pdf', '--output', pdfPath, withPdf.path])
    }
    finally {
      withPdf.cleanup()
    }
  }
  let pdf: DeckResult['pdf'] = null
  if (!exp) {
    // not measured
  }
  else if (exp.status === 0 && existsSync(pdfPath)) {
    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf-8' })
    const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '')
    pdf = { seconds: round(exp.seconds), perSlideMs: Math.round(exp.seconds * 1000 / deck.slides.length), sizeMB: round(statSync(pdfPath).size / 1024 / 1024, 2), pages: pages ? Number(pages[1]) : null }
  }
  else {
    console.error(`PDF de ${entry} en échec :\n${exp.output.slice(-1500)}`)
  }

  return {
    name,
    entry,
    slides: deck.slides.length,
    build: { seconds: round(build.seconds), perSlideMs: Math.round(build.seconds * 1000 / deck.slides.length), peakRssMB: build.peakRssMB, diagramsSeconds: round(drawing.seconds) },
    distMB: round(dirSize(out, f => f.endsWith('.pdf')) / 1024 / 1024, 2),
    firstSlide,
    load,
    slideChange: summarize(latencies),
    ...(burstLatencies ? { slideChangeBurst: summarize(burstLatencies) } : {}),
    lighthouse: lh,
    pdf,
    pdfSkipped,
  }
}

type Row = [label: string, value: (r: DeckResult) => string, figure?: (r: DeckResult) => number | undefined]

const ROWS: Row[] = [
  ['Diapositives', r => `${r.slides}`, r => r.slides],
  ['Build SPA (s)', r => `${r.build.seconds}`, r => r.build.seconds],
  ['Build par diapositive (ms)', r => `${r.build.perSlideMs}`, r => r.build.perSlideMs],
  ['Mémoire max du build (Mo)', r => `${r.build.peakRssMB ?? '?'}`, r => r.build.peakRssMB ?? undefined],
  ['Dessins des diagrammes avant le build (s)', r => `${r.build.diagramsSeconds ?? '—'}`, r => r.build.diagramsSeconds],
  ['dist/ sans PDF (Mo)', r => `${r.distMB}`, r => r.distMB],
  ['1re diapo affichée : JS (Ko, brut / gzip)', r => `${r.firstSlide.jsKB} / ${r.firstSlide.jsGzipKB}`, r => r.firstSlide.jsGzipKB],
  ['1re diapo affichée : CSS (Ko, brut / gzip)', r => `${r.firstSlide.cssKB} / ${r.firstSlide.cssGzipKB}`, r => r.firstSlide.cssGzipKB],
  ['1re diapo affichée : total (Ko gzip, requêtes)', r => `${r.firstSlide.totalGzipKB} (${r.firstSlide.requests})`, r => r.firstSlide.totalGzipKB],
  ['12 s sur la diapo 1 ×4 : requêtes', r => `${r.load.first?.requests ?? '—'}`, r => r.load.first?.requests],
  ['12 s sur la diapo 1 ×4 : Ko', r => `${r.load.first?.kB ?? '—'}`, r => r.load.first?.kB],
  ['12 s sur la diapo 1 ×4 : blocage (ms)', r => `${r.load.first?.blockingMs ?? '—'}`, r => r.load.first?.blockingMs],
  ['12 s sur la diapo 1 ×4 : plus longue tâche (ms)', r => `${r.load.first?.longestTaskMs ?? '—'}`, r => r.load.first?.longestTaskMs],
  ['12 s diapo mermaid ×4 : requêtes', r => r.load.mermaid ? `n°${r.load.mermaid.slide} : ${r.load.mermaid.requests}` : '—', r => r.load.mermaid?.requests],
  ['12 s diapo mermaid ×4 : Ko', r => `${r.load.mermaid?.kB ?? '—'}`, r => r.load.mermaid?.kB],
  ['12 s diapo mermaid ×4 : blocage (ms)', r => `${r.load.mermaid?.blockingMs ?? '—'}`, r => r.load.mermaid?.blockingMs],
  ['12 s diapo mermaid ×4 : plus longue tâche (ms)', r => `${r.load.mermaid?.longestTaskMs ?? '—'}`, r => r.load.mermaid?.longestTaskMs],
  ['Diapo ou clic suivant, médiane (ms)', r => r.slideChange.samples ? `${r.slideChange.medianMs} (n=${r.slideChange.samples})` : '— (n=0)', r => r.slideChange.medianMs],
  ['Diapo ou clic suivant, p95 (ms)', r => r.slideChange.samples ? `${r.slideChange.p95Ms}` : '—', r => r.slideChange.p95Ms],
  ['p95 : vers une autre diapo / étape de clic (ms)', r => r.slideChange.kinds && r.slideChange.samples ? `${r.slideChange.kinds.slides.p95Ms} (n=${r.slideChange.kinds.slides.samples}) / ${r.slideChange.kinds.clicks.p95Ms} (n=${r.slideChange.kinds.clicks.samples})` : '—', r => r.slideChange.kinds?.slides.p95Ms],
  ['Plus lents (diapo.clic : ms)', r => r.slideChange.slowest.slice(0, 3).map(l => `${l.slide}.${l.clicks} : ${Math.round(l.ms)}`).join(', ')],
  ['Rafale ↓ médiane / p95 (ms)', r => r.slideChangeBurst ? `${r.slideChangeBurst.medianMs} / ${r.slideChangeBurst.p95Ms}` : '—', r => r.slideChangeBurst?.p95Ms],
  ['Lighthouse 1re diapo : score', r => r.lighthouse.first ? `${r.lighthouse.first.performance} (LCP ${r.lighthouse.first.lcpMs}, TBT ${r.lighthouse.first.tbtMs} ms)` : 'échec', r => r.lighthouse.first?.performance],
  ['Lighthouse diapo mermaid : score', r => r.lighthouse.mermaid ? `${r.lighthouse.mermaid.performance} (LCP ${r.lighthouse.mermaid.lcpMs}, TBT ${r.lighthouse.mermaid.tbtMs} ms)` : '—', r => r.lighthouse.mermaid?.performance],
  ['PDF : s, Mo, pages', r => r.pdf ? `${r.pdf.seconds} s, ${r.pdf.sizeMB} Mo, ${r.pdf.pages ?? '?'} p.` : r.pdfSkipped ? 'non mesuré' : 'échec', r => r.pdf?.seconds],
  ['PDF par diapositive (ms)', r => `${r.pdf?.perSlideMs ?? '—'}`, r => r.pdf?.perSlideMs],
]

/** Each deck's figure divided by the starter's, per row (undefined where either is missing or zero). */
export function ratios(results: DeckResult[]): Record<string, Record<string, number | undefined>> {
  const starter = results.find(r => r.name === 'starter')
  const out: Record<string, Record<string, number | undefined>> = {}
  for (const r of results.filter(r => r !== starter)) {
    out[r.name] = {}
    for (const [label, , figure] of ROWS) {
      const a = figure?.(r)
      const b = starter && figure?.(starter)
      out[r.name][label] = a !== undefined && b && Number.isFinite(a) && Number.isFinite(b) ? round(a / b, 2) : undefined
    }
  }
  return out
}

/** The one-slide deck that shows Slidev's own start-up cost (bench/fixtures/plancher). */
const FLOOR = 'plancher'

interface Verdict { target: string, deck: string, ok: boolean | null, detail: string }

/** The targets of the performance issue, checked for every deck against the starter of the same run. */
function verdicts(results: DeckResult[]): Verdict[] {
  const starter = results.find(r => r.name === 'starter')
  if (!starter)
    return []
  const list: Verdict[] = []
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b) ? a / b : undefined
  const floor = results.find(r => r.name === FLOOR)
  const reference = results.find(r => r.name.startsWith(REFERENCE))
  // What the same figure is for Slidev alone at the course's size, when measured: shown beside a verdict, not judged.
  const atSize = (figure: (d: DeckResult) => number | undefined, unit = '') => {
    const v = reference && figure(reference)
    return v === undefined ? '' : ` ; ${reference!.name}, ${reference!.slides} diapositives : ${v}${unit}`
  }
  const byKind = (r: DeckResult, s: DeckResult) => {
    const a = r.slideChange.kinds
    const b = s.slideChange.kinds
    return a && b ? ` ; vers une autre diapo ${a.slides.p95Ms} contre ${b.slides.p95Ms}, étape de clic ${a.clicks.p95Ms} contre ${b.clicks.p95Ms}` : ''
  }
  for (const r of results.filter(r => r !== starter && r !== floor && r !== reference)) {
    const check = (target: string, value: number | undefined, ok: (v: number) => boolean, show: (v: number) => string) =>
      list.push({ target, deck: r.name, ok: value === undefined ? null : ok(value), detail: value === undefined ? 'non mesuré' : show(value) })
    const x = (v: number) => `${round(v, 2)}×`
    for (const which of ['first', 'mermaid'] as const) {
      const where = which === 'first' ? 'diapo 1' : 'diapo mermaid'
      check(`blocage 12 s ≤ 0,5× (${where})`, ratio(r.load[which]?.blockingMs, starter.load[which]?.blockingMs), v => v <= 0.5, x)
      const floorTask = which === 'first' ? floor?.load.first?.longestTaskMs : undefined
      check(`plus longue tâche ≤ ${which === 'first' ? 250 : 400} ms (${where})`, r.load[which]?.longestTaskMs, v => v <= (which === 'first' ? 250 : 400), v => `${v} ms${floorTask !== undefined ? ` (plancher de Slidev, 1 diapositive : ${floorTask} ms${atSize(d => d.load[which]?.longestTaskMs, ' ms')})` : atSize(d => d.load[which]?.longestTaskMs, ' ms').replace(/^ ; (.*)$/, ' ($1)')}`)
      check(`requêtes 12 s ≤ 0,6× (${where})`, ratio(r.load[which]?.requests, starter.load[which]?.requests), v => v <= 0.6, x)
      check(`octets 12 s ≤ 0,6× (${where})`, ratio(r.load[which]?.kB, starter.load[which]?.kB), v => v <= 0.6, x)
      const lhR = r.lighthouse[which]?.performance
      const lhS = starter.lighthouse[which]?.performance
      check(`Lighthouse ≥ starter (${where})`, lhR !== undefined && lhS !== undefined ? lhR - lhS : undefined, v => v >= 0, v => `${lhR} contre ${lhS} (${v >= 0 ? '+' : ''}${v}${atSize(d => d.lighthouse[which]?.performance)})`)
    }
    check('diapo ou clic suivant, médiane ≤ starter', ratio(r.slideChange.medianMs, starter.slideChange.medianMs), v => v <= 1, x)
    check('diapo ou clic suivant, p95 ≤ starter', ratio(r.slideChange.p95Ms, starter.slideChange.p95Ms), v => v <= 1, v => `${x(v)} (${r.slideChange.p95Ms} contre ${starter.slideChange.p95Ms} ms${byKind(r, starter)}${atSize(d => d.slideChange.samples ? d.slideChange.p95Ms : undefined, ' ms')})`)
    check('PDF par diapositive ≤ starter', ratio(r.pdf?.perSlideMs, starter.pdf?.perSlideMs), v => v <= 1, x)
  }
  return list
}

function table(results: DeckResult[]): string {
  const r = ratios(results)
  const others = results.filter(d => d.name !== 'starter' && results.some(s => s.name === 'starter'))
  const header = ['Mesure', ...results.map(d => d.name), ...others.map(d => `${d.name} / starter`)]
  const lines = ROWS.map(([label, f]) => [label, ...results.map(f), ...others.map(d => r[d.name][label] === undefined ? '—' : `${r[d.name][label]}×`)])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map(l => l[i].length)))
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [fmt(header), `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`, ...lines.map(fmt)].join('\n')
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'only': { type: 'string' },
      'scale': { type: 'string', default: '3' },
      'lh-runs': { type: 'string', default: '3' },
      'lh-preset': { type: 'string', default: 'mobile' },
      'pdf-max-slides': { type: 'string', default: '2000' },
      'burst': { type: 'boolean', default: false },
      'latency-max-steps': { type: 'string' },
      'out': { type: 'string', default: 'bench/results.json' },
      'work': { type: 'string', default: join(tmpdir(), 'slidev-bench') },
    },
  })
  if (!['mobile', 'desktop'].includes(values['lh-preset']))
    throw new Error(`--lh-preset : mobile ou desktop, pas « ${values['lh-preset']} »`)
  const scale = Number(values.scale)
  const lhRuns = Number(values['lh-runs'])
  const pdfMaxSlides = Number(values['pdf-max-slides'])
  if (![scale, lhRuns, pdfMaxSlides].every(n => Number.isInteger(n) && n >= 1))
    throw new Error('--scale, --lh-runs et --pdf-max-slides : des entiers ≥ 1')
  const latencyMaxSteps = values['latency-max-steps'] === undefined ? Number.POSITIVE_INFINITY : Number(values['latency-max-steps'])
  if (!(latencyMaxSteps >= 1) || (Number.isFinite(latencyMaxSteps) && !Number.isInteger(latencyMaxSteps)))
    throw new Error('--latency-max-steps : un entier ≥ 1')
  const repeat = Math.round((await loadDeck('slides.md')).slides.length / (await loadDeck(STARTER)).slides.length)
  const names = ['starter', 'plancher', `${REFERENCE}${repeat}`, 'cours', ...(scale > 1 ? [`cours×${scale}`] : [])]
  const selected = (name: string) => !values.only || values.only.split(',').includes(name)
  if (!names.some(selected))
    throw new Error(`--only : une liste parmi ${names.join(', ')}, pas « ${values.only} »`)
  let machine: { cpus: number, loadavgAtStart: number[], node: string, date: string }
  const results: DeckResult[] = []
  const generated: Array<{ cleanup: () => void }> = []
  const generate = <T extends { cleanup: () => void }>(entry: T): T => {
    generated.push(entry)
    return entry
  }
  try {
    const synthetic = scale > 1 && selected(`cours×${scale}`) ? generate(syntheticEntry('slides.md', scale)) : undefined
    const reference = selected(`${REFERENCE}${repeat}`) ? generate(referenceEntry(STARTER, repeat)) : undefined
    const decks = [
      { name: 'starter', entry: STARTER },
      // Slidev alone: one slide, default theme, none of the project's setup. Its longest start-up task is the floor
      // below which no deck built with this Slidev goes (no verdict for it).
      { name: 'plancher', entry: 'bench/fixtures/plancher/slides.md' },
      // The starter at the course's size (no verdict for it either): what Slidev costs with that many slides. Its
      // presses are only sampled (REFERENCE_LATENCY_STEPS), its PDF is not printed.
      ...(reference ? [{ name: `${REFERENCE}${repeat}`, entry: reference.path, latencyMaxSteps: Math.min(latencyMaxSteps, REFERENCE_LATENCY_STEPS) }] : []),
      { name: 'cours', entry: 'slides.md' },
      ...(synthetic ? [{ name: `cours×${scale}`, entry: synthetic.path }] : []),
    ].filter(d => selected(d.name))
    mkdirSync(values.work, { recursive: true })
    machine = { cpus: cpus().length, loadavgAtStart: loadavg().map(l => round(l, 2)), node: process.version, date: new Date().toISOString() }
    for (const d of decks)
      results.push(await benchDeck(d.name, d.entry, values.work, values['lh-preset'], lhRuns, pdfMaxSlides, values.burst, ('latencyMaxSteps' in d && d.latencyMaxSteps) || latencyMaxSteps))
  }
  finally {
    for (const g of generated)
      g.cleanup()
  }
  const verdictList = verdicts(results)
  writeFileSync(values.out, `${JSON.stringify({ machine: { ...machine, loadavgAtEnd: loadavg().map(l => round(l, 2)) }, lighthousePreset: values['lh-preset'], lighthouseRuns: lhRuns, results, ratiosToStarter: ratios(results), verdicts: verdictList }, null, 2)}\n`)
  print(`\n${table(results)}\n`)
  if (verdictList.length) {
    print('Objectifs (rapport au starter de la même exécution) :')
    for (const v of verdictList)
      print(`  ${v.ok === null ? '?' : v.ok ? '✓' : '✗'} ${v.deck} — ${v.target} : ${v.detail}`)
  }
  print(`\nMachine : ${machine.cpus} cœurs, charge au départ ${machine.loadavgAtStart.join(' ')}, Node ${machine.node}. Résultats : ${values.out}`)
  return 0
}

main().then(code => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
