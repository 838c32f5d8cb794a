import type { Plugin } from 'vite'
import { loadDeck } from './load'
import { trackOverview } from './tracks'

export const TRACKS_MODULE = 'virtual:course-tracks'
const RESOLVED = '\0course-tracks'

/**
 * `virtual:course-tracks`: which chapters each half-day of each track covers (lib/deck/tracks.ts trackOverview),
 * computed from the slides' `minutes` and `tracks` of the full course, for <Parcours>. A few hundred bytes, in the
 * chunk of the slide that uses it.
 */
export function courseTracks(entry: string): Plugin {
  return {
    name: 'course:tracks',
    resolveId(id) {
      return id === TRACKS_MODULE ? RESOLVED : null
    },
    async load(id) {
      if (id !== RESOLVED)
        return null
      return `export default ${JSON.stringify(trackOverview(await loadDeck(entry)))}\n`
    },
  }
}
