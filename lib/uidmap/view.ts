/**
 * Text and rows the `<UidMap>` component shows, computed from a step: the host's view of the ranges, the
 * arithmetic for one container ID (one line per namespace crossed), the typed ID's validation.
 */
import type { Lookup } from './map'
import type { IdRange } from './parse'
import type { UidStep } from './scenarios'
import { OVERFLOW_ID } from './map'
import { ID_LIMIT } from './parse'
import { hostRanges, traceStep } from './scenarios'

const NB = '\u00A0'

export interface RangeRow {
  inside: string
  outside: string
  count: number
  /** The row holds the ID shown. */
  current: boolean
}

export type IdInput = { ok: true, id: number } | { ok: false, message: string }

export interface Explanation {
  /** Final host ID, when every level maps it. */
  host?: number
  /** One line per namespace crossed: « ligne 2 (1 100000 65536) : 100000 + (999 − 1) = 100998 ». */
  hops: string[]
  /** Set when a level does not map the ID. */
  unmapped?: string
}

export function span(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start}–${start + count - 1}`
}

/** Host view of the step, one row per range, the one holding `id` marked. */
export function rangeRows(step: UidStep, id: number | undefined): RangeRow[] {
  return hostRanges(step).map((r: IdRange) => ({
    inside: span(r.inside, r.count),
    outside: span(r.outside, r.count),
    count: r.count,
    current: id !== undefined && id >= r.inside && id < r.inside + r.count,
  }))
}

/** What the learner typed, as a container UID. */
export function readId(text: string): IdInput {
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed) && Number(trimmed) < ID_LIMIT)
    return { ok: true, id: Number(trimmed) }
  return { ok: false, message: `Entrez un UID entier entre 0 et ${ID_LIMIT - 1}.` }
}

function hopLine(hop: Extract<Lookup, { mapped: true }>, step: UidStep, level: number): string {
  const r = hop.range
  // With nested maps, say whose line it is (line numbers restart in each map); the last hop lands on the host.
  const whose = step.levels.length > 1 ? `${step.levels[level].label}, ` : ''
  const where = level + 1 === step.levels.length ? ' (hôte)' : ''
  return `${whose}ligne ${r.line} «${NB}${r.inside} ${r.outside} ${r.count}${NB}»${NB}: ${r.outside} + (${hop.id} − ${r.inside}) = ${hop.to}${where}`
}

/** The translation of a container UID, with the arithmetic of each line used. */
export function explain(step: UidStep, id: number): Explanation {
  const hops = traceStep(step, id)
  const lines: string[] = []
  for (const [level, hop] of hops.entries()) {
    if (!hop.mapped) {
      const where = level === 0 ? 'du uid_map du conteneur' : `du uid_map de l'${step.levels[level].label}`
      return {
        hops: lines,
        unmapped: `${hop.id} n'est dans aucune ligne ${where}${NB}: non mappé. Le noyau refuse setuid(${hop.id}) et chown vers cet UID (EINVAL)${NB}; dans l'autre sens, un UID de l'hôte sans correspondance apparaît comme ${OVERFLOW_ID} (nobody).`,
      }
    }
    lines.push(hopLine(hop, step, level))
  }
  const last = hops.at(-1)
  return { host: last?.mapped ? last.to : undefined, hops: lines }
}
