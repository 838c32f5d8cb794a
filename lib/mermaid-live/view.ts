/**
 * How a live diagram's steps are laid out: every step is drawn at the scale of the complete diagram, in a box the
 * size of the complete diagram, so that the slide does not move and the shapes keep their size from click to click.
 */

export interface ViewBox { width: number, height: number }

/** The `viewBox` size of mermaid's root `<svg>`; null when it has none. */
export function viewBoxOf(svg: string): ViewBox | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? ''
  const box = /\bviewBox="\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*"/.exec(root)
  if (!box)
    return null
  const width = Number(box[1])
  const height = Number(box[2])
  return width > 0 && height > 0 ? { width, height } : null
}

/**
 * Where a smaller step sits in the box: flowcharts drawn top to bottom grow on both sides of their axis (centred);
 * left-to-right flowcharts, sequence diagrams and the rest grow to the right and down (top left).
 */
export function alignmentOf(source: string): 'start' | 'center' {
  const header = source.split('\n').map(l => l.trim()).find(l => l && !l.startsWith('%%') && !/^acc(?:Title|Descr)\b/.test(l)) ?? ''
  return /^(?:flowchart|graph)\s+(?:TB|TD|BT)\b/i.test(header) ? 'center' : 'start'
}

/** The box's CSS: `scale` as Slidev's `{scale: …}` (height = viewBox height × scale), else the width of the slide at most. */
export function boxStyle(full: ViewBox, scale?: number): Record<string, string> {
  if (scale)
    return { width: `${round(full.width * scale)}px`, height: `${round(full.height * scale)}px` }
  return { width: `min(100%, ${round(full.width)}px)`, aspectRatio: `${round(full.width)} / ${round(full.height)}` }
}

/**
 * Rewrites the root `<svg>` so that the step is drawn at the complete diagram's scale inside the box. A step that
 * the layout engine draws wider or taller than the complete diagram (nodes not yet linked get stacked) is shrunk
 * to fit the box rather than spilling over what follows it on the slide.
 */
export function sizeStep(svg: string, full: ViewBox, scale?: number): string {
  const step = viewBoxOf(svg)
  if (!step)
    return svg
  const fit = Math.min(1, full.width / step.width, full.height / step.height)
  const size = scale
    ? `width:${round(step.width * scale * fit)}px;height:${round(step.height * scale * fit)}px`
    : `width:${round(Math.min(100, (step.width * fit / full.width) * 100), 3)}%;height:auto`
  return svg.replace(/<svg\b[^>]*>/, (root) => {
    const rest = root.replace(/\s(?:width|height|style)="[^"]*"/g, '')
    return rest.replace(/^<svg\b/, `<svg style="display:block;max-width:none;${size}"`)
  })
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
