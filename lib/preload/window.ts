/**
 * Which slides are imported and mounted, instead of Slidev's "every slide, 3 s after start".
 *
 * Slidev (53) mounts a slide when `route.meta.__preloaded` is true or when it is the current one
 * (`internals/SlidesShow.vue`), and sets `__preloaded` on every route whose `meta.preload !== false` 3 s after
 * start: a 400-slide deck then imports and mounts 400 slides at once, diagrams included. The course takes that
 * over: every route's frontmatter gets `preload: false` (so Slidev's own pass skips it), then around the current
 * slide a small window is mounted, and the other slides' modules are only imported, a few at a time, when the
 * browser is idle. A slide the author marked `preload: false` is left alone, as Slidev would.
 * `lib/preload/slidev-contract.test.ts` fails if a Slidev upgrade changes what this relies on.
 */

export interface PreloadRoute {
  no: number
  meta: {
    readonly preload?: boolean
    __preloaded?: boolean
    slide?: { frontmatter?: Record<string, unknown> }
  }
  load: () => Promise<unknown>
}

export interface WindowOptions {
  /** Slides before the current one that are loaded and mounted. */
  before: number
  /** Slides after the current one that are loaded and mounted. */
  after: number
  /** A mounted slide stays mounted while it is at most this far behind the current one… */
  keepBefore: number
  /** …or this far ahead: going back and forth does not mount the same slides again and again. */
  keepAfter: number
}

export const PRELOAD_WINDOW: WindowOptions = { before: 1, after: 3, keepBefore: 3, keepAfter: 5 }

/** Slide numbers from `current - before` to `current + after`, within 1…total. */
export function around(current: number, total: number, before: number, after: number): number[] {
  const from = Math.max(1, current - before)
  const to = Math.min(total, current + after)
  const numbers: number[] = []
  for (let no = from; no <= to; no++)
    numbers.push(no)
  return numbers
}

/**
 * Takes preloading over from Slidev: returns the slides the author excluded (`preload: false`) and sets
 * `preload: false` in the frontmatter of all the others, so that Slidev's global preload skips them.
 * Idempotent: a second call (presenter and audience in one window) changes nothing and returns the same set.
 */
export function takeOverPreload(routes: readonly PreloadRoute[], excluded = new Set<number>(), taken = new WeakSet<object>()): Set<number> {
  for (const route of routes) {
    const frontmatter = route.meta.slide?.frontmatter
    if (!frontmatter || taken.has(frontmatter))
      continue
    taken.add(frontmatter)
    if (route.meta.preload === false)
      excluded.add(route.no)
    else
      frontmatter.preload = false
  }
  return excluded
}

/**
 * Mounts the window around `current` (import + `__preloaded`), unmounts slides beyond the keep range.
 * Returns the slides it asked to mount. The current slide is always mounted by Slidev itself.
 */
export function applyWindow(routes: readonly PreloadRoute[], current: number, excluded: ReadonlySet<number>, options: WindowOptions = PRELOAD_WINDOW): number[] {
  const total = routes.length
  const mount = new Set(around(current, total, options.before, options.after))
  const keep = new Set(around(current, total, options.keepBefore, options.keepAfter))
  const mounted: number[] = []
  for (const route of routes) {
    if (excluded.has(route.no))
      continue
    if (mount.has(route.no)) {
      if (!route.meta.__preloaded)
        route.meta.__preloaded = true
      void route.load()
      mounted.push(route.no)
    }
    else if (route.meta.__preloaded && !keep.has(route.no)) {
      route.meta.__preloaded = false
    }
  }
  return mounted
}

/**
 * The slides still to import in the background, nearest to `current` first (ahead before behind at equal
 * distance), skipping those already imported and those the author excluded.
 */
export function idleImportOrder(total: number, current: number, imported: ReadonlySet<number>, excluded: ReadonlySet<number>): number[] {
  const order: number[] = []
  for (let distance = 1; distance < total; distance++) {
    for (const no of [current + distance, current - distance]) {
      if (no >= 1 && no <= total && !imported.has(no) && !excluded.has(no))
        order.push(no)
    }
  }
  return order
}
