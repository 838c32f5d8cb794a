import type { Field, SearchIndex } from './types'
import { htmlToText } from './html'
import { isJoiner, normalise, normaliseWithMap, STOPWORDS, tokenise } from './normalize'
import { FIELD_OFFSET, FIELDS } from './types'

/** Field weights: a title hit counts most, then the slide's text, its code, its quiz, its speaker notes. */
export const WEIGHTS: Record<Field, number> = { title: 16, text: 8, code: 5, quiz: 3, notes: 1 }
/** A hit in the slide's routeAlias (`healthcheck`, `namespace-user`) counts like one in its text. */
const ALIAS_WEIGHT = 8
/** How much the slides of the chapter with the most matching weight gain (see `search`). */
const CHAPTER_BOOST = 0.5

/**
 * French phrases the course writes in English (or the other way round): a query containing the left side is also
 * searched with the right side, as a phrase. Token prefixes: `espaces de noms` matches `espace de nom`.
 */
export const SYNONYMS: [from: string, to: string][] = [
  ['espace de nom', 'namespace'],
  ['groupe de controle', 'cgroup'],
  ['sans root', 'rootless'],
  ['sonde de sante', 'healthcheck'],
  ['controle de sante', 'healthcheck'],
  ['etat de sante', 'healthcheck'],
  ['point de montage', 'mount'],
  ['registre', 'registry'],
  ['grappe', 'cluster'],
]

export interface SearchDocument {
  no: number
  /** Chapter number and title, undefined before the first chapter cover. */
  chapter?: number
  chapterTitle?: string
  alias: string
  title: string
  /** Original text of each field of FIELDS. */
  fields: string[]
  /** Normalised text of each field (lib/search/normalize.ts). */
  norm: string[]
  normAlias: string
}

export interface PreparedIndex {
  docs: SearchDocument[]
  /** Mean length of each field, for the density of the hits. */
  meanLength: number[]
}

/** A piece of a snippet: `hit` pieces are what matched the query (rendered as <mark>, as text). */
export interface Segment {
  text: string
  hit: boolean
}

export interface SearchResult {
  no: number
  chapter?: number
  chapterTitle?: string
  alias: string
  title: string
  /** The field the snippet comes from. */
  field: Field
  snippet: Segment[]
  /** 1 when the whole query (or a synonym of it) was found as a phrase, 0 for words found apart. */
  tier: number
  score: number
}

export interface SearchResults {
  /** How many slides match (`results` holds the first `limit`). */
  total: number
  results: SearchResult[]
}

/**
 * The index ready to search: each field normalised once. `notes` (build: `virtual:course-notes`, rendered HTML,
 * `notes[no - 1]`) fills the notes of slides whose index entry has none.
 */
export function prepareIndex(index: SearchIndex, notes?: readonly (string | null | undefined)[] | null): PreparedIndex {
  const docs = index.docs.map((doc): SearchDocument => {
    const [no, chapterIndex, alias] = doc
    const fields = FIELDS.map((_, i) => doc[FIELD_OFFSET + i] as string)
    const notesAt = FIELDS.indexOf('notes')
    if (!fields[notesAt] && notes?.[no - 1])
      fields[notesAt] = htmlToText(notes[no - 1]!)
    const chapter = index.chapters[chapterIndex]
    return {
      no,
      chapter: chapter?.[0],
      chapterTitle: chapter?.[1],
      alias,
      title: fields[0],
      fields,
      norm: fields.map(normalise),
      normAlias: normalise(alias),
    }
  })
  const meanLength = FIELDS.map((_, i) => Math.max(1, docs.reduce((sum, doc) => sum + doc.norm[i].length, 0) / Math.max(1, docs.length)))
  return { docs, meanLength }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/**
 * A regex finding a sequence of tokens in normalised text: each token at a word start (`mount` also finds
 * `--mount`, `--mount` does not find `---mount`), possibly followed by more letters (`espaces`, `healthchecks`),
 * tokens separated by one to three non-word characters. Group 1: what follows the last token's letters.
 */
export function sequencePattern(tokens: readonly string[]): RegExp {
  const parts = tokens.map((token) => {
    const first = token[0]
    const before = /[a-z0-9]/.test(first) ? '(?<![a-z0-9])' : `(?<![a-z0-9${escape(first)}])`
    return `${before}${escape(token)}[a-z0-9]*`
  })
  return new RegExp(`${parts.join('[^a-z0-9\\n]{1,3}')}(?=([^a-z0-9]?[a-z0-9]?))`, 'g')
}

interface Hit {
  start: number
  end: number
  /** 1 for a whole token (or a plural), 0.5 for a token that only starts with the query's (`run` in `runtime`). */
  weight: number
}

function hitsOf(pattern: RegExp, text: string, lastToken: string): Hit[] {
  const hits: Hit[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0]
    const tail = word.slice(word.lastIndexOf(lastToken) + lastToken.length)
    const after = match[1]
    const longer = tail.length > 0 && !/^(?:s|x|es)$/.test(tail)
    // `--mount-proc` is another token than `--mount`; `--mount=type`, `--mount.` and `--mount ` are not.
    const joined = after.length === 2 && isJoiner(after[0]) && after[0] !== '.' && after[0] !== ':'
    hits.push({ start: match.index, end: match.index + word.length, weight: longer || joined ? 0.5 : 1 })
    if (match[0].length === 0)
      pattern.lastIndex++
  }
  return hits
}

/** One way of reading the query: its tokens as a phrase, and the words that must all be found otherwise. */
interface Reading {
  phrase: string[]
  /** Tokens that must all be found (stopwords left out unless the query has nothing else). */
  words: string[]
  phrasePattern: RegExp
  wordPatterns: RegExp[]
}

function expandSynonyms(tokens: readonly string[]): string[][] {
  const out: string[][] = []
  for (const [from, to] of SYNONYMS) {
    const pattern = from.split(' ')
    for (let i = 0; i + pattern.length <= tokens.length; i++) {
      if (pattern.every((part, k) => tokens[i + k].startsWith(part) && tokens[i + k].length - part.length <= 2))
        out.push([...tokens.slice(0, i), ...to.split(' '), ...tokens.slice(i + pattern.length)])
    }
  }
  return out
}

function reading(tokens: string[]): Reading {
  const content = tokens.filter(token => !STOPWORDS.has(token))
  const words = [...new Set(content.length ? content : tokens)]
  return { phrase: tokens, words, phrasePattern: sequencePattern(tokens), wordPatterns: words.map(word => sequencePattern([word])) }
}

/** The query as typed, then with each synonym (SYNONYMS) in place of the French or English phrase it contains. */
export function parseQuery(query: string): Reading[] {
  const tokens = tokenise(query)
  return tokens.length ? [tokens, ...expandSynonyms(tokens)].map(reading) : []
}

/** BM25-like saturation: more hits count for more, but less and less, and hits in a long field count for less. */
function saturate(hits: number, length: number, mean: number): number {
  const k = 1.2
  const b = 0.75
  return hits === 0 ? 0 : (hits * (k + 1)) / (hits + k * (1 - b + b * length / mean))
}

function total(hits: readonly Hit[]): number {
  return hits.reduce((sum, hit) => sum + hit.weight, 0)
}

interface Scored {
  doc: SearchDocument
  tier: number
  score: number
  /** Per field: the phrase hits, then the word hits. */
  phraseHits: Hit[][]
  wordHits: Hit[][][]
}

function scoreReading(prepared: PreparedIndex, doc: SearchDocument, query: Reading): Scored | undefined {
  const phraseHits: Hit[][] = []
  const wordHits: Hit[][][] = []
  const found = new Set<number>()
  let phrase = false
  let score = 0
  FIELDS.forEach((field, f) => {
    const text = doc.norm[f]
    const phrases = hitsOf(query.phrasePattern, text, query.phrase.at(-1)!)
    const words = query.wordPatterns.map((pattern, w) => hitsOf(pattern, text, query.words[w]))
    words.forEach((hits, w) => hits.length && found.add(w))
    phraseHits.push(phrases)
    wordHits.push(words)
    if (phrases.length)
      phrase = true
    const length = text.length
    const mean = prepared.meanLength[f]
    const wordScore = words.reduce((sum, hits) => sum + saturate(total(hits), length, mean), 0) / Math.max(1, words.length)
    score += WEIGHTS[field] * (2 * saturate(total(phrases), length, mean) + wordScore)
  })
  const aliasHits = query.wordPatterns.map((pattern, w) => hitsOf(pattern, doc.normAlias, query.words[w]))
  aliasHits.forEach((hits, w) => hits.length && found.add(w))
  score += ALIAS_WEIGHT * aliasHits.reduce((sum, hits) => sum + Math.min(1, total(hits)), 0) / Math.max(1, aliasHits.length)
  if (!phrase && found.size < query.words.length)
    return undefined
  return { doc, tier: phrase ? 1 : 0, score, phraseHits, wordHits }
}

/** The doc's best reading of the query (phrase first, then score), undefined when no reading matches it. */
function scoreDoc(prepared: PreparedIndex, doc: SearchDocument, readings: readonly Reading[]): Scored | undefined {
  let best: Scored | undefined
  for (const query of readings) {
    const scored = scoreReading(prepared, doc, query)
    if (scored && (!best || scored.tier > best.tier || (scored.tier === best.tier && scored.score > best.score)))
      best = scored
  }
  return best
}

const SNIPPET_LENGTH = 160
const SNIPPET_BEFORE = 50

/** The snippet: about SNIPPET_LENGTH characters of the field around its first hit, every hit in it marked. */
export function makeSnippet(original: string, hits: readonly Hit[]): Segment[] {
  if (!original)
    return []
  const { map } = normaliseWithMap(original)
  const ranges = hits
    .map(hit => ({ start: map[hit.start], end: map[hit.end] }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const first = ranges[0]?.start ?? 0
  let start = Math.max(0, first - SNIPPET_BEFORE)
  if (start > 0) {
    const space = original.indexOf(' ', start)
    start = space >= 0 && space < first ? space + 1 : start
  }
  let end = Math.min(original.length, start + SNIPPET_LENGTH)
  if (end < original.length) {
    const space = original.lastIndexOf(' ', end)
    end = space > (ranges[0]?.end ?? start) ? space : end
  }
  const segments: Segment[] = []
  const push = (text: string, hit: boolean) => {
    if (!text)
      return
    const last = segments.at(-1)
    if (last && last.hit === hit)
      last.text += text
    else
      segments.push({ text, hit })
  }
  if (start > 0)
    push('…', false)
  let at = start
  for (const range of ranges) {
    if (range.end <= at || range.start >= end)
      continue
    const from = Math.max(range.start, at)
    push(original.slice(at, from), false)
    push(original.slice(from, Math.min(range.end, end)), true)
    at = Math.min(range.end, end)
  }
  push(original.slice(at, end), false)
  if (end < original.length)
    push('…', false)
  return segments
}

function snippetOf(scored: Scored): { field: Field, snippet: Segment[] } {
  const { doc, phraseHits, wordHits } = scored
  // Not the title (shown anyway): the first field with the phrase, else the one with the most distinct words found.
  let best = -1
  let bestWords = 0
  for (let f = 1; f < FIELDS.length; f++) {
    if (phraseHits[f].length) {
      best = f
      break
    }
    const distinct = wordHits[f].filter(hits => hits.length).length
    if (distinct > bestWords) {
      best = f
      bestWords = distinct
    }
  }
  if (best < 0)
    return { field: 'text', snippet: makeSnippet(doc.fields[1], []) }
  return { field: FIELDS[best], snippet: makeSnippet(doc.fields[best], [...phraseHits[best], ...wordHits[best].flat()]) }
}

/**
 * Searches the prepared index. A slide matches when it contains the query as a phrase (or a synonym of it, see
 * SYNONYMS) or all of its words; phrase matches come first, then by score (field weights, hits saturating, denser
 * hits first), then by slide number: the order is deterministic.
 */
export function search(prepared: PreparedIndex, query: string, limit = 50): SearchResults {
  const readings = parseQuery(query)
  if (!readings.length || normalise(query).trim().length < 2)
    return { total: 0, results: [] }
  const scored: Scored[] = []
  for (const doc of prepared.docs) {
    const result = scoreDoc(prepared, doc, readings)
    if (result)
      scored.push(result)
  }
  // The chapter that teaches a topic has many matching slides: its slides gain up to CHAPTER_BOOST over a passing
  // mention elsewhere (« espace de noms »: the Linux namespaces of chapter 2 before Kubernetes' in chapter 12).
  const mass = new Map<number | undefined, number>()
  for (const entry of scored)
    mass.set(entry.doc.chapter, (mass.get(entry.doc.chapter) ?? 0) + entry.score)
  const heaviest = Math.max(1e-9, ...mass.values())
  for (const entry of scored)
    entry.score *= 1 + CHAPTER_BOOST * mass.get(entry.doc.chapter)! / heaviest
  scored.sort((a, b) => b.tier - a.tier || b.score - a.score || a.doc.no - b.doc.no)
  const results = scored.slice(0, limit).map((entry): SearchResult => {
    const { doc } = entry
    return { no: doc.no, chapter: doc.chapter, chapterTitle: doc.chapterTitle, alias: doc.alias, title: doc.title, ...snippetOf(entry), tier: entry.tier, score: Math.round(entry.score * 1000) / 1000 }
  })
  return { total: scored.length, results }
}
