/**
 * Page geometry and pagination of the trainer booklet and the student handout (`scripts/livret.ts`). Pages are
 * laid out in HTML (CSS px, 96 per inch) and the slides are then drawn into reserved boxes with pdf-lib (PDF points,
 * 72 per inch, origin at the bottom left).
 */

/** A4 portrait in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const
/** CSS px → PDF points. */
export const PT_PER_PX = 72 / 96

/** Slides per page of the student handout. */
export const HANDOUT_PER_PAGE = 3

export interface Rect { x: number, y: number, width: number, height: number }

/**
 * Distributes a note's blocks (heights in px, in order) over the slide's page (`first` px free below the slide) and
 * continuation pages (`next` px each). A block is never cut: one that does not fit goes to the next page. Returns the
 * block indexes of each page; the first entry is the slide's page (possibly empty, when even the first block does
 * not fit there). Throws when a single block is taller than a continuation page (it could not be printed whole).
 */
export function paginate(heights: readonly number[], first: number, next: number): number[][] {
  if (!(first >= 0) || !(next > 0))
    throw new Error(`hauteurs de page invalides : ${first} px, ${next} px`)
  const pages: number[][] = [[]]
  let free = first
  heights.forEach((height, index) => {
    if (!(height >= 0))
      throw new Error(`bloc ${index + 1} : hauteur invalide (${height})`)
    if (height > next)
      throw new Error(`bloc ${index + 1} : ${Math.round(height)} px, plus haut qu'une page de suite (${Math.round(next)} px)`)
    if (height > free) {
      pages.push([])
      free = next
    }
    pages[pages.length - 1]!.push(index)
    free -= height
  })
  return pages
}

/** Slide numbers 1…total grouped `perPage` to a page. */
export function groupSlides(total: number, perPage: number): number[][] {
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`nombre de diapositives invalide : ${total}`)
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new Error(`diapositives par page invalide : ${perPage}`)
  const pages: number[][] = []
  for (let no = 1; no <= total; no += perPage)
    pages.push(Array.from({ length: Math.min(perPage, total - no + 1) }, (_, i) => no + i))
  return pages
}

/**
 * The largest rectangle of the given aspect ratio (width / height) centred in `box` (same units): a slide keeps its
 * proportions whatever the box.
 */
export function fit(box: Rect, aspect: number): Rect {
  if (!(aspect > 0) || !(box.width > 0) || !(box.height > 0))
    throw new Error(`boîte ou proportions invalides : ${JSON.stringify(box)}, ${aspect}`)
  const width = Math.min(box.width, box.height * aspect)
  const height = width / aspect
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height }
}

/** A box measured in CSS px from the top left of an A4 page → PDF points from the bottom left. */
export function toPdf(box: Rect, pageHeight: number = A4.height): Rect {
  const height = box.height * PT_PER_PX
  return { x: box.x * PT_PER_PX, y: pageHeight - box.y * PT_PER_PX - height, width: box.width * PT_PER_PX, height }
}
