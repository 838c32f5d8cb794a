import type { Document } from 'yaml'
import type { BlockProblem } from './commands'
import { LineCounter, parseDocument } from 'yaml'

/** One YAML document with its line counter; invalid YAML comes back as problems (0-based lines). */
export function parseYamlBlock(code: string): { doc: Document.Parsed, counter: LineCounter, problems: BlockProblem[] } {
  const counter = new LineCounter()
  const doc = parseDocument(code, { lineCounter: counter, prettyErrors: false })
  const problems = doc.errors.map(error => ({ line: counter.linePos(error.pos[0]).line - 1, message: `YAML invalide — ${error.message.split('\n')[0]}` }))
  return { doc, counter, problems }
}
