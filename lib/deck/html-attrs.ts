/**
 * Slidev applies the headmatter's `htmlAttrs` (e.g. `lang: fr`) at runtime only: the static
 * `index.html` it builds still says `<html lang="en">`, which is what screen readers, search engines
 * and the first paint see. This puts the same attributes on the static tag.
 */

const HTML_TAG = /<html\b[^>]*>/i

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** Rewrites the `<html>` tag with `attrs` merged over its existing attributes. */
export function applyHtmlAttrs(html: string, attrs: Record<string, unknown>): string {
  const tag = HTML_TAG.exec(html)
  if (!tag)
    throw new Error('index.html sans balise <html> : impossible d\'y appliquer htmlAttrs')
  const merged = new Map<string, string>()
  for (const m of tag[0].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
    if (m[1].toLowerCase() !== 'html')
      merged.set(m[1], m[2] ?? '')
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (!/^[\w:-]+$/.test(name))
      throw new Error(`htmlAttrs : nom d'attribut invalide « ${name} »`)
    if (value === null || value === undefined || value === false)
      merged.delete(name)
    else
      merged.set(name, String(value))
  }
  const rendered = [...merged].map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('')
  return html.replace(HTML_TAG, `<html${rendered}>`)
}
