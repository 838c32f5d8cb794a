// Runs a Slidev command that needs a browser (build with PDF download, export) with the system Chromium.
// Usage: tsx scripts/slidev.ts <build|export> [slidev options…]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { loadDeck } from '../lib/deck/load'
import { resolveChromium } from './chromium'

const [command, ...rest] = process.argv.slice(2)
if (command !== 'build' && command !== 'export') {
  console.error('Usage : tsx scripts/slidev.ts <build|export> [options de slidev]')
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

// Mermaid diagrams render asynchronously after the print page is idle; on a busy machine an export without a
// pause came out blank. One pause for the whole print page (not per slide) is cheap insurance.
const defaults: string[] = []
if (!rest.some(a => a.startsWith('--wait')))
  defaults.push('--wait', '5000')
if (!rest.some(a => a.startsWith('--timeout')))
  defaults.push('--timeout', '180000')

const args = [command, ...rest, ...defaults, '--executable-path', chromium]

function option(name: string): string | undefined {
  const index = rest.indexOf(name)
  return index === -1 ? undefined : rest[index + 1]
}

/** The PDF this command writes. */
async function pdfPath(): Promise<string> {
  const entry = rest.find(a => a.endsWith('.md')) ?? 'slides.md'
  if (command === 'export') {
    const output = option('--output') ?? option('-o') ?? 'slides-export'
    return output.endsWith('.pdf') ? output : `${output}.pdf`
  }
  const deck = await loadDeck(entry)
  const name = deck.slides[0]?.frontmatter.exportFilename || 'slidev-exported'
  return join(option('--out') ?? option('-o') ?? 'dist', `${name}.pdf`)
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

// On a busy machine Slidev sometimes prints the page before the lazily loaded slides arrive: every page then
// reads « Loading slide... ». Such a PDF is detected and the command run again, at most three times in all.
const ATTEMPTS = 3
for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  console.log(`slidev ${args.join(' ')}`)
  const result = spawnSync('slidev', args, { stdio: 'inherit' })
  if (result.status !== 0)
    process.exit(result.status ?? 1)
  const pdf = await pdfPath()
  if (!existsSync(pdf))
    process.exit(0) // a build without `download: true` writes no PDF: nothing to check
  const blank = blankPages(pdf)
  if (blank === 0)
    process.exit(0)
  console.error(`${pdf} : ${blank} page(s) imprimée(s) avant le chargement de leur diapositive (essai ${attempt}/${ATTEMPTS}).`)
}
process.exit(1)
