import type { RemovableRef, StorageLike } from '@vueuse/core'
import type { EffectScope } from 'vue'
import type { QcmData, QuizRef } from './answer'
import { useStorage } from '@vueuse/core'
import * as v from 'valibot'
import { effectScope } from 'vue'
import { storedRecord } from '../storage/record'
import { isCorrectSelection } from './answer'

/** Versioned key: change the version when the stored shape changes, old progress is then ignored. */
export const STORAGE_KEY = 'conteneurs-qcm:v1'

export const StoredAnswerSchema = v.strictObject({
  sig: v.string(),
  selected: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
  correct: v.boolean(),
})
export type StoredAnswer = v.InferOutput<typeof StoredAnswerSchema>
export type StoredAnswers = Record<string, StoredAnswer>

/**
 * Reads what localStorage holds. Garbage (invalid JSON, wrong shape) is not an error for the learner:
 * valid entries are kept, the others are ignored.
 */
export function readStoredAnswers(raw: string | null | undefined): StoredAnswers {
  const data = storedRecord(raw)
  const answers: StoredAnswers = {}
  for (const [id, value] of Object.entries(data)) {
    const parsed = v.safeParse(StoredAnswerSchema, value)
    if (parsed.success)
      answers[id] = parsed.output
  }
  return answers
}

export interface Score {
  total: number
  answered: number
  correct: number
}

export interface QuizStore {
  answers: RemovableRef<StoredAnswers>
  /** The stored answer to this version of the question, if any. */
  answerOf: (ref: QuizRef) => StoredAnswer | undefined
  answer: (data: Pick<QcmData, 'id' | 'sig' | 'options'>, selected: readonly number[]) => StoredAnswer
  forget: (ids: readonly string[]) => void
  forgetAll: () => void
  score: (refs: readonly QuizRef[]) => Score
  dispose: () => void
}

/**
 * Progress in localStorage through `useStorage`. When storage is missing or throws, the quiz keeps
 * working in memory: errors are swallowed on purpose (no console noise for the learner).
 */
export function createQuizStore(storage?: StorageLike): QuizStore {
  const scope: EffectScope = effectScope(true)
  const answers = scope.run(() => useStorage<StoredAnswers>(STORAGE_KEY, {}, storage, {
    serializer: { read: readStoredAnswers, write: value => JSON.stringify(value) },
    writeDefaults: false,
    onError: () => {},
  }))!

  const answerOf = (ref: QuizRef) => {
    const stored = answers.value[ref.id]
    return stored && stored.sig === ref.sig ? stored : undefined
  }

  return {
    answers,
    answerOf,
    answer(data, selected) {
      const entry: StoredAnswer = {
        sig: data.sig,
        selected: [...new Set(selected)].sort((a, b) => a - b),
        correct: isCorrectSelection(data, selected),
      }
      answers.value = { ...answers.value, [data.id]: entry }
      return entry
    },
    forget(ids) {
      const next = { ...answers.value }
      for (const id of ids)
        delete next[id]
      answers.value = next
    },
    forgetAll() {
      answers.value = {}
    },
    score(refs) {
      let answered = 0
      let correct = 0
      for (const ref of refs) {
        const stored = answerOf(ref)
        if (stored) {
          answered++
          if (stored.correct)
            correct++
        }
      }
      return { total: refs.length, answered, correct }
    },
    dispose: () => scope.stop(),
  }
}

let shared: QuizStore | undefined

/** The store shared by every quiz and score of the page (survives slide remounts). */
export function useQuizStore(): QuizStore {
  shared ??= createQuizStore()
  return shared
}
