/**
 * French search normalisation, shared by the index (build time) and the search (browser): lower case, accents
 * and other combining marks removed (NFD), ligatures spelled out, every kind of space turned into a plain space,
 * typographic apostrophes and dashes made ASCII. Done character by character so that a match in the normalised
 * text can be mapped back to the original (`normaliseWithMap`) for the snippet.
 */

const SPECIAL: Record<string, string> = {
  'œ': 'oe',
  'Œ': 'oe',
  'æ': 'ae',
  'Æ': 'ae',
  'ß': 'ss',
  'ﬀ': 'ff',
  'ﬁ': 'fi',
  'ﬂ': 'fl',
  'ﬃ': 'ffi',
  'ﬄ': 'ffl',
  'ﬅ': 'st',
  'ﬆ': 'st',
  '’': '\'',
  '‘': '\'',
  'ʼ': '\'',
  '‐': '-',
  '‑': '-',
  '−': '-',
}

/** JavaScript's `\s`: no-break spaces (U+00A0, U+202F) and the other Unicode spaces included. */
const SPACES = /\s/
const MARKS = /\p{M}/gu
const cache = new Map<string, string>()

/** The normalised form of one character (a code point): '' for a lone combining mark. */
export function normaliseChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 128) {
    if (code >= 65 && code <= 90)
      return String.fromCharCode(code + 32)
    return code === 9 || code === 10 || code === 13 ? ' ' : char
  }
  let out = cache.get(char)
  if (out === undefined) {
    if (char in SPECIAL)
      out = SPECIAL[char]
    else if (SPACES.test(char))
      out = ' '
    else
      out = char.toLowerCase().normalize('NFD').replace(MARKS, '')
    cache.set(char, out)
  }
  return out
}

/** Normalised text (see the module comment). */
export function normalise(text: string): string {
  let out = ''
  for (const char of text)
    out += normaliseChar(char)
  return out
}

/** Normalised text and, for each of its characters, the offset of the original character it comes from. */
export function normaliseWithMap(text: string): { text: string, map: number[] } {
  let out = ''
  const map: number[] = []
  let offset = 0
  for (const char of text) {
    const norm = normaliseChar(char)
    for (let i = 0; i < norm.length; i++) map.push(offset)
    out += norm
    offset += char.length
  }
  map.push(offset)
  return { text: out, map }
}

/** Characters that make up words. */
export const WORD = /[a-z0-9]/
/** Characters kept inside a token when a word character follows: `--mount`, `compose.yaml`, `docker.io/library/x`, `a:b`, `snake_case`. */
const JOINERS = '-./:_'

/**
 * Splits normalised text into tokens: runs of letters and digits, joined by `-`, `.`, `/`, `:` or `_` when a word
 * character follows, and with their leading `-`, `--`, `.` or `/` (`--mount`, `-v`, `.dockerignore`, `/var/lib`).
 * Trailing punctuation (`healthcheck:`, `fin.`) is not part of the token.
 */
export function tokenise(text: string): string[] {
  const tokens: string[] = []
  const re = /[-./]*[a-z0-9]+(?:[-./:_]+[a-z0-9]+)*/g
  for (const match of normalise(text).matchAll(re))
    tokens.push(match[0])
  return tokens
}

/** French words too common to count on their own in a multi-word query (they still count inside a phrase). */
export const STOPWORDS = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'c',
  'ce',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'il',
  'j',
  'l',
  'la',
  'le',
  'les',
  'n',
  'ne',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  's',
  'sa',
  'se',
  'son',
  'sur',
  'un',
  'une',
  'y',
])

export function isJoiner(char: string | undefined): boolean {
  return char !== undefined && JOINERS.includes(char)
}
