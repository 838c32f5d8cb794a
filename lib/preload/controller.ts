import type { Ref } from 'vue'
import type { IdleScheduler } from '../slides/idle'
import type { PreloadRoute, WindowOptions } from './window'
import { watch } from 'vue'
import { whenIdle } from '../slides/idle'
import { applyWindow, idleImportOrder, PRELOAD_WINDOW, takeOverPreload } from './window'

/** Calls `task` once the browser has painted the current frame (the slide just shown), in a task of its own. */
export const afterPaint: IdleScheduler = (task) => {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(task, 0))
  else
    setTimeout(task, 0)
}

/**
 * Quiet time after the page's `load` event before background work (imports of far slides, offline precache)
 * starts: the first seconds belong to the slide the person opened and to their first key presses.
 */
export const BACKGROUND_DELAY_MS = 15_000

/** Runs `task` after the page's `load` event, `delayMs` later, once idle: nothing competes with the first slide. */
export function afterFirstPaint(task: () => void, idle: IdleScheduler = whenIdle, delayMs = BACKGROUND_DELAY_MS): void {
  const start = () => setTimeout(idle, delayMs, task)
  if (typeof document === 'undefined' || document.readyState === 'complete')
    start()
  else
    window.addEventListener('load', start, { once: true })
}

interface State {
  excluded: Set<number>
  taken: WeakSet<object>
  imported: Set<number>
  importing: boolean
}

/** One state per page: the audience view and the presenter view share the same routes. */
const shared: State = newPreloadState()

export interface PreloadWindowInput {
  slides: Ref<readonly PreloadRoute[]>
  currentSlideNo: Ref<number>
  isPrintMode: Ref<boolean>
}

export interface PreloadWindowOptions {
  window?: WindowOptions
  idle?: IdleScheduler
  /** When the neighbours of a newly shown slide are mounted (default: after the next paint). */
  painted?: IdleScheduler
  /** Slides imported per idle period. */
  batch?: number
  state?: State
}

export function newPreloadState(): State {
  return { excluded: new Set(), taken: new WeakSet(), imported: new Set(), importing: false }
}

/**
 * Sets `preload: false` on every slide (lib/preload/window.ts), before Slidev's slide show starts: called by
 * `setup/main.ts` at app setup, otherwise Slidev's own pass would mount the first slide's neighbours in the
 * same task as the first slide.
 */
export function takeOverSlidevPreload(routes: readonly PreloadRoute[], state: State = shared): void {
  takeOverPreload(routes, state.excluded, state.taken)
}

/**
 * Mounts a window of slides around the current one and imports the others in the background, a batch per idle
 * period. Print mode is left to Slidev (it mounts the printed range itself).
 */
export function usePreloadWindow(input: PreloadWindowInput, options: PreloadWindowOptions = {}): void {
  const state = options.state ?? shared
  const idle = options.idle ?? whenIdle
  const painted = options.painted ?? afterPaint
  const batch = options.batch ?? 2
  const windowOptions = options.window ?? PRELOAD_WINDOW

  // The slide being shown is rendered alone; its immediate neighbours are mounted in a task of their own right
  // after it is painted (→ and ← stay instant, ← lands on the last click), the rest of the window when the
  // browser is idle: mounting them never lengthens the slide change itself.
  const neighbours: WindowOptions = { ...windowOptions, before: Math.min(1, windowOptions.before), after: Math.min(1, windowOptions.after) }
  /** False once the person has moved on (or printing started): a task queued for that slide does nothing. */
  const mountWindow = (current: number, options: WindowOptions): boolean => {
    if (input.currentSlideNo.value !== current || input.isPrintMode.value)
      return false
    for (const no of applyWindow(input.slides.value, current, state.excluded, options))
      state.imported.add(no)
    return true
  }
  watch([input.slides, input.currentSlideNo, input.isPrintMode], ([routes, current, print]) => {
    if (print)
      return
    takeOverPreload(routes, state.excluded, state.taken)
    painted(() => {
      if (mountWindow(current, neighbours))
        idle(() => mountWindow(current, windowOptions))
    })
  }, { immediate: true, flush: 'sync' })

  if (state.importing || input.isPrintMode.value)
    return
  state.importing = true
  const importNext = () => {
    const routes = input.slides.value
    const next = idleImportOrder(routes.length, input.currentSlideNo.value, state.imported, state.excluded).slice(0, batch)
    if (next.length === 0) {
      state.importing = false
      return
    }
    for (const no of next)
      state.imported.add(no)
    void Promise.all(next.map(no => routes[no - 1]?.load()))
      .catch(() => {}) // Slidev's loader already reports a slide that fails to load
      .finally(() => idle(importNext))
  }
  afterFirstPaint(importNext, idle)
}
