import { describe, expect, it } from 'vitest'
import { A4, fit, groupSlides, paginate, toPdf } from './layout'

describe('paginate', () => {
  it('keeps a note that fits on the slide page', () => {
    expect(paginate([10, 20, 30], 60, 100)).toEqual([[0, 1, 2]])
  })
  it('moves the blocks that do not fit to continuation pages, never cutting one', () => {
    expect(paginate([40, 30, 80, 50, 60], 75, 100)).toEqual([[0, 1], [2], [3], [4]])
    expect(paginate([40, 30, 20, 50], 75, 100)).toEqual([[0, 1], [2, 3]])
  })
  it('leaves the slide page without notes when even the first block does not fit there', () => {
    expect(paginate([90, 10], 50, 100)).toEqual([[], [0, 1]])
  })
  it('gives one empty slide page for a slide without notes', () => {
    expect(paginate([], 50, 100)).toEqual([[]])
  })
  it('refuses a block taller than a whole continuation page, and bad sizes', () => {
    expect(() => paginate([10, 120], 50, 100)).toThrow(/bloc 2 : 120 px, plus haut qu'une page de suite \(100 px\)/)
    expect(() => paginate([Number.NaN], 50, 100)).toThrow(/bloc 1 : hauteur invalide/)
    expect(() => paginate([1], 50, 0)).toThrow(/hauteurs de page invalides/)
  })
})

describe('groupSlides', () => {
  it('groups slides three to a page, the last page holding the rest', () => {
    expect(groupSlides(7, 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]])
    expect(groupSlides(6, 3)).toHaveLength(2)
    expect(groupSlides(591, 3)).toHaveLength(197)
  })
  it('refuses an empty deck or a bad page size', () => {
    expect(() => groupSlides(0, 3)).toThrow(/nombre de diapositives invalide/)
    expect(() => groupSlides(5, 0)).toThrow(/diapositives par page invalide/)
  })
})

describe('fit', () => {
  it('centres a 16:9 slide in a taller box, full width', () => {
    expect(fit({ x: 0, y: 0, width: 160, height: 120 }, 16 / 9)).toEqual({ x: 0, y: 15, width: 160, height: 90 })
  })
  it('centres it in a wider box, full height', () => {
    expect(fit({ x: 10, y: 0, width: 200, height: 90 }, 16 / 9)).toEqual({ x: 30, y: 0, width: 160, height: 90 })
  })
  it('refuses an empty box', () => {
    expect(() => fit({ x: 0, y: 0, width: 0, height: 10 }, 1)).toThrow(/invalides/)
  })
})

describe('toPdf', () => {
  it('turns CSS px from the top left into points from the bottom left', () => {
    expect(toPdf({ x: 96, y: 0, width: 96, height: 48 })).toEqual({ x: 72, y: A4.height - 36, width: 72, height: 36 })
    const bottom = toPdf({ x: 0, y: 1000, width: 10, height: 100 }, 1100 * 0.75)
    expect(bottom.y).toBeCloseTo(0)
  })
})
