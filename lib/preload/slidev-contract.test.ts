import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// lib/preload relies on three facts of Slidev's source, checked here so that an upgrade that changes them fails
// `npm test` instead of silently mounting the whole deck again (or nothing at all).
const client = join(__dirname, '../../node_modules/@slidev/client')
const cliDist = join(__dirname, '../../node_modules/@slidev/cli/dist')
const slidesShow = readFileSync(join(client, 'internals/SlidesShow.vue'), 'utf-8')
const cli = readdirSync(cliDist).filter(f => f.endsWith('.mjs')).map(f => readFileSync(join(cliDist, f), 'utf-8')).join('\n')

describe('what lib/preload expects of Slidev', () => {
  it('mounts a slide that is current or flagged __preloaded', () => {
    expect(slidesShow).toMatch(/r\.meta\?\.__preloaded \|\| r === currentSlideRoute\.value/)
  })

  it('skips a route whose meta.preload is false when it preloads (neighbours, then everything after a delay)', () => {
    expect(slidesShow).toMatch(/if \(route\.meta\.preload !== false\) \{\s*route\.meta\.__preloaded = true/)
    expect(slidesShow).toMatch(/routes\.forEach\(preloadRoute\)/)
  })

  it('reads meta.preload from the slide\'s frontmatter object, which the course may change at run time', () => {
    expect(cli).toContain('"  get preload(){ return frontmatter.preload },"')
    expect(cli).toContain('"  __preloaded: false,"')
    expect(cli).toMatch(/export const meta = shallowReactive\(\{/)
  })
})
