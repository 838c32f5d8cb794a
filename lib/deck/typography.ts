/**
 * French typography of the course prose: a no-break space (U+00A0, or the narrow U+202F) before « : ; ? ! »
 * and inside « guillemets ». Code (fences, inline code), URLs, HTML tags and Vue interpolations are left alone.
 * The same rules drive the checker (`npm test`) and the fixer (`scripts/typography.ts --fix`).
 */

export const NBSP = '\u00A0'
const SPACES_OK = '\u00A0\u202F'

export interface TypographyIssue {
  /** 1-based line and column in the file. */
  line: number
  column: number
  message: string
}

export interface TypographyResult {
  issues: TypographyIssue[]
  /** The text with every issue fixed. */
  fixed: string
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
// CSS and scripts inside a slide are code, not prose.
const RAW_OPEN = /^\s*<(style|script)\b/i
const TABLE_DELIMITER = /^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?\|?$/
const SLOT_MARKER = /^::[\w-]+::$/
// The start of a YAML line that is not prose: list dash and/or `key: `.
const YAML_PREFIX = /^\s*(?:-\s+)?(?:[\w-]+:(?:\s|$))?/
// Languages whose YAML values are French prose shown on slides.
const PROSE_YAML_FENCES = new Set(['qcm'])
// Spans that are not prose: inline code, link/image targets, HTML tags, Vue interpolations, autolinks, URLs.
const MASKED = /`[^`]*`|\]\([^)]*\)|<\/?[A-Za-z][^>]*>|\{\{.*?\}\}|https?:\/\/\S+/g

interface Segment { start: number, end: number }

function proseSegments(line: string): Segment[] {
  const segments: Segment[] = []
  let last = 0
  for (const m of line.matchAll(MASKED)) {
    segments.push({ start: last, end: m.index })
    last = m.index + m[0].length
  }
  segments.push({ start: last, end: line.length })
  return segments
}

const AFTER_PUNCT_OK = /[\s*_)»"'<.,]/
const IS_LETTER = /[\p{L}\p{N}*_)`]/u

/** Checks and fixes one prose line; `offset` is where prose starts in the line (frontmatter values). */
function fixLine(line: string, lineNo: number, offset: number, issues: TypographyIssue[]): string {
  // Work on UTF-16 indexes: the masks are computed on the string.
  const out = line.split('')
  const insertions = new Map<number, string>()
  for (const { start, end } of proseSegments(line)) {
    for (let i = Math.max(start, offset); i < end; i++) {
      const c = line[i]
      const prev = line[i - 1]
      const next = line[i + 1]
      if (c === ':' || c === ';' || c === '?' || c === '!') {
        const endsToken = next === undefined || AFTER_PUNCT_OK.test(next)
        if (!endsToken || (c === ':' && next === ':'))
          continue
        if (prev === ' ' && i - 1 >= start && i >= 2 && line[i - 2] !== ' ') {
          out[i - 1] = NBSP
          issues.push({ line: lineNo, column: i, message: `espace insécable attendue avant « ${c} »` })
        }
        else if (prev !== undefined && IS_LETTER.test(prev)) {
          insertions.set(i, NBSP)
          issues.push({ line: lineNo, column: i + 1, message: `espace insécable manquante avant « ${c} »` })
        }
      }
      else if (c === '«') {
        if (next === ' ') {
          out[i + 1] = NBSP
          issues.push({ line: lineNo, column: i + 2, message: 'espace insécable attendue après « « »' })
        }
        else if (next !== undefined && !SPACES_OK.includes(next)) {
          insertions.set(i + 1, NBSP)
          issues.push({ line: lineNo, column: i + 2, message: 'espace insécable manquante après « « »' })
        }
      }
      else if (c === '»') {
        if (prev === ' ') {
          out[i - 1] = NBSP
          issues.push({ line: lineNo, column: i, message: 'espace insécable attendue avant « » »' })
        }
        else if (prev !== undefined && !SPACES_OK.includes(prev) && i > start) {
          insertions.set(i, NBSP)
          issues.push({ line: lineNo, column: i + 1, message: 'espace insécable manquante avant « » »' })
        }
      }
    }
  }
  if (insertions.size === 0)
    return out.join('')
  return out.map((ch, i) => (insertions.get(i) ?? '') + ch).join('')
}

/** YAML (frontmatter, qcm blocks): only the value after the dash and the key is prose. */
function fixYamlLine(line: string, lineNo: number, issues: TypographyIssue[]): string {
  if (line.trimStart().startsWith('#'))
    return line // YAML comments are for authors, in English
  const prefix = YAML_PREFIX.exec(line)?.[0] ?? ''
  return fixLine(line, lineNo, prefix.length, issues)
}

/** Checks a markdown file of the deck (slides, frontmatter values, notes). */
export function checkTypography(text: string): TypographyResult {
  const lines = text.split('\n')
  const issues: TypographyIssue[] = []
  let fence: string | undefined
  let proseYamlFence = false
  let inFrontmatter = false
  let raw: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (raw) {
      if (line.includes(`</${raw}>`))
        raw = undefined
      continue
    }
    const rawOpen = RAW_OPEN.exec(line)
    if (rawOpen && !inFrontmatter) {
      if (!line.includes(`</${rawOpen[1]}>`))
        raw = rawOpen[1].toLowerCase()
      continue
    }
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line))
        fence = undefined
      else if (proseYamlFence)
        lines[i] = fixYamlLine(line, i + 1, issues)
      continue
    }
    const open = FENCE.exec(line)
    if (open && !inFrontmatter) {
      fence = open[1]
      proseYamlFence = PROSE_YAML_FENCES.has(line.slice(open[0].length).trim().split(/\s/)[0].toLowerCase())
      continue
    }
    if (line.trim() === '---') {
      if (inFrontmatter) {
        inFrontmatter = false
      }
      else {
        const next = lines[i + 1] ?? ''
        inFrontmatter = /^[\w-]+\s*:/.test(next)
      }
      continue
    }
    if (inFrontmatter) {
      lines[i] = fixYamlLine(line, i + 1, issues)
      continue
    }
    if (TABLE_DELIMITER.test(line.trim()) || SLOT_MARKER.test(line.trim()))
      continue
    lines[i] = fixLine(line, i + 1, 0, issues)
  }
  return { issues, fixed: lines.join('\n') }
}
