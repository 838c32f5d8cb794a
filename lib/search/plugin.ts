import type { Plugin } from 'vite'
import { loadDeck } from '../deck/load'
import { buildSearchIndex } from './extract'

export const SEARCH_MODULE = 'virtual:course-search'
const RESOLVED = '\0course-search'
/** Slidev's module listing the slides, and the source module of a slide's frontmatter (its file path, then `__slidev_N`). */
const SLIDES_MODULE = '/@slidev/slides'
const FIRST_SLIDE_SOURCE = /^(.*\.md)__slidev_1\.frontmatter$/

/**
 * `virtual:course-search`: the search index of the deck being built (lib/search/extract.ts), one document per slide,
 * in a chunk of its own that only the search panel imports, when it opens. The deck is the one Slidev serves (a
 * track deck gives a track index: its slide numbers), found through the first slide's source module; `fallback`
 * is used when it cannot be (dev server without module graph access).
 *
 * Build: speaker notes are left out of the index (about half its size): the panel reads them from
 * `virtual:course-notes` (lib/notes), which the build already has. Dev: that module is empty, so the notes are in.
 */
export function courseSearch(fallback: string): Plugin {
  let build = false
  return {
    name: 'course:search',
    configResolved(config) {
      build = config.command === 'build'
    },
    resolveId(id) {
      return id === SEARCH_MODULE ? RESOLVED : null
    },
    async load(id) {
      if (id !== RESOLVED)
        return null
      let entry = fallback
      try {
        const list = await this.load({ id: SLIDES_MODULE })
        const facade = list.importedIds.find(i => /^\/@slidev\/slides\/1\/frontmatter$/.test(i))
        const source = facade ? (await this.load({ id: facade })).importedIds.map(i => FIRST_SLIDE_SOURCE.exec(i)?.[1]).find(Boolean) : undefined
        if (source)
          entry = source
        else if (build)
          throw new Error(`${SLIDES_MODULE} : source de la diapositive 1 introuvable (module Slidev modifié ?)`)
      }
      catch (error) {
        if (build)
          throw error
      }
      const index = buildSearchIndex(await loadDeck(entry), { notes: !build })
      // A JSON string parses faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))})\n`
    },
  }
}
