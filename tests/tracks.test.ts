import { rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDeck, formatProblems } from '../lib/deck/check'
import { loadDeck } from '../lib/deck/load'
import { buildTrackDeck } from '../lib/deck/track-deck'
import { checkTrackData, DAY, selectTrack, TRACK_IDS, TRACKS } from '../lib/deck/tracks'
import { collectDeckQuizzes, collectQuizzes } from '../lib/quiz/course'

// The presentation tracks of the course (lib/deck/tracks.ts): every slide has a duration, each track holds in its
// budget, and the generated entry decks load with Slidev's parser into exactly the selected slides.
describe('the course\'s tracks', async () => {
  const deck = await loadDeck('slides.md')
  const written: string[] = []
  afterAll(() => written.forEach(file => rmSync(file, { force: true })))

  it('gives every slide a valid duration and track list', () => {
    const problems = checkTrackData(deck)
    expect(problems, formatProblems(problems)).toEqual([])
  })

  for (const track of TRACK_IDS) {
    it(`${TRACKS[track].label} : within ${TRACKS[track].days} × ${DAY.budget / 60} h, agenda and imports matching the selection`, async () => {
      const built = buildTrackDeck(deck, track)
      expect(built.problems).toEqual([])
      expect(built.days).toHaveLength(TRACKS[track].days)
      const selected = selectTrack(deck, track)
      // Each track presents a real share of the course, and the 1-day track is shorter than the 2-day one.
      expect(built.days.reduce((total, day) => total + day.teaching, 0)).toBeGreaterThan(DAY.budget * TRACKS[track].days * 0.9)
      // Written next to slides.md (the imports are relative to it), loaded the way Slidev loads it, then removed.
      const file = resolve(`slides.test-${track}.md`)
      written.push(file)
      writeFileSync(file, built.markdown)
      const trackDeck = await loadDeck(file)
      const agendas = built.days.length
      expect(trackDeck.slides.length).toBe(selected.length + agendas)
      expect(trackDeck.slides.slice(agendas + 1).map(s => `${s.filepath}#${s.indexInFile}`))
        .toEqual(selected.slice(1).map(s => `${s.slide.filepath}#${s.slide.indexInFile}`))
      expect(trackDeck.slides[1].title).toMatch(/^Programme/)
      // Links, aliases and quizzes stay valid in the track (same ids as the full site, so the same stored progress).
      const problems = checkDeck(trackDeck)
      expect(problems, formatProblems(problems)).toEqual([])
      const quizzes = await collectDeckQuizzes(trackDeck)
      expect(quizzes.problems).toEqual([])
      expect(trackDeck.slides[0].frontmatter.track).toBe(track)
      const fullIds = new Set(collectQuizzes(deck).questions.map(q => q.question.id))
      expect(quizzes.questions.length).toBeGreaterThan(0)
      expect(quizzes.questions.every(q => fullIds.has(q.question.id))).toBe(true)
    })
  }
})

describe('track checks on a broken fixture', () => {
  it('names each slide without a valid duration or track, with file and line', async () => {
    const deck = await loadDeck(resolve(__dirname, 'fixtures/decks/tracks-missing/slides.md'))
    expect(formatProblems(checkTrackData(deck)).split('\n').map(line => line.split(' : ').slice(0, 2).join(' : '))).toEqual([
      'pages/one.md:12 : diapositive 3 sans durée',
      'pages/one.md:18 : « minutes: "3 min" »',
      'pages/one.md:19 : « tracks: ["2j","3j"] »',
    ])
    expect(() => selectTrack(deck, '1j')).toThrow(/pages\/one\.md:12/)
  })
})
