import type { Score } from './store'

const count = (n: number, singular: string, plural: string) => `${n} ${n > 1 ? plural : singular}`

/** French sentence for a score, e.g. « 3 bonnes réponses sur 5 questions (4 répondues) ». */
export function scoreSentence(score: Score): string {
  if (score.total === 0)
    return 'Aucune question ici pour l\'instant.'
  return `${count(score.correct, 'bonne réponse', 'bonnes réponses')} sur ${count(score.total, 'question', 'questions')}`
    + ` (${count(score.answered, 'répondue', 'répondues')})`
}
