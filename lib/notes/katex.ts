import type { Plugin } from 'vite'

/**
 * KaTeX's stylesheet out of the first payload.
 *
 * Slidev (53) turns math on for the whole deck as soon as any slide, code blocks included, contains two `$` on a
 * line (`detectFeatures`): a shell example such as `echo $HOME $USER` is enough. It then imports
 * `katex/dist/katex.min.css` (≈ 19 KB plus twenty @font-face rules) into the render-blocking stylesheet of every
 * page. The course writes no math: in a build this plugin drops that import from Slidev's
 * `/@slidev/conditional-styles` module, and fails the build, naming the slide, if a slide does render math
 * (KaTeX's MathML output in a compiled slide): then the stylesheet would be needed and must stay.
 */
export const CONDITIONAL_STYLES = '/@slidev/conditional-styles'
const KATEX_CSS_IMPORT = /^import "[^"\n]*katex\/dist\/katex\.min\.css"\n?/m
const SLIDE_MODULE = /__slidev_(\d+)\.md$/
const KATEX_OUTPUT = '1998/Math/MathML'

/** The conditional-styles module without KaTeX's stylesheet (unchanged when it has none). */
export function dropKatexCss(code: string): string {
  return code.replace(KATEX_CSS_IMPORT, '')
}

/** Throws when a compiled slide contains KaTeX's output. */
export function assertNoMath(code: string, id: string): void {
  const slide = SLIDE_MODULE.exec(id)
  if (slide && code.includes(KATEX_OUTPUT))
    throw new Error(`diapositive ${slide[1]} (${id.replace(/__slidev_\d+\.md$/, '')}) : une formule KaTeX est rendue (deux « $ » dans le texte hors code ?). Mettre le texte en \`code\` ou retirer withoutKatexCss() de vite.config.ts.`)
}

export function withoutKatexCss(): Plugin {
  let build = false
  return {
    name: 'course:without-katex-css',
    enforce: 'post',
    configResolved(config) {
      build = config.command === 'build'
    },
    transform(code, id) {
      if (!build)
        return null
      if (id.endsWith(CONDITIONAL_STYLES))
        return { code: dropKatexCss(code), map: null }
      assertNoMath(code, id)
      return null
    },
  }
}
