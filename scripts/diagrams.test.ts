import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { drawnFileName, refusedFileName } from '../lib/mermaid-live/prerender'
import { viewBoxOf } from '../lib/mermaid-live/view'
import { resolveChromium } from './chromium'
import { drawBlocks } from './diagrams'

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
    // setup/mermaid.ts: `neutral` in light, mermaid's `dark` theme in dark mode.
    expect(light[0]).not.toBe(dark[0])
    expect(dark[0]).toMatch(/#1f2020|#333/i)

    expect(report.failed).toEqual([expect.stringMatching(/^pages\/x\.md:9 : mermaid refuse le diagramme \(.*(?:Parse|Lexical) error/)])
    expect(readFileSync(join(dir, refusedFileName('bbbb')), 'utf-8')).toMatch(/^pages\/x\.md:9\n.*(?:Parse|Lexical) error/)
    expect(existsSync(join(dir, drawnFileName('bbbb', 'light')))).toBe(false)
  }, 60_000)
})
