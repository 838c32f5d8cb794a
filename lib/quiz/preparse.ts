import type { DeckSlide } from '../deck/load'
import type { QuizRef } from './answer'
import { slideFences } from '../deck/fences'
import { fingerprint } from './answer'
import { parseQuizBlock } from './parse'
import { QUIZ_LANG } from './schema'

/**
 * The questions of one slide's markdown, for the preparser to record in the slide frontmatter.
 * Invalid blocks are skipped here: the build transformer rejects them with file:line.
 */
export function quizRefsOfContent(content: string): QuizRef[] {
  const pseudo = { body: content, contentLine: 1, filepath: '', no: 0, frontmatter: {}, frontmatterLines: {} } as DeckSlide
  return slideFences(pseudo)
    .filter(fence => fence.lang === QUIZ_LANG)
    .flatMap((fence) => {
      const result = parseQuizBlock(fence.code, { file: '', fenceLine: fence.line, codeLine: fence.codeLine })
      if (!result.ok)
        return []
      const { question } = result.value
      return [{ id: question.id, sig: fingerprint(question), ...(question.see ? { see: question.see } : {}) }]
    })
}
