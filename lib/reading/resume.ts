/**
 * « Reprise »: the last slide (and the last reading-mode section) the student viewed, kept in localStorage so that the
 * welcome slide can offer to resume. Only ever imported dynamically (global-bottom.vue once the first slide is idle,
 * Reprise.vue, the reading mode): one small chunk, never in the first slide's payload, one module instance.
 */

import { storedRecord } from '../storage/record'

export const RESUME_KEY = 'conteneurs-reprise:v1'

export interface ResumePoint {
  /** Last slide viewed in the slide show (1-based). */
  slide?: number
  /** Last reading-mode section viewed: its slide number. */
  section?: number
}

interface StorageLike {
  getItem: (key: string) => string | null
  setItem: (key: string, value: string) => void
}

const isSlideNo = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100_000

/** Parses the stored value; anything malformed is ignored field by field (never throws). */
export function readResume(raw: string | null | undefined): ResumePoint {
  const record = storedRecord(raw)
  const point: ResumePoint = {}
  if (isSlideNo(record.slide))
    point.slide = record.slide
  if (isSlideNo(record.section))
    point.section = record.section
  return point
}

function storage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined
  }
  catch {
    return undefined
  }
}

/** The stored point, validated (empty without storage). */
export function loadResume(store: StorageLike | undefined = storage()): ResumePoint {
  try {
    return readResume(store?.getItem(RESUME_KEY))
  }
  catch {
    return {}
  }
}

/** Records part of the point (`{ slide }` or `{ section }`), keeping the other part. Storage errors are ignored. */
export function saveResume(update: ResumePoint, store: StorageLike | undefined = storage()): void {
  if (!store)
    return
  const next = { ...loadResume(store) }
  if (update.slide !== undefined && isSlideNo(update.slide))
    next.slide = update.slide
  if (update.section !== undefined && isSlideNo(update.section))
    next.section = update.section
  try {
    store.setItem(RESUME_KEY, JSON.stringify(next))
  }
  catch {}
}

let atStart: ResumePoint | undefined

/**
 * The point as it was when the page opened, read once: the slide show records every slide viewed, the welcome
 * slide included, so the offer to resume must come from the previous visit, not from this one.
 */
export function resumeAtStart(): ResumePoint {
  atStart ??= loadResume()
  return atStart
}

/** Records the slide being viewed, after taking the previous visit's point (`resumeAtStart`). */
export function recordSlide(no: number): void {
  resumeAtStart()
  saveResume({ slide: no })
}

/**
 * The slide the welcome slide offers to resume at: the last one viewed, unless it is slide 1, the slide being shown
 * or out of the deck.
 */
export function resumeTarget(point: ResumePoint, total: number, current?: number): number | undefined {
  const slide = point.slide
  return slide !== undefined && slide > 1 && slide <= total && slide !== current ? slide : undefined
}
