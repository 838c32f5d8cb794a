/**
 * Integrity markers `bad` (wrong on purpose) and `fragment` (an excerpt) in a fence's info string.
 *
 * How Slidev 53 reads the info string (RE_BLOCK_INFO in @slidev/cli, verified on builds):
 * `lang [title] {ranges} {options} rest`, where the rest is ignored by the highlighter. So:
 * - ```dockerfile bad and ```dockerfile {2|3} fragment and ```yaml [compose.yaml] {1|2} bad render
 *   correctly: the marker is the last word;
 * - ```dockerfile fragment {2|3} silently loses its range and its title (the word ends the match,
 *   everything after it becomes "rest");
 * - ```dockerfile {bad} is read as a highlight range that matches no line: the whole block is dimmed.
 */
import type { FenceMarker } from '../deck/fences'
import { parseMarkers } from '../deck/fences'

export type Marker = FenceMarker

export interface MarkerScan {
  markers: Set<Marker>
  /** Markers written in braces (`{bad}`). */
  braced: Marker[]
  /** Bare markers followed by a `[title]` or `{…}` that Slidev then ignores, with what follows them. */
  beforeRange: { marker: Marker, lost: string }[]
}

export function scanMarkers(meta: string): MarkerScan {
  // Bare markers are read by the deck loader (one definition); braced ones still count, to be reported.
  const scan: MarkerScan = { markers: parseMarkers(meta), braced: [], beforeRange: [] }
  for (const m of meta.matchAll(/\{\s*(bad|fragment)\s*\}/g)) {
    scan.braced.push(m[1] as Marker)
    scan.markers.add(m[1] as Marker)
  }
  // Bare words outside [title] and {…} groups.
  const outside = meta.replace(/\[[^\]]*\]|\{[^}]*\}/g, m => ' '.repeat(m.length))
  for (const m of outside.matchAll(/(?<=^|\s)(bad|fragment)(?=\s|$)/g)) {
    const marker = m[1] as Marker
    const after = meta.slice(m.index + marker.length)
    const lost = /[[{].*$/.exec(after)?.[0]
    if (lost && !/^\{\s*(?:bad|fragment)\s*\}$/.test(lost.trim()))
      scan.beforeRange.push({ marker, lost: lost.trim() })
  }
  return scan
}

export function bracedMarkerMessage(marker: string, lang: string): string {
  return `marqueur « {${marker}} » : Slidev le lit comme une plage de lignes à surligner et grise tout le bloc — écrire le mot en fin de ligne : « \`\`\`${lang} ${marker} » ou « \`\`\`${lang} {2|3} ${marker} »`
}

export function misplacedMarkerMessage(marker: string, lang: string, lost: string): string {
  return `marqueur « ${marker} » placé avant « ${lost} » : Slidev ignore alors la plage et le titre — le placer en fin de ligne : « \`\`\`${lang} ${lost} ${marker} »`
}
