// End-to-end checks of a BUILT Slidev deck in the system Chromium (see tests/e2e/README.md).
// Every slide and every click step is visited in light and dark mode; console errors, page errors, failed or
// non-local requests, content outside the canvas, cut scroll boxes, broken images and mermaid failures are
// reported with the slide number, its title and its source `file:line` (from lib/deck/load.ts).
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Deck, DeckSlide } from '../../lib/deck/load'
import type { Hit, NavState, SlideMeasure } from './inpage'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { listChapters } from '../../lib/deck/chapters'
import { deckFences } from '../../lib/deck/fences'
import { where } from '../../lib/deck/load'
import { findResourceLoads, isRemote } from '../../lib/deck/references'
import { DRAWN_CHUNK } from '../../lib/mermaid-live/prerender'
import { parseSteps } from '../../lib/mermaid-live/steps'
import { BACKGROUND_DELAY_MS } from '../../lib/preload/controller'
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium'
import { disablePreload, goToSlide, isReadingSettled, isSlideSettled, measureSlide, navReached, readNav, unmark } from './inpage'

export type Mode = 'light' | 'dark'

export type DefectKind
  = | 'console-error'
    | 'page-error'
    | 'request-failed'
    | 'remote-request'
    | 'overflow'
    | 'clipped'
    | 'broken-image'
    | 'mermaid-error'
    | 'mermaid-empty'
    | 'navigation'
    | 'render-timeout'
    | 'notes'
    | 'print'
    | 'qcm'
    | 'diagram'
    | 'offline'
    | 'search'
    | 'csp'
    | 'reading'

export interface Defect {
  kind: DefectKind
  /** Where it was seen: `light`, `dark`, `print`, `presenter`, `preload`, `qcm`, `offline`. */
  context: string
  slide?: number
  clicks?: number
  title?: string
  /** `file:line` of the slide in the markdown sources. */
  at?: string
  message: string
  screenshot?: string
}

export interface SuiteOptions {
  /** Built SPA directory (index.html, assets/; sw.js is read from it for the offline phase). */
  dist: string
  /**
   * An already running server of that build (`http://127.0.0.1:8080`, e.g. nginx with the project's configuration,
   * scripts/serve-nginx.ts) instead of the suite's own static server.
   */
  url?: string
  /** Base path the site was built with (`slidev build --base /sous/chemin/`): every page is opened under it. */
  basePath?: string
  /** The loaded deck the SPA was built from: slide count, titles, notes and sources come from it. */
  deck: Deck
  /** Screenshots of defective slides go here. */
  artifacts: string
  /** Allowed overflow in canvas pixels. */
  tolerance?: number
  modes?: Mode[]
  /** Restrict the walk to these slide numbers (inclusive range). */
  range?: [number, number]
  presenter?: boolean
  print?: boolean
  preload?: boolean
  /**
   * Most slides the deck may keep mounted at start-up once idle (the course's preload window, lib/preload).
   * Without it the preload phase expects Slidev's default: every slide mounted in the background.
   */
  mountLimit?: number
  qcm?: boolean
  /** Live diagram: click steps, « Modifier » (redraw, inline error, reset), Escape gives the keyboard back. */
  diagram?: boolean
  offline?: boolean
  /**
   * Search (lib/search): opened with `/` and with the nav button, « --mount » typed, Enter opens the first result,
   * Slidev's keys stay off while the dialog is open, Escape gives the focus back; then again offline, from the
   * service worker's precache.
   */
  search?: boolean
  /**
   * Reading mode (`/lecture`, components/reading/): the chapter list and two chapters with quizzes at 360 px and
   * 1280 px, light and dark: no page-level horizontal scroll, body text ≥ 16 px, every slide's section, no console
   * error; a quiz answered there is stored (same store as the slides) and shown in the chapter list.
   */
  reading?: boolean
  /** Max wait for one slide or click step to settle (ms). */
  stepTimeout?: number
  /** Walks run at once (browser contexts), see walkLanes; 2 by default (one per core here). */
  lanes?: number
  log?: (line: string) => void
}

export interface SuiteResult {
  defects: Defect[]
  notices: string[]
  stats: { steps: number, slides: number, seconds: number }
}

/** Slidev's canvas (canvasWidth 980, 16:9): with this viewport the slide scale is 1, so screen px = canvas px. */
export const VIEWPORT = { width: 980, height: 552 }
const NO_MOTION_CSS = '*,*::before,*::after{transition:none!important;animation:none!important;scroll-behavior:auto!important}'
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Text of a speaker note reduced to its letters and digits, so markdown and its HTML rendering compare equal. */
export function noteFingerprint(text: string, fromMarkdown: boolean): string {
  let t = text
  if (fromMarkdown) {
    t = t
      .replace(/\[click(?::\d+)?\]/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<[^>]+>/g, ' ')
  }
  return t.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()
}

function hitText(h: Hit): string {
  const sides = ([['droite', h.right], ['bas', h.bottom], ['gauche', h.left], ['haut', h.top]] as const)
    .filter(([, v]) => v > 0)
    .map(([s, v]) => `${v} px à ${s}`)
  return `${h.what} (${sides.join(', ')})`
}

interface Tracker {
  context: string
  slide?: number
  clicks?: number
  /** Set by the walks: what they report is not reported again by the other phases. */
  walk?: boolean
}

export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = Date.now()
  const {
    deck,
    artifacts,
    tolerance = 2,
    modes = ['light', 'dark'],
    presenter = true,
    print = true,
    preload = true,
    mountLimit,
    qcm = true,
    diagram = true,
    offline = true,
    search = false,
    reading = false,
    stepTimeout = 10_000,
    log = () => {},
  } = options
  const total = deck.slides.length
  const [from, to] = options.range ?? [1, total]
  const defects: Defect[] = []
  const notices: string[] = []
  const seen = new Set<string>()
  const slideOf = (no?: number): DeckSlide | undefined => (no ? deck.slides[no - 1] : undefined)
  let steps = 0

  mkdirSync(artifacts, { recursive: true })

  function report(d: Omit<Defect, 'title' | 'at'>): boolean {
    // Layout defects: one per slide and context (the first click step that shows it), not one per step; CSP
    // violations too (the listener's line and Chromium's own line describe the same violation).
    const key = d.kind === 'overflow' || d.kind === 'clipped' || d.kind === 'csp'
      ? `${d.kind}|${d.context}|${d.slide}`
      : `${d.kind}|${d.context}|${d.slide}|${d.message}`
    if (seen.has(key))
      return false
    seen.add(key)
    const s = slideOf(d.slide)
    const full: Defect = { ...d, title: s?.title, at: s ? where(deck, s.filepath, s.contentLine) : undefined }
    defects.push(full)
    log(`  ✗ ${formatDefect(full)}`)
    return true
  }

  const { normalizeBase, serveStatic } = await import('./serve')
  const basePath = normalizeBase(options.basePath)
  const server = options.url ? undefined : await serveStatic(options.dist, { base: basePath })
  // Pages are `${base}/12`: the origin, then the base path without its trailing slash.
  const base = `${(options.url ?? server!.url).replace(/\/+$/, '')}${basePath.slice(0, -1)}`
  const browser: Browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS, headless: true })

  /** A browser context for one mode, with every request checked and transitions disabled. */
  async function newContext(mode: Mode, opts: { route: boolean, preload: boolean }): Promise<BrowserContext> {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      colorScheme: mode,
      serviceWorkers: opts.route ? 'block' : 'allow',
    })
    await context.addInitScript(() => {
      // tsx (esbuild keepNames) wraps functions in __name(); give the page a no-op one.
      (globalThis as any).__name ??= (f: unknown) => f
    })
    await context.addInitScript(reportCspViolations)
    await context.addInitScript((args: { mode: Mode, css: string }) => {
      // Not on browser error pages (offline reload without service worker): no storage there.
      if (!location.protocol.startsWith('http'))
        return
      localStorage.setItem('slidev-color-schema', args.mode)
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style')
        style.dataset.e2e = 'no-motion'
        style.textContent = args.css
        document.head.appendChild(style)
      })
    }, { mode, css: NO_MOTION_CSS })
    if (!opts.preload)
      await context.addInitScript(disablePreload)
    if (opts.route) {
      // Nothing leaves the machine: non-local requests are aborted (and reported by the `request` listener).
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url())
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname))
          return route.continue()
        return route.abort('blockedbyclient')
      })
    }
    return context
  }

  /** Console, page and request events of the current phase, turned into defects by `flush`. */
  const events: Array<{ kind: DefectKind, message: string, url?: string, at: Tracker }> = []
  /** Slide whose DOM loads a URL (seen by the walks): Slidev also preloads every slide image from index.html. */
  const urlSlides = new Map<string, number>()
  /** Same, from the markdown (lib/deck/references.ts), for URLs no rendered element showed. */
  const deckUrlSlides = new Map<string, number>()
  for (const slide of deck.slides) {
    for (const ref of findResourceLoads(slide)) {
      const key = isRemote(ref.target) ? new URL(ref.target, 'https://x').href : new URL(ref.target, `${base}/`).href
      if (!deckUrlSlides.has(key))
        deckUrlSlides.set(key, slide.no)
    }
  }
  /** `kind|message` of every event reported by a walk: other phases only report what is new. */
  const walkMessages = new Set<string>()

  /** Events of the other phases, reported at the end: by then every walk has reported what it saw. */
  const deferred: typeof events = []

  /**
   * Reports the events seen so far. The walks run at the same time as the other phases: a walk's events are reported
   * at once, the other phases' at the end (`flushDeferred`), minus what a walk already reported.
   */
  function flush(): void {
    for (const e of events.splice(0)) {
      if (!e.at.walk) {
        deferred.push(e)
        continue
      }
      walkMessages.add(`${e.kind}|${e.message}`)
      reportEvent(e)
    }
  }

  function flushDeferred(): void {
    flush()
    for (const e of deferred.splice(0)) {
      if (!walkMessages.has(`${e.kind}|${e.message}`))
        reportEvent(e)
    }
  }

  function reportEvent(e: typeof events[number]): void {
    let { slide, clicks } = e.at
    const owner = e.url ? urlSlides.get(e.url) ?? deckUrlSlides.get(e.url) : undefined
    if (owner) {
      slide = owner
      clicks = undefined
    }
    report({ kind: e.kind, context: e.at.context, slide, clicks, message: e.message })
  }

  function watchPage(page: Page, tracker: Tracker): Page {
    const push = (kind: DefectKind, message: string, url?: string) =>
      events.push({ kind, message, url, at: { ...tracker } })
    page.on('console', (msg) => {
      if (msg.type() !== 'error')
        return
      const text = msg.text()
      // Failed loads are reported once, from the request itself (request-failed / remote-request).
      if (text.startsWith('Failed to load resource'))
        return
      const csp = cspConsoleDefect(text)
      if (csp !== undefined) {
        push('csp', csp.slice(0, 300))
        return
      }
      push('console-error', text.slice(0, 300))
    })
    page.on('pageerror', (error) => {
      push('page-error', `${error.name}: ${error.message}`.slice(0, 300))
    })
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname))
        push('remote-request', `requête vers un hôte distant : ${url.href.slice(0, 160)}`, url.href)
    })
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? ''
      const url = new URL(request.url())
      // Remote requests are reported above; aborted/offline requests are expected.
      if (!LOCAL_HOSTS.has(url.hostname) || /ERR_ABORTED|ERR_INTERNET_DISCONNECTED/.test(failure))
        return
      push('request-failed', `${url.pathname} : ${failure}`, url.href)
    })
    page.on('response', (response) => {
      if (response.status() >= 400)
        push('request-failed', `${new URL(response.url()).pathname} : HTTP ${response.status()}`, response.url())
    })
    return page
  }

  async function nav(page: Page): Promise<NavState | null> {
    return page.evaluate(readNav)
  }

  async function waitForApp(page: Page): Promise<NavState | null> {
    try {
      await page.waitForFunction(readNav, undefined, { timeout: 30_000 })
    }
    catch {
      return null
    }
    return nav(page)
  }

  async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
    const file = join(artifacts, `${name}.png`)
    if (selector)
      await page.locator(selector).first().screenshot({ path: file, animations: 'disabled' })
    else
      await page.screenshot({ path: file, animations: 'disabled' })
    return file
  }

  /** Reports what `measureSlide` found; returns the number of defects added. */
  function reportMeasure(m: SlideMeasure, context: string, slide: number, clicks: number | undefined): Defect[] {
    const before = defects.length
    const at = { context, slide, clicks }
    if (m.overflow.length) {
      const others = m.overflow.length > 1 ? ` ; ${m.overflow.length - 1} autre(s) élément(s) dépasse(nt) aussi` : ''
      report({ ...at, kind: 'overflow', message: `contenu hors du cadre de la diapositive : ${hitText(m.overflow[0])}${others}` })
    }
    if (m.clipped.length) {
      const h = m.clipped[0]
      const others = m.clipped.length > 1 ? ` ; ${m.clipped.length - 1} autre(s) boîte(s)` : ''
      report({ ...at, kind: 'clipped', message: `contenu coupé dans une boîte à défilement : ${h.what} (${h.right} px en largeur, ${h.bottom} px en hauteur)${others}` })
    }
    for (const src of m.brokenImages)
      report({ ...at, kind: 'broken-image', message: `image non chargée : ${src}` })
    for (const e of m.mermaidErrors)
      report({ ...at, kind: 'mermaid-error', message: `diagramme mermaid en erreur : ${e}` })
    if (m.mermaidEmpty)
      report({ ...at, kind: 'mermaid-empty', message: `${m.mermaidEmpty} diagramme(s) mermaid sans rendu (SVG absent ou vide)` })
    if (m.mermaidUndrawn)
      report({ ...at, kind: 'mermaid-error', message: `${m.mermaidUndrawn} diagramme(s) dessiné(s) dans la page : le build n'en a pas le dessin (scripts/diagrams.ts, generated/diagrams/)` })
    return defects.slice(before)
  }

  /** Walks every slide and click step of one color mode, from slide `from` to `to`, with the keyboard. */
  async function walk(mode: Mode, from: number, to: number): Promise<Map<number, number>> {
    const qcmSlides = new Map<number, number>()
    const context = await newContext(mode, { route: true, preload: false })
    const page = await context.newPage()
    const tracker: Tracker = { context: mode, slide: from, clicks: 0, walk: true }
    watchPage(page, tracker)
    log(`[${mode}] ${from}–${to} / ${total} diapositives`)
    await page.goto(`${base}/${from}`)
    const first = await waitForApp(page)
    if (!first) {
      report({ kind: 'navigation', context: mode, slide: from, message: 'l\'application Slidev ne démarre pas (pas d\'état de navigation après 30 s)' })
      await context.close()
      return qcmSlides
    }
    if (first.total !== total)
      report({ kind: 'navigation', context: mode, message: `le site construit a ${first.total} diapositives, le deck (lib/deck/load.ts) en a ${total} : reconstruire le site ?` })
    if (first.dark !== (mode === 'dark')) {
      report({ kind: 'navigation', context: mode, message: `le mode ${mode} ne s'applique pas (html.dark=${first.dark}) : colorSchema forcé dans l'en-tête ?` })
      await context.close()
      return qcmSlides
    }

    if (!await page.evaluate(() => (globalThis as any).__e2ePreloadDisabled === true))
      notices.push(`[${mode}] le préchargement de Slidev n'a pas pu être désactivé : une erreur peut être attribuée à une diapositive voisine`)
    let no = from
    let clicks = first.clicks
    while (true) {
      tracker.slide = no
      tracker.clicks = clicks
      steps++
      // A slow first load (a chunk such as mermaid fetched while the service worker precaches the whole site,
      // on a busy 2-core machine) gets a second period: a slide still not settled is a defect, a slow one a notice.
      let settled = false
      for (let period = 1; period <= 2 && !settled; period++) {
        try {
          await page.waitForFunction(isSlideSettled, { no, clicks }, { timeout: stepTimeout, polling: 50 })
          settled = true
          if (period > 1)
            notices.push(`[${mode}] diapositive ${no} (clic ${clicks}) : stabilisée en plus de ${stepTimeout / 1000} s`)
        }
        catch {}
      }
      const state = await nav(page)
      const selector = `#slide-content .slidev-page-${no}`
      let m = await page.evaluate(measureSlide, { selector, tolerance, mark: true })
      // A diagram drawn again between the settle check and the measure (Slidev's Mermaid clears its error and renders
      // anew when a dependency of its render changes) is caught mid-render: wait once more, then measure again. One
      // that stays empty is still reported.
      if (m?.mermaidEmpty) {
        await page.evaluate(unmark, selector)
        const again = await page.waitForFunction(isSlideSettled, { no, clicks }, { timeout: stepTimeout, polling: 50 }).then(() => true, () => false)
        settled ||= again
        m = await page.evaluate(measureSlide, { selector, tolerance, mark: true })
        if (m?.mermaidEmpty === 0 || !again)
          notices.push(`[${mode}] diapositive ${no} (clic ${clicks}) : diagramme mesuré pendant un nouveau rendu, mesuré à nouveau${again ? '' : ' (toujours pas stabilisé)'}`)
      }
      if (!m) {
        report({ kind: 'render-timeout', context: mode, slide: no, clicks, message: `la diapositive ${no} ne s'affiche pas (${state?.path ?? '?'})` })
      }
      else {
        if (!settled && !m.mermaidEmpty)
          report({ kind: 'render-timeout', context: mode, slide: no, clicks, message: `la diapositive ne se stabilise pas en ${stepTimeout} ms (polices, images, mermaid ou chargement)` })
        if (m.qcm)
          qcmSlides.set(no, m.qcm)
        for (const url of m.resources) {
          if (!urlSlides.has(url))
            urlSlides.set(url, no)
        }
        const found = reportMeasure(m, mode, no, clicks)
        if (found.length) {
          const shot = await screenshot(page, `${mode}-${String(no).padStart(3, '0')}-c${clicks}`)
          for (const d of found) d.screenshot = shot
        }
        await page.evaluate(unmark, selector)
      }

      const total_ = state?.clicksTotal ?? 0
      let expected: { no: number, clicks: number }
      if (state && state.no === no && clicks < total_)
        expected = { no, clicks: clicks + 1 }
      else if (no < to)
        expected = { no: no + 1, clicks: 0 }
      else
        break
      // Whatever the destination logs while it mounts belongs to it.
      tracker.slide = expected.no
      tracker.clicks = expected.clicks
      // keydown and keyup in one task. Slidev repeats → while the key is held (first repeat after 1 s), and Playwright
      // sends keyup only once keydown is acknowledged: on a loaded 2-core machine that keyup was once seen after the
      // repeat, and the walk landed a click further (CI: slide 124, click 6 → /125?clicks=1). The other phases keep
      // real key presses.
      await page.evaluate(() => {
        for (const type of ['keydown', 'keyup'])
          window.dispatchEvent(new KeyboardEvent(type, { key: 'ArrowRight', code: 'ArrowRight', bubbles: true }))
      })
      try {
        await page.waitForFunction(navReached, expected, { timeout: stepTimeout, polling: 50 })
      }
      catch {
        const now = await nav(page)
        report({ kind: 'navigation', context: mode, slide: no, clicks, message: `→ devait mener à ${expected.no}${expected.clicks ? `?clicks=${expected.clicks}` : ''}, on est sur ${now?.path ?? '?'}` })
        await page.goto(`${base}/${expected.no}`)
        await waitForApp(page)
      }
      const after = await nav(page)
      no = after?.no ?? expected.no
      clicks = after?.clicks ?? expected.clicks
      if (no > to)
        break
    }
    await context.close()
    flush()
    return qcmSlides
  }

  /** Presenter view: the notes panel shows the slide's note as written in the markdown. */
  async function checkPresenter(): Promise<void> {
    const withNotes = deck.slides.filter(s => s.note?.trim() && s.no >= from && s.no <= to)
    if (!withNotes.length) {
      notices.push('vue présentateur : aucune diapositive avec des notes dans la plage, rien à vérifier')
      return
    }
    const picks = new Set<DeckSlide>([
      withNotes[0],
      withNotes.find(s => /\[click/.test(s.note ?? '')) ?? withNotes[0],
      withNotes[Math.floor(withNotes.length / 2)],
      withNotes.at(-1)!,
    ])
    const context = await newContext('light', { route: true, preload: true })
    const page = await context.newPage()
    await page.setViewportSize({ width: 1280, height: 800 })
    const tracker: Tracker = { context: 'presenter' }
    watchPage(page, tracker)
    for (const slide of picks) {
      tracker.slide = slide.no
      log(`[presenter] /presenter/${slide.no}`)
      await page.goto(`${base}/presenter/${slide.no}`)
      const notes = page.locator('.slidev-note').first()
      let text = ''
      try {
        await notes.waitFor({ state: 'visible', timeout: stepTimeout })
        await page.waitForFunction(() => (document.querySelector('.slidev-note') as HTMLElement | null)?.textContent?.trim(), undefined, { timeout: stepTimeout })
        text = await (await notes.textContent()) ?? ''
      }
      catch {}
      const expected = noteFingerprint(slide.note ?? '', true)
      const got = noteFingerprint(text, false)
      if (!got)
        report({ kind: 'notes', context: 'presenter', slide: slide.no, message: 'la vue présentateur n\'affiche aucune note' })
      else if (got !== expected)
        report({ kind: 'notes', context: 'presenter', slide: slide.no, message: `notes affichées différentes du markdown : « ${text.replace(/\s+/g, ' ').slice(0, 80)}… » au lieu de « ${(slide.note ?? '').replace(/\s+/g, ' ').slice(0, 80)}… »` })
    }
    await context.close()
    flush()
  }

  /** The /print route (what `slidev export` renders): errors and overflow of every slide as printed. */
  async function checkPrint(): Promise<void> {
    const context = await newContext('light', { route: true, preload: true })
    const page = await context.newPage()
    const tracker: Tracker = { context: 'print' }
    watchPage(page, tracker)
    log('[print] /print?print=true')
    await page.goto(`${base}/print?print=true`)
    if (!await waitForApp(page)) {
      report({ kind: 'print', context: 'print', message: 'la vue /print ne démarre pas' })
      await context.close()
      return
    }
    const hasPrint = await page.locator('#print-container').waitFor({ timeout: 10_000 }).then(() => true, () => false)
    if (!hasPrint) {
      notices.push('vue /print absente de ce build (download: false) : vérification impression sautée')
      await context.close()
      return
    }
    try {
      await page.waitForFunction((n) => {
        const containers = document.querySelectorAll('.print-slide-container')
        if (containers.length < n || document.querySelector('.slidev-slide-loading') || document.fonts.status !== 'loaded')
          return false
        for (const img of document.querySelectorAll('#print-container img')) {
          if (!(img as HTMLImageElement).complete)
            return false
        }
        for (const m of document.querySelectorAll('#print-container .mermaid')) {
          if (!m.shadowRoot?.querySelector('svg'))
            return false
        }
        return true
      }, total, { timeout: Math.max(60_000, total * 500) })
    }
    catch {
      report({ kind: 'print', context: 'print', message: 'la vue /print ne se stabilise pas (diapositives, polices, images ou mermaid)' })
    }
    const ids = await page.locator('.print-slide-container').evaluateAll(els => els.map(e => e.id))
    if (ids.length !== total)
      report({ kind: 'print', context: 'print', message: `${ids.length} pages imprimées pour ${total} diapositives` })
    for (const id of ids) {
      const no = Number(id.split('-')[0])
      if (no < from || no > to)
        continue
      const selector = `[id="${id}"] .slidev-page`
      const m = await page.evaluate(measureSlide, { selector, tolerance, mark: true })
      if (!m)
        continue
      const found = reportMeasure(m, 'print', no, undefined)
      if (found.length) {
        const shot = await screenshot(page, `print-${String(no).padStart(3, '0')}`, `[id="${id}"]`)
        for (const d of found) d.screenshot = shot
      }
    }
    await context.close()
    flush()
  }

  /**
   * Start-up preloading. With Slidev's default every slide is mounted hidden 3 s after start: errors that only
   * happen then. With the course's window (`mountLimit`), only the neighbours are mounted, the other slides'
   * modules are imported in the background while idle (errors in them show here), and a far slide then opens
   * without fetching any script.
   */
  async function checkPreload(): Promise<void> {
    const context = await newContext('light', { route: true, preload: true })
    const page = await context.newPage()
    const tracker: Tracker = { context: 'preload' }
    watchPage(page, tracker)
    await page.goto(`${base}/${from}`)
    await waitForApp(page)
    const mounted = () => page.evaluate(() => document.querySelectorAll('#slide-content .slidev-page').length)
    if (mountLimit === undefined) {
      log('[preload] toutes les diapositives montées en arrière-plan')
      try {
        await page.waitForFunction(n => document.querySelectorAll('#slide-content .slidev-page').length >= n, total, { timeout: 30_000 + total * 200 })
        await page.waitForLoadState('networkidle')
      }
      catch {
        report({ kind: 'render-timeout', context: 'preload', message: 'les diapositives ne se préchargent pas toutes' })
      }
    }
    else {
      // Past Slidev's own 3 s preload of everything and the course's quiet seconds, then until the background
      // imports are done.
      const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter(e => /\.m?js(?:$|\?)/.test(e.name)).length)
      await page.waitForTimeout(BACKGROUND_DELAY_MS + 2000)
      let count = await scripts()
      const deadline = Date.now() + 60_000 + total * 200
      let stableSince = Date.now()
      while (Date.now() < deadline && Date.now() - stableSince < 3000) {
        await page.waitForTimeout(500)
        const now = await scripts()
        if (now !== count) {
          count = now
          stableSince = Date.now()
        }
      }
      const atRest = await mounted()
      // Speaker notes are only for the trainer's views (lib/notes): the audience never downloads them.
      const notesChunk = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).find(name => /course-notes/.test(name)))
      if (notesChunk)
        report({ kind: 'render-timeout', context: 'preload', slide: from, message: `la vue diapositives a téléchargé les notes de l'orateur (${notesChunk})` })
      log(`[preload] au repos : ${atRest} diapositive(s) montée(s) (au plus ${mountLimit}), ${count} scripts chargés`)
      if (atRest > mountLimit)
        report({ kind: 'render-timeout', context: 'preload', slide: from, message: `${atRest} diapositives montées au démarrage : la fenêtre de préchargement en permet ${mountLimit}` })
      if (total > from && atRest < 2)
        report({ kind: 'render-timeout', context: 'preload', slide: from, message: 'la diapositive suivante n\'est pas montée d\'avance' })
      // A far slide opens from the modules imported in the background: no new script.
      const far = to > from + mountLimit ? to : undefined
      if (far) {
        tracker.slide = far
        await page.evaluate(goToSlide, far)
        const shown = await page.waitForFunction(isSlideSettled, { no: far, clicks: 0 }, { timeout: stepTimeout, polling: 50 }).then(() => true, () => false)
        const fetched = (await scripts()) - count
        if (!shown)
          report({ kind: 'render-timeout', context: 'preload', slide: far, message: `la diapositive ${far} ne s'affiche pas après le préchargement en arrière-plan` })
        else if (fetched > 0)
          report({ kind: 'render-timeout', context: 'preload', slide: far, message: `${fetched} script(s) téléchargé(s) pour ouvrir la diapositive ${far} : elle n'a pas été importée en arrière-plan` })
        const afterJump = await mounted()
        if (afterJump > mountLimit)
          report({ kind: 'render-timeout', context: 'preload', slide: far, message: `${afterJump} diapositives montées après un saut : la fenêtre en permet ${mountLimit}` })
      }
      await checkGoto(page)
    }
    await context.close()
    // An error already attributed to its slide by a walk is not repeated.
    flush()
  }

  /**
   * « Aller à » (key g): Slidev's dialog searches the slide titles. The course builds the titles as their own
   * chunk (lib/notes/titles.ts): not downloaded at rest, fetched when the dialog first shows a match.
   */
  async function checkGoto(page: Page): Promise<void> {
    const titlesChunk = () => page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).find(name => /title-renderer/.test(name)))
    const early = await titlesChunk()
    if (early)
      report({ kind: 'render-timeout', context: 'preload', slide: from, message: `les titres de toutes les diapositives sont téléchargés sans que « aller à » soit ouvert (${early})` })
    // Plain titles only: markdown turns ' into ’ and `code` into markup in the rendered list.
    const target = deck.slides.find(s => s.no > from && s.no <= to && s.title && /^[\p{L}\p{N} ,-]{6,}$/u.test(s.title))
    if (!target?.title)
      return
    await page.keyboard.press('g')
    await page.locator('#slidev-goto-input').fill(target.title)
    const listed = await page.locator('.autocomplete-list li', { hasText: target.title }).first().waitFor({ timeout: stepTimeout }).then(() => true, () => false)
    if (!listed)
      report({ kind: 'render-timeout', context: 'preload', slide: target.no, message: `« aller à » (touche g) : la recherche de « ${target.title} » n'affiche pas ce titre` })
    else
      log(`[preload] « aller à » trouve « ${target.title} » (diapositive ${target.no})`)
    await page.keyboard.press('Escape')
  }

  /** Quiz: an answer survives a reload, and the arrow keys still work after answering. */
  async function checkQcm(qcmSlides: Map<number, number>): Promise<void> {
    const fences = deckFences(deck, ['qcm']).filter(f => f.slide.no >= from && f.slide.no <= to)
    if (!qcmSlides.size) {
      const msg = `QCM : aucun fieldset.qcm rendu dans le deck (${fences.length} bloc(s) \`\`\`qcm dans le markdown) : test du quiz SAUTÉ`
      notices.push(msg)
      if (fences.length && existsSync(join(deck.root, 'components', 'Qcm.vue')))
        report({ kind: 'qcm', context: 'qcm', slide: fences[0].slide.no, message: 'components/Qcm.vue existe et le deck contient des blocs qcm, mais aucun fieldset.qcm n\'est rendu' })
      return
    }
    const no = [...qcmSlides.keys()][0]
    const context = await newContext('light', { route: true, preload: false })
    const page = await context.newPage()
    const tracker: Tracker = { context: 'qcm', slide: no }
    watchPage(page, tracker)
    log(`[qcm] diapositive ${no}`)
    await page.goto(`${base}/${no}`)
    await waitForApp(page)
    const fail = (message: string) => report({ kind: 'qcm', context: 'qcm', slide: no, message })
    const fieldset = page.locator('fieldset.qcm').first()
    const id = await fieldset.getAttribute('data-qcm-id')
    if (!id)
      fail('fieldset.qcm sans attribut data-qcm-id')
    const inputs = fieldset.locator('input[type=radio], input[type=checkbox]')
    if (await inputs.count() < 2) {
      fail('le quiz n\'a pas au moins deux cases (input radio/checkbox)')
      await context.close()
      return
    }
    const choice = inputs.first()
    const inputId = await choice.evaluate(el => [...el.closest('fieldset')!.querySelectorAll('input')].indexOf(el as HTMLInputElement))
    await choice.check()
    const validate = fieldset.getByRole('button', { name: /valider/i })
    if (await validate.count())
      await validate.first().click()
    else
      fail('pas de bouton « Valider » dans le quiz')
    const live = fieldset.locator('[aria-live]').first()
    const feedback = await live.textContent().then(t => t ?? '').catch(() => '')
    if (!feedback.trim())
      fail('aucun retour dans la zone [aria-live] après « Valider »')
    const state = await nav(page)
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForFunction((s) => {
      const ctx = (document.querySelector('#app') as any)?.__vue_app__?._context?.provides?.['$$slidev-context']
      return ctx && (ctx.nav.currentSlideNo !== s.no || ctx.nav.clicks !== s.clicks)
    }, { no, clicks: state?.clicks ?? 0 }, { timeout: stepTimeout }).then(() => true, () => false)
    const after = await nav(page)
    if (!moved)
      fail('après une réponse, → ne fait plus avancer le support (le focus reste dans le quiz ?)')
    else if ((state?.clicks ?? 0) >= (state?.clicksTotal ?? 0) && after?.no !== no + 1)
      fail(`après une réponse, → mène à ${after?.path} au lieu de /${no + 1}`)
    await page.goto(`${base}/${no}`)
    await waitForApp(page)
    const restored = page.locator(`fieldset.qcm[data-qcm-id="${id}"] input`).nth(inputId)
    const checked = await restored.isChecked().catch(() => false)
    if (!checked)
      fail(`réponse perdue au rechargement (quiz ${id})`)
    await context.close()
    flush()
  }

  /** After a first load the deck keeps working without network: navigation, mermaid, and a reload if a service worker is built. */
  /**
   * A live diagram (components/MermaidLive.vue), on the first slide of the range whose flowchart has steps: its
   * steps come drawn from the build, at the size mermaid draws them in the page (the editor's drawing); each
   * click shows the next step and going back removes it; « Modifier » redraws as one types, an invalid source is
   * reported inline with its line while the last drawing stays (and nothing reaches the console), « Réinitialiser »
   * restores the source, Escape closes the editor and → moves the deck again.
   */
  async function checkDiagram(): Promise<void> {
    const fence = deckFences(deck, ['mermaid']).find((f) => {
      if (f.slide.no < from || f.slide.no > to || !/^\s*(?:flowchart|graph)\b/.test(f.code))
        return false
      try {
        return parseSteps(f.code).steps.length > 1
      }
      catch {
        return false // the integrity suite reports it
      }
    })
    if (!fence) {
      notices.push('diagramme vivant : aucun flowchart à étapes dans la plage, test SAUTÉ')
      return
    }
    const no = fence.slide.no
    const diagram = parseSteps(fence.code)
    const context = await newContext('light', { route: true, preload: false })
    const page = await context.newPage()
    const tracker: Tracker = { context: 'diagram', slide: no }
    watchPage(page, tracker)
    const fail = (message: string) => report({ kind: 'diagram', context: 'diagram', slide: no, message })
    log(`[diagram] diapositive ${no} (${diagram.steps.length} étapes)`)
    try {
      await page.goto(`${base}/${no}`)
      await waitForApp(page)
      await page.waitForFunction(isSlideSettled, { no, clicks: 0 }, { timeout: stepTimeout, polling: 50 })
      const live = page.locator(`#slide-content .slidev-page-${no} .mermaid-live[data-steps="${diagram.steps.length}"]`).first()
      const svgText = () => live.evaluate(el => el.querySelector('.mermaid')?.shadowRoot?.textContent ?? '')
      const stepNow = async () => Number(await live.getAttribute('data-step'))
      // Forward through every click of the slide, then back to the start.
      const seen: number[] = [await stepNow()]
      const total = (await page.evaluate(readNav))?.clicksTotal ?? 0
      for (let c = 1; c <= total; c++) {
        await page.keyboard.press('ArrowRight')
        await page.waitForFunction(isSlideSettled, { no, clicks: c }, { timeout: stepTimeout, polling: 50 })
        seen.push(await stepNow())
      }
      const expected = diagram.steps.map((_, i) => i)
      if (seen[0] !== 0 || seen.some((v, i) => i > 0 && v < seen[i - 1]!) || expected.some(v => !seen.includes(v)))
        fail(`étapes vues en avançant : ${seen.join(', ')} (attendu : de 0 à ${diagram.steps.length - 1}, une de plus par clic du diagramme)`)
      for (let c = total - 1; c >= 0; c--) {
        await page.keyboard.press('ArrowLeft')
        await page.waitForFunction(isSlideSettled, { no, clicks: c }, { timeout: stepTimeout, polling: 50 })
      }
      if (await stepNow() !== 0)
        fail(`revenu au clic 0, le diagramme montre l'étape ${await stepNow()}`)
      for (let c = 1; c <= total; c++)
        await page.keyboard.press('ArrowRight')
      await page.waitForFunction(isSlideSettled, { no, clicks: total }, { timeout: stepTimeout, polling: 50 })

      // Every step came drawn from the build (scripts/diagrams.ts), and that drawing is the one mermaid makes in
      // this page: the editor draws the same source here, at the same size.
      const viewBox = () => live.evaluate(el => el.querySelector('.mermaid')?.shadowRoot?.querySelector('svg')?.getAttribute('viewBox') ?? '')
      const drawnBy = await live.getAttribute('data-drawn')
      if (drawnBy !== 'build')
        fail(`diagramme dessiné dans la page (data-drawn="${drawnBy}") : attendu, le dessin fait au build (scripts/diagrams.ts)`)
      const built = await viewBox()
      const builtId = await live.evaluate(el => el.querySelector('.mermaid')?.shadowRoot?.querySelector('svg')?.id ?? '')

      // Edit: the diagram follows the source; the deck does not move while typing.
      await live.getByRole('button', { name: 'Modifier' }).click()
      const textarea = live.locator('textarea')
      await textarea.waitFor({ state: 'visible', timeout: stepTimeout })
      // The build's drawing stays on screen until the editor's own arrives (another id).
      await page.waitForFunction(([n, id]) => {
        const svg = document.querySelector(`#slide-content .slidev-page-${n} .mermaid-live.editing .mermaid`)?.shadowRoot?.querySelector('svg')
        return !!svg && svg.id !== id
      }, [no, builtId] as const, { timeout: stepTimeout }).catch(() => {})
      const size = (box: string) => box.split(/[\s,]+/).slice(2).map(n => Math.round(Number(n))).join(' × ')
      const here = await viewBox()
      if (!built || size(here) !== size(built))
        fail(`le dessin du build (${size(built) || 'absent'}) n'a pas la taille de celui que mermaid fait dans la page (${size(here) || 'absent'}) : la page de scripts/diagrams.ts ne mesure plus le texte comme le site`)
      if (!await textarea.evaluate(el => el === document.activeElement))
        fail('« Modifier » ne place pas le curseur dans la source')
      await textarea.press('Control+End')
      await page.keyboard.type('\n  zz1[Ajout e2e] --> zz2[Fin]')
      const redrawn = await page.waitForFunction(n => document.querySelector(`#slide-content .slidev-page-${n} .mermaid-live .mermaid`)?.shadowRoot?.textContent?.includes('Ajout e2e'), no, { timeout: stepTimeout }).then(() => true, () => false)
      if (!redrawn)
        fail('le diagramme ne se redessine pas après modification de la source')
      const navAfterTyping = await page.evaluate(readNav)
      if (navAfterTyping?.no !== no || navAfterTyping?.clicks !== total)
        fail(`la frappe dans l'éditeur a fait bouger le support (${navAfterTyping?.path})`)

      // Break it: an inline message with the line, the last drawing stays.
      await page.keyboard.type('\n  -->')
      const error = live.locator('.mermaid-live-error')
      const reported = await page.waitForFunction(n => /Ligne \d+/.test(document.querySelector(`#slide-content .slidev-page-${n} .mermaid-live-error`)?.textContent ?? ''), no, { timeout: stepTimeout }).then(() => true, () => false)
      if (!reported)
        fail(`source invalide : pas de message « Ligne N : … » sous l'éditeur (${(await error.first().textContent().catch(() => ''))?.trim()})`)
      if (!(await svgText()).includes('Ajout e2e'))
        fail('source invalide : le dernier dessin valide a disparu')

      // Reset: the source as written, the drawing without the addition.
      await live.getByRole('button', { name: 'Réinitialiser' }).click()
      const restored = await page.waitForFunction(n => !document.querySelector(`#slide-content .slidev-page-${n} .mermaid-live .mermaid`)?.shadowRoot?.textContent?.includes('Ajout e2e'), no, { timeout: stepTimeout }).then(() => true, () => false)
      if (await textarea.inputValue() !== diagram.source)
        fail('« Réinitialiser » ne rend pas la source d\'origine')
      if (!restored)
        fail('« Réinitialiser » ne redessine pas le diagramme d\'origine')
      if (await live.locator('.mermaid-live-error').first().evaluate(el => (el.textContent ?? '').trim()).catch(() => ''))
        fail('« Réinitialiser » laisse le message d\'erreur')

      // Escape: the editor closes, the keyboard goes back to the deck.
      await textarea.focus()
      await page.keyboard.press('Escape')
      if (await textarea.count())
        fail('Échap ne ferme pas l\'éditeur')
      await page.keyboard.press('ArrowRight')
      const moved = await page.waitForFunction(n => ((document.querySelector('#app') as any)?.__vue_app__?._context?.provides?.['$$slidev-context']?.nav?.currentSlideNo ?? n) > n, no, { timeout: stepTimeout }).then(() => true, () => false)
      if (!moved && no < total)
        fail('après Échap, → ne fait pas avancer le support')
    }
    catch (error) {
      fail(`test interrompu : ${String((error as Error).message ?? error).split('\n')[0]}`)
    }
    await context.close()
    flush()
  }

  async function checkOffline(): Promise<void> {
    const hasSw = existsSync(join(options.dist, 'sw.js'))
    // Offline is promised by Slidev's `pwa` option or by a service worker the deck's own Vite config builds.
    const wantsPwa = Boolean(deck.slides[0]?.frontmatter.pwa) || hasSw
    // A diagram the walks rendered without defect (a broken one would fail offline for another reason).
    const mermaidSlide = deckFences(deck, ['mermaid']).map(f => f.slide.no).find(n => n > from && n <= to && !defects.some(d => d.slide === n))
    const context = await newContext('light', { route: false, preload: true })
    const page = await context.newPage()
    const tracker: Tracker = { context: 'offline', slide: from }
    watchPage(page, tracker)
    log(`[offline] service worker ${hasSw ? 'présent' : 'absent'}${mermaidSlide ? `, diagramme en ${mermaidSlide}` : ''}`)
    await page.goto(`${base}/${from}`)
    await waitForApp(page)
    if (hasSw) {
      // waitForFunction does not await an async predicate: poll Cache Storage from here.
      const entries = (readFileSync(join(options.dist, 'sw.js'), 'utf-8').match(/\burl:\s*"/g) ?? []).length
      const deadline = Date.now() + 180_000
      let state = { cached: 0, controlled: false }
      while (Date.now() < deadline) {
        state = await page.evaluate(async () => {
          let cached = 0
          for (const key of await caches.keys()) {
            if (key.includes('precache'))
              cached += (await (await caches.open(key)).keys()).length
          }
          return { cached, controlled: Boolean(navigator.serviceWorker?.controller) }
        })
        if (entries > 0 && state.cached >= entries && state.controlled)
          break
        await page.waitForTimeout(500)
      }
      log(`[offline] précache : ${state.cached}/${entries} fichiers, page contrôlée : ${state.controlled}`)
      if (!entries || state.cached < entries || !state.controlled)
        report({ kind: 'offline', context: 'offline', message: `le service worker n'a pas pris la main (${state.cached}/${entries} fichiers en cache, contrôle : ${state.controlled}) en 180 s` })
    }
    else {
      // Without a service worker only the in-memory modules help: wait for Slidev's preload of all slides.
      await page.waitForFunction(n => document.querySelectorAll('#slide-content .slidev-page').length >= n, total, { timeout: 30_000 + total * 200 }).catch(() => {})
      await page.waitForLoadState('networkidle')
      if (wantsPwa)
        report({ kind: 'offline', context: 'offline', message: 'l\'en-tête demande « pwa » mais le build n\'a pas de sw.js' })
    }
    await context.setOffline(true)
    const offlineFrom = events.length
    // The deck promises offline use only with `pwa` in its headmatter: then a failure is a defect;
    // without it, what works offline is reported as information.
    const fail = (no: number | undefined, message: string) => {
      if (wantsPwa)
        report({ kind: 'offline', context: 'offline', slide: no, message })
      else
        notices.push(`hors ligne (sans « pwa » dans l'en-tête, pour information) : ${message}`)
    }
    const visit = async (no: number, how: string) => {
      tracker.slide = no
      await page.evaluate(goToSlide, no).catch(() => {})
      const ok = await page.waitForFunction(isSlideSettled, { no, clicks: 0 }, { timeout: stepTimeout, polling: 50 }).then(() => true, () => false)
      const m = await page.evaluate(measureSlide, { selector: `#slide-content .slidev-page-${no}`, tolerance: 1e6, mark: false }).catch(() => null)
      if (!ok || !m || m.mermaidEmpty || m.mermaidErrors.length)
        fail(no, `${how}, la diapositive ${no} ne s'affiche pas${m?.mermaidErrors.length ? ` (mermaid : ${m.mermaidErrors[0].slice(0, 100)})` : ''}`)
      // Drawings are not precached (vite.config.ts): one not yet fetched is drawn by mermaid, which is.
      if (m?.mermaidUndrawn)
        notices.push(`hors ligne : diapositive ${no}, ${how}, diagramme dessiné par mermaid (son dessin n'avait pas été téléchargé)`)
      return ok
    }
    let shown = 0
    for (const no of [from + 1, from + 2, mermaidSlide].filter((n): n is number => !!n && n <= to))
      shown += await visit(no, 'navigation dans la page déjà chargée') ? 1 : 0
    const target = mermaidSlide ?? Math.min(to, from + 1)
    tracker.slide = target
    const reloaded = await page.goto(`${base}/${target}`).then(() => true, () => false)
    if (!reloaded || !await waitForApp(page))
      fail(target, `recharger /${target} échoue${hasSw ? ' malgré le service worker' : ' (pas de service worker)'}`)
    else
      shown += await visit(target, 'après rechargement') ? 1 : 0
    log(`[offline] ${shown} affichage(s) réussi(s) hors ligne`)
    // Diagrams' drawings are not precached (vite.config.ts): one never fetched fails offline, by design, and the
    // page draws the diagram with mermaid instead (checked above: the slide shows it).
    for (let i = events.length - 1; i >= offlineFrom; i--) {
      const e = events[i]!
      if (e.kind === 'request-failed' && e.url && DRAWN_CHUNK.test(new URL(e.url).pathname)) {
        notices.push(`hors ligne : ${new URL(e.url).pathname} non téléchargé (dessins hors précache), diagramme dessiné par mermaid`)
        events.splice(i, 1)
      }
    }
    if (!wantsPwa) {
      const consequences = events.splice(offlineFrom)
      if (consequences.length)
        notices.push(`hors ligne (pour information) : ${consequences.length} erreur(s) de console ou de requête après la coupure, par ex. ${consequences[0].message.slice(0, 120)}`)
    }
    await context.setOffline(false)
    await context.close()
    flush()
  }

  async function checkSearch(): Promise<void> {
    const QUERY = '--mount'
    const context = await newContext('light', { route: false, preload: true })
    const page = await context.newPage()
    const tracker: Tracker = { context: 'search', slide: from }
    watchPage(page, tracker)
    const fail = (message: string, no?: number) => report({ kind: 'search', context: 'search', slide: no, message })
    const currentNo = () => page.evaluate(() => (document.querySelector('#app') as any)?.__vue_app__?._context?.provides?.['$$slidev-context']?.nav?.currentSlideNo as number | undefined)
    const dialog = page.locator('[role="dialog"]:has(#course-search-input)')
    const results = dialog.locator('.course-search-main')
    /** Types the query and waits for results; the first result's slide number, or undefined. */
    const searchFor = async (query: string, how: string): Promise<number | undefined> => {
      const opened = await dialog.waitFor({ state: 'visible', timeout: stepTimeout }).then(() => true, () => false)
      if (!opened) {
        fail(`${how} n'ouvre pas la recherche`)
        return undefined
      }
      if (!await page.evaluate(() => document.activeElement?.id === 'course-search-input'))
        fail(`${how} : le champ de recherche n'a pas le focus`)
      await page.locator('#course-search-input').fill(query)
      const found = await results.first().waitFor({ state: 'visible', timeout: 30_000 }).then(() => true, () => false)
      if (!found) {
        fail(`${how} : aucun résultat pour « ${query} » (${(await dialog.locator('[role="status"]').textContent().catch(() => '')) ?? ''})`)
        return undefined
      }
      const first = await results.first().evaluate(el => ({ no: Number((el as HTMLElement).dataset.slide), text: el.textContent ?? '', mark: el.querySelector('mark')?.textContent ?? '' }))
      if (!first.mark.toLowerCase().includes(query.toLowerCase()) && !first.text.toLowerCase().includes(query.toLowerCase()))
        fail(`${how} : le premier résultat pour « ${query} » ne contient pas la requête (${first.text.slice(0, 100)})`, first.no)
      const slide = slideOf(first.no)
      if (!slide || !`${slide.title ?? ''}\n${slide.body}`.includes(query))
        fail(`${how} : le premier résultat (diapositive ${first.no}) n'est pas une diapositive qui contient « ${query} »`, first.no)
      return first.no
    }
    try {
      await page.goto(`${base}/${from}`)
      if (!await waitForApp(page)) {
        fail('l\'application ne démarre pas')
        return
      }
      // 1. The shortcut, then Enter on the first result.
      await page.locator('body').press('/')
      const expected = await searchFor(QUERY, 'la touche /')
      if (expected !== undefined) {
        const before = await currentNo()
        for (const key of ['ArrowRight', 'ArrowLeft', 'Space', 'PageDown']) {
          await page.keyboard.press('Home')
          await page.keyboard.press(key)
        }
        await page.locator('#course-search-input').fill(QUERY)
        await results.first().waitFor({ state: 'visible', timeout: stepTimeout }).catch(() => {})
        if (await currentNo() !== before)
          fail('les touches de navigation de Slidev agissent alors que la recherche est ouverte')
        await page.keyboard.press('ArrowDown')
        if (!await page.evaluate(() => document.activeElement?.classList.contains('course-search-main')))
          fail('↓ ne place pas le focus sur le premier résultat')
        await page.keyboard.press('Enter')
        tracker.slide = expected
        const reached = await page.waitForFunction(isSlideSettled, { no: expected, clicks: 0 }, { timeout: stepTimeout, polling: 50 }).then(() => true, () => false)
        if (!reached)
          fail(`Entrée n'ouvre pas la diapositive ${expected}`, expected)
        if (await dialog.count())
          fail('la recherche reste ouverte après avoir ouvert un résultat', expected)
      }
      // 2. The navigation bar's button; Escape closes and gives the focus back to it.
      const button = page.locator('.course-search-button').first()
      await button.hover().catch(() => {})
      await button.click()
      if (await searchFor('healthcheck', 'le bouton de recherche') !== undefined) {
        await page.keyboard.press('Escape')
        if (await dialog.count())
          fail('Échap ne ferme pas la recherche')
        if (!await page.evaluate(() => document.activeElement?.classList.contains('course-search-button')))
          fail('après Échap, le focus ne revient pas au bouton de recherche')
      }
      // 3. Offline: a fresh page from the service worker, the index chunk from its precache.
      if (existsSync(join(options.dist, 'sw.js'))) {
        const deadline = Date.now() + 180_000
        let ready = false
        while (!ready && Date.now() < deadline) {
          ready = await page.evaluate(async () => {
            if (!navigator.serviceWorker?.controller)
              return false
            for (const key of await caches.keys()) {
              const urls = (await (await caches.open(key)).keys()).map(request => request.url)
              if (urls.some(url => url.includes('_course-search')))
                return true
            }
            return false
          })
          if (!ready)
            await page.waitForTimeout(500)
        }
        if (!ready) {
          fail('l\'index de recherche n\'est pas dans le précache du service worker (180 s)')
        }
        else {
          await context.setOffline(true)
          tracker.slide = from
          const reloaded = await page.goto(`${base}/${from}`).then(() => true, () => false)
          if (!reloaded || !await waitForApp(page)) {
            fail('hors ligne, la page ne se recharge pas')
          }
          else {
            await page.locator('body').press('/')
            if (await searchFor(QUERY, 'hors ligne, la touche /') !== undefined)
              log(`[search] hors ligne : « ${QUERY} » trouvé`)
          }
          await context.setOffline(false)
        }
      }
      else {
        notices.push('recherche : pas de sw.js, la recherche hors ligne n\'est pas vérifiée')
      }
      log(`[search] « ${QUERY} » → diapositive ${expected ?? '—'}`)
    }
    catch (error) {
      fail(`test interrompu : ${String((error as Error).message ?? error).split('\n')[0]}`)
    }
    finally {
      await context.close()
      flush()
    }
  }

  async function checkReading(): Promise<void> {
    const chapters = listChapters(deck.slides)
    const chapterOf = (no: number) => [...chapters].reverse().find(c => c.slideNo <= no)
    const withQuiz = [...new Set(deck.slides.filter(s => /```qcm/.test(s.body)).map(s => chapterOf(s.no)).filter(c => c !== undefined))]
    const picked = withQuiz.slice(0, 2)
    if (picked.length === 0) {
      notices.push('mode lecture : aucun chapitre avec quiz, phase non vérifiée')
      return
    }
    const slidesOf = (entry: typeof picked[number]) => {
      const next = chapters[chapters.indexOf(entry) + 1]
      const first = chapters[0] === entry ? 1 : entry.slideNo
      return deck.slides.filter(s => s.no >= first && (!next || s.no < next.slideNo))
    }
    const fail = (context: string, message: string, no?: number) => report({ kind: 'reading', context, slide: no, message })
    for (const width of [360, 1280]) {
      for (const mode of ['light', 'dark'] as const) {
        const label = `lecture ${width} px ${mode}`
        const ctx = await newContext(mode, { route: true, preload: true })
        const page = await ctx.newPage()
        await page.setViewportSize({ width, height: width < 600 ? 740 : 800 })
        const tracker: Tracker = { context: label }
        watchPage(page, tracker)
        try {
          // Every chapter once (360 px, light: the phone case), the chapters with quizzes in the other combinations.
          const visited = width === 360 && mode === 'light' ? chapters : picked
          for (const path of ['/lecture', ...visited.map(c => `/lecture/${c.chapter}`)]) {
            tracker.slide = undefined
            await page.goto(`${base}${path}`)
            const shown = await page.locator('.reading__main').waitFor({ timeout: stepTimeout }).then(() => true, () => false)
            if (!shown) {
              fail(label, `${path} : la page du mode lecture ne s'affiche pas`)
              continue
            }
            if (!await page.waitForFunction(isReadingSettled, undefined, { timeout: stepTimeout, polling: 100 }).then(() => true, () => false))
              notices.push(`${label} : ${path} pas stabilisée en ${stepTimeout / 1000} s (polices, images ou diagrammes), mesurée quand même`)
            // Two frames: the layout that follows the last diagram's insertion is the one measured.
            await page.evaluate(() => new Promise<void>(r => requestAnimationFrame(() => requestAnimationFrame(() => r()))))
            const m = await page.evaluate(() => {
              const doc = document.scrollingElement!
              let smallest: { size: number, slide?: string, text: string } | undefined
              // Body text: the explanations, the chapter list and the slides' own paragraphs and list items (widgets'
              // labels and code are not body text).
              for (const el of document.querySelectorAll('.reading__main :is(.reading__notes, .reading__chapters, .reading__intro) :is(p, li), .reading__slide .slidev-layout > :is(p, ul > li, ol > li)')) {
                if (!el.textContent?.trim())
                  continue
                const size = Number.parseFloat(getComputedStyle(el).fontSize)
                if (!smallest || size < smallest.size)
                  smallest = { size, slide: (el.closest('[data-slide]') as HTMLElement | null)?.dataset.slide, text: el.textContent.trim().slice(0, 50) }
              }
              return {
                scrollWidth: doc.scrollWidth,
                clientWidth: doc.clientWidth,
                sections: [...document.querySelectorAll('section[id^="diapositive-"]')].map(s => s.id),
                smallest,
              }
            })
            if (m.scrollWidth > m.clientWidth + 1)
              fail(label, `${path} : défilement horizontal de la page (${m.scrollWidth} px pour ${m.clientWidth} px)`)
            if (m.smallest && m.smallest.size < 16)
              fail(label, `${path} : texte à ${m.smallest.size} px (< 16 px) : « ${m.smallest.text} »`, m.smallest.slide ? Number(m.smallest.slide) : undefined)
            const entry = visited.find(c => path === `/lecture/${c.chapter}`)
            if (entry) {
              const expected = slidesOf(entry).map(s => `diapositive-${s.no}`)
              if (m.sections.join() !== expected.join())
                fail(label, `${path} : sections ${m.sections.length} au lieu de ${expected.length} (${expected[0]}…)`)
            }
            else if (await page.locator('.reading__chapter').count() !== chapters.length) {
              fail(label, `/lecture : ${await page.locator('.reading__chapter').count()} chapitres listés au lieu de ${chapters.length}`)
            }
            await page.screenshot({ path: join(artifacts, `lecture-${width}-${mode}-${path.replace(/\W+/g, '_')}.png`) })
          }
          // A quiz answered in the reading mode: stored, still answered after a reload, counted in the chapter list.
          if (width === 1280 && mode === 'light') {
            const entry = picked[0]!
            await page.goto(`${base}/lecture/${entry.chapter}`)
            const quiz = page.locator('.reading__section .qcm').first()
            await quiz.waitFor({ timeout: stepTimeout })
            const no = Number(await quiz.evaluate(el => (el.closest('[data-slide]') as HTMLElement).dataset.slide))
            tracker.slide = no
            await quiz.scrollIntoViewIfNeeded()
            await quiz.locator('.qcm__options input').first().check()
            await quiz.locator('.qcm__button').first().click()
            const verdict = quiz.locator('[class*="qcm__verdict--"]')
            if (!await verdict.waitFor({ timeout: stepTimeout }).then(() => true, () => false))
              fail(label, 'quiz du mode lecture : pas de verdict après « Valider »', no)
            const stored = await page.evaluate(() => localStorage.getItem('conteneurs-qcm:v1') ?? '')
            if (!stored.includes('"sig"'))
              fail(label, 'quiz du mode lecture : réponse non enregistrée (conteneurs-qcm:v1)', no)
            await page.reload()
            const again = page.locator(`#diapositive-${no} [class*="qcm__verdict--"]`)
            if (!await again.waitFor({ timeout: stepTimeout }).then(() => true, () => false))
              fail(label, 'quiz du mode lecture : réponse perdue au rechargement', no)
            await page.goto(`${base}/lecture`)
            const progress = page.locator(`.reading__chapter[data-chapter="${entry.chapter}"] [data-quiz-progress]`)
            const text = await progress.textContent({ timeout: stepTimeout }).catch(() => null)
            if (!text || !/\b1\/\d+/.test(text))
              fail(label, `liste des chapitres : progression du chapitre ${entry.chapter} non mise à jour (« ${text ?? ''} »)`)
            else
              log(`[reading] quiz de la diapositive ${no} répondu en mode lecture : « ${text.trim()} »`)
          }
        }
        catch (error) {
          fail(label, `test interrompu : ${String((error as Error).message ?? error).split('\n')[0]}`)
        }
        finally {
          await ctx.close()
          flush()
        }
      }
    }
    log(`[reading] /lecture et les ${chapters.length} chapitres à 360 px en clair ; chapitres ${picked.map(c => c.chapter).join(', ')} aussi à 1280 px et en sombre`)
  }

  try {
    // The walks run as concurrent lanes (each its own browser context): one per mode, and a range cut in parts when
    // there are fewer modes than lanes. The other phases (their own contexts too) run beside them, one after the
    // other; the quiz phase last, on the quiz slides the first mode's walk found. Each step mostly waits for the page:
    // two walkers and the phases use the 2 cores of a CI machine instead of one.
    const qcmSlides = new Map<number, number>()
    const laneCount = options.lanes ?? 2
    const queue = walkLanes(modes, [from, to], laneCount)
    const walks = Promise.all(Array.from({ length: Math.min(laneCount, queue.length) }, async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift()) {
        const found = await walk(lane.mode, lane.from, lane.to)
        if (lane.mode === modes[0])
          found.forEach((n, no) => qcmSlides.set(no, n))
      }
    }))
    const phases = (async () => {
      if (preload)
        await checkPreload()
      if (presenter)
        await checkPresenter()
      if (print)
        await checkPrint()
      if (diagram)
        await checkDiagram()
      if (offline)
        await checkOffline()
      if (search)
        await checkSearch()
      if (reading)
        await checkReading()
    })()
    await Promise.all([walks, phases])
    if (qcm)
      await checkQcm(new Map([...qcmSlides].sort(([a], [b]) => a - b)))
    flushDeferred()
  }
  finally {
    await browser.close()
    await server?.close()
  }
  return { defects, notices, stats: { steps, slides: to - from + 1, seconds: Math.round((Date.now() - started) / 100) / 10 } }
}

export interface WalkLane { mode: Mode, from: number, to: number }

/**
 * Splits the walk into parts for `lanes` concurrent walkers: one part per color mode, and each mode's range cut
 * into consecutive parts when there are more lanes than modes (light only, 2 lanes: 1–n/2 and n/2+1–n). Every slide
 * of the range is walked once per mode; with fewer lanes than parts, the walkers take the parts in turn.
 */
export function walkLanes(modes: Mode[], range: [number, number], lanes: number): WalkLane[] {
  const [from, to] = range
  if (!modes.length || to < from)
    return []
  const parts = Math.max(1, Math.min(Math.floor(Math.max(1, lanes) / modes.length), to - from + 1))
  const size = Math.ceil((to - from + 1) / parts)
  const out: WalkLane[] = []
  for (const mode of modes) {
    for (let start = from; start <= to; start += size)
      out.push({ mode, from: start, to: Math.min(to, start + size - 1) })
  }
  return out
}

/** Prefix of the console line the page's `securitypolicyviolation` listener writes (reportCspViolations). */
export const CSP_PREFIX = '[csp]'

/**
 * Runs in every page before its own scripts (context.addInitScript): each Content-Security-Policy violation fires a
 * `securitypolicyviolation` event (composed: violations inside shadow roots, such as mermaid's, reach the document),
 * written to the console with the directive, what was blocked and where; `cspConsoleDefect` turns it into a defect.
 */
export function reportCspViolations(): void {
  if (typeof document === 'undefined')
    return
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''
    const sample = e.sample ? ` « ${e.sample.slice(0, 60)} »` : ''
    console.error(`[csp] ${e.disposition === 'report' ? 'signalé' : 'bloqué'} par ${e.effectiveDirective} : ${e.blockedURI || '(inline)'}${sample}${where}`)
  })
}

/**
 * A console error about the Content-Security-Policy, as the message of a `csp` defect: the listener's line, or
 * Chromium's own « Refused to … because it violates the following Content Security Policy directive » line (also
 * printed for violations the page listener cannot see, such as a worker's). Undefined for any other message.
 * Both lines of one violation land on the same slide and context, where `report` keeps one `csp` defect.
 */
export function cspConsoleDefect(text: string): string | undefined {
  // A data: URL is named by its type only (an inlined font would fill the report with base64).
  const short = (t: string) => t.replace(/(data:[\w.+/-]+(?:;[\w=-]+)*?)(?:;base64)?,[^\s'"»)]+/g, '$1,…')
  if (text.startsWith(CSP_PREFIX))
    return short(text.slice(CSP_PREFIX.length).trim())
  if (/violates the following Content Security Policy directive/.test(text))
    return `Chromium : ${short(text)}`
  return undefined
}

export function formatDefect(d: Defect): string {
  const where_ = d.slide ? `diapositive ${d.slide}${d.clicks ? ` (clic ${d.clicks})` : ''}` : 'deck'
  const title = d.title ? ` « ${d.title} »` : ''
  const at = d.at ? ` ${d.at}` : ''
  const shot = d.screenshot ? ` [${d.screenshot}]` : ''
  return `[${d.context}] ${where_}${title}${at} — ${d.kind} : ${d.message}${shot}`
}
