import type { PreloadRoute } from './window'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { BACKGROUND_DELAY_MS, newPreloadState, usePreloadWindow } from './controller'

function routesOf(total: number) {
  const loaded: number[] = []
  const routes: PreloadRoute[] = Array.from({ length: total }, (_, i) => {
    const frontmatter: Record<string, unknown> = {}
    return {
      no: i + 1,
      meta: { __preloaded: false, slide: { frontmatter }, get preload() { return frontmatter.preload as boolean | undefined } },
      load: async () => { loaded.push(i + 1) },
    }
  })
  return { routes, loaded }
}

const flush = () => vi.advanceTimersByTimeAsync(0)

describe('usePreloadWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('follows the current slide and imports the rest one idle period at a time', async () => {
    const { routes, loaded } = routesOf(12)
    const idleTasks: (() => void)[] = []
    const paintTasks: (() => void)[] = []
    const painted = () => paintTasks.splice(0).forEach(task => task())
    const current = ref(1)
    usePreloadWindow(
      { slides: ref(routes), currentSlideNo: current, isPrintMode: ref(false) },
      { idle: task => idleTasks.push(task), painted: task => paintTasks.push(task), state: newPreloadState(), batch: 3 },
    )
    const mounted = () => routes.filter(r => r.meta.__preloaded).map(r => r.no)
    // Slidev's own preloading is off; nothing more is mounted in the task that shows the slide.
    expect(routes.every(r => r.meta.preload === false)).toBe(true)
    expect(mounted()).toEqual([])
    // The neighbours once the slide is painted, the rest of the window when idle.
    painted()
    expect(mounted()).toEqual([1, 2])
    idleTasks.shift()!()
    expect(mounted()).toEqual([1, 2, 3, 4])

    current.value = 8
    await nextTick()
    expect(mounted()).toEqual([1, 2, 3, 4])
    painted()
    expect(mounted()).toEqual([7, 8, 9])
    // Tasks queued for a slide one has already left do nothing.
    current.value = 9
    await nextTick()
    idleTasks.shift()!()
    expect(mounted()).toEqual([7, 8, 9])
    painted()
    expect(mounted()).toEqual([7, 8, 9, 10])
    idleTasks.shift()!()
    expect(mounted()).toEqual([7, 8, 9, 10, 11, 12])
    current.value = 10
    await nextTick()
    current.value = 11
    await nextTick()
    painted()
    expect(mounted()).toEqual([8, 9, 10, 11, 12])
    expect(idleTasks).toHaveLength(1)
    idleTasks.shift()!()

    // Nothing is imported in the background during the first seconds, nor before the browser is idle.
    await flush()
    expect(idleTasks).toEqual([])
    await vi.advanceTimersByTimeAsync(BACKGROUND_DELAY_MS)
    expect(idleTasks).toHaveLength(1)
    const beforeIdle = [...loaded]
    expect(beforeIdle).not.toContain(6)
    idleTasks.shift()!()
    await flush()
    // Nearest first, skipping what the window already imported.
    expect(loaded.slice(beforeIdle.length)).toEqual([6, 5])
    while (idleTasks.length) {
      idleTasks.shift()!()
      await flush()
    }
    expect(new Set(loaded).size).toBe(12)
    // Importing is not mounting.
    expect(routes.filter(r => r.meta.__preloaded).length).toBe(5)
  })

  it('leaves print mode to Slidev', () => {
    const { routes, loaded } = routesOf(5)
    const idleTasks: (() => void)[] = []
    usePreloadWindow(
      { slides: ref(routes), currentSlideNo: ref(1), isPrintMode: ref(true) },
      { idle: task => idleTasks.push(task), state: newPreloadState() },
    )
    expect(loaded).toEqual([])
    expect(idleTasks).toEqual([])
    expect(routes.every(r => r.meta.preload === undefined)).toBe(true)
  })
})
