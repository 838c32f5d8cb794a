import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// components/MermaidLive.vue and setup/transformers.ts rely on these facts of Slidev (53); an upgrade that
// changes them fails here rather than leaving diagrams blank or drawn twice.
const client = join(__dirname, '../../node_modules/@slidev/client')
const cliDist = join(__dirname, '../../node_modules/@slidev/cli/dist')
const cli = readdirSync(cliDist).filter(f => f.endsWith('.mjs')).map(f => readFileSync(join(cliDist, f), 'utf-8')).join('\n')
const read = (path: string) => readFileSync(join(client, path), 'utf-8')

describe('what live diagrams expect of Slidev', () => {
  it('runs the project\'s codeblock transformers before its own mermaid one, and reads `mermaid {…}` the same way', () => {
    expect(cli).toMatch(/const transformers = \[\s*\.\.\.extraTransformers,\s*mermaid_default,/)
    expect(cli).toContain('const RE_MERMAID = /^mermaid\\s*(\\{[^\\n]*\\})?/;')
  })

  it('renders with renderMermaid(lz-encoded code, options), from the bundle the editor also imports', () => {
    const mermaid = read('modules/mermaid.ts')
    expect(mermaid).toContain('export async function renderMermaid(lzEncoded: string, options: any)')
    expect(mermaid).toContain('import mermaid from \'mermaid/dist/mermaid.esm.mjs\'')
    expect(mermaid).toContain('lz.decompressFromBase64(lzEncoded)')
  })

  it('isolates a drawing in <ShadowRoot :inner-html>, as its own <Mermaid> does', () => {
    expect(read('internals/ShadowRoot.vue')).toMatch(/innerHtml: string/)
    expect(read('builtin/Mermaid.vue')).toContain('<ShadowRoot v-else class="mermaid" :inner-html="html"')
  })

  it('ignores its shortcuts while a textarea has focus (the editor types into the source, not into the deck)', () => {
    expect(read('state/storage.ts')).toContain('[\'INPUT\', \'TEXTAREA\'].includes(activeElement.value?.tagName || \'\')')
    expect(read('logic/shortcuts.ts')).toMatch(/not\(isInputting\)/)
  })
})
