import { describe, expect, it } from 'vitest'
import { compose, OVERFLOW_ID, rangeOf, resolve, toInside, toOutside, trace } from './map'
import { readUidMap } from './parse'

const rootless = readUidMap('0 1000 1\n1 100000 65536')
const keepId = readUidMap('0 1 1000\n1000 0 1\n1001 1001 64536')

describe('toOutside', () => {
  it('applies outside + (id − inside) of the line holding the ID', () => {
    expect(toOutside(rootless, 0)).toMatchObject({ mapped: true, to: 1000, range: { line: 1 } })
    expect(toOutside(rootless, 999)).toMatchObject({ mapped: true, to: 100998, range: { line: 2 } })
  })

  it('maps the boundaries of a range and not one past them', () => {
    expect(toOutside(rootless, 1)).toMatchObject({ to: 100000 })
    expect(toOutside(rootless, 65536)).toMatchObject({ to: 165535 })
    expect(toOutside(rootless, 65537)).toEqual({ mapped: false, id: 65537 })
    expect(rangeOf(rootless, 65537)).toBeUndefined()
  })

  it('leaves IDs outside every line unmapped', () => {
    expect(toOutside(readUidMap('1000 0 1'), 0)).toEqual({ mapped: false, id: 0 })
  })
})

describe('toInside', () => {
  it('maps a host ID back into the namespace', () => {
    expect(toInside(rootless, 1000)).toBe(0)
    expect(toInside(rootless, 100998)).toBe(999)
  })

  it('shows a host ID without a line as 65534 (nobody), like host root in a rootless container', () => {
    expect(toInside(rootless, 0)).toBe(OVERFLOW_ID)
    expect(toInside(rootless, 99999)).toBe(OVERFLOW_ID)
    expect(toInside(rootless, 165536)).toBe(OVERFLOW_ID)
  })
})

describe('nested namespaces', () => {
  it('trace follows one ID level by level and stops at the first unmapped level', () => {
    expect(trace([keepId, rootless], 1000).map(h => h.mapped && h.to)).toEqual([0, 1000])
    expect(trace([keepId, rootless], 999).map(h => h.mapped && h.to)).toEqual([1000, 100999])
    expect(trace([keepId, rootless], 70000)).toEqual([{ mapped: false, id: 70000 }])
    expect(trace([readUidMap('0 70000 1'), rootless], 0)).toHaveLength(2)
    expect(resolve([readUidMap('0 70000 1'), rootless], 0)).toBeUndefined()
    expect(resolve([keepId, rootless], 1001)).toBe(101000)
  })

  it('compose gives the host ranges of keep-id: 0–999 → 100000–100999, 1000 → 1000, 1001–65536 → 101000–165535', () => {
    expect(compose(keepId, rootless)).toEqual([
      { inside: 0, outside: 100000, count: 1000, line: 0 },
      { inside: 1000, outside: 1000, count: 1, line: 0 },
      { inside: 1001, outside: 101000, count: 64536, line: 0 },
    ])
  })

  it('compose splits a child range across parent lines and drops what the parent does not map', () => {
    // Child 0–3 → parent 0–3: parent maps 0 → 1000 and 2–3 → 5000–5001, nothing for 1.
    const parent = readUidMap('0 1000 1\n2 5000 2')
    expect(compose(readUidMap('0 0 4'), parent)).toEqual([
      { inside: 0, outside: 1000, count: 1, line: 0 },
      { inside: 2, outside: 5000, count: 2, line: 0 },
    ])
    expect(compose(readUidMap('0 10 5'), parent)).toEqual([])
  })

  it('compose agrees with resolve on every ID of a small map', () => {
    const child = readUidMap('0 1 3\n3 0 1\n4 4 3')
    const parent = readUidMap('0 500 1\n1 9000 6')
    const composed = compose(child, parent)
    for (let id = 0; id < 8; id++) {
      const hop = toOutside(composed, id)
      expect(hop.mapped ? hop.to : undefined).toBe(resolve([child, parent], id))
    }
  })
})
