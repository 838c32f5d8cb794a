import type { DeckSlide } from '../deck/load'
import { proseOf } from '../deck/fences'
import { ALLOWED_DOMAINS } from './data/allowed-domains'

/** A hyperlink written in a slide (prose or frontmatter), located in its file. */
export interface Hyperlink {
  slide: DeckSlide
  line: number
  target: string
  kind: 'markdown' | 'autolink' | 'html' | 'bare' | 'frontmatter'
}

function lineAt(slide: DeckSlide, text: string, index: number): number {
  let line = slide.contentLine
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10)
      line++
  }
  return line
}

/** Prose without inline code spans (`https://…` inside backticks is code, not a link). */
function withoutInlineCode(text: string): string {
  return text.replace(/`[^`\n]*`/g, m => ' '.repeat(m.length))
}

/** Every hyperlink of a slide: markdown links, `<https://…>` autolinks, `<a href>`, bare URLs, frontmatter URLs. */
export function findHyperlinks(slide: DeckSlide): Hyperlink[] {
  const prose = withoutInlineCode(proseOf(slide))
  const out: Hyperlink[] = []
  const taken = new Set<number>()
  const add = (index: number, target: string, kind: Hyperlink['kind']) => {
    out.push({ slide, line: lineAt(slide, prose, index), target, kind })
  }
  for (const m of prose.matchAll(/(?<!!)\[(?:[^\]\n]|\][^(])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    add(m.index, m[1], 'markdown')
    taken.add(m.index + m[0].indexOf(m[1]))
  }
  for (const m of prose.matchAll(/<((?:https?|ftp):\/\/[^>\s]+)>/g)) {
    add(m.index, m[1], 'autolink')
    taken.add(m.index + 1)
  }
  for (const m of prose.matchAll(/<a\b[^>]*?\shref=(?:"([^"]*)"|'([^']*)')/gi)) {
    const target = m[1] ?? m[2]
    add(m.index, target, 'html')
    taken.add(m.index + m[0].lastIndexOf(target))
  }
  // Bare URLs count in the slide text, not in speaker notes (`<!-- … -->`), where they are often
  // command arguments (a Debian mirror for debootstrap) rather than links.
  const comments = [...prose.matchAll(/<!--[\s\S]*?-->/g)].map(m => [m.index, m.index + m[0].length])
  for (const m of prose.matchAll(/\bhttps?:\/\/[^\s<>()"'`\]]+/g)) {
    if (!taken.has(m.index) && !comments.some(([a, b]) => m.index >= a && m.index < b))
      add(m.index, m[0].replace(/[.,;:!?]+$/, ''), 'bare')
  }
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(/\bhttps?:\/\/[^\s<>()"'`]+/g))
        out.push({ slide, line: slide.frontmatterLines[key] ?? slide.contentLine, target: m[0], kind: 'frontmatter' })
    }
    else if (Array.isArray(value)) {
      value.forEach(v => walk(v, key))
    }
    else if (value && typeof value === 'object') {
      Object.values(value).forEach(v => walk(v, key))
    }
  }
  for (const [key, value] of Object.entries(slide.frontmatter)) walk(value, key)
  return out.sort((a, b) => a.line - b.line)
}

/** Why an external URL is not acceptable (https, valid, reviewed host), or undefined. */
export function externalLinkProblem(target: string, allowed: readonly string[] = ALLOWED_DOMAINS): string | undefined {
  let url: URL
  try {
    url = new URL(target)
  }
  catch {
    return `URL invalide « ${target} »`
  }
  if (url.protocol !== 'https:')
    return `lien « ${target} » : seul https:// est accepté`
  if (!allowed.includes(url.hostname))
    return `lien « ${target} » : domaine « ${url.hostname} » hors de la liste revue (lib/integrity/data/allowed-domains.ts)`
  return undefined
}

/**
 * Internal targets. In Slidev a slide is reached by number or `routeAlias` (`/12`, `/images`);
 * in the PDF, `<Link>` becomes `<a href="#alias">`. Headings get no id, so `#heading` leads nowhere:
 * an internal link must name a slide number or a routeAlias (`#12`, `#images`, `/12`, `/images`).
 */
export function internalLinkProblem(target: string, slideCount: number, aliases: ReadonlySet<string>): string | undefined {
  const m = /^[#/](.*)$/.exec(target)
  if (!m)
    return undefined
  const name = decodeURIComponent(m[1])
  if (/\.\w+$/.test(name))
    return undefined // a file under public/, checked by lib/deck/check.ts
  if (/^\d+$/.test(name) ? Number(name) >= 1 && Number(name) <= slideCount : aliases.has(name))
    return undefined
  return `lien interne « ${target} » : ni numéro de diapositive (1-${slideCount}) ni routeAlias — écrire <Link to="alias">`
}

/** External (http/https or protocol-relative) vs internal (`#x`, `/x`) vs relative/other (mailto…). */
export function linkKind(target: string): 'external' | 'internal' | 'other' {
  if (/^[a-z][\w+.-]*:/i.test(target) && !/^mailto:/i.test(target))
    return 'external'
  if (target.startsWith('//'))
    return 'external'
  if (/^[#/]/.test(target))
    return 'internal'
  return 'other'
}
