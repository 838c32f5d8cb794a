/**
 * The pages of an exported slide PDF drawn, scaled, onto other pages, as vector forms.
 *
 * pdf-lib's own `embedPdf` decodes each page's content stream and writes it again as a new form, but the page copy
 * it starts from (content stream included) stays in the file: the booklet came out at 14 MB for a 7 MB deck PDF.
 * Here each page is copied once (`copyPages`: fonts and images shared by the slides are copied once) and its
 * content stream, still compressed as it was, becomes the form itself by getting the dictionary entries a form
 * needs (`/Type /XObject /Subtype /Form /BBox /Resources`, ISO 32000-1 §8.10).
 */
import type { PDFDocument, PDFPage } from 'pdf-lib'
import type { Rect } from './layout'
import { concatTransformationMatrix, drawObject, PDFArray, PDFName, PDFRef, PDFStream, popGraphicsState, pushGraphicsState } from 'pdf-lib'

export interface SlideForm {
  ref: PDFRef
  /** The page's media box, in the form's coordinates. */
  box: Rect
}

/** Every page of `source` as a form XObject of `doc` (1-based page N at index N − 1). */
export async function pagesAsForms(doc: PDFDocument, source: PDFDocument): Promise<SlideForm[]> {
  const pages = await doc.copyPages(source, source.getPageIndices())
  return pages.map((page, index) => {
    const contents = page.node.get(PDFName.of('Contents'))
    const single = contents instanceof PDFArray && contents.size() === 1 ? contents.get(0) : contents
    if (!(single instanceof PDFRef))
      throw new Error(`page ${index + 1} : plusieurs flux de contenu (cas non pris en charge)`)
    const stream = doc.context.lookup(single, PDFStream)
    // As written in the page (a reference stays a reference: resources shared by pages are not duplicated).
    const resources = page.node.get(PDFName.of('Resources'))
    if (!resources)
      throw new Error(`page ${index + 1} : pas de ressources`)
    const box = page.getMediaBox()
    stream.dict.set(PDFName.of('Type'), PDFName.of('XObject'))
    stream.dict.set(PDFName.of('Subtype'), PDFName.of('Form'))
    stream.dict.set(PDFName.of('BBox'), doc.context.obj([box.x, box.y, box.x + box.width, box.y + box.height]))
    stream.dict.set(PDFName.of('Resources'), resources)
    // The copied page object itself is not needed: only its content stream and resources are drawn.
    doc.context.delete(page.ref)
    return { ref: single, box }
  })
}

/** Draws a form onto `page`, its box scaled to fill `rect` (PDF points; keep the form's proportions with `fit`). */
export function drawForm(page: PDFPage, form: SlideForm, rect: Rect): void {
  const sx = rect.width / form.box.width
  const sy = rect.height / form.box.height
  const name = page.node.newXObject('Slide', form.ref)
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(sx, 0, 0, sy, rect.x - form.box.x * sx, rect.y - form.box.y * sy),
    drawObject(name),
    popGraphicsState(),
  )
}
