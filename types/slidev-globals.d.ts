// Compile-time constants that Slidev's Vite config defines; declared here so that vue-tsc can
// type-check @slidev/client sources imported by our components.
declare const __DEV__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean

// lib/notes/plugin.ts: every slide's rendered speaker notes (`notes[no - 1]`) in a build, null in dev.
declare module 'virtual:course-notes' {
  const notes: string[] | null
  export default notes
}

// lib/deck/tracks-plugin.ts: the chapters of each half-day of each presented track, for <Parcours>.
declare module 'virtual:course-tracks' {
  const tracks: import('../lib/deck/tracks').TrackOverview[]
  export default tracks
}

// lib/search/plugin.ts: the search index of the deck (one document per slide), loaded when the search opens.
declare module 'virtual:course-search' {
  const index: import('../lib/search/types').SearchIndex
  export default index
}
