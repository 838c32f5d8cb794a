import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compactSvg, drawingOptions, DRAWN_CHUNK, drawnFileName, drawnKey, drawnStatus, mermaidOptions, refusedFileName, renderFingerprint } from './prerender'

describe('drawingOptions', () => {
  it('reads the options that size or time a diagram as no change to its drawing', () => {
    expect(drawingOptions(undefined)).toEqual({})
    expect(drawingOptions('{scale: 0.7}')).toEqual({})
    expect(drawingOptions('{ scale: 0.7, at: \'+2\' }')).toEqual({})
    expect(drawingOptions('{at: 3}')).toEqual({})
  })

  it('keeps a fixed theme, which both color modes then use', () => {
    expect(drawingOptions('{scale: 0.8, theme: \'forest\'}')).toEqual({ theme: 'forest' })
    expect(mermaidOptions({ theme: 'forest' }, 'dark')).toEqual({ theme: 'forest' })
  })

  it('refuses what would reach mermaid otherwise: such a block is drawn in the page', () => {
    expect(drawingOptions('{look: \'handDrawn\'}')).toBeNull()
    expect(drawingOptions('{scale: factor * 2}')).toBeNull()
    expect(drawingOptions('{theme: dark}')).toBeNull()
  })
})

describe('mermaidOptions', () => {
  it('passes what <MermaidLive> passes to Slidev\'s renderer: dark theme in dark mode, setup/mermaid.ts otherwise', () => {
    expect(mermaidOptions({}, 'light')).toEqual({})
    expect(mermaidOptions({}, 'dark')).toEqual({ theme: 'dark' })
  })
})

describe('drawnKey', () => {
  const code = 'flowchart LR\n  a --> b'
  it('depends on the code, the theme and the fingerprint, not on trailing blanks', () => {
    const key = drawnKey(code, {}, 'f1')
    expect(key).toMatch(/^[0-9a-f]{16}$/)
    expect(drawnKey(`${code}\n\n`, {}, 'f1')).toBe(key)
    expect(drawnKey(`${code}\n  b --> c`, {}, 'f1')).not.toBe(key)
    expect(drawnKey(code, { theme: 'forest' }, 'f1')).not.toBe(key)
    expect(drawnKey(code, {}, 'f2')).not.toBe(key)
  })

  it('takes mermaid\'s, Inter\'s and Chromium\'s versions and setup/mermaid.ts into the fingerprint', () => {
    expect(renderFingerprint()).toMatch(/^[0-9a-f]{16}$/)
    const project = (mermaid: string, inter: string, setup: string) => {
      const root = mkdtempSync(join(tmpdir(), 'fingerprint-'))
      writeFileSync(join(root, 'package.json'), '{}')
      for (const [name, version] of [['mermaid', mermaid], ['@fontsource-variable/inter', inter]]) {
        mkdirSync(join(root, 'node_modules', name!), { recursive: true })
        writeFileSync(join(root, 'node_modules', name!, 'package.json'), JSON.stringify({ name, version }))
      }
      mkdirSync(join(root, 'setup'))
      writeFileSync(join(root, 'setup/mermaid.ts'), setup)
      return root
    }
    const base = renderFingerprint(project('12.3.0', '5.3.0', 'theme: neutral'), 'Chromium 156')
    expect(renderFingerprint(project('12.3.0', '5.3.0', 'theme: neutral'), 'Chromium 156')).toBe(base)
    expect(renderFingerprint(project('12.4.0', '5.3.0', 'theme: neutral'), 'Chromium 156')).not.toBe(base)
    expect(renderFingerprint(project('12.3.0', '5.4.0', 'theme: neutral'), 'Chromium 156')).not.toBe(base)
    expect(renderFingerprint(project('12.3.0', '5.3.0', 'theme: forest'), 'Chromium 156')).not.toBe(base)
    expect(renderFingerprint(project('12.3.0', '5.3.0', 'theme: neutral'), 'Chromium 157')).not.toBe(base)
  })
})

describe('drawnStatus', () => {
  it('is drawn with both themes, refused when mermaid refused it, missing otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawn-'))
    expect(drawnStatus('aaaa', dir)).toBe('missing')
    writeFileSync(join(dir, drawnFileName('aaaa', 'light')), '[]')
    expect(drawnStatus('aaaa', dir)).toBe('missing')
    writeFileSync(join(dir, drawnFileName('aaaa', 'dark')), '[]')
    expect(drawnStatus('aaaa', dir)).toBe('drawn')
    writeFileSync(join(dir, refusedFileName('bbbb')), 'pages/x.md:3\nParse error')
    expect(drawnStatus('bbbb', dir)).toBe('refused')
  })
})

describe('dRAWN_CHUNK', () => {
  it('matches the drawings\' chunks only (mermaid has its own diagram-* chunks)', () => {
    expect(DRAWN_CHUNK.test('http://127.0.0.1/assets/drawn-06e34171493f5b80-dark-DL5L5qPQ.js')).toBe(true)
    expect(DRAWN_CHUNK.test('/sous/chemin/assets/drawn-06e34171493f5b80-light-Cyw89a_7.js')).toBe(true)
    expect(DRAWN_CHUNK.test('/assets/diagram-AIXSHS4Z-Cqg0UTtn.js')).toBe(false)
    expect(DRAWN_CHUNK.test('/assets/MermaidLive-M3MSRglz.js')).toBe(false)
  })
})

describe('compactSvg', () => {
  it('keeps coordinates inside tags to two decimals, and the labels as written', () => {
    const svg = '<svg viewBox="0 0 262.975341796875 134"><path d="M-62 -24 C-16.494603923938726 -24, 29.010792152122548 -24"></path><span>v1.2.345678 à 0.123456</span></svg>'
    expect(compactSvg(svg)).toBe('<svg viewBox="0 0 262.97 134"><path d="M-62 -24 C-16.49 -24, 29.01 -24"></path><span>v1.2.345678 à 0.123456</span></svg>')
  })
})
