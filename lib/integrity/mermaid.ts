import type { BlockProblem } from './commands'

let ready: Promise<typeof import('mermaid').default> | undefined

/** Mermaid's own parser (needs a DOM: run under happy-dom). Loaded once. */
async function mermaidParser() {
  if (!ready) {
    ready = import('mermaid').then((m) => {
      m.default.initialize({ startOnLoad: false })
      return m.default
    })
  }
  return ready
}

/**
 * Parses a ```mermaid block with mermaid itself. Slidev's `{scale: 0.7}` lives in the fence meta,
 * never in the code, so the code is given as is. Returns mermaid's message and its line (0-based).
 */
export async function checkMermaid(code: string): Promise<BlockProblem[]> {
  if (typeof document === 'undefined')
    throw new Error('checkMermaid a besoin d\'un DOM : lancer le test avec « // @vitest-environment happy-dom »')
  const mermaid = await mermaidParser()
  try {
    await mermaid.parse(code)
    return []
  }
  catch (error) {
    const text = String((error as Error)?.message ?? error)
    const at = /on line (\d+)/.exec(text)
    const lines = text.split('\n').map(l => l.trim()).filter(Boolean)
    const summary = [lines[0], lines.find(l => /^Expecting|^Lexer|unexpected/i.test(l) && l !== lines[0])].filter(Boolean).join(' — ')
    // Mermaid counts an end-of-input error on the line after the last one: keep it inside the block.
    const last = code.split('\n').length - 1
    return [{ line: at ? Math.min(Number(at[1]) - 1, last) : 0, message: `mermaid : ${summary.length > 240 ? `${summary.slice(0, 237)}…` : summary}` }]
  }
}
