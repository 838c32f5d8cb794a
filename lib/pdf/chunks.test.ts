import { describe, expect, it } from 'vitest'
import { printRanges } from './chunks'

describe('printRanges', () => {
  it('covers every slide once, in order, in pieces of at most `size`', () => {
    expect(printRanges(414, 100)).toEqual(['1-100', '101-200', '201-300', '301-400', '401-414'])
    expect(printRanges(201, 100)).toEqual(['1-100', '101-200', '201'])
    expect(printRanges(20, 100)).toEqual(['1-20'])
  })

  it('refuses a deck or a piece size that is not a positive integer', () => {
    expect(() => printRanges(0, 100)).toThrow(/diapositives/)
    expect(() => printRanges(10, 0)).toThrow(/morceau/)
  })
})
