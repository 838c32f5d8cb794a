import type { SlideSummary } from '../deck/chapters'
import type { QuizRef } from './answer'
import * as v from 'valibot'
import { chapterOfSlide, listChapters } from '../deck/chapters'

/** Frontmatter key the preparser fills with the questions of a slide (`{ id, sig }[]`). */
export const QUIZ_FRONTMATTER_KEY = 'quizzes'

const QuizRefsSchema = v.array(v.object({ id: v.string(), sig: v.string() }))

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
