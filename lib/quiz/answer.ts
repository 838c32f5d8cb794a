import type { QuizQuestion } from './schema'

/** A question as the browser receives it: markdown already rendered to HTML at build time. */
export interface QcmOptionData {
  html: string
  correct: boolean
  explanationHtml?: string
}

export interface QcmData {
  id: string
  /** Fingerprint of the question's content: a stored answer to an older version of the question is ignored. */
  sig: string
  multiple: boolean
  questionHtml: string
  options: QcmOptionData[]
  explanationHtml: string
  /** Plain-text labels of the correct options, for the feedback sentence. */
  correctLabels: string[]
  /** The slide that teaches the point (`routeAlias` or number), shown with the explanation. */
  see?: string
}

/** A question as referenced from slide frontmatter (`quizzes`), enough to compute scores at runtime. */
export interface QuizRef {
  id: string
  sig: string
  /** The question's `see`: the course score counts it for the chapter of that slide (final quiz). */
  see?: string
}

/** FNV-1a 32-bit hash, hex: stable across node and browsers, enough to detect an edited question. */
function fnv1a(text: string): string {
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

export function fingerprint(question: QuizQuestion): string {
  return fnv1a(JSON.stringify([question.question, question.options.map(o => [o.text, o.correct === true])]))
}

export function correctIndexes(data: Pick<QcmData, 'options'>): number[] {
  return data.options.flatMap((option, index) => option.correct ? [index] : [])
}

/** All-or-nothing: the selection must be exactly the set of correct options. */
export function isCorrectSelection(data: Pick<QcmData, 'options'>, selected: readonly number[]): boolean {
  const expected = correctIndexes(data)
  const given = [...new Set(selected)].sort((a, b) => a - b)
  return given.length === expected.length && given.every((value, i) => value === expected[i])
}

export type OptionState = 'correct-chosen' | 'correct-missed' | 'wrong-chosen' | 'neutral'

/** How an option looks once the answer is known (feedback or answer key). */
export function optionState(data: Pick<QcmData, 'options'>, selected: readonly number[], index: number): OptionState {
  const chosen = selected.includes(index)
  if (data.options[index]?.correct)
    return chosen ? 'correct-chosen' : 'correct-missed'
  return chosen ? 'wrong-chosen' : 'neutral'
}

export const LABELS = {
  validate: 'Valider',
  retry: 'Recommencer',
  good: 'Bonne réponse',
  bad: 'Réponse incorrecte',
  explanation: 'Explication',
  see: 'Pour revoir ce point',
  key: 'Réponse',
  trainer: 'Corrigé (visible par le formateur)',
  single: 'Une seule réponse',
  multiple: 'Plusieurs réponses possibles',
  correctMark: '(bonne réponse)',
  chosenWrong: '(votre choix, incorrect)',
} as const

/** The sentence announced in the live region after an answer. */
export function feedbackText(data: Pick<QcmData, 'options' | 'correctLabels'>, selected: readonly number[]): string {
  if (isCorrectSelection(data, selected))
    return `${LABELS.good}.`
  const [first, ...rest] = data.correctLabels
  const list = rest.length === 0 ? `«\u00A0${first}\u00A0»` : data.correctLabels.map(label => `«\u00A0${label}\u00A0»`).join(', ')
  return rest.length === 0
    ? `${LABELS.bad}. La bonne réponse était ${list}.`
    : `${LABELS.bad}. Les bonnes réponses étaient ${list}.`
}
