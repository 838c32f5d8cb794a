import type { ChapterEntry } from './chapters'
import type { Problem } from './check'
import type { Deck, DeckSlide } from './load'
import { relative } from 'node:path'
import { chapterOfSlide, listChapters } from './chapters'
import { where } from './load'

/**
 * Presentation tracks (« parcours »). Every slide belongs to the full site (self-study); a slide's frontmatter says
 * which presented tracks include it and how long it takes:
 *
 *   minutes: 3          # required on every slide: planned presentation time (a number ≥ 0, by half minutes)
 *   tracks: [1j, 2j]    # optional; without it, the slide is in the 2-day track only; `[]`: full site only
 *
 * Track decks (`slides.2j.md`, `slides.1j.md`) are generated from this (scripts/tracks.ts): no slide number is written
 * by hand anywhere, so inserting a slide never breaks a track, and a budget test fails when a track runs over.
 */
export const TRACK_IDS = ['2j', '1j'] as const
export type TrackId = typeof TRACK_IDS[number]

export interface TrackDefinition {
  id: TrackId
  label: string
  days: number
}

export const TRACKS: Record<TrackId, TrackDefinition> = {
  '2j': { id: '2j', label: 'Parcours 2 jours', days: 2 },
  '1j': { id: '1j', label: 'Parcours 1 jour', days: 1 },
}

/** Tracks of a slide without a `tracks` key: the 2-day track keeps the core of every chapter. */
export const DEFAULT_TRACKS: readonly TrackId[] = ['2j']

/**
 * A training day: 09:00–17:30 with two 15-minute breaks and one hour for lunch, i.e. 7 h of teaching. Breaks are
 * placed at their nominal teaching minute (`after`), between two slides, never in the middle of one.
 */
export const DAY = {
  start: 9 * 60,
  budget: 7 * 60,
  breaks: [
    { after: 90, minutes: 15, label: 'Pause' },
    { after: 195, minutes: 60, label: 'Déjeuner' },
    { after: 315, minutes: 15, label: 'Pause' },
  ],
} as const

/** How far (minutes) a break may move to fall between two chapters. */
export const BREAK_SHIFT = 15

/** The full course's entry deck; track decks are generated next to it (`slides.<track>.md`). */
export const COURSE_ENTRY = 'slides.md'

export const MINUTES_KEY = 'minutes'
export const TRACKS_KEY = 'tracks'

export interface TrackInfo {
  minutes?: number
  tracks: TrackId[]
}

/** Reads a slide's `minutes` and `tracks`, with one problem per malformed or missing value. */
export function trackInfo(deck: Pick<Deck, 'root'>, slide: DeckSlide): { info: TrackInfo, problems: Problem[] } {
  const problems: Problem[] = []
  // The key's line, else the slide's first frontmatter line, else its first content line.
  const firstKey = Math.min(...Object.values(slide.frontmatterLines))
  const at = (key: string) => where(deck, slide.filepath, slide.frontmatterLines[key] ?? (Number.isFinite(firstKey) ? firstKey : slide.contentLine))
  const rawMinutes = slide.frontmatter[MINUTES_KEY]
  let minutes: number | undefined
  if (rawMinutes === undefined) {
    problems.push({ at: at(MINUTES_KEY), message: `diapositive ${slide.no} sans durée : ajoutez « ${MINUTES_KEY}: N » (minutes de présentation, 0 si elle n'est pas présentée) à son frontmatter` })
  }
  else if (typeof rawMinutes !== 'number' || !Number.isFinite(rawMinutes) || rawMinutes < 0 || !Number.isInteger(rawMinutes * 2)) {
    problems.push({ at: at(MINUTES_KEY), message: `« ${MINUTES_KEY}: ${JSON.stringify(rawMinutes)} » : un nombre de minutes ≥ 0, par demi-minutes (ex. 2 ou 1.5), sans unité` })
  }
  else {
    minutes = rawMinutes
  }
  const rawTracks = slide.frontmatter[TRACKS_KEY]
  let tracks = [...DEFAULT_TRACKS]
  if (rawTracks !== undefined) {
    const known = TRACK_IDS as readonly unknown[]
    if (!Array.isArray(rawTracks) || rawTracks.some(t => !known.includes(t)) || new Set(rawTracks).size !== rawTracks.length)
      problems.push({ at: at(TRACKS_KEY), message: `« ${TRACKS_KEY}: ${JSON.stringify(rawTracks)} » : une liste sans doublon parmi ${TRACK_IDS.join(', ')} (ou [] pour le site complet seulement)` })
    else
      tracks = rawTracks as TrackId[]
  }
  return { info: { minutes, tracks }, problems }
}

export interface TrackSlide {
  slide: DeckSlide
  minutes: number
  chapter?: ChapterEntry
}

/** The slides of a track, in deck order, with their chapter. Throws with every problem of the deck's track data. */
export function selectTrack(deck: Deck, track: TrackId): TrackSlide[] {
  const problems = checkTrackData(deck)
  if (problems.length)
    throw new Error(problems.map(p => `${p.at} : ${p.message}`).join('\n'))
  const chapters = listChapters(deck.slides)
  return deck.slides.flatMap((slide) => {
    const { info } = trackInfo(deck, slide)
    // The title slide opens every track.
    return slide.no === 1 || info.tracks.includes(track) ? [{ slide, minutes: info.minutes!, chapter: chapterOfSlide(chapters, slide.no) }] : []
  })
}

/** Per-slide data problems (missing or malformed `minutes`/`tracks`), and slide-number references that tracks would break. */
export function checkTrackData(deck: Deck): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    problems.push(...trackInfo(deck, slide).problems)
    const numbered = /<Link\s[^>]*\bto="(\d+)"|^see\s*:\s*(\d+)\s*$/m.exec(slide.body)
    if (numbered) {
      const line = slide.contentLine + slide.body.slice(0, numbered.index).split('\n').length - 1
      problems.push({ at: where(deck, slide.filepath, line), message: `renvoi à la diapositive ${numbered[1] ?? numbered[2]} par son numéro : les numéros changent d'un parcours à l'autre, utilisez un routeAlias` })
    }
  }
  return problems
}

export interface AgendaRow {
  kind: 'chapter' | 'break'
  /** Wall-clock start, minutes since midnight. */
  start: number
  minutes: number
  label: string
  /** A chapter split by a break: its second part. */
  continued?: boolean
  chapter?: number
}

export interface AgendaDay {
  day: number
  rows: AgendaRow[]
  /** Teaching minutes (breaks excluded). */
  teaching: number
  end: number
}

/** A time of day: 570 → « 9 h 30 » style used on the agenda (« 09:30 »). */
export function clock(minutes: number): string {
  const rounded = Math.round(minutes)
  return `${String(Math.floor(rounded / 60)).padStart(2, '0')}:${String(rounded % 60).padStart(2, '0')}`
}

/** « 1 h 05 », « 45 min ». */
export function duration(minutes: number): string {
  const rounded = Math.round(minutes)
  if (rounded < 60)
    return `${rounded}\u00A0min`
  return `${Math.floor(rounded / 60)}\u00A0h\u00A0${String(rounded % 60).padStart(2, '0')}`
}

interface Block { key: string, label: string, chapter?: number, minutes: number[] }

/** Groups a track's slides by chapter (the opening slides before chapter 0 count with it). */
function blocksOf(slides: readonly TrackSlide[]): Block[] {
  const blocks: Block[] = []
  for (const { chapter, minutes } of slides) {
    const key = chapter ? `ch${chapter.chapter}` : 'opening'
    let block = blocks.at(-1)
    if (!block || (block.key !== key && !(block.key === 'opening'))) {
      block = { key, label: chapter ? `${chapter.chapter}. ${chapter.title}` : 'Ouverture', chapter: chapter?.chapter, minutes: [] }
      blocks.push(block)
    }
    else if (block.key === 'opening' && key !== 'opening') {
      // The opening joins the first chapter (the welcome chapter).
      block.key = key
      block.label = `${chapter!.chapter}. ${chapter!.title}`
      block.chapter = chapter!.chapter
    }
    block.minutes.push(minutes)
  }
  return blocks
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/**
 * Lays a track out over its days: whole chapters fill a day while they fit in its budget (a chapter longer than a
 * whole day is split), then the breaks are placed between slides at their nominal time.
 */
export function schedule(slides: readonly TrackSlide[], days: number): AgendaDay[] {
  const blocks = blocksOf(slides)
  const perDay: Block[][] = [[]]
  for (const block of blocks) {
    const today = perDay.at(-1)!
    const used = sum(today.flatMap(b => b.minutes))
    if (today.length > 0 && used + sum(block.minutes) > DAY.budget && perDay.length < days)
      perDay.push([block])
    else
      today.push(block)
  }
  return perDay.map((dayBlocks, index) => {
    const rows: AgendaRow[] = []
    let teaching = 0
    let paused = 0
    let nextBreak = 0
    for (const block of dayBlocks) {
      let row: AgendaRow | undefined
      for (const [i, minutes] of block.minutes.entries()) {
        const pause = DAY.breaks[nextBreak]
        // A break goes before the first slide that would end past its time by more than half of the slide; it moves
        // to a chapter boundary when one is within BREAK_SHIFT minutes, rather than cutting off a few minutes of chapter.
        const rest = sum(block.minutes.slice(i))
        const due = pause && teaching + minutes / 2 > pause.after
        const early = pause && i === 0 && teaching >= pause.after - BREAK_SHIFT
        if (pause && ((due && (i === 0 || rest > BREAK_SHIFT)) || early)) {
          rows.push({ kind: 'break', start: DAY.start + teaching + paused, minutes: pause.minutes, label: pause.label })
          paused += pause.minutes
          nextBreak++
          row = undefined
        }
        if (!row) {
          row = { kind: 'chapter', start: DAY.start + teaching + paused, minutes: 0, label: block.label, chapter: block.chapter, continued: rows.some(r => r.kind === 'chapter' && r.label === block.label) }
          rows.push(row)
        }
        row.minutes += minutes
        teaching += minutes
      }
    }
    return { day: index + 1, rows, teaching, end: DAY.start + teaching + paused }
  })
}

/** Budget problems of a track: a day over 7 h of teaching, or more days than the track has. */
export function checkBudget(days: readonly AgendaDay[], track: TrackDefinition): string[] {
  const problems: string[] = []
  if (days.length > track.days)
    problems.push(`${track.label} : ${days.length} jours nécessaires pour ${track.days} prévu(s)`)
  for (const day of days) {
    if (day.teaching > DAY.budget)
      problems.push(`${track.label}, jour ${day.day} : ${duration(day.teaching)} de contenu pour ${duration(DAY.budget)} disponibles (dépassement de ${duration(day.teaching - DAY.budget)}) ; retirez des diapositives du parcours (« tracks ») ou réduisez leurs « minutes »`)
  }
  return problems
}

/** Minutes per chapter in each track and in the full site: the authoring report (`npm run tracks -- --report`). */
export function chapterReport(deck: Deck): string {
  const chapters = listChapters(deck.slides)
  const rows = new Map<string, { label: string, all: number, tracks: Record<TrackId, number>, slides: Record<TrackId, number>, count: number }>()
  for (const slide of deck.slides) {
    const { info } = trackInfo(deck, slide)
    const chapter = chapterOfSlide(chapters, slide.no)
    const key = chapter ? `${chapter.chapter}` : '-'
    if (!rows.has(key))
      rows.set(key, { label: chapter ? `${chapter.chapter}. ${chapter.title}` : 'Ouverture', all: 0, tracks: { '2j': 0, '1j': 0 }, slides: { '2j': 0, '1j': 0 }, count: 0 })
    const row = rows.get(key)!
    row.count++
    row.all += info.minutes ?? 0
    for (const track of TRACK_IDS) {
      if (slide.no === 1 || info.tracks.includes(track)) {
        row.tracks[track] += info.minutes ?? 0
        row.slides[track]++
      }
    }
  }
  const lines = [`chapitre | diapositives | minutes (site complet) | 2j : diapositives / minutes | 1j : diapositives / minutes`]
  for (const row of rows.values())
    lines.push(`${row.label.slice(0, 40).padEnd(40)} | ${String(row.count).padStart(3)} | ${String(row.all).padStart(4)} | ${String(row.slides['2j']).padStart(3)} / ${String(row.tracks['2j']).padStart(4)} | ${String(row.slides['1j']).padStart(3)} / ${String(row.tracks['1j']).padStart(4)}`)
  const total = (f: (r: typeof rows extends Map<string, infer R> ? R : never) => number) => sum([...rows.values()].map(f))
  lines.push(`${'Total'.padEnd(40)} | ${String(total(r => r.count)).padStart(3)} | ${String(total(r => r.all)).padStart(4)} | ${String(total(r => r.slides['2j'])).padStart(3)} / ${String(total(r => r.tracks['2j'])).padStart(4)} | ${String(total(r => r.slides['1j'])).padStart(3)} / ${String(total(r => r.tracks['1j'])).padStart(4)}`)
  return lines.join('\n')
}

/** `1-3,5,8-9`: the positions as Slidev's `src: file.md#…` range syntax. */
export function rangeString(positions: readonly number[]): string {
  const parts: string[] = []
  let start = -1
  let previous = -1
  for (const position of [...positions].sort((a, b) => a - b)) {
    if (position === previous + 1) {
      previous = position
      continue
    }
    if (start !== -1)
      parts.push(start === previous ? `${start}` : `${start}-${previous}`)
    start = previous = position
  }
  if (start !== -1)
    parts.push(start === previous ? `${start}` : `${start}-${previous}`)
  return parts.join(',')
}

/** The `src:` imports of a track deck: each page file with the positions of its slides in the track, in deck order. */
export function trackImports(deck: Deck, slides: readonly TrackSlide[]): { file: string, range: string }[] {
  const imports: { file: string, positions: number[] }[] = []
  for (const { slide } of slides) {
    if (slide.filepath === deck.entry)
      continue
    const file = `./${relative(deck.root, slide.filepath)}`
    const last = imports.at(-1)
    if (last?.file === file)
      last.positions.push(slide.indexInFile)
    else
      imports.push({ file, positions: [slide.indexInFile] })
  }
  return imports.map(({ file, positions }) => ({ file, range: rangeString(positions) }))
}

export interface TrackOverviewDay {
  day: number
  /** Chapters taught before lunch, and after (a chapter cut by lunch is in both). */
  morning: number[]
  afternoon: number[]
  /** « 17:14 ». */
  end: string
}

export interface TrackOverview {
  id: TrackId
  label: string
  days: TrackOverviewDay[]
}

/** Which chapters each half-day of each track covers: the welcome chapter's « two formats » slide (<Parcours>). */
export function trackOverview(deck: Deck): TrackOverview[] {
  return TRACK_IDS.map((id) => {
    const days = schedule(selectTrack(deck, id), TRACKS[id].days)
    return {
      id,
      label: TRACKS[id].label,
      days: days.map((day) => {
        const lunch = day.rows.find(row => row.kind === 'break' && row.minutes >= 60)
        const half = (afternoon: boolean) => [...new Set(day.rows
          .filter(row => row.kind === 'chapter' && row.chapter !== undefined && (lunch ? (row.start >= lunch.start) === afternoon : !afternoon))
          .map(row => row.chapter!))]
        return { day: day.day, morning: half(false), afternoon: half(true), end: clock(day.end) }
      }),
    }
  })
}

/** « chapitres 0 à 3 », « chapitres 4 et 5 », « chapitre 9 », « chapitres 1, 3 et 4 ». */
export function chapterSpan(chapters: readonly number[]): string {
  if (chapters.length === 0)
    return '—'
  if (chapters.length === 1)
    return `chapitre ${chapters[0]}`
  const consecutive = chapters.every((n, i) => i === 0 || n === chapters[i - 1]! + 1)
  if (consecutive && chapters.length > 2)
    return `chapitres ${chapters[0]} à ${chapters.at(-1)}`
  return `chapitres ${chapters.slice(0, -1).join(', ')} et ${chapters.at(-1)}`
}
