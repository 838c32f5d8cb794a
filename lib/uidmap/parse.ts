/**
 * Reader for the text of `/proc/<pid>/uid_map` (and `gid_map`): one range per line, « inside outside count »,
 * as user_namespaces(7) describes it. It applies the kernel's rules (three unsigned 32-bit integers, count > 0,
 * no range past 4294967295, no two lines overlapping on either side, at most 340 lines) and reports every
 * broken rule with its line number, in French.
 */

/** One line of a uid_map: container IDs `inside`…`inside + count − 1` are host IDs `outside`…`outside + count − 1`. */
export interface IdRange {
  inside: number
  outside: number
  count: number
  /** 1-based line of the text the range comes from (0 when built in code). */
  line: number
}

export interface UidMapIssue {
  line: number
  message: string
}

export interface ParsedUidMap {
  ranges: IdRange[]
  issues: UidMapIssue[]
}

/** IDs are 32-bit: 4294967295 is `(uid_t) -1`, never a valid ID, and the end of every range. */
export const ID_LIMIT = 4_294_967_295
/** Lines a uid_map may have since Linux 4.15 (5 before). */
export const MAX_LINES = 340

const NB = '\u00A0'

export class UidMapError extends Error {
  constructor(public readonly issues: UidMapIssue[]) {
    super(issues.map(i => i.message).join('\n'))
    this.name = 'UidMapError'
  }
}

function span(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start}–${start + count - 1}`
}

function overlaps(a: number, aCount: number, b: number, bCount: number): boolean {
  return a < b + bCount && b < a + aCount
}

/** Parses a uid_map text; blank lines are ignored, extra spaces are allowed (the kernel pads with spaces). */
export function parseUidMap(text: string): ParsedUidMap {
  const ranges: IdRange[] = []
  const issues: UidMapIssue[] = []
  const say = (line: number, reason: string): void => {
    issues.push({ line, message: `Ligne ${line}${NB}: ${reason}` })
  }

  text.split('\n').forEach((raw, index) => {
    const line = index + 1
    const fields = raw.trim().split(/\s+/).filter(Boolean)
    if (fields.length === 0)
      return
    if (fields.length !== 3) {
      say(line, `3 nombres attendus (intérieur extérieur nombre), ${fields.length} trouvé${fields.length > 1 ? 's' : ''}.`)
      return
    }
    const bad = fields.find(f => !/^\d+$/.test(f))
    if (bad !== undefined) {
      say(line, `«${NB}${bad}${NB}» n'est pas un entier positif ou nul.`)
      return
    }
    const [inside, outside, count] = fields.map(Number)
    const big = fields.find(f => Number(f) > ID_LIMIT)
    if (big !== undefined) {
      say(line, `${big} dépasse ${ID_LIMIT} (les identifiants tiennent sur 32${NB}bits).`)
      return
    }
    if (count === 0) {
      say(line, 'le nombre d\'identifiants doit être supérieur à 0.')
      return
    }
    if (inside + count > ID_LIMIT || outside + count > ID_LIMIT) {
      say(line, `la plage dépasse ${ID_LIMIT - 1}, le dernier identifiant valide.`)
      return
    }
    for (const other of ranges) {
      if (overlaps(inside, count, other.inside, other.count)) {
        say(line, `les UID du conteneur ${span(inside, count)} chevauchent ceux de la ligne ${other.line} (${span(other.inside, other.count)}).`)
        return
      }
      if (overlaps(outside, count, other.outside, other.count)) {
        say(line, `les UID de l'hôte ${span(outside, count)} chevauchent ceux de la ligne ${other.line} (${span(other.outside, other.count)}).`)
        return
      }
    }
    ranges.push({ inside, outside, count, line })
  })

  if (ranges.length > MAX_LINES)
    say(ranges[MAX_LINES].line, `au plus ${MAX_LINES} lignes (Linux ≥ 4.15).`)
  if (ranges.length === 0 && issues.length === 0)
    issues.push({ line: 1, message: `Ligne 1${NB}: aucune plage, rien n'est mappé.` })
  return { ranges, issues }
}

/** Parses a uid_map that must be valid (scenario data): throws `UidMapError` listing every issue otherwise. */
export function readUidMap(text: string): IdRange[] {
  const { ranges, issues } = parseUidMap(text)
  if (issues.length > 0)
    throw new UidMapError(issues)
  return ranges
}

/** Checks ranges built in code with the same rules as the text (used by the builders). */
export function checkRanges(ranges: Omit<IdRange, 'line'>[]): IdRange[] {
  return readUidMap(formatUidMap(ranges))
}

/** The text the kernel prints: three right-aligned columns of width 10, one range per line. */
export function formatUidMap(ranges: Omit<IdRange, 'line'>[]): string {
  return ranges
    .map(r => [r.inside, r.outside, r.count].map(n => String(n).padStart(10)).join(' '))
    .join('\n')
}
