import type { DrawnStatus } from './prerender'
import lz from 'lz-string'
import { drawingOptions, drawnKey } from './prerender'
import { parseSteps, StepError } from './steps'

/** Slidev's own info syntax for mermaid blocks: `mermaid {scale: 0.7}` (serve-*.mjs, RE_MERMAID). */
export const MERMAID_INFO = /^mermaid\s*(?:(\{[^\n]*\})\s*)?$/

export interface MermaidBlockContext {
  info: string
  code: string
  /** File of the slide and the slide's raw markdown with its first line in that file (0-based). */
  filepath: string
  slideRaw: string
  slideStart: number
  /**
   * Build-time drawings (lib/mermaid-live/prerender.ts): given, the block gets the key of its drawings (`drawn`),
   * unless its options pass something else to mermaid or mermaid refused it when drawing.
   */
  drawings?: {
    /** `renderFingerprint()`: what decides every drawing besides the block. */
    fingerprint: string
    status: (key: string) => DrawnStatus
    /** `slidev build`: a block scripts/diagrams.ts has not drawn fails the build (dev: the page draws it). */
    strict: boolean
  }
}

/** A step marker the author must fix: the build fails naming the file and line. */
export class MermaidBuildError extends Error {
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${file}:${line} : ${reason}`)
    this.name = 'MermaidBuildError'
  }
}

/**
 * A ```mermaid block becomes `<MermaidLive>` (components/MermaidLive.vue) with the same props as Slidev's own
 * `<Mermaid>` (`code-lz`, the fence's `{…}` options), after its step markers are checked, and the key of its
 * build-time drawings (`drawn`, lib/mermaid-live/prerender.ts). Returns undefined for any other block.
 */
export function transformMermaidBlock(ctx: MermaidBlockContext): string | undefined {
  const match = MERMAID_INFO.exec(ctx.info.trim())
  if (!match)
    return undefined
  const code = ctx.code.replace(/\s+$/, '')
  try {
    parseSteps(code)
  }
  catch (error) {
    if (!(error instanceof StepError))
      throw error
    throw new MermaidBuildError(ctx.filepath, blockLine(ctx, code) + error.line, error.message)
  }
  const drawing = ctx.drawings ? drawingOptions(match[1]) : null
  let drawn = ''
  if (ctx.drawings && drawing) {
    const key = drawnKey(code, drawing, ctx.drawings.fingerprint)
    const status = ctx.drawings.status(key)
    if (status === 'missing' && ctx.drawings.strict)
      throw new MermaidBuildError(ctx.filepath, blockLine(ctx, code), `diagramme sans dessin dans generated/diagrams/ (clé ${key}) : « npm run build » les dessine avant slidev build, sinon « npx tsx scripts/diagrams.ts <deck>.md »`)
    if (status !== 'refused')
      drawn = ` drawn="${key}"`
  }
  const options = match[1] ? ` v-bind="${match[1].replace(/"/g, '&quot;')}"` : ''
  return `<MermaidLive${options}${drawn} code-lz="${lz.compressToBase64(code)}" />`
}

/** 1-based line in the file of the block's first code line (the slide's start when it cannot be found). */
function blockLine(ctx: MermaidBlockContext, code: string): number {
  const lines = ctx.slideRaw.split('\n')
  const first = code.split('\n')[0]
  for (let i = 1; i < lines.length; i++) {
    if (/^\s*(?:`{3,}|~{3,})\s*mermaid\b/.test(lines[i - 1]!) && lines[i] === first)
      return ctx.slideStart + i + 1
  }
  return ctx.slideStart + 1
}
