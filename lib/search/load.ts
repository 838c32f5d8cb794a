import type { PreparedIndex } from './search'
import { prepareIndex } from './search'

let pending: Promise<PreparedIndex> | undefined

/**
 * The search index, loaded once, on the first search: `virtual:course-search` (lib/search/plugin.ts) and, in a
 * build, the speaker notes of `virtual:course-notes` (the chunk the presenter view loads too). Both chunks are in
 * the service worker's precache, so the search works offline.
 */
export function loadSearchIndex(): Promise<PreparedIndex> {
  pending ??= Promise.all([import('virtual:course-search'), import('virtual:course-notes')])
    .then(([index, notes]) => prepareIndex(index.default, notes.default))
    .catch((error) => {
      pending = undefined
      throw error
    })
  return pending
}
