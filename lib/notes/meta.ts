import { shallowReactive } from 'vue'

/**
 * A slide's route meta, as Slidev (53) builds it in each slide's frontmatter module, written once here instead of
 * once per slide: the getters on the frontmatter, the slide info (fields left empty in a build get their default
 * here) and Slidev's per-route state. `lib/notes/compact.ts` rewrites every frontmatter module to call it.
 */
export function slideMeta(frontmatter: Record<string, any>, info: Record<string, unknown>, start: number, sourceIndex: number, id: number, no: number) {
  return shallowReactive({
    get layout() { return frontmatter.layout },
    get transition() { return frontmatter.transition },
    get class() { return frontmatter.class },
    get clicks() { return frontmatter.clicks },
    get name() { return frontmatter.name },
    get preload() { return frontmatter.preload },
    slide: {
      content: '',
      note: '',
      noteHTML: '',
      raw: '',
      images: [],
      ...info,
      frontmatter,
      filepath: '',
      start,
      sourceIndex,
      id,
      no,
    },
    __clicksContext: null,
    __preloaded: false,
  })
}
