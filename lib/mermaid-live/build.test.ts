import lz from 'lz-string'
import { describe, expect, it } from 'vitest'
import { MermaidBuildError, transformMermaidBlock } from './build'
import { drawnKey } from './prerender'

function ctx(info: string, code: string) {
  return {
    info,
    code,
    filepath: 'pages/07-reseau.md',
    slideRaw: ['---', 'layout: default', '---', '# NAT', '', `\`\`\`${info}`, code, '```'].join('\n'),
    slideStart: 40,
  }
}

describe('transformMermaidBlock', () => {
  it('turns a mermaid block into <MermaidLive> with Slidev\'s props', () => {
    const code = 'flowchart LR\n  a --> b\n%% step\n  b --> c\n'
    const out = transformMermaidBlock(ctx('mermaid {scale: 0.7}', code))!
    expect(out).toMatch(/^<MermaidLive v-bind="\{scale: 0\.7\}" code-lz="[\w+/=]+" \/>$/)
    expect(lz.decompressFromBase64(/code-lz="([^"]+)"/.exec(out)![1]!)).toBe(code.trimEnd())
    expect(transformMermaidBlock(ctx('mermaid', 'pie\n  "a" : 1'))).toMatch(/^<MermaidLive code-lz=/)
  })

  it('leaves other blocks to the next transformer', () => {
    expect(transformMermaidBlock(ctx('bash', 'ls'))).toBeUndefined()
    expect(transformMermaidBlock(ctx('mermaidx', 'x'))).toBeUndefined()
  })

  it('fails the build at the file line of a misplaced marker', () => {
    const code = 'flowchart LR\n  a --> b\n%% step\n%% step\n  b --> c'
    expect(() => transformMermaidBlock(ctx('mermaid', code))).toThrow(MermaidBuildError)
    // Slide starts at line 41; the block's first code line is the slide's 7th line: 47; the marker two lines below.
    expect(() => transformMermaidBlock(ctx('mermaid', code))).toThrow(/^pages\/07-reseau\.md:49 : étape vide/)
  })

  it('gives the key of the build\'s drawings, fails a build when they are missing, leaves a refused block to the page', () => {
    const code = 'flowchart LR\n  a --> b'
    const drawings = (status: 'drawn' | 'refused' | 'missing', strict = true) => ({ fingerprint: 'f', status: () => status, strict })
    const key = drawnKey(code, {}, 'f')
    expect(transformMermaidBlock({ ...ctx('mermaid {scale: 0.7}', code), drawings: drawings('drawn') })).toContain(` drawn="${key}" `)
    expect(transformMermaidBlock({ ...ctx('mermaid', code), drawings: drawings('refused') })).not.toContain('drawn=')
    expect(() => transformMermaidBlock({ ...ctx('mermaid', code), drawings: drawings('missing') })).toThrow(/^pages\/07-reseau\.md:47 : diagramme sans dessin/)
    // The dev server draws in the page what the build has not drawn yet.
    expect(transformMermaidBlock({ ...ctx('mermaid', code), drawings: drawings('missing', false) })).toContain(` drawn="${key}" `)
    // Options mermaid would receive as they are: drawn in the page, never looked up.
    expect(transformMermaidBlock({ ...ctx('mermaid {look: \'handDrawn\'}', code), drawings: drawings('missing') })).not.toContain('drawn=')
  })
})
