import type { DeckSlide } from './load'
import { proseOf } from './fences'

export interface Reference {
  slide: DeckSlide
  /** 1-based line in `slide.filepath` (the slide's first content line for frontmatter values). */
  line: number
  target: string
  /** What made the reference: `link`, `img`, `markdown-image`, `frontmatter:image`, `css-url`… */
  kind: string
}

function lineOf(slide: DeckSlide, text: string, index: number): number {
  let line = slide.contentLine
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10)
      line++
  }
  return line
}

function scan(slide: DeckSlide, text: string, pattern: RegExp, kind: (m: RegExpExecArray) => string, group = 1): Reference[] {
  const out: Reference[] = []
  for (const m of text.matchAll(pattern)) {
    // The first defined capture from `group` on: patterns may offer alternative quoting styles.
    const target = m.slice(group).find(value => value !== undefined) ?? ''
    out.push({ slide, line: lineOf(slide, text, m.index), target, kind: kind(m as RegExpExecArray) })
  }
  return out
}

const LINK = /<Link\b[^>]*?\s:?to=(?:"([^"]*)"|'([^']*)'|(\d+))/g

/** `<Link to="alias">`, `<Link :to="12">`, `<Link :to="'alias'">` in the slide prose. */
export function findLinks(slide: DeckSlide): Reference[] {
  return scan(slide, proseOf(slide), LINK, () => 'link')
    .map(ref => ({ ...ref, target: ref.target.replace(/^'(.*)'$/, '$1') }))
}

/** Frontmatter keys whose value is a path to a picture or a background. */
export const ASSET_FRONTMATTER_KEYS = ['image', 'photo', 'background', 'backgroundImage'] as const

/** Every resource the slide loads (not hyperlinks): images, media, scripts, styles, fonts, CSS urls. */
export function findResourceLoads(slide: DeckSlide): Reference[] {
  const prose = proseOf(slide)
  const refs: Reference[] = [
    ...scan(slide, prose, /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g, () => 'markdown-image'),
    ...scan(slide, prose, /<(img|source|video|audio|iframe|script|embed)\b[^>]*?\ssrc=["']([^"']+)["']/gi, m => m[1].toLowerCase(), 2),
    ...scan(slide, prose, /<link\b[^>]*?\shref=["']([^"']+)["']/gi, () => 'link-tag'),
    ...scan(slide, prose, /url\(\s*["']?([^"')\s]+)["']?\s*\)/g, () => 'css-url'),
    ...scan(slide, prose, /@import\s+["']([^"']+)["']/g, () => 'css-import'),
  ]
  for (const key of ASSET_FRONTMATTER_KEYS) {
    const value = slide.frontmatter[key]
    if (typeof value === 'string' && value.length > 0)
      refs.push({ slide, line: slide.frontmatterLines[key] ?? slide.contentLine, target: value, kind: `frontmatter:${key}` })
  }
  return refs
}

export function isRemote(target: string): boolean {
  return /^(?:https?:)?\/\//i.test(target)
}

/** Local paths that must exist under `public/` (`/x.png`, `./x.png`); data URIs and anchors are not files. */
export function isLocalAsset(target: string): boolean {
  return !isRemote(target) && !/^(?:data:|#|mailto:)/i.test(target) && (target.startsWith('/') || target.startsWith('./'))
}
