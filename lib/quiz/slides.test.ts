import { describe, expect, it } from 'vitest'
import { chaptersToRevisit, quizRefsByChapter, quizRefsOf, scopeQuizRefs, seeLabel } from './slides'

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

describe('quizRefsByChapter', () => {
  const deck = [
    ...slides,
    { no: 7, frontmatter: { layout: 'chapter-cover', chapter: 3, routeAlias: 'final' }, title: 'Final' },
    { no: 8, frontmatter: { quizzes: [{ ...q('ch3-x'), see: 'a' }, { ...q('ch3-y'), see: '6' }, q('ch3-z'), { ...q('ch3-lost'), see: 'nowhere' }] } },
  ]

  it('counts a question with `see` for the chapter of that slide (alias or number), the others where they sit', () => {
    expect(quizRefsByChapter(deck).map(g => [g.chapter.chapter, g.refs.map(r => r.id)])).toEqual([
      [1, ['ch1-a', 'ch1-b', 'ch3-x']],
      [2, ['ch2-a', 'ch3-y']],
      [3, ['ch3-z', 'ch3-lost']],
    ])
  })

  it('leaves out chapters without questions', () => {
    expect(quizRefsByChapter(slides.slice(0, 4)).map(g => g.chapter.chapter)).toEqual([1])
  })
})

describe('chaptersToRevisit', () => {
  const groups = quizRefsByChapter(slides)
  const scoreFrom = (answers: Record<string, boolean>) => (refs: { id: string }[]) => ({
    total: refs.length,
    answered: refs.filter(r => r.id in answers).length,
    correct: refs.filter(r => answers[r.id]).length,
  })

  it('lists chapters with a wrong answer, weakest first, and chapters not started', () => {
    expect(chaptersToRevisit(groups, scoreFrom({ 'ch1-a': false, 'ch1-b': true }))).toEqual({
      weak: [{ chapter: groups[0].chapter, score: { total: 2, answered: 2, correct: 1 } }],
      untouched: [groups[1].chapter],
    })
    const both = chaptersToRevisit(groups, scoreFrom({ 'ch1-a': false, 'ch1-b': true, 'ch2-a': false }))
    expect(both.weak.map(r => r.chapter.chapter)).toEqual([2, 1])
    expect(both.untouched).toEqual([])
  })

  it('has nothing to say when every answer is right', () => {
    expect(chaptersToRevisit(groups, scoreFrom({ 'ch1-a': true, 'ch1-b': true, 'ch2-a': true }))).toEqual({ weak: [], untouched: [] })
  })
})

describe('seeLabel', () => {
  it('names the slide by number and plain title, by alias or number', () => {
    const deck = [...slides, { no: 7, title: 'Le drapeau `-p`', frontmatter: { routeAlias: 'publier' } }]
    expect(seeLabel(deck, 'publier')).toBe('diapositive 7 — Le drapeau -p')
    expect(seeLabel(deck, '5')).toBe('diapositive 5 — Deux')
    expect(seeLabel(deck, '4')).toBe('diapositive 4')
    expect(seeLabel(deck, 'absent')).toBeUndefined()
  })
})
