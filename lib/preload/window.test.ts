import type { PreloadRoute } from './window'
import { describe, expect, it } from 'vitest'
import { applyWindow, around, idleImportOrder, PRELOAD_WINDOW, takeOverPreload } from './window'

function deck(total: number, authorNoPreload: number[] = []): (PreloadRoute & { loads: number })[] {
  return Array.from({ length: total }, (_, i) => {
    const no = i + 1
    const frontmatter: Record<string, unknown> = authorNoPreload.includes(no) ? { preload: false } : {}
    const route = {
      no,
      loads: 0,
      meta: { __preloaded: false, slide: { frontmatter }, get preload() { return frontmatter.preload as boolean | undefined } },
      load: async () => { route.loads++ },
    }
    return route
  })
}

const preloaded = (routes: PreloadRoute[]) => routes.filter(r => r.meta.__preloaded).map(r => r.no)

describe('around', () => {
  it('clips the window to the deck', () => {
    expect(around(1, 10, 1, 3)).toEqual([1, 2, 3, 4])
    expect(around(10, 10, 1, 3)).toEqual([9, 10])
    expect(around(5, 10, 1, 3)).toEqual([4, 5, 6, 7, 8])
  })
})

describe('takeOverPreload', () => {
  it('turns Slidev\'s global preload off for every slide but remembers the ones the author excluded', () => {
    const routes = deck(4, [3])
    expect([...takeOverPreload(routes)]).toEqual([3])
    expect(routes.map(r => r.meta.preload)).toEqual([false, false, false, false])
  })

  it('is idempotent: a second view of the same routes keeps the author\'s exclusions, not its own', () => {
    const routes = deck(4, [3])
    const excluded = new Set<number>()
    const taken = new WeakSet<object>()
    takeOverPreload(routes, excluded, taken)
    expect([...takeOverPreload(routes, excluded, taken)]).toEqual([3])
  })
})

describe('applyWindow', () => {
  it('mounts the previous slide and the next three, and imports them', () => {
    const routes = deck(20)
    expect(applyWindow(routes, 5, new Set())).toEqual([4, 5, 6, 7, 8])
    expect(preloaded(routes)).toEqual([4, 5, 6, 7, 8])
    expect(routes.filter(r => r.loads > 0).map(r => r.no)).toEqual([4, 5, 6, 7, 8])
  })

  it('keeps recently mounted slides while they are near, unmounts the far ones', () => {
    const routes = deck(20)
    applyWindow(routes, 5, new Set())
    applyWindow(routes, 6, new Set())
    expect(preloaded(routes)).toEqual([4, 5, 6, 7, 8, 9])
    applyWindow(routes, 12, new Set())
    // 9 is within keepBefore of 12 and stays; 4–8 are too far behind.
    expect(preloaded(routes)).toEqual([9, 11, 12, 13, 14, 15])
  })

  it('never mounts or unmounts a slide the author marked preload: false', () => {
    const routes = deck(10, [6])
    const excluded = takeOverPreload(routes)
    applyWindow(routes, 5, excluded)
    expect(preloaded(routes)).toEqual([4, 5, 7, 8])
    expect(routes[5].loads).toBe(0)
  })

  it('never mounts the whole deck, wherever one goes', () => {
    const routes = deck(400)
    for (const current of [1, 2, 3, 200, 399, 400, 1])
      applyWindow(routes, current, new Set())
    const limit = PRELOAD_WINDOW.keepBefore + PRELOAD_WINDOW.keepAfter + 1
    expect(preloaded(routes).length).toBeLessThanOrEqual(limit)
  })
})

describe('idleImportOrder', () => {
  it('imports the nearest slides first, ahead before behind', () => {
    expect(idleImportOrder(8, 4, new Set([4]), new Set())).toEqual([5, 3, 6, 2, 7, 1, 8])
  })

  it('skips what is imported and what the author excluded', () => {
    expect(idleImportOrder(6, 1, new Set([1, 2, 3]), new Set([5]))).toEqual([4, 6])
  })
})
