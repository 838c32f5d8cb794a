// The trainer booklet and the student handout, end to end on a 5-slide fixture deck: scripts/livret.ts prints them
// with the system Chromium, scripts/check-livret.ts passes them, then fails them once a page is dropped.
// Needs Chromium and poppler-utils (pdftotext, pdfinfo), like the PDF export; CI has both.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveChromium } from '../scripts/chromium'

const root = resolve(import.meta.dirname, '..')
const deck = join(root, 'tests/fixtures/decks/livret/slides.md')
const tsx = join(root, 'node_modules/.bin/tsx')

function available(): boolean {
  try {
    resolveChromium()
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  }
  catch {
    return false
  }
}
// Skipped only outside CI, on a machine without Chromium or poppler: CI must run it.
const runnable = process.env.CI === 'true' || available()

function run(script: string, ...args: string[]) {
  const result = spawnSync(tsx, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf-8' })
  return { status: result.status, out: `${result.stdout}${result.stderr}` }
}

/** A stand-in for the exported slides: one 16:9 page per slide with its own text (the lab slide shows « Solution »). */
async function slidesPdf(path: string, count: number): Promise<void> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= count; i++) {
    const page = doc.addPage([735.12, 414])
    page.drawText(`Texte distinctif de la diapositive ${i}`, { x: 40, y: 300, size: 28, font })
    if (i === 4)
      page.drawText('Solution : la solution du TP.', { x: 40, y: 200, size: 20, font })
  }
  writeFileSync(path, await doc.save())
}

async function withoutPage(from: string, to: string, index: number): Promise<void> {
  const doc = await PDFDocument.load(readFileSync(from))
  doc.removePage(index)
  writeFileSync(to, await doc.save())
}

describe.skipIf(!runnable)('livret formateur et polycopié (fixture de 5 diapositives)', () => {
  let dir: string
  let slides: string
  let livret: string
  let polycopie: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'livret-test-'))
    slides = join(dir, 'slides.pdf')
    livret = join(dir, 'livret.pdf')
    polycopie = join(dir, 'polycopie.pdf')
    await slidesPdf(slides, 5)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('makes a booklet the check passes: a long note continues on a second page', () => {
    const made = run('livret.ts', 'livret', '--deck', deck, '--pdf', slides, '--output', livret, '--track', 'Parcours test')
    expect(made.status, made.out).toBe(0)
    expect(made.out).toContain('6 pages A4 pour 5 diapositives')
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', livret, '-'], { encoding: 'utf-8' }).split('\f')
    expect(text[1]).toContain('Texte distinctif de la diapositive 2')
    expect(text[2]).toMatch(/Diapositive 2 \/ 5 \(suite\)/)
    expect(text[2]).toContain('Conclusion des notes longues.')
    expect(text[3]).toMatch(/▶ clic 1 Premier point révélé\.[\s\S]*▶ clic 3 Troisième étape\./)
    expect(text[5]).toContain('Pas de notes pour cette diapositive.')
    expect(text[0]).toContain('Fixture du livret · Parcours test · Livret formateur')
    const checked = run('check-livret.ts', '--deck', deck, '--only', 'livret', '--livret', livret, '--corrige', slides)
    expect(checked.status, checked.out).toBe(0)
    expect(checked.out).toContain('6 pages A4, 5 diapositives dans l\'ordre')
  })

  it('fails the check on a booklet with a slide\'s page or a note\'s continuation missing', async () => {
    const broken = join(dir, 'livret-sans-page.pdf')
    await withoutPage(livret, broken, 3)
    const missingSlide = run('check-livret.ts', '--deck', deck, '--only', 'livret', '--livret', broken, '--corrige', slides)
    expect(missingSlide.status).toBe(1)
    expect(missingSlide.out).toContain('diapositive 3 : absente du livret')
    await withoutPage(livret, broken, 2)
    const lostNote = run('check-livret.ts', '--deck', deck, '--only', 'livret', '--livret', broken, '--corrige', slides)
    expect(lostNote.status).toBe(1)
    expect(lostNote.out).toMatch(/diapositive 2 \(page 2\) : notes absentes, bloc\(s\) [\d, ]+ sur 32/)
  })

  it('makes a handout of ceil(5 / 3) pages the check passes, and fails it with a page missing', async () => {
    const made = run('livret.ts', 'polycopie', '--deck', deck, '--pdf', slides, '--output', polycopie)
    expect(made.status, made.out).toBe(0)
    expect(made.out).toContain('2 pages A4 pour 5 diapositives')
    const checked = run('check-livret.ts', '--deck', deck, '--only', 'polycopie', '--polycopie', polycopie, '--student', slides)
    expect(checked.status, checked.out).toBe(0)
    const broken = join(dir, 'polycopie-sans-page.pdf')
    await withoutPage(polycopie, broken, 1)
    const failed = run('check-livret.ts', '--deck', deck, '--only', 'polycopie', '--polycopie', broken, '--student', slides)
    expect(failed.status).toBe(1)
    expect(failed.out).toContain('1 pages pour 5 diapositives à 3 par page (2 attendues)')
  })

  it('refuses a slide PDF that does not match the deck', async () => {
    const four = join(dir, 'quatre.pdf')
    await withoutPage(slides, four, 4)
    const made = run('livret.ts', 'livret', '--deck', deck, '--pdf', four, '--output', join(dir, 'x.pdf'))
    expect(made.status).toBe(1)
    expect(made.out).toContain('4 pages pour 5 diapositives')
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false)
  })
})
