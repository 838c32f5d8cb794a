import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SLIDEV_TITLE_RENDERER_CODE, TITLE_RENDERER } from './titles'

// lib/notes relies on how Slidev (53) generates a slide's frontmatter module and reads notes; an upgrade that
// changes it must fail here (the build also fails: splitNotes throws on an unknown shape).
const cliDist = join(__dirname, '../../node_modules/@slidev/cli/dist')
const client = join(__dirname, '../../node_modules/@slidev/client')
const cli = readdirSync(cliDist).filter(f => f.endsWith('.mjs')).map(f => readFileSync(join(cliDist, f), 'utf-8')).join('\n')

describe('what lib/notes expects of Slidev', () => {
  it('names the frontmatter module …__slidev_N.frontmatter and spreads the slide info on one JSON line', () => {
    expect(cli).toContain('const regexSlideSourceId = /__slidev_(\\d+)\\.(md|frontmatter)$/;')
    expect(cli).toContain(['`    ...($', '{JSON.stringify(slideBase)}),`'].join(''))
    expect(cli).toMatch(/noteHTML: renderNote\(data\?\.note\)/)
  })

  it('writes the frontmatter module from the template lib/notes/compact.ts checks line for line', () => {
    // The template's fixed lines, as they appear in Slidev's generator (quoted, one per array item).
    for (const line of ['  get layout(){ return frontmatter.layout },', '  get preload(){ return frontmatter.preload },', '  __clicksContext: null,', '  __preloaded: false,', 'export const frontmatter = import.meta.hot ? import.meta.hot.data.frontmatter : reactive(frontmatterData)'])
      expect(cli).toContain(JSON.stringify(line))
    expect(cli).toContain(['`    no: $', '{no},`'].join(''))
  })

  it('writes /@slidev/slides from the template lib/notes/compact.ts rebuilds (slidevSlideList)', () => {
    for (const line of ['`  delay: 300,`', '`  loadingComponent: SlideLoading,`', '`  onError: e => console.error(\'Failed to load slide \' + (idx + 1), e) `', '`  catch (e) { console.error(\'slide failed to load\', e); return SlideError }`', '`export const slides = import.meta.hot ? import.meta.hot.data.slides : shallowRef(data)`'])
      expect(cli).toContain(line)
  })

  it('lists the slides in /@slidev/slides, importing each frontmatter facade statically', () => {
    expect(cli).toContain('id: "/@slidev/slides"')
    expect(cli).toMatch(/import \{ meta as f\$\{no\} \} from '\$\{VIRTUAL_SLIDE_PREFIX\}\$\{no\}\/frontmatter'/)
  })

  it('reads a slide\'s notes in a build from meta.slide (useSlideInfo wraps it in a ref, hence a reactive proxy)', () => {
    const info = readFileSync(join(client, 'composables/useSlideInfo.ts'), 'utf-8')
    expect(info).toContain('info: ref(getSlide(no)?.meta.slide ?? null)')
    expect(readFileSync(join(client, 'pages/notes.vue'), 'utf-8')).toContain(':note-html="currentRoute?.meta.slide.noteHTML"')
  })

  it('re-exports the slide titles from /@slidev/title-renderer, used only by Goto.vue and TocList.vue (lib/notes/titles.ts)', () => {
    expect(cli).toContain(`id: "${TITLE_RENDERER}"`)
    expect(cli).toContain(`return ${JSON.stringify(SLIDEV_TITLE_RENDERER_CODE)};`)
    const users = ['internals/Goto.vue', 'builtin/TocList.vue']
    for (const file of users)
      expect(readFileSync(join(client, file), 'utf-8')).toContain('import TitleRenderer from \'#slidev/title-renderer\'')
  })
})
