import type { StorageLike } from '@vueuse/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createQuizStore, readStoredAnswers, STORAGE_KEY } from './store'

const data = { id: 'ch1-a', sig: 's1', options: [{ html: 'a', correct: true }, { html: 'b', correct: false }] }
const other = { id: 'ch1-b', sig: 's2', options: [{ html: 'a', correct: false }, { html: 'b', correct: true }] }

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial))
  return {
    map,
    getItem: key => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: key => void map.delete(key),
  }
}

const throwing: StorageLike = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError')
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
}

afterEach(() => vi.restoreAllMocks())

describe('quiz store', () => {
  it('survives a reload: a new store on the same storage sees the answers', async () => {
    const storage = memoryStorage()
    const first = createQuizStore(storage)
    first.answer(data, [0])
    first.answer(other, [0])
    await nextTick()
    first.dispose()
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!)).toEqual({
      'ch1-a': { sig: 's1', selected: [0], correct: true },
      'ch1-b': { sig: 's2', selected: [0], correct: false },
    })
    const reloaded = createQuizStore(storage)
    expect(reloaded.answerOf(data)?.correct).toBe(true)
    expect(reloaded.score([data, other, { id: 'ch1-c', sig: 'x' }])).toEqual({ total: 3, answered: 2, correct: 1 })
    reloaded.dispose()
  })

  it('ignores an answer given to an older version of the question', () => {
    const store = createQuizStore(memoryStorage())
    store.answer(data, [0])
    expect(store.answerOf({ id: 'ch1-a', sig: 'changed' })).toBeUndefined()
    store.dispose()
  })

  it('resets some questions (a chapter) or all of them (the course)', async () => {
    const storage = memoryStorage()
    const store = createQuizStore(storage)
    store.answer(data, [0])
    store.answer(other, [1])
    store.forget(['ch1-a'])
    expect(store.score([data, other])).toEqual({ total: 2, answered: 1, correct: 1 })
    store.forgetAll()
    await nextTick()
    expect(store.score([data, other]).answered).toBe(0)
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!)).toEqual({})
    store.dispose()
  })

  it('starts empty on corrupted JSON, without a console error, and keeps working', async () => {
    const error = vi.spyOn(console, 'error')
    const storage = memoryStorage({ [STORAGE_KEY]: '{pas du json' })
    const store = createQuizStore(storage)
    expect(store.answers.value).toEqual({})
    store.answer(data, [0])
    await nextTick()
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!)['ch1-a'].correct).toBe(true)
    expect(error).not.toHaveBeenCalled()
    store.dispose()
  })

  it('keeps only well-formed entries of a stored value with the wrong shape', () => {
    expect(readStoredAnswers('[1, 2]')).toEqual({})
    expect(readStoredAnswers('null')).toEqual({})
    expect(readStoredAnswers(JSON.stringify({
      'ch1-a': { sig: 's1', selected: [1], correct: false },
      'ch1-b': { sig: 's2', selected: ['x'], correct: true },
      'ch1-c': 'garbage',
      'ch1-d': { sig: 's4', selected: [0], correct: true, extra: 1 },
    }))).toEqual({ 'ch1-a': { sig: 's1', selected: [1], correct: false } })
  })

  it('works in memory when storage throws, without a console error', async () => {
    const error = vi.spyOn(console, 'error')
    const store = createQuizStore(throwing)
    store.answer(data, [1])
    await nextTick()
    expect(store.answerOf(data)).toEqual({ sig: 's1', selected: [1], correct: false })
    expect(store.score([data])).toEqual({ total: 1, answered: 1, correct: 0 })
    store.forgetAll()
    await nextTick()
    expect(store.score([data]).answered).toBe(0)
    expect(error).not.toHaveBeenCalled()
    store.dispose()
  })
})
