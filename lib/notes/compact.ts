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

/** Slidev's module listing the slides (`/@slidev/slides`), as it writes it for a deck of `count` slides. */
export function slidevSlideList(count: number, errorLayout: string, prefix = '/@slidev/slides/'): string {
  const statements = [
    `import { defineAsyncComponent, shallowRef } from 'vue'`,
    `import SlideError from '${errorLayout}'`,
    `import SlideLoading from '@slidev/client/internals/SlideLoading.vue'`,
    `const componentsCache = new Array(${count})`,
    `const getAsyncComponent = (idx, loader) => defineAsyncComponent({`,
    `  loader,`,
    `  delay: 300,`,
    `  loadingComponent: SlideLoading,`,
    `  errorComponent: SlideError,`,
    `  onError: e => console.error('Failed to load slide ' + (idx + 1), e) `,
    `})`,
  ]
  const slides: string[] = []
  for (let idx = 0; idx < count; idx++) {
    const no = idx + 1
    statements.push(`import { meta as f${no} } from '${prefix}${no}/frontmatter'`, `const load${no} = async () => {`, `  try { return componentsCache[${idx}] ??= await import('${prefix}${no}/md') }`, `  catch (e) { console.error('slide failed to load', e); return SlideError }`, `}`)
    slides.push(`{ no: ${no}, meta: f${no}, load: load${no}, component: getAsyncComponent(${idx}, load${no}) }`)
  }
  return [
    ...statements,
    `const data = [\n${slides.join(',\n')}\n]`,
    `if (import.meta.hot) {`,
    `  import.meta.hot.data.slides ??= shallowRef()`,
    `  import.meta.hot.data.slides.value = data`,
    `  import.meta.hot.dispose(() => componentsCache.length = 0)`,
    `  import.meta.hot.accept()`,
    `}`,
    `export const slides = import.meta.hot ? import.meta.hot.data.slides : shallowRef(data)`,
  ].join('\n')
}

/**
 * The slide list with one shared factory instead of a loader and an entry object written out per slide (about
 * 160 minified bytes each in the entry chunk). Same exports and same objects: `{ no, meta, load, component }`,
 * each slide's module imported by its own `import()` so that it stays a chunk of its own. The module must be
 * exactly what Slidev writes (rebuilt with `slidevSlideList` and compared) or the build fails.
 */
export function compactSlideList(code: string, id: string): string {
  const count = Number(/^const componentsCache = new Array\((\d+)\)$/m.exec(code)?.[1])
  const errorLayout = /^import SlideError from '([^']+)'$/m.exec(code)?.[1]
  if (!Number.isInteger(count) || count < 1 || !errorLayout)
    throw new Error(`${id} : nombre de diapositives ou mise en page d'erreur introuvable (module Slidev modifié ?)`)
  const expected = slidevSlideList(count, errorLayout)
  if (code !== expected) {
    const lines = code.split('\n')
    const wanted = expected.split('\n')
    const at = lines.findIndex((line, i) => line !== wanted[i])
    const i = at === -1 ? lines.length : at
    throw new Error(`${id} : ligne ${i + 1} inattendue (module Slidev modifié ?) : « ${(lines[i] ?? '(fin du module)').slice(0, 120)} »`)
  }
  const out = [
    `import { defineAsyncComponent, shallowRef } from 'vue'`,
    `import SlideError from '${errorLayout}'`,
    `import SlideLoading from '@slidev/client/internals/SlideLoading.vue'`,
  ]
  for (let no = 1; no <= count; no++)
    out.push(`import { meta as f${no} } from '/@slidev/slides/${no}/frontmatter'`)
  out.push(
    `const componentsCache = new Array(${count})`,
    `function slide(idx, meta, importer) {`,
    `  const load = async () => {`,
    `    try { return componentsCache[idx] ??= await importer() }`,
    `    catch (e) { console.error('slide failed to load', e); return SlideError }`,
    `  }`,
    `  const component = defineAsyncComponent({ loader: load, delay: 300, loadingComponent: SlideLoading, errorComponent: SlideError, onError: e => console.error('Failed to load slide ' + (idx + 1), e) })`,
    `  return { no: idx + 1, meta, load, component }`,
    `}`,
    `export const slides = shallowRef([`,
    ...Array.from({ length: count }, (_, idx) => `  slide(${idx}, f${idx + 1}, () => import('/@slidev/slides/${idx + 1}/md')),`),
    `])`,
    '',
  )
  return out.join('\n')
}
