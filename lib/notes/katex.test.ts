import katex from 'katex'
import { describe, expect, it } from 'vitest'
import { assertNoMath, dropKatexCss } from './katex'

describe('dropKatexCss', () => {
  it('removes only the KaTeX stylesheet import of the conditional-styles module', () => {
    const code = 'import "/@fs/deck/styles/index.css"\nimport "/@fs/deck/node_modules/katex/dist/katex.min.css"'
    expect(dropKatexCss(code)).toBe('import "/@fs/deck/styles/index.css"\n')
    expect(dropKatexCss('import "/x/styles/index.css"')).toBe('import "/x/styles/index.css"')
  })
})

describe('assertNoMath', () => {
  it('fails, naming the slide, when a compiled slide holds KaTeX output', () => {
    const html = katex.renderToString('x^2')
    const compiled = `const _hoisted_1 = ${JSON.stringify(html)}`
    expect(() => assertNoMath(compiled, '/deck/slides.md__slidev_12.md')).toThrow(/diapositive 12 .*KaTeX/)
  })

  it('accepts slides without math and ignores other modules', () => {
    expect(() => assertNoMath('const a = "echo $HOME $USER"', '/deck/slides.md__slidev_3.md')).not.toThrow()
    expect(() => assertNoMath(katex.renderToString('x'), '/deck/lib/other.ts')).not.toThrow()
  })
})
