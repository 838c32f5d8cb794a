// Prints a built Slidev site's /print route to one PDF, a range of slides at a time (lib/pdf/chunks.ts), with the
// same waits as Slidev's own exporter (slides loaded, `data-waitfor` elements drawn, mermaid's
// rendering container emptied, then a pause), and joins the pieces with pdfunite (poppler-utils).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { printRanges } from '../lib/pdf/chunks'
import { normalizeBase, serveStatic } from '../tests/e2e/serve'
import { CHROMIUM_ARGS } from './chromium'

export interface PrintOptions {
  total: number
  width: number
  height: number
  executablePath: string
  /** Slides per piece. */
  size?: number
  wait?: number
  timeout?: number
  /** Extra query of the print page, e.g. `&corrige=1` for the answer key (lib/quiz/view.ts). */
  query?: string
  /** Base path of the build (`slidev build --base /sous/chemin/`, GitHub Pages): the site is served and opened under it. */
  base?: string
}

export async function printChunked(dist: string, output: string, o: PrintOptions): Promise<void> {
  const ranges = printRanges(o.total, o.size ?? 80)
  const work = mkdtempSync(join(tmpdir(), 'course-print-'))
  const server = await serveStatic(dist, { base: o.base })
  const browser = await chromium.launch({ executablePath: o.executablePath, args: CHROMIUM_ARGS })
  const timeout = o.timeout ?? 180_000
  const pieces: string[] = []
  try {
    // One load of the whole /print page, with a one-slide viewport: Slidev's exporter makes the viewport as tall as
    // every slide together (551 px × 414), and that is what Chromium's printToPDF cannot take.
    const page = await (await browser.newContext({ viewport: { width: o.width, height: o.height } })).newPage()
    await page.goto(`${server.url}${normalizeBase(o.base)}print?print=true${o.query ?? ''}`, { waitUntil: 'networkidle', timeout })
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
    await page.locator('body').waitFor({ timeout })
    // Slidev keeps its print view only in a site built with `download: true` (or exported): fail early otherwise.
    await page.locator('.print-slide-container').first().waitFor({ state: 'attached', timeout: Math.min(timeout, 60_000) }).catch(() => {
      throw new Error(`${dist} : /print n'affiche aucune diapositive ; le site doit être construit avec « download: true » (npm run build)`)
    })
    await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), null, { timeout })
    const waiting = page.locator('[data-waitfor]')
    for (let i = 0; i < await waiting.count(); i++) {
      const element = waiting.nth(i)
      const selector = await element.getAttribute('data-waitfor')
      if (selector)
        await element.locator(selector).first().waitFor({ state: 'visible', timeout })
    }
    await page.waitForFunction(() => !document.querySelector('#mermaid-rendering-container div'), null, { timeout })
    await page.evaluate(() => {
      const container = document.querySelector<HTMLElement>('#mermaid-rendering-container')
      if (container)
        container.style.display = 'none'
    })
    await page.waitForTimeout(o.wait ?? 5000)
    const printed = await page.locator('.print-slide-container').count()
    if (printed !== o.total)
      throw new Error(`/print montre ${printed} diapositive(s) sur ${o.total}`)
    for (const [index, range] of ranges.entries()) {
      const [a, b = a] = range.split('-').map(Number)
      // Slidev's print view ignores ?range= in this build: the other slides are hidden instead, then shown again.
      await page.evaluate(([from, to]) => {
        document.querySelectorAll<HTMLElement>('.print-slide-container').forEach((el, i) => {
          el.style.display = i + 1 >= from! && i + 1 <= to! ? '' : 'none'
        })
      }, [a, b])
      const piece = join(work, `${String(index).padStart(3, '0')}.pdf`)
      await page.pdf({ path: piece, width: `${o.width}px`, height: `${o.height}px`, margin: { left: '0', top: '0', right: '0', bottom: '0' }, printBackground: true, preferCSSPageSize: true })
      pieces.push(piece)
      console.log(`PDF : diapositives ${range} imprimées (${index + 1}/${ranges.length})`)
    }
    if (pieces.length === 1)
      copyFileSync(pieces[0]!, output)
    else
      execFileSync('pdfunite', [...pieces, output])
  }
  finally {
    await browser.close()
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}
