/**
 * Live mermaid diagrams (`components/MermaidLive.vue`): a ```mermaid block drawn step by step with Slidev clicks.
 *
 * Steps are written in the mermaid source itself, with mermaid comments, so the block stays plain mermaid and
 * draws the complete diagram anywhere:
 *
 *     flowchart LR
 *       dev[Poste] --> git[(Dépôt Git)]
 *     %% step Le CI construit l'image
 *       git --> ci[CI]
 *     %% step
 *       ci --> reg[(Registre)]
 *
 * `%% step [label]` starts the next step: the lines after it appear one click later; `%% /step` ends a block, the
 * lines after it are part of every step again (the `end` of a subgraph opened earlier, say). The label, optional,
 * is announced to screen readers when the step appears. Step 0 (before any click) is every line outside a block.
 */

export const STEP_MARKER = /^\s*%%\s*step(?![-\w])(.*)$/i
export const STEP_END_MARKER = /^\s*%%\s*\/step\s*$/i

export interface DiagramStep {
  /** The mermaid source of this step: every line of the steps up to it, in the block's order, markers left out. */
  source: string
  /** 0-based line of the block where the step starts (its marker); 0 for step 0. */
  line: number
  /** For each line of `source`, its 0-based line in the block (to report an error where the author wrote it). */
  lines: number[]
  /** What the step adds, for screen readers (the marker's text, else empty). */
  label: string
}

export interface LiveDiagram {
  /** The block as written (markers are mermaid comments): what the editor shows and « Réinitialiser » restores. */
  source: string
  steps: DiagramStep[]
}

export class StepError extends Error {
  constructor(readonly line: number, message: string) {
    super(message)
  }
}

/** Splits a block into its steps; throws a `StepError` (0-based line in the block) on a misplaced marker. */
export function parseSteps(code: string): LiveDiagram {
  const source = code.replace(/\s+$/, '')
  const lines = source.split('\n')
  const stepOf: number[] = []
  const starts: Array<Pick<DiagramStep, 'line' | 'label'>> = [{ line: 0, label: '' }]
  let inBlock = false
  let contentInStep = true
  let baseHasContent = false
  lines.forEach((text, i) => {
    const start = STEP_MARKER.exec(text)
    if (start) {
      if (!contentInStep)
        throw new StepError(starts.at(-1)!.line, `étape vide : aucune ligne entre ce « %% step » et le suivant`)
      if (!baseHasContent)
        throw new StepError(i, `« %% step » avant tout contenu : l'en-tête du diagramme (flowchart, sequenceDiagram…) doit être visible dès le départ`)
      starts.push({ line: i, label: start[1]!.trim() })
      inBlock = true
      contentInStep = false
      stepOf.push(-1)
      return
    }
    if (STEP_END_MARKER.test(text)) {
      if (!inBlock)
        throw new StepError(i, `« %% /step » sans « %% step » ouvert`)
      if (!contentInStep)
        throw new StepError(i, `étape vide : aucune ligne entre « %% step » et « %% /step »`)
      inBlock = false
      stepOf.push(-1)
      return
    }
    stepOf.push(inBlock ? starts.length - 1 : 0)
    if (isContent(text)) {
      contentInStep ||= inBlock
      baseHasContent ||= !inBlock
    }
  })
  if (!contentInStep)
    throw new StepError(starts.at(-1)!.line, `étape vide : « %% step » en fin de bloc`)
  const steps = starts.map((step, s) => {
    const kept = lines.map((_, l) => l).filter(l => stepOf[l] !== -1 && stepOf[l]! <= s)
    return { ...step, source: kept.map(l => lines[l]).join('\n'), lines: kept }
  })
  return { source, steps }
}

function isContent(line: string): boolean {
  const trimmed = line.trim()
  return trimmed !== '' && !trimmed.startsWith('%%')
}

/** The step shown for a click offset (clicks past the diagram's first click; negative before it). */
export function stepAt(offset: number, steps: number): number {
  if (steps <= 1)
    return 0
  return Math.max(0, Math.min(steps - 1, offset + 1))
}

/** mermaid's « Parse error on line N » as a 1-based line of the edited source, when it says so. */
export function errorLine(message: string, source: string): number | undefined {
  const at = /on line (\d+)/.exec(message)
  if (!at)
    return undefined
  return Math.min(Number(at[1]), source.split('\n').length)
}

/** What the editor shows under the source when mermaid refuses it: the line first, then mermaid's first line. */
export function errorSummary(message: string, source: string): string {
  const line = errorLine(message, source)
  const lines = message.split('\n').map(l => l.trim()).filter(Boolean)
  const found = lines.find(l => /^Expecting|unexpected|Lexical error/i.test(l)) ?? lines[0] ?? 'diagramme invalide'
  // mermaid lists every token it would have accepted: the first few say enough under an editor.
  const expecting = /^Expecting (.+), got (.+)$/.exec(found)
  const tokens = expecting?.[1]!.split(/,\s*/) ?? []
  const detail = expecting && tokens.length > 4 ? `Expecting ${tokens.slice(0, 3).join(', ')}…, got ${expecting[2]}` : found
  return line ? `Ligne ${line} : ${detail}` : detail
}
