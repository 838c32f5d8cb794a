// Draws every ```mermaid block of a deck at build time (lib/mermaid-live/prerender.ts): each step, in the light and
// the dark theme, by mermaid in the system Chromium, into generated/diagrams/ (one JSON file per block and theme,
// named by a key of its code, its options, mermaid's and Inter's versions and setup/mermaid.ts). Drawings already
// there are kept; those of blocks in neither this deck nor slides.md are removed. scripts/slidev.ts runs it before
// `slidev build`, whose transformer fails on a block left undrawn (setup/transformers.ts). A block mermaid refuses
// is noted (`refused-<key>.txt`) and reported with its file, line and theme on every run, which then fails (the
// integrity suite fails on it too); a site built anyway (`slidev build` alone, `npm run dev`) draws it in the page,
// which shows mermaid's error. Any other failure (browser, disk) stops the run.
// Usage: tsx scripts/diagrams.ts [slides.md]
import type { Page } from 'playwright-core'
import type { DrawingOptions, Variant } from '../lib/mermaid-live/prerender'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { deckFences } from '../lib/deck/fences'
import { loadDeck } from '../lib/deck/load'
import { MERMAID_INFO } from '../lib/mermaid-live/build'
import { browserVersion, compactSvg, drawingOptions, DRAWN_DIR, drawnFileName, drawnKey, mermaidOptions, PROJECT_ROOT, refusedFileName, renderFingerprint, VARIANTS } from '../lib/mermaid-live/prerender'
import { parseSteps } from '../lib/mermaid-live/steps'
import setupMermaid from '../setup/mermaid'
import { serveStatic } from '../tests/e2e/serve'
import { CHROMIUM_ARGS, resolveChromium } from './chromium'

/**
 * The page mermaid draws in: the same font files and the same inherited text styles as Slidev's
 * `#mermaid-rendering-container` in the built site (UnoCSS's reset: border-box, line-height 1.5, 16 px), so that
 * labels measure the same. A change here must bump DRAWING_PAGE_VERSION.
 */
const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/@fontsource-variable/inter/index.css">
<style>
*, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4; font-family: "Inter Variable", ui-sans-serif, system-ui, sans-serif; }
body { margin: 0; line-height: inherit; }
</style></head>
<body><div id="mermaid-rendering-container"></div></body></html>`

/** Every character of the course's diagrams beyond ASCII is in Inter's latin and latin-ext files: loaded first. */
const FONT_SAMPLE = 'aàâäçéèêëîïôöùûüÿœæÀÉÈÇŒ«»’…–—→←↔✓✗ᵉʳ'

export interface Block {
  where: string
  key: string
  steps: string[]
  options: DrawingOptions
}

export interface DrawReport {
  blocks: number
  drawn: number
  reused: number
  failed: string[]
  removed: number
  seconds: number
}

function clean<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`)
  await page.evaluate(async (sample) => {
    await Promise.all(['400 16px', '700 16px', 'italic 400 16px'].map(font => document.fonts.load(`${font} "Inter Variable"`, sample)))
  }, FONT_SAMPLE)
  await page.evaluate(`import('/node_modules/mermaid/dist/mermaid.esm.mjs').then((m) => {
    window.__mermaid = m.default
    m.default.startOnLoad = false
    m.default.initialize({ startOnLoad: false })
  })`)
}

/**
 * Draws one block's steps in one theme as Slidev's renderMermaid does (setup, then the block's options). mermaid
 * refusing the block is an answer (`refused`, its message); anything else (the page, the browser) throws.
 */
async function drawBlock(page: Page, block: Block, variant: Variant, setup: object): Promise<{ svgs: string[] } | { refused: string }> {
  const config = { startOnLoad: false, ...clean(setup), ...mermaidOptions(block.options, variant) }
  return page.evaluate(async ({ steps, config, prefix }) => {
    const mermaid = (window as unknown as { __mermaid: { initialize: (c: object) => void, render: (id: string, code: string, el: Element) => Promise<{ svg: string }> } }).__mermaid
    const container = document.getElementById('mermaid-rendering-container')!
    const svgs: string[] = []
    for (const [i, code] of steps.entries()) {
      mermaid.initialize(config)
      try {
        svgs.push((await mermaid.render(`${prefix}${i}`, code, container)).svg)
      }
      catch (error) {
        const message = String((error as Error)?.message ?? error).split('\n').find(l => l.trim()) ?? 'diagramme invalide'
        return { refused: steps.length > 1 ? `étape ${i} : ${message}` : message }
      }
    }
    return { svgs }
  }, { steps: block.steps, config, prefix: `m${block.key.slice(0, 10)}${variant[0]}` })
}

/** The blocks of a deck that can be drawn at build time, by key; `failed` gets those with misplaced step markers. */
async function deckBlocks(entry: string, failed: string[], print: string): Promise<Map<string, Block>> {
  const deck = await loadDeck(entry)
  const blocks = new Map<string, Block>()
  for (const fence of deckFences(deck, ['mermaid'])) {
    const where = `${relative(PROJECT_ROOT, fence.slide.filepath)}:${fence.codeLine}`
    const options = drawingOptions(MERMAID_INFO.exec(`mermaid ${fence.meta}`.trim())?.[1])
    if (!options)
      continue // options mermaid would receive as they are: drawn in the browser
    const code = fence.code.replace(/\s+$/, '')
    let steps: string[]
    try {
      steps = parseSteps(code).steps.map(s => s.source)
    }
    catch (error) {
      failed.push(`${where} : ${(error as Error).message}`)
      continue
    }
    const key = drawnKey(code, options, print)
    blocks.set(key, { where, key, steps, options })
  }
  return blocks
}

/** Writes a file whole or not at all, even with another build writing beside it. */
function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}

/** What a refused block's note says: « <file:line> : mermaid refuse le diagramme (<theme> : <message>) ». */
function refusal(where: string, variant: Variant, message: string): string {
  return `${where} : mermaid refuse le diagramme (thème ${variant === 'light' ? 'clair' : 'sombre'} : ${message})`
}

/**
 * Draws blocks in both themes into `dir`: `drawn-<key>-<theme>.json` (the SVG of each step), or `refused-<key>.txt`
 * with mermaid's message when it refuses the block in either theme. Any other failure (browser, disk) throws.
 */
export async function drawBlocks(blocks: readonly Block[], dir: string, executablePath: string): Promise<{ drawn: number, failed: string[] }> {
  const result = { drawn: 0, failed: [] as string[] }
  if (blocks.length === 0)
    return result
  mkdirSync(dir, { recursive: true })
  // The page (index.html) needs mermaid's ES modules and Inter's files: node_modules is served beside it.
  const site = mkdtempSync(join(tmpdir(), 'course-diagrams-'))
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(site, 'node_modules'))
  writeFileSync(join(site, 'index.html'), PAGE)
  const server = await serveStatic(site)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const setup = await setupMermaid() ?? {}
  const refused = new Map<string, Partial<Record<Variant, string>>>()
  try {
    // One page per theme (mermaid's configuration is global to a page), both at once: one per core.
    await Promise.all(VARIANTS.map(async (variant) => {
      const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
      await openPage(page, server.url)
      for (const block of blocks) {
        const drawing = await drawBlock(page, block, variant, setup)
        if ('refused' in drawing) {
          refused.set(block.key, { ...refused.get(block.key), [variant]: refusal(block.where, variant, drawing.refused) })
          continue
        }
        writeWhole(join(dir, drawnFileName(block.key, variant)), JSON.stringify(drawing.svgs.map(compactSvg)))
        result.drawn++
      }
      await page.close()
    }))
  }
  finally {
    await browser.close()
    await server.close()
    rmSync(site, { recursive: true, force: true })
  }
  // A block refused in one theme has no drawing for the page to use in either.
  for (const [key, byTheme] of refused) {
    const notes = VARIANTS.flatMap(v => byTheme[v] ?? []).join('\n')
    for (const variant of VARIANTS) {
      if (existsSync(join(dir, drawnFileName(key, variant)))) {
        rmSync(join(dir, drawnFileName(key, variant)))
        result.drawn--
      }
    }
    writeWhole(join(dir, refusedFileName(key)), `${notes}\n`)
    result.failed.push(...notes.split('\n'))
  }
  return result
}

/**
 * Draws what `entry` needs into `dir` (default generated/diagrams/) and removes what neither it nor slides.md
 * needs. `failed` lists every block mermaid refuses, those refused by an earlier run included.
 */
export async function drawDiagrams(entry: string, executablePath = resolveChromium(), dir = DRAWN_DIR): Promise<DrawReport> {
  // A deck elsewhere (the browser suite's fixture, the bench's starter) is built without this project's setup/:
  // its ```mermaid blocks are Slidev's own <Mermaid>, which the drawings would not serve.
  if (dirname(resolve(entry)) !== resolve(PROJECT_ROOT))
    return { blocks: 0, drawn: 0, reused: 0, failed: [], removed: 0, seconds: 0 }
  const started = performance.now()
  const failed: string[] = []
  const print = renderFingerprint(PROJECT_ROOT, browserVersion(executablePath))
  const blocks = await deckBlocks(entry, failed, print)
  // The course's drawings stay while another deck (a track, a test fixture) is built: they are drawn once.
  const kept = resolve(entry) === resolve(PROJECT_ROOT, 'slides.md') ? [] : [...(await deckBlocks(join(PROJECT_ROOT, 'slides.md'), [], print)).keys()]

  mkdirSync(dir, { recursive: true })
  const wanted = new Set([...blocks.keys(), ...kept].flatMap(key => [...VARIANTS.map(v => drawnFileName(key, v)), refusedFileName(key)]))
  const present = new Set(readdirSync(dir))
  let removed = 0
  for (const file of present) {
    // `.tmp`: a file another build is writing.
    if (!wanted.has(file) && !file.endsWith('.tmp')) {
      rmSync(join(dir, file), { force: true })
      removed++
    }
  }
  // A block refused earlier is not drawn again (its key changes with its code), but it is reported each time.
  const refusedBefore = [...blocks.values()].filter(b => present.has(refusedFileName(b.key)))
  for (const block of refusedBefore)
    failed.push(...readFileSync(join(dir, refusedFileName(block.key)), 'utf-8').trim().split('\n'))
  const todo = [...blocks.values()].filter(b => VARIANTS.some(v => !present.has(drawnFileName(b.key, v))) && !present.has(refusedFileName(b.key)))
  const drawn = await drawBlocks(todo, dir, executablePath)
  failed.push(...drawn.failed)
  const reused = (blocks.size - todo.length - refusedBefore.length) * VARIANTS.length
  return { blocks: blocks.size, drawn: drawn.drawn, reused, failed, removed, seconds: (performance.now() - started) / 1000 }
}

/** Prints what a run did (the refused blocks on stderr); false when a block was refused. */
export function reportDraw(entry: string, report: DrawReport): boolean {
  console.log(`Diagrammes (${entry}) : ${report.blocks} bloc(s), ${report.drawn} dessin(s) faits, ${report.reused} repris, ${report.removed} retiré(s), ${report.seconds.toFixed(1)} s`)
  for (const failure of report.failed)
    console.error(`  ${failure}`)
  return report.failed.length === 0
}

if (process.argv[1] && /diagrams\.ts$/.test(process.argv[1])) {
  const entry = process.argv.slice(2).find(a => a.endsWith('.md')) ?? 'slides.md'
  process.exit(reportDraw(entry, await drawDiagrams(entry)) ? 0 : 1)
}
