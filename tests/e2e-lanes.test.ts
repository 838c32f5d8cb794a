import { describe, expect, it } from 'vitest'
import { walkLanes } from './e2e/suite'

/** Every (mode, slide) pair a set of lanes walks, sorted. */
function covered(lanes: ReturnType<typeof walkLanes>): string[] {
  return lanes.flatMap(l => Array.from({ length: l.to - l.from + 1 }, (_, i) => `${l.mode}:${l.from + i}`)).sort()
}

describe('walkLanes', () => {
  it('gives each color mode its own lane when there are as many lanes as modes', () => {
    expect(walkLanes(['light', 'dark'], [1, 591], 2)).toEqual([
      { mode: 'light', from: 1, to: 591 },
      { mode: 'dark', from: 1, to: 591 },
    ])
  })

  it('cuts one mode\'s range into consecutive parts, each slide walked exactly once', () => {
    const lanes = walkLanes(['light'], [1, 150], 2)
    expect(lanes).toEqual([{ mode: 'light', from: 1, to: 75 }, { mode: 'light', from: 76, to: 150 }])
    const odd = walkLanes(['light'], [10, 20], 3)
    expect(odd.map(l => [l.from, l.to])).toEqual([[10, 13], [14, 17], [18, 20]])
    expect(covered(odd)).toEqual(covered([{ mode: 'light', from: 10, to: 20 }]))
  })

  it('walks each (mode, slide) once whatever the number of lanes', () => {
    for (const lanes of [1, 2, 3, 4, 5, 8]) {
      const all = covered(walkLanes(['light', 'dark'], [3, 17], lanes))
      expect(all).toHaveLength(2 * 15)
      expect(new Set(all).size).toBe(all.length)
    }
  })

  it('never makes more parts than slides, nor lanes for an empty walk', () => {
    expect(walkLanes(['dark'], [5, 5], 4)).toEqual([{ mode: 'dark', from: 5, to: 5 }])
    expect(walkLanes([], [1, 10], 2)).toEqual([])
    expect(walkLanes(['light'], [1, 10], 1)).toEqual([{ mode: 'light', from: 1, to: 10 }])
  })
})
