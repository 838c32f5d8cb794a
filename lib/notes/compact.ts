/**
 * Per-slide boilerplate out of the first payload.
 *
 * Slidev (53) gives every slide a frontmatter module that the slide list imports statically, so each one lands in
 * the entry chunk; about 400 of its ~500 minified bytes are the same getters and empty fields for every slide. In
 * a build, the course's Vite plugin (`lib/notes/plugin.ts`) rewrites each module (after `splitNotes`) into its data
 * and one call to `slideMeta` (`lib/notes/meta.ts`), which builds the same object. The module must match Slidev's
 * template exactly, line for line, or the build fails: a Slidev upgrade cannot silently change what the slides get.
 */

/** The lines Slidev writes around the slide info; `@…@` marks a value captured as JSON. */
const TEMPLATE = [
  '// @unocss-include',
  'import { computed, reactive, shallowReactive } from "vue"',
  'export const frontmatterData = @frontmatterData@',
  'if (import.meta.hot) {',
  '  import.meta.hot.data.frontmatter ??= reactive(frontmatterData)',
  '  import.meta.hot.accept(({ frontmatterData: update }) => {',
  '    const frontmatter = import.meta.hot.data.frontmatter',
  '    Object.keys(frontmatter).forEach(key => {',
  '      if (!(key in update)) delete frontmatter[key]',
  '    })',
  '    Object.assign(frontmatter, update)',
  '  })',
  '}',
  'export const frontmatter = import.meta.hot ? import.meta.hot.data.frontmatter : reactive(frontmatterData)',
  'export default frontmatter',
  'export const meta = shallowReactive({',
  '  get layout(){ return frontmatter.layout },',
  '  get transition(){ return frontmatter.transition },',
  '  get class(){ return frontmatter.class },',
  '  get clicks(){ return frontmatter.clicks },',
  '  get name(){ return frontmatter.name },',
  '  get preload(){ return frontmatter.preload },',
  '  slide: {',
  '    ...(@info@),',
  '    frontmatter,',
  '    filepath: @filepath@,',
  '    start: @start@,',
  '    sourceIndex: @sourceIndex@,',
  '    id: @id@,',
  '    no: @no@,',
  '  },',
  '  __clicksContext: null,',
  '  __preloaded: false,',
  '})',
]

/** Fields `slideMeta` fills by default: dropped from a slide's info when they hold exactly that. */
const DEFAULTS: Record<string, unknown> = { content: '', note: '', noteHTML: '', raw: '', images: [] }

function capture(code: string, id: string): Record<string, unknown> {
  const lines = code.split('\n')
  const values: Record<string, unknown> = {}
  const mismatch = (i: number) => new Error(`${id} : ligne ${i + 1} du module de la diapositive inattendue (module Slidev modifié ?) : « ${(lines[i] ?? '(fin du module)').slice(0, 120)} »`)
  if (lines.length !== TEMPLATE.length)
    throw mismatch(Math.min(lines.length, TEMPLATE.length))
  TEMPLATE.forEach((expected, i) => {
    const slot = /@(\w+)@/.exec(expected)
    if (!slot) {
      if (lines[i] !== expected)
        throw mismatch(i)
      return
    }
    const [before, after] = expected.split(slot[0])
    const line = lines[i]!
    if (!line.startsWith(before!) || !line.endsWith(after!) || line.length < before!.length + after!.length)
      throw mismatch(i)
    try {
      values[slot[1]!] = JSON.parse(line.slice(before!.length, line.length - after!.length))
    }
    catch {
      throw mismatch(i)
    }
  })
  return values
}

/** The compact module: same exports (`frontmatterData`, `frontmatter`, default, `meta`), built by `slideMeta`. */
export function compactSlideModule(code: string, id: string, metaModule: string): string {
  const v = capture(code, id)
  if (v.filepath !== '')
    throw new Error(`${id} : chemin de fichier non vide (${JSON.stringify(v.filepath)}) : réservé au serveur de développement`)
  const info = { ...(v.info as Record<string, unknown>) }
  for (const [key, value] of Object.entries(DEFAULTS)) {
    if (JSON.stringify(info[key]) === JSON.stringify(value))
      delete info[key]
  }
  const args = [info, v.start, v.sourceIndex, v.id, v.no].map(a => JSON.stringify(a))
  return [
    '// @unocss-include',
    'import { reactive } from "vue"',
    `import { slideMeta } from ${JSON.stringify(metaModule)}`,
    `export const frontmatterData = ${JSON.stringify(v.frontmatterData)}`,
    'export const frontmatter = reactive(frontmatterData)',
    'export default frontmatter',
    `export const meta = slideMeta(frontmatter, ${args.join(', ')})`,
    '',
  ].join('\n')
}

/** Slidev's template, filled in: what a frontmatter module looks like in a build (for tests). */
export function slidevTemplate(values: Record<string, unknown>): string {
  return TEMPLATE.map(line => line.replace(/@(\w+)@/, (_, k: string) => JSON.stringify(values[k]))).join('\n')
}
