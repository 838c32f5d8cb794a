/**
 * Text comparisons between the deck and a PDF's text (`pdftotext`): the PDF checks (`scripts/check-pdfs.ts`,
 * `scripts/check-livret.ts`) compare squashed texts, so that line wrapping, hyphen-free reflow and no-break spaces
 * do not matter.
 */
import type { QcmData } from '../quiz/answer'
import { LABELS } from '../quiz/answer'

/** Text without any whitespace, compatibility-normalised (ligatures, no-break spaces): robust to line wrapping. */
export const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')

/** Rendered HTML → its text (tags dropped, the entities markdown and Vue produce decoded). */
export function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, '\'')
    .replace(/&amp;/g, '&')
}

/** A distinctive excerpt (first 60 non-space characters) of a rendered text. */
export const excerpt = (html: string) => squash(plain(html)).slice(0, 60)

/** Pages of `pdftotext` output (pages end with a form feed). */
export function splitPages(text: string): string[] {
  const pages = text.split('\f')
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === '')
    pages.pop()
  return pages
}

export const MODEL_ANSWER = 'Réponse attendue'
export const OPEN_ANSWER_ZONE = 'Votre réponse'

export interface AnswerExpectations {
  questions: QcmData[]
  /** The deck has open questions (`<Question>`). */
  hasOpenQuestions: boolean
  /** The document is an answer key (corrigé, trainer booklet): answers must be there; else they must not. */
  corrige: boolean
}

/**
 * What is wrong with a document's (squashed) text as to the quizzes: every question printed; in an answer key,
 * every explanation, every « (bonne réponse) » mark and a model answer of the open questions; in a student document,
 * none of them, and the « Votre réponse » zone of open questions.
 */
export function answerProblems(text: string, expected: AnswerExpectations): string[] {
  const { questions, hasOpenQuestions, corrige } = expected
  const problems: string[] = []
  const missing = questions.filter(q => !text.includes(excerpt(q.questionHtml)))
  if (missing.length > 0)
    problems.push(`question(s) absente(s) du texte : ${missing.map(q => q.id).join(', ')}`)
  const explanations = questions.filter(q => text.includes(excerpt(q.explanationHtml)))
  const marks = text.split(squash(LABELS.correctMark)).length - 1
  if (corrige) {
    const absent = questions.filter(q => !explanations.includes(q))
    if (absent.length > 0)
      problems.push(`explication(s) absente(s) du corrigé : ${absent.map(q => q.id).join(', ')}`)
    const expectedMarks = questions.reduce((sum, q) => sum + q.options.filter(o => o.correct).length, 0)
    if (marks < expectedMarks)
      problems.push(`${marks} marques « ${LABELS.correctMark} » pour ${expectedMarks} bonnes options`)
    if (hasOpenQuestions && !text.includes(squash(MODEL_ANSWER)))
      problems.push(`aucune « ${MODEL_ANSWER} » de question ouverte imprimée`)
  }
  else {
    if (explanations.length > 0)
      problems.push(`explication(s) imprimée(s) dans un support élève : ${explanations.map(q => q.id).join(', ')}`)
    if (marks > 0)
      problems.push(`${marks} marque(s) « ${LABELS.correctMark} » dans un support élève`)
    if (hasOpenQuestions && text.includes(squash(MODEL_ANSWER)))
      problems.push(`réponse attendue d'une question ouverte imprimée dans un support élève`)
    if (hasOpenQuestions && !text.includes(squash(OPEN_ANSWER_ZONE)))
      problems.push(`pas de zone « ${OPEN_ANSWER_ZONE} » pour les questions ouvertes`)
  }
  return problems
}
