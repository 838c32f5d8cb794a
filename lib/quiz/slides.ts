import type { ChapterEntry, SlideSummary } from '../deck/chapters'
import type { QuizRef } from './answer'
import type { Score } from './store'
import * as v from 'valibot'
import { chapterOfSlide, listChapters } from '../deck/chapters'

/** Frontmatter key the preparser fills with the questions of a slide (`{ id, sig }[]`). */
export const QUIZ_FRONTMATTER_KEY = 'quizzes'

const QuizRefsSchema = v.array(v.object({ id: v.string(), sig: v.string(), see: v.optional(v.string()) }))

export function quizRefsOf(frontmatter: Record<string, unknown> | undefined): QuizRef[] {
  const parsed = v.safeParse(QuizRefsSchema, frontmatter?.[QUIZ_FRONTMATTER_KEY])
  return parsed.success ? parsed.output : []
}

/** Questions of the chapter `slideNo` belongs to (from its cover up to the next cover), or of the whole course. */
export function scopeQuizRefs(slides: readonly SlideSummary[], slideNo: number, scope: 'chapter' | 'course'): { refs: QuizRef[], chapter?: { chapter: number, title: string } } {
  if (scope === 'course')
    return { refs: slides.flatMap(slide => quizRefsOf(slide.frontmatter)) }
  const chapters = listChapters(slides)
  const current = chapterOfSlide(chapters, slideNo)
  if (!current)
    return { refs: [] }
  const next = chapters.find(entry => entry.slideNo > current.slideNo)
  const end = next ? next.slideNo : Number.POSITIVE_INFINITY
  return {
    refs: slides.filter(slide => slide.no >= current.slideNo && slide.no < end).flatMap(slide => quizRefsOf(slide.frontmatter)),
    chapter: { chapter: current.chapter, title: current.title },
  }
}

/** The slide a `see` names: its number, or the slide whose `routeAlias` it is. */
export function slideOfSee(slides: readonly SlideSummary[], see: string): SlideSummary | undefined {
  return /^\d+$/.test(see) ? slides.find(slide => slide.no === Number(see)) : slides.find(slide => slide.frontmatter.routeAlias === see)
}

/** « diapositive 42 — Titre » for the slide a `see` names (inline-code backticks dropped), or undefined. */
export function seeLabel(slides: readonly SlideSummary[], see: string): string | undefined {
  const slide = slideOfSee(slides, see)
  if (!slide)
    return undefined
  const title = slide.title?.replace(/`/g, '').replace(/\s+/g, ' ').trim()
  return title ? `diapositive ${slide.no} — ${title}` : `diapositive ${slide.no}`
}

export interface ChapterQuizzes {
  chapter: ChapterEntry
  refs: QuizRef[]
}

/**
 * Every question of the course grouped by the chapter it tests: the chapter it sits in or, for a question with a
 * `see` (the final quiz), the chapter of the slide it sends back to. Chapters without questions are left out.
 */
export function quizRefsByChapter(slides: readonly SlideSummary[]): ChapterQuizzes[] {
  const chapters = listChapters(slides)
  const groups = new Map<number, ChapterQuizzes>()
  for (const slide of slides) {
    for (const ref of quizRefsOf(slide.frontmatter)) {
      const target = ref.see ? slideOfSee(slides, ref.see) : undefined
      const chapter = chapterOfSlide(chapters, (target ?? slide).no)
      if (!chapter)
        continue
      const group = groups.get(chapter.slideNo) ?? { chapter, refs: [] }
      group.refs.push(ref)
      groups.set(chapter.slideNo, group)
    }
  }
  return [...groups.values()].sort((a, b) => a.chapter.slideNo - b.chapter.slideNo)
}

export interface ChapterReview {
  chapter: ChapterEntry
  score: Score
}

/**
 * What the course score tells a learner to revisit: chapters with at least one wrong answer, weakest first
 * (ties in course order), and chapters whose questions are all still unanswered.
 */
export function chaptersToRevisit(groups: readonly ChapterQuizzes[], scoreOf: (refs: QuizRef[]) => Score): { weak: ChapterReview[], untouched: ChapterEntry[] } {
  const reviews = groups.map(group => ({ chapter: group.chapter, score: scoreOf(group.refs) }))
  // Array.prototype.sort is stable: equal ratios keep course order.
  const weak = reviews
    .filter(r => r.score.answered > r.score.correct)
    .sort((a, b) => a.score.correct / a.score.total - b.score.correct / b.score.total)
  return { weak, untouched: reviews.filter(r => r.score.answered === 0).map(r => r.chapter) }
}
