import { PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { drawForm, pagesAsForms } from './embed'

async function slides(count: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= count; i++)
    doc.addPage([735.12, 414]).drawText(`Diapositive de test ${i}`, { x: 40, y: 200, size: 30, font })
  return PDFDocument.load(await doc.save())
}

describe('pagesAsForms', () => {
  it('turns every page into a form XObject with the page\'s box and resources, content stream kept as it was', async () => {
    const source = await slides(3)
    const doc = await PDFDocument.create()
    const forms = await pagesAsForms(doc, source)
    expect(forms).toHaveLength(3)
    for (const form of forms) {
      expect(form.box).toEqual({ x: 0, y: 0, width: 735.12, height: 414 })
      const stream = doc.context.lookup(form.ref)
      expect(stream).toBeInstanceOf(PDFRawStream)
      const dict = (stream as PDFRawStream).dict
      expect(dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Form'))
      expect(dict.get(PDFName.of('BBox'))?.toString()).toBe('[ 0 0 735.12 414 ]')
      expect(dict.get(PDFName.of('Resources'))).toBeDefined()
    }
    // Only the forms and what they use are written: the copied pages themselves are gone.
    expect(doc.getPageCount()).toBe(0)
  })
  it('draws a form scaled into a rectangle of an A4 page', async () => {
    const source = await slides(1)
    const doc = await PDFDocument.create()
    const [form] = await pagesAsForms(doc, source)
    const page = doc.addPage([595.28, 841.89])
    drawForm(page, form!, { x: 36, y: 400, width: 367.56, height: 207 })
    const contents = page.node.Contents()
    const last = contents instanceof PDFArray ? contents.lookup(contents.size() - 1) : contents
    expect(last).toBeInstanceOf(PDFContentStream)
    const ops = new TextDecoder().decode((last as PDFContentStream).getUnencodedContents())
    expect(ops).toMatch(/^q\n0\.5 0 0 0\.5 36 400 cm\n\/(Slide-\d+) Do\nQ/)
    const name = /\/(Slide-\d+) Do/.exec(ops)![1]!
    expect(page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict).get(PDFName.of(name))).toBe(form!.ref)
    expect((await PDFDocument.load(await doc.save())).getPageCount()).toBe(1)
  })
})
