import type { LiveDiagram } from '../mermaid-live/steps'
import type { BlockProblem } from './commands'
import { parseSteps, StepError } from '../mermaid-live/steps'

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

/**
 * A ```mermaid block as the course draws it (`components/MermaidLive.vue`): its step markers are well placed
 * (lib/mermaid-live), every step parses on its own (an error is reported on the line the author wrote), and the
 * diagram has an accessible title and description from the first step on (`accTitle`, `accDescr`).
 */
export async function checkLiveMermaid(code: string): Promise<BlockProblem[]> {
  let diagram: LiveDiagram
  try {
    diagram = parseSteps(code)
  }
  catch (error) {
    if (error instanceof StepError)
      return [{ line: error.line, message: `mermaid : ${error.message}` }]
    throw error
  }
  const problems: BlockProblem[] = []
  const last = diagram.steps.length - 1
  for (const [index, step] of diagram.steps.entries()) {
    // The complete diagram is the last step; an earlier one only needs checking when it differs.
    const found = await checkMermaid(step.source)
    for (const p of found) {
      const where = index === last ? '' : ` (étape ${index} sur ${last}, ligne ${step.line + 1} du bloc)`
      problems.push({ line: step.lines[p.line] ?? step.line, message: `${p.message}${where}` })
    }
    if (found.length)
      break // later steps contain the same lines
  }
  const base = diagram.steps[0]!.source
  const missing = ['accTitle', 'accDescr'].filter(key => !new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(base))
  if (missing.length)
    problems.push({ line: 0, message: `mermaid : ${missing.join(' et ')} manquant(s) dans la première étape : un titre et une description accessibles (lecteurs d'écran, PDF)` })
  return problems
}
