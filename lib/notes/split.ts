/**
 * Speaker notes out of the first payload.
 *
 * In a build, Slidev (53) writes every slide's info — rendered speaker notes (`noteHTML`) and the raw frontmatter
 * text (`frontmatterRaw`, read only by the dev-server side editor) included — into a per-slide frontmatter module
 * that the slide list imports statically: every byte of every note is in the entry chunk, so the first slide's
 * download grows with the deck. The course's Vite plugin (`lib/notes/plugin.ts`) moves the notes into one chunk
 * loaded only by the views that show notes (presenter, notes, overview, printed notes), and drops
 * `frontmatterRaw`. `lib/notes/slidev-contract.test.ts` fails if Slidev changes the module this relies on.
 */

/** Slidev's id for the module holding a slide's frontmatter and info (`…__slidev_12.frontmatter`). */
export const FRONTMATTER_SOURCE_ID = /__slidev_(\d+)\.frontmatter$/

/** The line of Slidev's generated module that spreads the slide's info: `    ...({"title":…}),`. */
const SLIDE_INFO_LINE = /^ {4}\.\.\.\((\{.*\})\),$/m

export interface SplitNotes {
  code: string
  noteHTML: string
}

/**
 * Takes the rendered notes out of a frontmatter module (leaving `noteHTML: ""`) and drops `frontmatterRaw`.
 * Throws when the module does not have the expected shape: a Slidev upgrade must fail the build, not ship the
 * notes in the entry chunk again unnoticed.
 */
export function splitNotes(code: string, id: string): SplitNotes {
  const match = SLIDE_INFO_LINE.exec(code)
  if (!match)
    throw new Error(`${id} : ligne « ...({…}) » des informations de la diapositive introuvable (module Slidev modifié ?)`)
  const info = JSON.parse(match[1]!) as Record<string, unknown>
  if (!('noteHTML' in info))
    throw new Error(`${id} : pas de champ noteHTML dans les informations de la diapositive (module Slidev modifié ?)`)
  const noteHTML = typeof info.noteHTML === 'string' ? info.noteHTML : ''
  info.noteHTML = ''
  delete info.frontmatterRaw
  const line = `    ...(${JSON.stringify(info)}),`
  return { code: code.slice(0, match.index) + line + code.slice(match.index + match[0].length), noteHTML }
}

/** The notes chunk: the rendered notes of slides 1…n, in order (`notes[no - 1]`). */
export function notesModule(notes: ReadonlyMap<number, string>, total: number): string {
  const list = Array.from({ length: total }, (_, i) => notes.get(i + 1) ?? '')
  return `export default ${JSON.stringify(list)}\n`
}

/** Views that show speaker notes (Slidev's routes): they wait for the notes chunk before they render. */
export function showsNotes(path: string): boolean {
  return /^\/(?:presenter(?:\/|$)|notes(?:-edit)?$|overview$)/.test(path)
}
