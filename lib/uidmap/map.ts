/**
 * What the kernel does with a uid_map: translate a container ID to the ID one level up (host, or the parent
 * namespace), back, and through nested namespaces (a Podman `keep-id` container inside the rootless namespace).
 */
import type { IdRange } from './parse'

/** `/proc/sys/kernel/overflowuid`: what an ID without a mapping shows as inside the namespace (`nobody`). */
export const OVERFLOW_ID = 65_534

export type Lookup
  = | { mapped: true, id: number, to: number, range: IdRange }
    | { mapped: false, id: number }

/** The range holding `id` on the inside (container) side, if any. */
export function rangeOf(ranges: IdRange[], id: number): IdRange | undefined {
  return ranges.find(r => id >= r.inside && id < r.inside + r.count)
}

/** Container ID → ID outside: `outside + (id − inside)` of the line that holds it; unmapped otherwise. */
export function toOutside(ranges: IdRange[], id: number): Lookup {
  const range = rangeOf(ranges, id)
  return range ? { mapped: true, id, to: range.outside + (id - range.inside), range } : { mapped: false, id }
}

/** Outside ID → container ID, or `OVERFLOW_ID` (65534, nobody) when no line covers it, as `ls -ln` shows inside. */
export function toInside(ranges: IdRange[], outside: number): number {
  const range = ranges.find(r => outside >= r.outside && outside < r.outside + r.count)
  return range ? range.inside + (outside - range.outside) : OVERFLOW_ID
}

/** The translation of one ID through nested maps, innermost first: one lookup per level until one fails. */
export function trace(levels: IdRange[][], id: number): Lookup[] {
  const hops: Lookup[] = []
  let current = id
  for (const ranges of levels) {
    const hop = toOutside(ranges, current)
    hops.push(hop)
    if (!hop.mapped)
      break
    current = hop.to
  }
  return hops
}

/** Final ID after every level, or undefined when a level does not map it. */
export function resolve(levels: IdRange[][], id: number): number | undefined {
  const hops = trace(levels, id)
  const last = hops.at(-1)
  return last?.mapped && hops.length === levels.length ? last.to : undefined
}

/**
 * Composes a child map (written relative to its parent namespace) with the parent's map: the ranges the
 * child really gets on the host. A child range is split where the parent's lines change; parts the parent
 * does not map are dropped (the kernel refuses them when the map is written). Lines get 0 (computed).
 */
export function compose(child: IdRange[], parent: IdRange[]): IdRange[] {
  const out: IdRange[] = []
  for (const c of child) {
    let offset = 0
    while (offset < c.count) {
      const middle = c.outside + offset
      const p = parent.find(r => middle >= r.inside && middle < r.inside + r.count)
      if (!p) {
        // Skip to the next parent range start (or the end of the child range).
        const next = parent.map(r => r.inside).filter(s => s > middle).sort((a, b) => a - b)[0]
        offset = next === undefined ? c.count : Math.min(c.count, next - c.outside)
        continue
      }
      const size = Math.min(c.count - offset, p.inside + p.count - middle)
      out.push({ inside: c.inside + offset, outside: p.outside + (middle - p.inside), count: size, line: 0 })
      offset += size
    }
  }
  return out.sort((a, b) => a.inside - b.inside)
}
