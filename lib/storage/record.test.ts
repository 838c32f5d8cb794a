import { describe, expect, it } from 'vitest'
import { storedRecord } from './record'

describe('storedRecord', () => {
  it('returns the stored object', () => {
    expect(storedRecord('{"slide":12,"x":[1]}')).toEqual({ slide: 12, x: [1] })
  })

  it('returns {} for nothing, invalid JSON, arrays and primitives', () => {
    expect([undefined, null, '', '{', '[1,2]', '12', 'null', '"text"'].map(storedRecord)).toEqual([{}, {}, {}, {}, {}, {}, {}, {}])
  })
})
