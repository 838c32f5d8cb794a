// Runs Slidev with the system Chromium.
// Usage: tsx scripts/slidev.ts build [slidev build options…]
//        tsx scripts/slidev.ts pdf --output file.pdf [slides.md]
//        tsx scripts/slidev.ts print --dist dist --output file.pdf [--corrige] [--base /sous/chemin/] [slides.md]
//
// `build` and `pdf` first draw the deck's diagrams (scripts/diagrams.ts, into generated/diagrams/).
// `build` writes the SPA to dist/ and, because the headmatter says `download: true`, prints the handout PDF from
// the built files (its /print route, a range of slides at a time: scripts/print.ts).
// `pdf` makes a PDF without touching dist/: a build into a temporary folder, whose PDF is moved to --output.
// `print` prints an existing build (the deck given must be the one built there); with --corrige, the answer key
// (the print page opened with ?corrige=1: lib/quiz/view.ts), so one build gives the handout and the corrigé.
// It never goes through `slidev export`, which prints from the Vite dev server: there a dependency discovered
// late makes Vite re-optimise and reload the page mid-print, and pages came out reading « Loading slide... ».
// The built site has no such step. Every PDF is still checked for that placeholder, and a PDF that has one fails.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { loadDeck } from '../lib/deck/load'
import { resolveChromium } from './chromium'
import { drawDiagrams, reportDraw } from './diagrams'
import { printChunked } from './print'

const [command, ...rest] = process.argv.slice(2)
if (command !== 'build' && command !== 'pdf' && command !== 'print') {
  console.error('Usage : tsx scripts/slidev.ts build [options de slidev build] | pdf --output fichier.pdf [slides.md] | print --dist dist --output fichier.pdf [--corrige] [slides.md]')
  process.exit(2)
}

let chromium: string
try {
  chromium = resolveChromium()
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

function option(name: string): string | undefined {
  const index = rest.indexOf(name)
  return index === -1 ? undefined : rest[index + 1]
}

const entry = rest.find(a => a.endsWith('.md')) ?? 'slides.md'
const deck = await loadDeck(entry)
const headmatter = deck.slides[0]?.frontmatter ?? {}
if (command === 'pdf' && ![true, 'true', 'auto'].includes(headmatter.download)) {
  console.error(`${entry} : « download: true » manquant dans l'en-tête, le build n'exporte pas de PDF.`)
  process.exit(1)
}

/** Pages Slidev printed before their slide had loaded (its « Loading slide... » placeholder). */
function blankPages(pdf: string): number {
  try {
    return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf-8' }).split('\f').filter(page => page.includes('Loading slide...')).length
  }
  catch {
    console.warn('pdftotext indisponible (paquet poppler-utils) : pages blanches non vérifiées.')
    return 0
  }
}

/** The slide size in CSS pixels, from the headmatter (canvasWidth, aspectRatio), as Slidev computes it. */
function canvas(): { width: number, height: number } {
  const width = Number(headmatter.canvasWidth ?? 980)
  const [w, h] = String(headmatter.aspectRatio ?? '16/9').split(/[/:]/).map(Number)
  return { width, height: Math.round(width / ((w ?? 16) / (h ?? 9))) }
}

/** A PDF with pages Slidev printed before their slide had loaded is a failed export, not something to retry. */
function exitOnBlankPages(pdf: string): void {
  const blank = blankPages(pdf)
  if (blank > 0) {
    console.error(`${pdf} : ${blank} page(s) imprimée(s) avant le chargement de leur diapositive (« Loading slide... »).`)
    process.exit(1)
  }
}

/** Prints a built site's /print page to `target` in ranges (scripts/print.ts), then checks it for blank pages. */
async function printSite(dist: string, target: string, query: string): Promise<void> {
  await printChunked(dist, target, {
    total: deck.slides.length,
    ...canvas(),
    executablePath: chromium,
    wait: Number(option('--wait') ?? 5000),
    timeout: Number(option('--timeout') ?? 180_000),
    query,
    // A site built for a sub-path (GitHub Pages: --base /<dépôt>/) only answers under it.
    base: option('--base'),
  })
  exitOnBlankPages(target)
}

if (command === 'print') {
  const dist = option('--dist')
  const output = option('--output')
  if (!dist || !output || !existsSync(join(dist, 'index.html'))) {
    console.error('print : --dist (un site construit, avec index.html) et --output fichier.pdf sont obligatoires')
    process.exit(2)
  }
  const target = resolve(output.endsWith('.pdf') ? output : `${output}.pdf`)
  await printSite(dist, target, rest.includes('--corrige') ? '&corrige=1' : '')
  console.log(`PDF : ${target}`)
  process.exit(0)
}

// Mermaid diagrams render asynchronously after the print page is idle: one pause for the whole print page.
const defaults: string[] = []
if (!rest.some(a => a.startsWith('--wait')))
  defaults.push('--wait', '5000')
if (!rest.some(a => a.startsWith('--timeout')))
  defaults.push('--timeout', '180000')

const output = command === 'pdf' ? option('--output') : undefined
if (command === 'pdf' && !output) {
  console.error('pdf : --output fichier.pdf est obligatoire')
  process.exit(2)
}
const outDir = command === 'pdf' ? mkdtempSync(join(tmpdir(), 'slidev-pdf-')) : (option('--out') ?? option('-o') ?? 'dist')
// Slidev's own export (download: true) prints the whole /print page in one piece, which Chromium refuses past ~400
// slides: it is limited to slide 1 here, and the handout is then printed in ranges by scripts/print.ts.
const exports = [true, 'true', 'auto'].includes(headmatter.download)
const onlyFirst = exports && !rest.includes('--range') ? ['--range', '1'] : []
const slidevArgs = command === 'pdf'
  ? ['build', entry, '--out', outDir, ...defaults, ...onlyFirst, '--executable-path', chromium]
  : ['build', ...rest, ...defaults, ...onlyFirst, '--executable-path', chromium]

// The diagrams' drawings (scripts/diagrams.ts) must exist before Vite lists them (lib/mermaid-live/drawn.ts).
if (!reportDraw(entry, await drawDiagrams(entry, chromium)))
  process.exit(1)

console.log(`slidev ${slidevArgs.join(' ')}`)
const result = spawnSync('slidev', slidevArgs, { stdio: 'inherit' })
if (result.status !== 0)
  process.exit(result.status ?? 1)

const name = headmatter.exportFilename || 'slidev-exported'
const built = join(outDir, `${name}.pdf`)
if (!existsSync(built)) {
  if (command === 'pdf') {
    console.error(`${built} : le build n'a pas écrit de PDF.`)
    process.exit(1)
  }
  process.exit(0) // a build without `download: true` writes no PDF: nothing to check
}
if (onlyFirst.length)
  await printSite(outDir, built, '')
else
  exitOnBlankPages(built)
if (command === 'pdf') {
  const target = resolve(output!.endsWith('.pdf') ? output! : `${output}.pdf`)
  copyFileSync(built, target)
  rmSync(outDir, { recursive: true, force: true })
  console.log(`PDF : ${target}`)
}
