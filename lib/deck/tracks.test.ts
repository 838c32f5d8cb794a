import type { Deck, DeckSlide } from './load'
import { describe, expect, it } from 'vitest'
import { agendaSlide, buildTrackDeck } from './track-deck'
import { chapterSpan, checkBudget, checkTrackData, clock, DAY, duration, rangeString, schedule, selectTrack, trackImports, trackOverview, TRACKS } from './tracks'

let line = 0
function slide(no: number, file: string, indexInFile: number, frontmatter: Record<string, unknown>, body = `# Diapositive ${no}\n`): DeckSlide {
  line += 10
  const frontmatterLines = Object.fromEntries(Object.keys(frontmatter).map((key, i) => [key, line + i + 1]))
  return { no, filepath: `/deck/${file}`, contentLine: line + 5, indexInFile, body, frontmatter, frontmatterLines, title: `Diapositive ${no}` }
}
const cover = (chapter: number, extra: Record<string, unknown> = {}) => ({ layout: 'chapter-cover', chapter, routeAlias: `ch${chapter}`, ...extra })

/** A title slide, then chapters 0 and 1 in two page files. */
function deck(slides: DeckSlide[]): Deck {
  return { root: '/deck', entry: '/deck/slides.md', slides, files: [...new Set(slides.map(s => s.filepath))] }
}

function sample(): Deck {
  return deck([
    slide(1, 'slides.md', 1, { layout: 'cover', exportFilename: 'cours', subtitle: 'Sous-titre', minutes: 1 }),
    slide(2, 'pages/a.md', 1, cover(0, { minutes: 2, tracks: ['1j', '2j'] })),
    slide(3, 'pages/a.md', 2, { minutes: 50 }),
    slide(4, 'pages/a.md', 3, { minutes: 60, tracks: ['1j', '2j'] }),
    slide(5, 'pages/a.md', 4, { minutes: 3, tracks: [] }),
    slide(6, 'pages/b.md', 1, cover(1, { minutes: 2, tracks: ['1j', '2j'] })),
    slide(7, 'pages/b.md', 2, { minutes: 40, tracks: ['1j', '2j'] }),
    slide(8, 'pages/b.md', 3, { minutes: 20, tracks: ['1j', '2j'] }),
  ])
}

describe('slide durations and tracks', () => {
  it('reports a slide without minutes, a malformed value and an unknown track with file and line', () => {
    line = 0
    const problems = checkTrackData(deck([
      slide(1, 'slides.md', 1, { minutes: 1 }),
      slide(2, 'pages/a.md', 1, {}),
      slide(3, 'pages/a.md', 2, { minutes: '3 min' }),
      slide(4, 'pages/a.md', 3, { minutes: 1.25 }),
      slide(5, 'pages/a.md', 4, { minutes: 2, tracks: ['3j'] }),
      slide(6, 'pages/a.md', 5, { minutes: 2, tracks: '2j' }),
    ]))
    expect(problems.map(p => `${p.at} ${p.message.split(' : ')[0]}`)).toEqual([
      'pages/a.md:25 diapositive 2 sans durée',
      'pages/a.md:31 « minutes: "3 min" »',
      'pages/a.md:41 « minutes: 1.25 »',
      'pages/a.md:52 « tracks: ["3j"] »',
      'pages/a.md:62 « tracks: "2j" »',
    ])
  })

  it('refuses slide-number references, which change from one track to another', () => {
    line = 0
    const problems = checkTrackData(deck([
      slide(1, 'slides.md', 1, { minutes: 1 }, '# Titre\n\nVoir <Link to="12">la diapositive 12</Link>.\n'),
      slide(2, 'pages/a.md', 1, { minutes: 1 }, '```qcm\nid: ch1-x\nsee: 4\n```\n'),
      slide(3, 'pages/a.md', 2, { minutes: 1 }, '<Link to="alias">ok</Link>\n```qcm\nsee: alias\n```\n'),
    ]))
    expect(problems.map(p => p.at)).toEqual(['slides.md:17', 'pages/a.md:27'])
    expect(problems[0].message).toContain('utilisez un routeAlias')
  })

  it('selects a track in deck order, the title slide always first, `[]` only in the full site, no key = 2-day track', () => {
    expect(selectTrack(sample(), '2j').map(s => s.slide.no)).toEqual([1, 2, 3, 4, 6, 7, 8])
    expect(selectTrack(sample(), '1j').map(s => s.slide.no)).toEqual([1, 2, 4, 6, 7, 8])
  })

  it('writes Slidev ranges and imports each page file by the positions of its slides', () => {
    expect(rangeString([1, 2, 3, 5, 8, 9])).toBe('1-3,5,8-9')
    expect(rangeString([4])).toBe('4')
    expect(trackImports(sample(), selectTrack(sample(), '1j'))).toEqual([
      { file: './pages/a.md', range: '1,3' },
      { file: './pages/b.md', range: '1-3' },
    ])
  })
})

describe('agenda and budget', () => {
  it('places the breaks between slides at their time, or at a chapter boundary near it, and ends the day after 7 h of content', () => {
    const slides = Array.from({ length: 42 }, (_, i) => ({ slide: slide(i + 1, 'pages/a.md', i + 1, {}), minutes: 10, chapter: { chapter: i < 21 ? 1 : 2, title: i < 21 ? 'Un' : 'Deux', alias: 'x', slideNo: 1 } }))
    const [day] = schedule(slides, 1)
    expect(day.teaching).toBe(DAY.budget)
    expect(day.rows.map(r => `${clock(r.start)} ${r.label}${r.continued ? ' (suite)' : ''} ${r.minutes}`)).toEqual([
      '09:00 1. Un 90',
      '10:30 Pause 15',
      '10:45 1. Un (suite) 120',
      '12:45 Déjeuner 60',
      '13:45 2. Deux 110',
      '15:35 Pause 15',
      '15:50 2. Deux (suite) 100',
    ])
    expect(clock(day.end)).toBe('17:30')
    expect(checkBudget([day], TRACKS['1j'])).toEqual([])
  })

  it('fails a day over budget, naming the track, the day and the overrun', () => {
    const slides = Array.from({ length: 43 }, (_, i) => ({ slide: slide(i + 1, 'pages/a.md', i + 1, {}), minutes: 10, chapter: { chapter: 1, title: 'Un', alias: 'x', slideNo: 1 } }))
    expect(checkBudget(schedule(slides, 1), TRACKS['1j'])).toEqual([
      `Parcours 1 jour, jour 1 : 7\u00A0h\u00A010 de contenu pour 7\u00A0h\u00A000 disponibles (dépassement de 10\u00A0min) ; retirez des diapositives du parcours (« tracks ») ou réduisez leurs « minutes »`,
    ])
  })

  it('fills the days with whole chapters', () => {
    const chapterSlides = (chapter: number, count: number) => Array.from({ length: count }, () => ({ slide: slide(1, 'pages/a.md', 1, {}), minutes: 10, chapter: { chapter, title: `C${chapter}`, alias: 'x', slideNo: 1 } }))
    const days = schedule([...chapterSlides(1, 30), ...chapterSlides(2, 20), ...chapterSlides(3, 10)], 2)
    expect(days.map(d => d.teaching)).toEqual([300, 300])
    expect(days[1].rows[0]).toMatchObject({ label: '2. C2', start: DAY.start })
    expect(checkBudget(days, TRACKS['2j'])).toEqual([])
    expect(checkBudget(schedule([...chapterSlides(1, 40), ...chapterSlides(2, 40), ...chapterSlides(3, 40)], 2), TRACKS['2j'])[0]).toMatch(/^Parcours 2 jours, jour 2 : 13\u00A0h\u00A020 de contenu/)
  })

  it('formats durations the French way', () => {
    expect(duration(45)).toBe('45\u00A0min')
    expect(duration(125)).toBe('2\u00A0h\u00A005')
  })
})

describe('track deck', () => {
  it('is the title slide, an agenda per day, then the track\'s slides imported by range', () => {
    const built = buildTrackDeck(sample(), '1j')
    expect(built.problems).toEqual([])
    expect(built.slides).toBe(7)
    expect(built.markdown).toContain('exportFilename: cours-1j')
    expect(built.markdown).toContain('subtitle: Parcours 1 jour — Sous-titre')
    expect(built.markdown).toContain('---\nsrc: ./pages/a.md#1,3\n---')
    expect(built.markdown).toContain('---\nsrc: ./pages/b.md#1-3\n---')
    expect(built.markdown.indexOf('# Programme de la journée')).toBeLessThan(built.markdown.indexOf('src: ./pages/a.md'))
  })

  it('has an agenda whose rows add up to the day\'s content', () => {
    const slides = selectTrack(sample(), '2j')
    const days = schedule(slides, 2)
    const agenda = agendaSlide(days, days[0], '2j')
    const minutes = [...agenda.matchAll(/^\| \d\d:\d\d \| (?!\*)[^|]+\| (?:(\d+)\u00A0h\u00A0)?(\d+)(?:\u00A0min)? \|$/gm)].map(m => Number(m[1] ?? 0) * 60 + Number(m[2]))
    expect(minutes.length).toBeGreaterThan(1)
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(days[0].teaching)
    expect(days[0].teaching).toBe(1 + 2 + 50 + 60 + 2 + 40 + 20)
  })
})

describe('track overview', () => {
  it('lists the chapters of each half-day, a chapter cut by lunch in both halves', () => {
    const both = ['1j', '2j']
    const overview = trackOverview(deck([
      slide(1, 'slides.md', 1, { minutes: 1 }),
      slide(2, 'pages/a.md', 1, cover(0, { minutes: 2, tracks: both })),
      slide(3, 'pages/a.md', 2, { minutes: 120, tracks: both }),
      slide(4, 'pages/b.md', 1, cover(1, { minutes: 2, tracks: both })),
      slide(5, 'pages/b.md', 2, { minutes: 60, tracks: both }),
      slide(6, 'pages/b.md', 3, { minutes: 60, tracks: both }),
    ]))
    expect(overview.map(t => t.id)).toEqual(['2j', '1j'])
    // Chapter 0 ends at 11:03, the pause follows; chapter 1 runs from 11:18 to lunch (12:23) and after it.
    expect(overview[1].days).toEqual([{ day: 1, morning: [0, 1], afternoon: [1], end: '14:20' }])
  })

  it('names chapter spans the French way', () => {
    expect(chapterSpan([0, 1, 2, 3])).toBe('chapitres 0 à 3')
    expect(chapterSpan([4, 5])).toBe('chapitres 4 et 5')
    expect(chapterSpan([9])).toBe('chapitre 9')
    expect(chapterSpan([1, 3, 4])).toBe('chapitres 1, 3 et 4')
    expect(chapterSpan([])).toBe('—')
  })
})
