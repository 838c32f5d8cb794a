import { describe, expect, it } from 'vitest'
import { alignmentOf, boxStyle, sizeStep, viewBoxOf } from './view'

const svg = (w: number, h: number) => `<svg id="m1" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: ${w}px;" viewBox="-8 -8 ${w} ${h}" role="graphics-document document"><g/></svg>`

describe('viewBoxOf', () => {
  it('reads the width and height of the root viewBox', () => {
    expect(viewBoxOf(svg(400.5, 120))).toEqual({ width: 400.5, height: 120 })
    expect(viewBoxOf('<svg width="10"><svg viewBox="0 0 5 5"/></svg>')).toBeNull()
    expect(viewBoxOf('<svg viewBox="0 0 0 5"></svg>')).toBeNull()
  })
})

describe('alignmentOf', () => {
  it('centres top-to-bottom flowcharts, the rest starts top left', () => {
    expect(alignmentOf('flowchart TB\n a --> b')).toBe('center')
    expect(alignmentOf('%% comment\n  accTitle: x\ngraph TD\n a --> b')).toBe('center')
    expect(alignmentOf('flowchart LR\n a --> b')).toBe('start')
    expect(alignmentOf('sequenceDiagram\n A->>B: x')).toBe('start')
  })
})

describe('boxStyle and sizeStep', () => {
  const full = { width: 400, height: 100 }
  it('keeps the complete diagram\'s size, like Slidev\'s mermaid (width at most the slide\'s, or height × scale)', () => {
    expect(boxStyle(full)).toEqual({ width: 'min(100%, 400px)', aspectRatio: '400 / 100' })
    expect(boxStyle(full, 0.5)).toEqual({ width: '200px', height: '50px' })
  })

  it('draws a smaller step at the same scale as the complete diagram', () => {
    const step = sizeStep(svg(100, 50), full)
    expect(step).toMatch(/^<svg style="display:block;max-width:none;width:25%;height:auto" id="m1" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="-8 -8 100 50" role="graphics-document document"><g\/><\/svg>$/)
    expect(sizeStep(svg(100, 50), full, 0.5)).toContain('style="display:block;max-width:none;width:50px;height:25px"')
    expect(sizeStep(svg(400, 100), full)).toContain('width:100%;height:auto')
  })

  it('shrinks a step laid out taller or wider than the complete diagram to fit its box', () => {
    // 100×200 in a 400×100 box: height is the limit, factor 0.5 → 50×100 (12.5 % of the box width).
    expect(sizeStep(svg(100, 200), full)).toContain('width:12.5%;height:auto')
    expect(sizeStep(svg(100, 200), full, 0.5)).toContain('width:25px;height:50px')
    expect(sizeStep(svg(800, 50), full, 1)).toContain('width:400px;height:25px')
  })
})
