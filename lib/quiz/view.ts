/** What a quiz or an open question shows, depending on where it is rendered. */
export interface ViewInput {
  /** Slidev render context: 'slide', 'presenter', 'previewNext', 'overview', 'none'… */
  renderContext: string | undefined
  printMode: boolean
  /** Build/export switch VITE_QCM_CORRIGE: the printed document is the answer key. */
  corrige: boolean
  /** The slide's reveal click step has been reached. */
  revealed: boolean
}

export interface View {
  /** Learners can select and validate (SPA, audience screen). */
  interactive: boolean
  /** Correct options and explanations are shown without an answer. */
  showKey: boolean
  /** Shown to the trainer only: mark the answer key as such. */
  trainer: boolean
  print: boolean
}

const TRAINER_CONTEXTS = new Set(['presenter', 'previewNext'])

export function quizView(input: ViewInput): View {
  if (input.printMode)
    return { interactive: false, showKey: input.corrige, trainer: false, print: true }
  if (TRAINER_CONTEXTS.has(input.renderContext ?? ''))
    return { interactive: false, showKey: true, trainer: true, print: false }
  return { interactive: true, showKey: input.revealed, trainer: false, print: false }
}

/** `VITE_QCM_CORRIGE` as Vite exposes it (`'1'`, `'true'`, `'yes'` mean on). */
export function isCorrige(value: unknown): boolean {
  return typeof value === 'string' && ['1', 'true', 'yes', 'oui'].includes(value.trim().toLowerCase())
}

/**
 * The answer key is printed when the build says so (`VITE_QCM_CORRIGE`) or when the print page is opened with
 * `?corrige=1` (scripts/print.ts): one build then gives both the handout and the corrigé. It only changes print
 * mode (quizView), and hides nothing: the SPA already holds the answers it grades.
 */
export function corrigeRequested(env: unknown, search: string | undefined): boolean {
  return isCorrige(env) || isCorrige(new URLSearchParams(search ?? '').get('corrige') ?? undefined)
}
