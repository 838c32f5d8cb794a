import type { Fence } from '../deck/fences'
import type { Deck, DeckSlide } from '../deck/load'
import type { ParsedQuestion, ParseResult, QuizProblem } from './parse'
import { join } from 'node:path'
import { chapterOfSlide, listChapters } from '../deck/chapters'
import { slideFences } from '../deck/fences'
import { loadDeck, where } from '../deck/load'
import { COURSE_ENTRY } from '../deck/tracks'
import { parseQuizBlock } from './parse'
import { QUIZ_LANG } from './schema'
import { slideOfSee } from './slides'

export interface CourseBlock {
  slide: DeckSlide
  fence: Fence
  result: ParseResult
  /** Problems of this block: its own rules, then course-wide ones (duplicate id, chapter prefix). */
  problems: QuizProblem[]
}

export interface CourseQuizzes {
  blocks: CourseBlock[]
  /** Valid questions, in deck order. */
  questions: ParsedQuestion[]
  problems: QuizProblem[]
}

/**
 * Every ```qcm block of the deck, validated one by one and course-wide (unique ids, `ch<N>-` prefix, `see` target).
 * `seeTargets`: the slides a `see` may name; a track deck passes the full course's, since its questions may send
 * back to a slide the track leaves out (<Qcm> then shows no link).
 */
export function collectQuizzes(deck: Deck, seeTargets: readonly DeckSlide[] = deck.slides): CourseQuizzes {
  let chapters: ReturnType<typeof listChapters> = []
  try {
    chapters = listChapters(deck.slides)
  }
  catch {
    // A broken chapter cover is reported by checkDeck; the prefix rule is skipped meanwhile.
  }
  const blocks: CourseBlock[] = []
  const firstSeen = new Map<string, string>()
  for (const slide of deck.slides) {
    for (const fence of slideFences(slide)) {
      if (fence.lang !== QUIZ_LANG)
        continue
      const file = where(deck, slide.filepath, fence.line).replace(/:\d+$/, '')
      const result = parseQuizBlock(fence.code, { file, fenceLine: fence.line, codeLine: fence.codeLine })
      const problems = [...result.problems]
      if (result.ok) {
        const { id } = result.value.question
        const at = { file, line: result.value.idLine, id }
        const previous = firstSeen.get(id)
        if (previous)
          problems.push({ ...at, message: `identifiant déjà utilisé par la question de ${previous} (les identifiants sont uniques dans tout le cours)` })
        else
          firstSeen.set(id, `${file}:${result.value.idLine}`)
        const chapter = chapterOfSlide(chapters, slide.no)
        if (chapter && !id.startsWith(`ch${chapter.chapter}-`))
          problems.push({ ...at, message: `l'identifiant doit commencer par « ch${chapter.chapter}- » (question du chapitre ${chapter.chapter})` })
        const { see } = result.value.question
        if (see && !slideOfSee(seeTargets, see)) {
          const offset = fence.code.split('\n').findIndex(line => /^see\s*:/.test(line))
          problems.push({ ...at, line: offset < 0 ? at.line : fence.codeLine + offset, message: `« see: ${see} » : ni numéro de diapositive (1-${seeTargets.length}) ni routeAlias du cours` })
        }
      }
      blocks.push({ slide, fence, result, problems })
    }
  }
  return {
    blocks,
    questions: blocks.flatMap(block => block.result.ok ? [block.result.value] : []),
    problems: blocks.flatMap(block => block.problems),
  }
}

/**
 * The deck's questions as its build sees them: a track deck (headmatter `track`, scripts/tracks.ts) checks `see`
 * against the full course generated next to it, any other deck against itself.
 */
export async function collectDeckQuizzes(deck: Deck): Promise<CourseQuizzes> {
  const full = deck.slides[0]?.frontmatter.track ? await loadDeck(join(deck.root, COURSE_ENTRY)) : deck
  return collectQuizzes(deck, full.slides)
}
