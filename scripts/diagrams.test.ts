import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { drawnFileName, PROJECT_ROOT, refusedFileName } from '../lib/mermaid-live/prerender'
import { viewBoxOf } from '../lib/mermaid-live/view'
import { resolveChromium } from './chromium'
import { drawBlocks, drawDiagrams } from './diagrams'

// Draws in the system Chromium, as `npm run build` does (scripts/slidev.ts).
describe('drawBlocks', () => {
  it('draws every step in both themes, and notes a block mermaid refuses with its place and message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-test-'))
    const steps = ['flowchart LR\n  a[Poste] --> b[(Dépôt)]', 'flowchart LR\n  a[Poste] --> b[(Dépôt)]\n  b --> c[CI]']
    const report = await drawBlocks([
      { where: 'pages/x.md:3', key: 'aaaa', steps, options: {} },
      { where: 'pages/x.md:9', key: 'bbbb', steps: ['flowchart LR\n  a --> ]]'], options: {} },
    ], dir, resolveChromium())

    expect(report.drawn).toBe(2)
    const light = JSON.parse(readFileSync(join(dir, drawnFileName('aaaa', 'light')), 'utf-8')) as string[]
    const dark = JSON.parse(readFileSync(join(dir, drawnFileName('aaaa', 'dark')), 'utf-8')) as string[]
    expect(light).toHaveLength(2)
    expect(dark).toHaveLength(2)
    for (const svg of [...light, ...dark])
      expect(viewBoxOf(svg)).not.toBeNull()
    // The second step adds a node: wider. Text measured with Inter: the label keeps its letters.
    expect(viewBoxOf(light[1]!)!.width).toBeGreaterThan(viewBoxOf(light[0]!)!.width)
    expect(light[1]).toContain('Dépôt')
    // setup/mermaid.ts: `neutral` in light (#eee boxes), mermaid's `dark` theme in dark mode (#1f2020 boxes).
    expect(dark[0]).toContain('fill:#1f2020')
    expect(light[0]).not.toContain('#1f2020')
    expect(light[0]).toContain('fill:#eee')

    expect(report.failed).toEqual([
      expect.stringMatching(/^pages\/x\.md:9 : mermaid refuse le diagramme \(thème clair : .*(?:Parse|Lexical) error/),
      expect.stringMatching(/^pages\/x\.md:9 : mermaid refuse le diagramme \(thème sombre : /),
    ])
    expect(readFileSync(join(dir, refusedFileName('bbbb')), 'utf-8')).toMatch(/^pages\/x\.md:9 : mermaid refuse le diagramme \(thème clair/)
    expect(existsSync(join(dir, drawnFileName('bbbb', 'light')))).toBe(false)
    expect(existsSync(join(dir, drawnFileName('bbbb', 'dark')))).toBe(false)
    expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([])
  }, 60_000)
})

describe('drawDiagrams', () => {
  // A deck beside slides.md (dev-*.md is not versioned), so that it is this project's deck; drawn into a temporary folder.
  const entry = join(PROJECT_ROOT, `dev-diagrams-test-${process.pid}.md`)
  afterAll(() => rmSync(entry, { force: true }))

  it('draws once, reuses, removes what no deck needs, and reports a refused block on every run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-deck-'))
    writeFileSync(entry, [
      '---',
      'title: Test',
      '---',
      '',
      '# Un',
      '',
      '```mermaid {scale: 0.8}',
      'flowchart LR',
      '  a --> b',
      '%% step',
      '  b --> c',
      '```',
      '',
      '---',
      '',
      '# Deux',
      '',
      '```mermaid',
      'flowchart LR',
      '  a --> ]]',
      '```',
      '',
      '```mermaid {look: \'handDrawn\'}',
      'flowchart LR',
      '  x --> y',
      '```',
      '',
    ].join('\n'))
    writeFileSync(join(dir, drawnFileName('0000000000000000', 'light')), '[]')
    writeFileSync(join(dir, 'drawn-other.json.1234.tmp'), '')

    const first = await drawDiagrams(entry, resolveChromium(), dir)
    // The third block passes an option to mermaid: drawn in the page, not here.
    expect(first.blocks).toBe(2)
    expect(first.drawn).toBe(2)
    expect(first.removed).toBe(1)
    expect(first.failed).toHaveLength(2)
    expect(first.failed[0]).toMatch(new RegExp(`^dev-diagrams-test-${process.pid}\\.md:19 : mermaid refuse`))
    expect(existsSync(join(dir, drawnFileName('0000000000000000', 'light')))).toBe(false)
    // Another build's file being written is left alone.
    expect(existsSync(join(dir, 'drawn-other.json.1234.tmp'))).toBe(true)

    const second = await drawDiagrams(entry, resolveChromium(), dir)
    expect(second.drawn).toBe(0)
    expect(second.reused).toBe(2)
    expect(second.failed).toEqual(first.failed)
  }, 60_000)
})
