// Functions evaluated INSIDE the page (page.evaluate / waitForFunction). They must be self-contained:
// no imports, no closure over module variables. tsx wraps named functions in `__name(...)`, so the suite
// defines `globalThis.__name` in the page with an init script.

export interface NavState {
  no: number
  clicks: number
  clicksTotal: number
  total: number
  path: string
  dark: boolean
}

/** Slidev's navigation state, read from the Vue app (`$$slidev-context` is provided in production builds too). */
export function readNav(): NavState | null {
  const app = (document.querySelector('#app') as any)?.__vue_app__
  const ctx = app?._context?.provides?.['$$slidev-context']
  if (!ctx?.nav)
    return null
  return {
    no: ctx.nav.currentSlideNo,
    clicks: ctx.nav.clicks,
    clicksTotal: ctx.nav.clicksTotal,
    total: ctx.nav.total,
    path: location.pathname + location.search,
    dark: document.documentElement.classList.contains('dark'),
  }
}

/**
 * True when slide `no` is the only visible slide, fonts are loaded, its images are settled and every mermaid
 * block has either an SVG in its shadow root or an error block. Polled by waitForFunction.
 */
export function isSlideSettled(arg: { no: number, clicks: number }): boolean {
  const app = (document.querySelector('#app') as any)?.__vue_app__
  const nav = app?._context?.provides?.['$$slidev-context']?.nav
  if (!nav || nav.currentSlideNo !== arg.no || nav.clicks !== arg.clicks)
    return false
  const pages = [...document.querySelectorAll('#slide-content .slidev-page')]
    .filter(el => getComputedStyle(el).display !== 'none')
  if (pages.length !== 1 || !pages[0].classList.contains(`slidev-page-${arg.no}`))
    return false
  const page = pages[0]
  if (page.querySelector('.slidev-slide-loading'))
    return false
  // Click steps are counted as the slide's v-click elements register: elements waiting for a click while the total is
  // still 0 mean the count is not final, and a walk reading it now would skip the slide's clicks.
  if (nav.clicksTotal === 0 && page.querySelector('.slidev-vclick-target.slidev-vclick-hidden'))
    return false
  // Same for a diagram shown step by step (components/MermaidLive.vue registers one click per step after the first):
  // a total below its steps is not final yet (seen once at the start of a walk, a → then skipped the steps).
  for (const live of page.querySelectorAll('.mermaid-live[data-steps]')) {
    if (nav.clicksTotal < Number(live.getAttribute('data-steps')) - 1)
      return false
  }
  if (document.fonts.status !== 'loaded')
    return false
  for (const img of page.querySelectorAll('img')) {
    if (!img.complete)
      return false
  }
  // A diagram is done when its shadow root holds the SVG; a failed one is replaced by Slidev's error block.
  // (#mermaid-rendering-container is no signal: mermaid leaves its scratch element there after a syntax error.)
  for (const m of page.querySelectorAll('.mermaid')) {
    if (!m.shadowRoot?.querySelector('svg'))
      return false
  }
  return true
}

/**
 * True when a reading-mode page (`/lecture…`) is done: its main column is shown, no slide is still loading, fonts
 * and images are loaded and every mermaid block has its SVG (or Slidev's error block instead). Polled by
 * waitForFunction, then the page is measured.
 */
export function isReadingSettled(): boolean {
  const main = document.querySelector('.reading__main')
  if (!main || main.querySelector('.slidev-slide-loading') || document.fonts.status !== 'loaded')
    return false
  for (const img of main.querySelectorAll('img')) {
    if (!img.complete)
      return false
  }
  for (const m of main.querySelectorAll('.mermaid')) {
    if (!m.shadowRoot?.querySelector('svg'))
      return false
  }
  return true
}

export interface Hit {
  /** Short description of the element: tag.class#id « text… ». */
  what: string
  /** How far past the canvas (or the scroll box), in canvas pixels. */
  right: number
  bottom: number
  left: number
  top: number
}

export interface SlideMeasure {
  /** Content outside the slide canvas (outermost offending elements first, worst first). */
  overflow: Hit[]
  /** Scroll boxes (code blocks, `overflow: auto|hidden` boxes) whose content does not fit: part of it is cut. */
  clipped: Hit[]
  /** Images that failed to decode or load (`naturalWidth === 0`). */
  brokenImages: string[]
  mermaidCount: number
  /** Mermaid error output: Slidev's error block or mermaid's "Syntax error" SVG. */
  mermaidErrors: string[]
  /** Mermaid blocks that rendered no SVG or an SVG of zero size. */
  mermaidEmpty: number
  /** Live diagrams drawn in the page although the build should have drawn them (`data-drawn="missing"`). */
  mermaidUndrawn: number
  /** Absolute URLs the slide's elements load (img, source, video, audio, object, embed): to attribute requests. */
  resources: string[]
  /** `fieldset.qcm` quiz blocks on the slide. */
  qcm: number
  /** Title of the slide as rendered (first h1/h2). */
  heading: string
  /** Canvas scale used (screen px per canvas px). */
  scale: number
}

/**
 * Measures one rendered slide: `selector` is its `.slidev-page` element (play or print view).
 * Every descendant element and text node (shadow roots included, mermaid SVGs measured as a whole) is compared
 * with the canvas rect, after clipping by scrolling/hidden ancestors inside the slide; each scroll box is checked
 * for content it cuts. Distances are in canvas pixels (screen px divided by Slidev's scale).
 */
export function measureSlide(arg: { selector: string, tolerance: number, mark: boolean }): SlideMeasure | null {
  const root = document.querySelector(arg.selector) as HTMLElement | null
  if (!root)
    return null
  const canvas = root.getBoundingClientRect()
  const scale = root.offsetWidth > 0 ? canvas.width / root.offsetWidth : 1
  const tol = arg.tolerance

  interface Box { left: number, top: number, right: number, bottom: number }
  const INF: Box = { left: -1e9, top: -1e9, right: 1e9, bottom: 1e9 }
  const intersect = (a: Box, b: Box): Box => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  })
  const describe = (el: Element): string => {
    if (el instanceof SVGSVGElement) {
      const labels = [...el.querySelectorAll('text, foreignObject')].map(t => t.textContent?.trim()).filter(Boolean).join(' · ').slice(0, 50)
      return `svg${el.closest('.mermaid') || el.getRootNode() instanceof ShadowRoot ? ' (mermaid)' : ''}${labels ? ` « ${labels} »` : ''}`
    }
    const cls = typeof el.className === 'string'
      ? el.className.split(/\s+/).filter(c => c && !c.startsWith('slidev-vclick')).slice(0, 2).map(c => `.${c}`).join('')
      : ''
    // innerText (not textContent): rendered text, with the spaces between blocks.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${text ? ` « ${text}${text.length >= 50 ? '…' : ''} »` : ''}`
  }

  const REPLACED = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'HR', 'OBJECT', 'EMBED'])
  const paints = (el: Element, cs: CSSStyleDeclaration): boolean => {
    if (REPLACED.has(el.tagName) || el instanceof SVGSVGElement)
      return true
    if (cs.backgroundImage !== 'none' || cs.boxShadow !== 'none')
      return true
    if (!/^(?:transparent|rgba\(.*,\s*0\))$/.test(cs.backgroundColor))
      return true
    return (['Top', 'Right', 'Bottom', 'Left'] as const).some(side =>
      Number.parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0
      && cs.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none')
  }
  const overflowEls = new Map<Element, Hit>()
  const clipped: Hit[] = []
  const excessOf = (box: Box): Omit<Hit, 'what'> => ({
    right: Math.round((box.right - canvas.right) / scale),
    bottom: Math.round((box.bottom - canvas.bottom) / scale),
    left: Math.round((canvas.left - box.left) / scale),
    top: Math.round((canvas.top - box.top) / scale),
  })
  const check = (el: Element, rect: Box, clip: Box) => {
    const vis = intersect(rect, clip)
    if (vis.right <= vis.left || vis.bottom <= vis.top)
      return
    const ex = excessOf(vis)
    if (Math.max(ex.right, ex.bottom, ex.left, ex.top) > tol) {
      const old = overflowEls.get(el)
      overflowEls.set(el, old
        ? { what: old.what, right: Math.max(old.right, ex.right), bottom: Math.max(old.bottom, ex.bottom), left: Math.max(old.left, ex.left), top: Math.max(old.top, ex.top) }
        : { what: describe(el), ...ex })
    }
  }

  const range = document.createRange()
  const stack: Array<[Element | ShadowRoot, Box]> = [[root, INF]]
  while (stack.length) {
    const [node, clip] = stack.pop()!
    const kids = [...node.children]
    if (node instanceof Element && node.shadowRoot)
      kids.push(...node.shadowRoot.children)
    for (const el of kids) {
      const cs = getComputedStyle(el)
      if (cs.display === 'none' || el.tagName === 'STYLE' || el.tagName === 'SCRIPT')
        continue
      const r = el.getBoundingClientRect()
      // The screen-reader-only pattern (absolute, 1×1 px, overflow hidden): text for assistive technology only.
      // (Layout size, not the scaled box: the slide is scaled to the window.)
      const layout = el as HTMLElement
      if ((cs.position === 'absolute' || cs.position === 'fixed') && layout.offsetWidth <= 1 && layout.offsetHeight <= 1 && cs.overflowX !== 'visible')
        continue
      // A box counts when it paints something (replaced element, background, border, shadow); a transparent
      // container stretched past the edge paints nothing: its text and painted children are checked instead.
      if (cs.visibility !== 'hidden' && r.width > 0 && r.height > 0 && paints(el, cs))
        check(el, r, clip)
      if (el instanceof SVGElement)
        continue
      let inner = clip
      const clips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible'
      if (clips && !(cs.display === 'inline')) {
        inner = intersect(clip, r)
        const dx = el.scrollWidth - el.clientWidth
        const dy = el.scrollHeight - el.clientHeight
        if (el.clientWidth > 0 && el.clientHeight > 0 && (dx > tol || dy > tol))
          clipped.push({ what: describe(el), right: Math.max(0, dx), bottom: Math.max(0, dy), left: 0, top: 0 })
      }
      for (const child of el.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim() || cs.visibility === 'hidden')
          continue
        range.selectNodeContents(child)
        const tr = range.getBoundingClientRect()
        if (tr.width > 0 && tr.height > 0)
          check(el, tr, inner)
      }
      stack.push([el, inner])
    }
  }

  // Keep the outermost offenders: a paragraph past the edge implies its spans are too.
  const offenders = [...overflowEls.keys()]
  const outer = offenders.filter((el) => {
    for (let p = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null; p && p !== root; p = p.parentElement ?? (p.parentNode as ShadowRoot | null)?.host ?? null) {
      if (overflowEls.has(p))
        return false
    }
    return true
  })
  const worst = (h: Hit) => Math.max(h.right, h.bottom, h.left, h.top)
  const overflow = outer.map(el => overflowEls.get(el)!).sort((a, b) => worst(b) - worst(a))
  if (arg.mark) {
    for (const el of outer)
      (el as HTMLElement).style.outline = '2px dashed red'
  }

  const brokenImages = [...root.querySelectorAll('img')]
    .filter(img => img.complete && img.naturalWidth === 0)
    .map(img => img.getAttribute('src') ?? '(sans src)')

  const mermaids = [...root.querySelectorAll('.mermaid')]
  const mermaidErrors: string[] = []
  let mermaidEmpty = 0
  for (const m of mermaids) {
    const svg = m.shadowRoot?.querySelector('svg')
    if (!svg) {
      mermaidEmpty++
      continue
    }
    const text = svg.textContent ?? ''
    if (svg.getAttribute('aria-roledescription') === 'error' || /Syntax error in text/i.test(text))
      mermaidErrors.push(text.replace(/\s+/g, ' ').trim().slice(0, 120))
    const box = svg.getBoundingClientRect()
    if (box.width < 1 || box.height < 1 || svg.childElementCount === 0)
      mermaidEmpty++
  }
  // Slidev replaces a diagram that mermaid refuses to render by `<pre border="1 red rounded">error</pre>`, the
  // course's live diagrams (components/MermaidLive.vue) by `<pre class="mermaid-live-failure">`.
  for (const pre of root.querySelectorAll('pre[border*="red"], pre.mermaid-live-failure'))
    mermaidErrors.push((pre.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160))
  // A live diagram the build should have drawn (scripts/diagrams.ts) but mermaid drew in the page: the slide
  // looks right, but loaded mermaid and laid the diagram out on the main thread (expected offline only).
  const mermaidUndrawn = [...root.querySelectorAll('.mermaid-live[data-drawn="missing"]')]
    .filter(live => !live.querySelector('.mermaid-live-failure'))
    .length

  const heading = (root.querySelector('h1, h2')?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const resources = [...root.querySelectorAll('img, source, video, audio, object, embed, iframe')]
    .flatMap(el => [el.getAttribute('src'), el.getAttribute('data'), (el as HTMLImageElement).currentSrc])
    .filter((u): u is string => !!u)
    .map(u => new URL(u, location.href).href)
  return {
    resources: [...new Set(resources)],
    overflow,
    clipped,
    brokenImages,
    mermaidCount: mermaids.length + root.querySelectorAll('pre[border*="red"], pre.mermaid-live-failure').length,
    mermaidErrors,
    mermaidEmpty,
    mermaidUndrawn,
    qcm: root.querySelectorAll('fieldset.qcm').length,
    heading,
    scale,
  }
}

/** Removes the red outlines added by `measureSlide({ mark: true })`. */
export function unmark(selector: string): void {
  for (const el of document.querySelectorAll<HTMLElement>(`${selector} *`)) {
    if (el.style.outline === '2px dashed red')
      el.style.outline = ''
  }
}

/**
 * Init script: make every slide mount (and load its images) only when it becomes the current one.
 * By default Slidev mounts the neighbours, and 3 s after start every slide, hidden (`route.meta.__preloaded`),
 * and preloads the images of all slides (`route.meta.slide.images`): a console error or a failed image would
 * then be reported on the wrong slide. Vue sets `#app.__vue_app__` right after the root component is mounted and
 * before the lazy `play` page runs Slidev's preloading, so the hook is installed on that assignment.
 * The suite checks Slidev's default preloading separately (context « preload »).
 */
export function disablePreload(): void {
  Object.defineProperty(Element.prototype, '__vue_app__', {
    configurable: true,
    get: () => undefined,
    set(app: any) {
      Object.defineProperty(this, '__vue_app__', { value: app, configurable: true, writable: true })
      const nav = app?._context?.provides?.['$$slidev-context']?.nav
      for (const route of nav?.slides ?? []) {
        if (!route?.meta)
          continue
        Object.defineProperty(route.meta, '__preloaded', { configurable: true, get: () => false, set: () => {} })
        if (route.meta.slide)
          route.meta.slide.images = []
      }
      ;(globalThis as any).__e2ePreloadDisabled = (nav?.slides?.length ?? 0) > 0
    },
  })
}

/** Asks Slidev's navigation to open slide `no` (click 0), as « aller à » does. */
export function goToSlide(no: number): Promise<void> {
  const ctx = (document.querySelector('#app') as any).__vue_app__._context.provides['$$slidev-context']
  return ctx.nav.go(no)
}

/** True once Slidev's navigation is on slide `no` at click step `clicks` (polled after a key press). */
export function navReached(arg: { no: number, clicks: number }): boolean {
  const ctx = (document.querySelector('#app') as any)?.__vue_app__?._context?.provides?.['$$slidev-context']
  return ctx?.nav.currentSlideNo === arg.no && ctx.nav.clicks === arg.clicks
}
