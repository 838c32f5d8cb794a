import { describe, expect, it } from 'vitest'
import { lazyTitleRenderer, SLIDEV_TITLE_RENDERER_CODE } from './titles'

describe('lazyTitleRenderer', () => {
  it('turns Slidev\'s re-export into a dynamic import behind an async component', () => {
    const code = lazyTitleRenderer(`${SLIDEV_TITLE_RENDERER_CODE}\n`)
    expect(code).toContain('defineAsyncComponent(() => import("/@slidev/title-renderer.md"))')
    expect(code).not.toMatch(/^export \{ default \} from/m)
  })

  it('refuses a module of another shape', () => {
    expect(() => lazyTitleRenderer('export { default } from "/@slidev/other.md"')).toThrow(/contenu inattendu/)
    expect(() => lazyTitleRenderer('')).toThrow(/title-renderer/)
  })
})
