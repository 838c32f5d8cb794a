import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { compactSlideList, compactSlideModule } from './compact'
import { FRONTMATTER_SOURCE_ID, notesModule, splitNotes } from './split'

/** The runtime half of `compactSlideModule`, imported by every rewritten frontmatter module. */
const META_MODULE = fileURLToPath(new URL('./meta.ts', import.meta.url))

export const NOTES_MODULE = 'virtual:course-notes'
const RESOLVED = '\0course-notes'
/** Slidev's module listing the slides; it imports every slide's frontmatter facade statically. */
const SLIDES_MODULE = '/@slidev/slides'

/**
 * Build: the speaker notes leave the per-slide frontmatter modules (entry chunk) for `virtual:course-notes`, one
 * chunk imported by `setup/main.ts` when a view that shows notes opens. Dev: the module exports `null` (the dev
 * server already serves each slide's notes on demand). In the same pass each frontmatter module is compacted
 * (`compact.ts`): the per-slide boilerplate Slidev repeats is written once, in `meta.ts`; so is the loader
 * the slide list writes out for every slide.
 */
export function lazyNotes(): Plugin {
  const notes = new Map<number, string>()
  let build = false
  return {
    name: 'course:lazy-notes',
    enforce: 'post',
    configResolved(config) {
      build = config.command === 'build'
    },
    resolveId(id) {
      return id === NOTES_MODULE ? RESOLVED : null
    },
    async load(id) {
      if (id !== RESOLVED)
        return null
      if (!build)
        return 'export default null\n'
      // This chunk is only imported dynamically, so nothing guarantees every frontmatter module has been
      // transformed yet: walk the slide list → facades → sources and wait for each (already done: cached).
      const list = await this.load({ id: SLIDES_MODULE })
      const facades = list.importedIds.filter(i => /^\/@slidev\/slides\/\d+\/frontmatter$/.test(i))
      if (facades.length === 0)
        throw new Error(`${SLIDES_MODULE} n'importe aucune diapositive : module Slidev modifié ?`)
      await Promise.all(facades.map(async (facade) => {
        const info = await this.load({ id: facade })
        await Promise.all(info.importedIds.filter(i => FRONTMATTER_SOURCE_ID.test(i)).map(source => this.load({ id: source })))
      }))
      if (notes.size !== facades.length)
        throw new Error(`notes de ${notes.size} diapositive(s) sur ${facades.length} : module Slidev modifié ?`)
      return notesModule(notes, facades.length)
    },
    transform(code, id) {
      if (build && id === SLIDES_MODULE)
        return { code: compactSlideList(code, id), map: null }
      const match = build ? FRONTMATTER_SOURCE_ID.exec(id) : null
      if (!match)
        return null
      const split = splitNotes(code, id)
      notes.set(Number(match[1]), split.noteHTML)
      return { code: compactSlideModule(split.code, id, META_MODULE), map: null }
    },
  }
}
