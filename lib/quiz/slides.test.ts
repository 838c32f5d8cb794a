import { describe, expect, it } from 'vitest'
import { quizRefsOf, scopeQuizRefs } from './slides'

const q = (id: string) => ({ id, sig: `sig-${id}` })
const slides = [
  { no: 1, frontmatter: { layout: 'cover' } },
  { no: 2, frontmatter: { layout: 'chapter-cover', chapter: 1, routeAlias: 'a' }, title: 'Un' },
  { no: 3, frontmatter: { quizzes: [q('ch1-a'), q('ch1-b')] } },
  { no: 4, frontmatter: {} },
  { no: 5, frontmatter: { layout: 'chapter-cover', chapter: 2, routeAlias: 'b' }, title: 'Deux' },
  { no: 6, frontmatter: { quizzes: [q('ch2-a')] } },
]

describe('scopeQuizRefs', () => {
  it('counts the questions of the chapter whose cover precedes the slide', () => {
    expect(scopeQuizRefs(slides, 4, 'chapter')).toEqual({ refs: [q('ch1-a'), q('ch1-b')], chapter: { chapter: 1, title: 'Un' } })
    expect(scopeQuizRefs(slides, 6, 'chapter').refs).toEqual([q('ch2-a')])
    expect(scopeQuizRefs(slides, 1, 'chapter').refs).toEqual([])
  })

  it('counts every question for the course', () => {
    expect(scopeQuizRefs(slides, 1, 'course').refs.map(r => r.id)).toEqual(['ch1-a', 'ch1-b', 'ch2-a'])
  })
})

describe('quizRefsOf', () => {
  it('ignores a malformed frontmatter value', () => {
    expect(quizRefsOf({ quizzes: 'ch1-a' })).toEqual([])
    expect(quizRefsOf(undefined)).toEqual([])
  })
})
