// Benchmark: the course against a 20-slide Slidev starter (bench/fixtures/starter/slides.md), side by side.
// Usage: npm run bench [-- --only starter|cours] [--lh-preset mobile|desktop] [--out bench/results.json]
// Measures, per deck: build wall time (SPA only, without the PDF) and per slide, peak RSS of the build,
// dist size, first-slide payload (JS/CSS raw and gzip), slide-change latency in the browser (median, p95),
// Lighthouse performance / LCP / TBT on the first slide and on the first mermaid slide, PDF export time and size.
// Not a test and not in CI: numbers depend on the machine and its load (recorded in the results).
import type { Page } from 'playwright-core'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { deckFences } from '../lib/deck/fences'
import { loadDeck } from '../lib/deck/load'
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/chromium'
import { isSlideSettled, readNav } from '../tests/e2e/inpage'
import { serveStatic } from '../tests/e2e/serve'

interface DeckResult {
  name: string
  entry: string
  slides: number
  build: { seconds: number, perSlideMs: number, peakRssMB: number | null }
  distMB: number
  firstSlide: { jsKB: number, jsGzipKB: number, cssKB: number, cssGzipKB: number, totalKB: number, totalGzipKB: number, requests: number }
  slideChange: { samples: number, medianMs: number, p95Ms: number, maxMs: number }
  lighthouse: Record<'first' | 'mermaid', { slide: number, performance: number, lcpMs: number, tbtMs: number } | null>
  pdf: { seconds: number, sizeMB: number, pages: number | null } | null
}

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
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
    : spawnSync(cmd, args, { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')
  return { seconds, peakRssMB: rss ? round(Number(rss[1]) / 1024, 0) : null, status: r.status, output: `${r.stdout}\n${r.stderr}` }
}

/** A copy of the entry at the same place (same root: layouts, components, public) with `download: false`. */
function spaOnlyEntry(entry: string): { path: string, cleanup: () => void } {
  const text = readFileSync(entry, 'utf-8')
  const match = /^---\n([\s\S]*?)\n---/.exec(text)
  if (!match)
    throw new Error(`${entry} : pas d'en-tête YAML`)
  if (!/^download:/m.test(match[1]))
    return { path: entry, cleanup: () => {} }
  const path = join(resolve(entry, '..'), 'dev-bench.md')
  writeFileSync(path, text.replace(/^download:.*$/m, 'download: false'))
  return { path, cleanup: () => rmSync(path, { force: true }) }
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
 * Slide-change latency, measured in the page: `performance.now()` just before a synthetic ArrowDown keydown
 * then keyup (Slidev: next slide, click steps skipped), until the next slide is the current route, its `.slidev-page` is
 * displayed and one animation frame has been painted after that (double requestAnimationFrame). The deck's real
 * transition stays on; between two presses the previous transition is allowed to finish (one page visible).
 */
async function slideChangeLatency(page: Page, total: number): Promise<number[]> {
  await page.waitForFunction(n => document.querySelectorAll('#slide-content .slidev-page').length >= n, total, { timeout: 120_000, polling: 200 })
  return page.evaluate(async (n) => {
    const ctx = () => (document.querySelector('#app') as any).__vue_app__._context.provides['$$slidev-context']
    const frame = () => new Promise<void>(r => requestAnimationFrame(() => r()))
    const visible = () => [...document.querySelectorAll('#slide-content .slidev-page')].filter(e => getComputedStyle(e).display !== 'none')
    const samples: number[] = []
    for (let no = 1; no < n; no++) {
      while (visible().length !== 1 || ctx().nav.currentSlideNo !== no) await frame()
      const t0 = performance.now()
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }))
      // Release at once: Slidev's ↓ is a held-key shortcut that auto-repeats after 1 s.
      window.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }))
      while (ctx().nav.currentSlideNo !== no + 1 || !document.querySelector(`#slide-content .slidev-page-${no + 1}`) || getComputedStyle(document.querySelector(`#slide-content .slidev-page-${no + 1}`)!).display === 'none')
        await new Promise(r => setTimeout(r, 0))
      await frame()
      await frame()
      samples.push(performance.now() - t0)
    }
    return samples
  }, total)
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

async function benchDeck(name: string, entry: string, work: string, preset: string): Promise<DeckResult> {
  const deck = await loadDeck(entry)
  const out = join(work, `${name}-dist`)
  rmSync(out, { recursive: true, force: true })
  print(`\n== ${name} : ${deck.slides.length} diapositives (${entry})`)

  const spa = spaOnlyEntry(entry)
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

  const server = await serveStatic(out)
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS, headless: true })
  let firstSlide: DeckResult['firstSlide']
  let latencies: number[]
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
    latencies = await slideChangeLatency(page, deck.slides.length)
    await context.close()
  }
  finally {
    await browser.close()
  }

  const mermaidSlide = deckFences(deck, ['mermaid'])[0]?.slide.no
  const lh: DeckResult['lighthouse'] = { first: null, mermaid: null }
  try {
    print('lighthouse…')
    const first = await lighthouse(`${server.url}/1`, preset, join(work, `${name}-lh-1.json`))
    lh.first = first && { slide: 1, ...first }
    if (mermaidSlide) {
      const m = await lighthouse(`${server.url}/${mermaidSlide}`, preset, join(work, `${name}-lh-${mermaidSlide}.json`))
      lh.mermaid = m && { slide: mermaidSlide, ...m }
    }
  }
  finally {
    await server.close()
  }

  print('export PDF…')
  const pdfPath = join(work, `${name}.pdf`)
  rmSync(pdfPath, { force: true })
  const exp = timed('node_modules/.bin/slidev', ['export', entry, '--executable-path', resolveChromium(), '--output', pdfPath, '--timeout', '120000'])
  let pdf: DeckResult['pdf'] = null
  if (exp.status === 0 && existsSync(pdfPath)) {
    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf-8' })
    const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '')
    pdf = { seconds: round(exp.seconds), sizeMB: round(statSync(pdfPath).size / 1024 / 1024, 2), pages: pages ? Number(pages[1]) : null }
  }
  else {
    console.error(`export PDF de ${entry} en échec :\n${exp.output.slice(-1500)}`)
  }

  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    name,
    entry,
    slides: deck.slides.length,
    build: { seconds: round(build.seconds), perSlideMs: Math.round(build.seconds * 1000 / deck.slides.length), peakRssMB: build.peakRssMB },
    distMB: round(dirSize(out, f => f.endsWith('.pdf')) / 1024 / 1024, 2),
    firstSlide,
    slideChange: { samples: sorted.length, medianMs: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), maxMs: round(sorted.at(-1) ?? Number.NaN) },
    lighthouse: lh,
    pdf,
  }
}

function table(results: DeckResult[]): string {
  const rows: Array<[string, (r: DeckResult) => string]> = [
    ['Diapositives', r => `${r.slides}`],
    ['Build SPA (s)', r => `${r.build.seconds}`],
    ['Build par diapositive (ms)', r => `${r.build.perSlideMs}`],
    ['Mémoire max du build (Mo)', r => `${r.build.peakRssMB ?? '?'}`],
    ['dist/ sans PDF (Mo)', r => `${r.distMB}`],
    ['1re diapo : JS (Ko, brut / gzip)', r => `${r.firstSlide.jsKB} / ${r.firstSlide.jsGzipKB}`],
    ['1re diapo : CSS (Ko, brut / gzip)', r => `${r.firstSlide.cssKB} / ${r.firstSlide.cssGzipKB}`],
    ['1re diapo : total (Ko, brut / gzip, requêtes)', r => `${r.firstSlide.totalKB} / ${r.firstSlide.totalGzipKB} (${r.firstSlide.requests})`],
    ['Changement de diapo médian / p95 (ms)', r => `${r.slideChange.medianMs} / ${r.slideChange.p95Ms} (n=${r.slideChange.samples})`],
    ['Lighthouse 1re diapo : score, LCP, TBT', r => r.lighthouse.first ? `${r.lighthouse.first.performance}, ${r.lighthouse.first.lcpMs} ms, ${r.lighthouse.first.tbtMs} ms` : 'échec'],
    ['Lighthouse diapo mermaid : score, LCP, TBT', r => r.lighthouse.mermaid ? `n°${r.lighthouse.mermaid.slide} : ${r.lighthouse.mermaid.performance}, ${r.lighthouse.mermaid.lcpMs} ms, ${r.lighthouse.mermaid.tbtMs} ms` : '—'],
    ['Export PDF (s, Mo, pages)', r => r.pdf ? `${r.pdf.seconds} s, ${r.pdf.sizeMB} Mo, ${r.pdf.pages ?? '?'} p.` : 'échec'],
  ]
  const header = ['Mesure', ...results.map(r => r.name)]
  const lines = rows.map(([label, f]) => [label, ...results.map(f)])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map(l => l[i].length)))
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [fmt(header), `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`, ...lines.map(fmt)].join('\n')
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'only': { type: 'string' },
      'lh-preset': { type: 'string', default: 'mobile' },
      'out': { type: 'string', default: 'bench/results.json' },
      'work': { type: 'string', default: join(tmpdir(), 'slidev-bench') },
    },
  })
  if (!['mobile', 'desktop'].includes(values['lh-preset']))
    throw new Error(`--lh-preset : mobile ou desktop, pas « ${values['lh-preset']} »`)
  const decks = [
    { name: 'starter', entry: 'bench/fixtures/starter/slides.md' },
    { name: 'cours', entry: 'slides.md' },
  ].filter(d => !values.only || d.name === values.only)
  if (!decks.length)
    throw new Error(`--only : starter ou cours, pas « ${values.only} »`)
  mkdirSync(values.work, { recursive: true })
  const machine = { cpus: cpus().length, loadavgAtStart: loadavg().map(l => round(l, 2)), node: process.version, date: new Date().toISOString() }
  const results: DeckResult[] = []
  for (const d of decks)
    results.push(await benchDeck(d.name, d.entry, values.work, values['lh-preset']))
  writeFileSync(values.out, `${JSON.stringify({ machine: { ...machine, loadavgAtEnd: loadavg().map(l => round(l, 2)) }, lighthousePreset: values['lh-preset'], results }, null, 2)}\n`)
  print(`\n${table(results)}\n\nMachine : ${machine.cpus} cœurs, charge au départ ${machine.loadavgAtStart.join(' ')}, Node ${machine.node}. Résultats : ${values.out}`)
  return 0
}

main().then(code => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
