import type { CourseQuizzes } from './course'
import type { QuizProblem } from './parse'
import { relative } from 'node:path'
import { loadDeck } from '../deck/load'
import { collectDeckQuizzes } from './course'
import { formatProblems, parseQuizBlock } from './parse'
import { qcmMarkup, toQcmData } from './render'

/** What the Slidev codeblock transformer knows about the block (a subset of its context). */
export interface QuizBlockContext {
  code: string
  /** Entry markdown file of the deck (Slidev's `options.entry`). */
  entry: string
  /** 0-based index of the slide in the deck and the file it comes from (`slide.index`, `slide.source.filepath`). */
  slideIndex: number
  filepath: string
  /** Changes whenever any slide changes (e.g. the joined `source.revision` of every slide). */
  revision: string
}

const cache = new Map<string, Promise<{ root: string, course: CourseQuizzes }>>()

/**
 * The whole deck's questions, loaded once per deck revision with lib/deck (same parser as Slidev),
 * so that course-wide rules (unique ids) hold in dev after every edit as well as in a build.
 */
function courseOf(entry: string, revision: string) {
  const key = `${entry}\n${revision}`
  let pending = cache.get(key)
  if (!pending) {
    cache.clear()
    pending = loadDeck(entry).then(async deck => ({ root: deck.root, course: await collectDeckQuizzes(deck) }))
    cache.set(key, pending)
  }
  return pending
}

export class QuizBuildError extends Error {
  constructor(readonly problems: QuizProblem[]) {
    super(`QCM invalide :\n${formatProblems(problems)}`)
    this.name = 'QuizBuildError'
  }
}

/**
 * Validates one ```qcm block in its deck and returns the `<Qcm>` markup. Throws a QuizBuildError naming
 * file:line, question id and rule: an invalid question fails the build.
 */
export async function transformQuizBlock(ctx: QuizBlockContext): Promise<string> {
  const code = ctx.code.replace(/\n$/, '')
  const { root, course } = await courseOf(ctx.entry, ctx.revision)
  const blocks = course.blocks.filter(block =>
    block.slide.no === ctx.slideIndex + 1 && block.slide.filepath === ctx.filepath && block.fence.code === code)
  if (blocks.length === 0) {
    // Not found in the deck as loaded from disk (should not happen): validate the block alone, located at its file.
    const file = relative(root, ctx.filepath) || ctx.filepath
    const result = parseQuizBlock(code, { file, fenceLine: 0, codeLine: 0 })
    if (!result.ok)
      throw new QuizBuildError(result.problems)
    return qcmMarkup(toQcmData(result.value.question))
  }
  const problems = blocks.flatMap(block => block.problems)
  if (problems.length > 0 || !blocks[0].result.ok)
    throw new QuizBuildError(problems)
  return qcmMarkup(toQcmData(blocks[0].result.value.question))
}
