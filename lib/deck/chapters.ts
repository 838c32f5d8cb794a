/** A chapter as listed in the course outline, derived from the chapter-cover slides. */
export interface ChapterEntry {
  chapter: number
  title: string
  alias: string
  slideNo: number
}

/** The minimal view of a slide that both the browser (SlideRoute) and the node loader can give. */
export interface SlideSummary {
  no: number
  title?: string
  frontmatter: Record<string, unknown>
}

export const CHAPTER_LAYOUT = 'chapter-cover'

/** The browser's side: Slidev's slide routes (`useNav().slides`) as summaries. */
export function slideSummaries(routes: readonly { no: number, meta: { slide?: { title?: string, frontmatter?: Record<string, unknown> } } }[]): SlideSummary[] {
  return routes.map(route => ({ no: route.no, title: route.meta.slide?.title, frontmatter: route.meta.slide?.frontmatter ?? {} }))
}

/**
 * Lists the chapters of the deck in order, one per `chapter-cover` slide.
 * A cover without `chapter` or `routeAlias` is a content error: it throws, naming the slide.
 */
export function listChapters(slides: readonly SlideSummary[]): ChapterEntry[] {
  const chapters: ChapterEntry[] = []
  for (const slide of slides) {
    if (slide.frontmatter.layout !== CHAPTER_LAYOUT)
      continue
    const { chapter, routeAlias } = slide.frontmatter
    if (typeof chapter !== 'number' || !Number.isInteger(chapter))
      throw new Error(`Diapositive ${slide.no} : la couverture de chapitre n'a pas de numéro entier « chapter ».`)
    if (typeof routeAlias !== 'string' || routeAlias.length === 0)
      throw new Error(`Diapositive ${slide.no} : la couverture du chapitre ${chapter} n'a pas de « routeAlias ».`)
    chapters.push({
      chapter,
      title: slide.title?.trim() || `Chapitre ${chapter}`,
      alias: routeAlias,
      slideNo: slide.no,
    })
  }
  return chapters
}

/** Finds the chapter a slide belongs to: the last chapter cover at or before it. */
export function chapterOfSlide(chapters: readonly ChapterEntry[], slideNo: number): ChapterEntry | undefined {
  let found: ChapterEntry | undefined
  for (const entry of chapters) {
    if (entry.slideNo <= slideNo)
      found = entry
  }
  return found
}
