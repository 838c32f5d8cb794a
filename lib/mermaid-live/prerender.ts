/**
 * Diagrams drawn at build time (scripts/diagrams.ts): every step of every ```mermaid block, in the light and the
 * dark theme, drawn once by mermaid in Chromium before `slidev build`, so that a slide shows its diagram without
 * loading mermaid (≈ 2.5 MB of JavaScript) nor laying it out on the main thread. `<MermaidLive>` gets the drawings'
 * key from the codeblock transformer; mermaid is still loaded to edit a diagram, or when a drawing is missing (dev
 * server before the first build, an invalid diagram, offline before the drawing was fetched).
 *
 * Node only: the key depends on what decides the drawing (mermaid, the font, Chromium, setup/mermaid.ts, the page
 * that draws).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveChromium } from '../../scripts/chromium'

/** Project root (this file is lib/mermaid-live/prerender.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Where the drawings are written; read by lib/mermaid-live/drawn.ts (import.meta.glob). Not versioned. */
export const DRAWN_DIR = join(PROJECT_ROOT, 'generated/diagrams')
export const VARIANTS = ['light', 'dark'] as const
export type Variant = typeof VARIANTS[number]

/**
 * Bumped when scripts/diagrams.ts changes the way it draws (page, styles, options): every key changes with it,
 * so no drawing of an earlier page is ever reused.
 */
export const DRAWING_PAGE_VERSION = 2

/** File name of a diagram's drawings for one theme: every step, in order, as a JSON array of SVG strings. */
export function drawnFileName(key: string, variant: Variant): string {
  return `drawn-${key}-${variant}.json`
}

/** The drawings' chunks in a built site (Vite names a chunk after its file): `assets/drawn-<key>-<theme>-<hash>.js`. */
export const DRAWN_CHUNK = /\/assets\/drawn-[0-9a-f]+-(?:light|dark)-[\w-]+\.js$/

/** Written instead of the drawings when mermaid refuses a block: the page draws it (and shows mermaid's error). */
export function refusedFileName(key: string): string {
  return `refused-${key}.txt`
}

export type DrawnStatus = 'drawn' | 'refused' | 'missing'

/** Whether scripts/diagrams.ts drew a block (both themes), found it invalid, or has not seen it. */
export function drawnStatus(key: string, dir = DRAWN_DIR): DrawnStatus {
  if (VARIANTS.every(v => existsSync(join(dir, drawnFileName(key, v)))))
    return 'drawn'
  return existsSync(join(dir, refusedFileName(key))) ? 'refused' : 'missing'
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

const versions = new Map<string, string>()

/** The version line of the Chromium that draws (`chromium --version`): its text measurement sizes the labels. */
export function browserVersion(executablePath?: string): string {
  let path: string
  try {
    path = executablePath ?? resolveChromium()
  }
  catch {
    return 'Chromium introuvable'
  }
  let version = versions.get(path)
  if (version === undefined) {
    try {
      version = execFileSync(path, ['--version'], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    }
    catch {
      version = `${path} : version illisible`
    }
    versions.set(path, version)
  }
  return version
}

const fingerprints = new Map<string, string>()

/**
 * What decides how every diagram is drawn, apart from its source: versions of mermaid, Inter and Chromium,
 * setup/mermaid.ts and the drawing page (`DRAWING_PAGE_VERSION`).
 */
export function renderFingerprint(root = PROJECT_ROOT, browser = browserVersion()): string {
  const known = fingerprints.get(`${root}\0${browser}`)
  if (known)
    return known
  const require = createRequire(join(root, 'package.json'))
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version
  const parts = [
    `page ${DRAWING_PAGE_VERSION}`,
    `mermaid ${version('mermaid')}`,
    `inter ${version('@fontsource-variable/inter')}`,
    browser,
    readFileSync(join(root, 'setup/mermaid.ts'), 'utf-8'),
  ]
  const value = sha256(parts.join('\n')).slice(0, 16)
  fingerprints.set(`${root}\0${browser}`, value)
  return value
}

/** What a block's `{…}` options change in its drawing. */
export interface DrawingOptions {
  /** A fixed mermaid theme for both color modes (`{theme: 'forest'}`); else `neutral` in light, `dark` in dark mode. */
  theme?: string
}

/** Options that only size or time the diagram (`<MermaidLive>` props), not its drawing. */
const LAYOUT_ONLY = new Set(['scale', 'at'])

/**
 * Reads a block's `{…}` options (Slidev's syntax: `mermaid {scale: 0.7}`), literal values only. Returns null when
 * the options pass something else to mermaid (any other key, or a value that is not a literal): such a block is
 * drawn in the browser, as before.
 */
export function drawingOptions(literal: string | undefined): DrawingOptions | null {
  const body = literal?.trim().replace(/^\{|\}$/g, '').trim() ?? ''
  if (!body)
    return {}
  const options: DrawingOptions = {}
  for (const entry of body.split(',')) {
    const match = /^\s*(['"]?)(\w+)\1\s*:\s*([-+]?[\d.]+|'[^']*'|"[^"]*")\s*$/.exec(entry)
    if (!match)
      return null
    const [, , name, value] = match
    if (name === 'theme' && /^['"]/.test(value!))
      options.theme = value!.slice(1, -1)
    else if (!LAYOUT_ONLY.has(name!))
      return null
  }
  return options
}

/** The key of a block's drawings: its code (trailing blanks trimmed), its drawing options and the fingerprint. */
export function drawnKey(code: string, options: DrawingOptions, print = renderFingerprint()): string {
  return sha256([print, code.replace(/\s+$/, ''), options.theme ?? ''].join('\0')).slice(0, 16)
}

/** mermaid's options for one theme, as `<MermaidLive>` passes them to Slidev's renderer. */
export function mermaidOptions(options: DrawingOptions, variant: Variant): { theme?: string } {
  const theme = options.theme || (variant === 'dark' ? 'dark' : undefined)
  return theme ? { theme } : {}
}

/**
 * Mermaid writes coordinates with up to 15 decimals (its hand-drawn shape outlines are long Bézier paths of them):
 * inside tags, numbers are kept to 2 decimals (a hundredth of a pixel), which halves a drawing and divides it by
 * three compressed. Text between tags (labels) is left as it is.
 */
export function compactSvg(svg: string): string {
  return svg.replace(/<[^>]+>/g, tag => tag.replace(/(\d\.\d\d)\d+/g, '$1'))
}
