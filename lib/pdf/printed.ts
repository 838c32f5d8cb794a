import type { Deck } from '../deck/load'
import type { QcmData } from '../quiz/answer'
import { proseOf } from '../deck/fences'
import { loadDeck } from '../deck/load'
import { collectDeckQuizzes } from '../quiz/course'
import { formatProblems } from '../quiz/parse'
import { toQcmData } from '../quiz/render'

/** What a printed document of a deck is checked against: its slides, its questions as printed, open questions. */
export interface PrintedDeck {
  deck: Deck
  questions: QcmData[]
  hasOpenQuestions: boolean
}

/** Loads the deck the PDFs were made from (scripts/check-pdfs.ts, scripts/check-livret.ts); throws on an invalid question. */
export async function printedDeck(entry: string): Promise<PrintedDeck> {
  const deck = await loadDeck(entry)
  const course = await collectDeckQuizzes(deck)
  if (course.problems.length > 0)
    throw new Error(`QCM invalides dans ${entry} :\n${formatProblems(course.problems)}`)
  return {
    deck,
    questions: course.questions.map(q => toQcmData(q.question)),
    hasOpenQuestions: deck.slides.some(slide => /<Question\b/.test(proseOf(slide))),
  }
}
