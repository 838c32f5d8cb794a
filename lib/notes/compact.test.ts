import { describe, expect, it } from 'vitest'
import { isReactive, reactive } from 'vue'
import { compactSlideList, compactSlideModule, slidevSlideList, slidevTemplate } from './compact'
import { slideMeta } from './meta'

const values = {
  frontmatterData: { layout: 'chapter-cover', class: 'text-center', clicks: 2 },
  info: { content: '', revision: '-2tlxwg', note: '', title: 'De six commandes à un fichier', level: 1, index: 273, noteHTML: '', images: [], raw: '' },
  filepath: '',
  start: 21,
  sourceIndex: 1,
  id: 273,
  no: 274,
}

/** What Slidev's module evaluates to (its template, as an object), for comparison with `slideMeta`. */
function slidevMeta(frontmatter: Record<string, any>) {
  return {
    layout: frontmatter.layout,
    transition: frontmatter.transition,
    class: frontmatter.class,
    clicks: frontmatter.clicks,
    name: frontmatter.name,
    preload: frontmatter.preload,
    slide: { ...values.info, frontmatter, filepath: values.filepath, start: values.start, sourceIndex: values.sourceIndex, id: values.id, no: values.no },
    __clicksContext: null,
    __preloaded: false,
  }
}

describe('compactSlideModule', () => {
  it('keeps the data and the exports, and drops the getters and the empty fields', () => {
    const code = slidevTemplate(values)
    const out = compactSlideModule(code, 'slides.md__slidev_274.frontmatter', '/x/meta.ts')
    expect(out).toContain('import { slideMeta } from "/x/meta.ts"')
    expect(out).toContain(`export const frontmatterData = ${JSON.stringify(values.frontmatterData)}`)
    expect(out).toContain('export default frontmatter')
    expect(out).toContain('export const meta = slideMeta(frontmatter, {"revision":"-2tlxwg","title":"De six commandes à un fichier","level":1,"index":273}, 21, 1, 273, 274)')
    expect(out).toContain('// @unocss-include')
    expect(out.length).toBeLessThan(code.length / 2)
  })

  it('keeps a field that differs from its default', () => {
    const out = compactSlideModule(slidevTemplate({ ...values, info: { ...values.info, images: ['a.png'], raw: 'x' } }), 'a', '/m.ts')
    expect(out).toContain('"images":["a.png"]')
    expect(out).toContain('"raw":"x"')
  })

  it('fails with the module id and the line when Slidev changes its template', () => {
    const code = slidevTemplate(values)
    expect(() => compactSlideModule(code.replace('  get name(){ return frontmatter.name },\n', ''), 'deck.md__slidev_3.frontmatter', '/m.ts'))
      .toThrow(/deck\.md__slidev_3\.frontmatter : ligne \d+/)
    expect(() => compactSlideModule(code.replace('get class(){', 'get klass(){'), 'b', '/m.ts')).toThrow(/ligne 19 .*klass/)
    expect(() => compactSlideModule(code.replace('    no: 274,', '    no: 274, extra: 1,'), 'c', '/m.ts')).toThrow(/ligne 30/)
    expect(() => compactSlideModule(`${code}\nexport const more = 1`, 'd', '/m.ts')).toThrow(/ligne 35/)
    expect(() => compactSlideModule(slidevTemplate({ ...values, filepath: '/deck/pages/a.md' }), 'e', '/m.ts')).toThrow(/chemin de fichier/)
  })
})

describe('slideMeta', () => {
  it('builds the object Slidev builds, getters following the frontmatter', () => {
    const frontmatter = reactive({ ...values.frontmatterData }) as Record<string, any>
    const compact = JSON.parse(compactSlideModule(slidevTemplate(values), 'a', '/m.ts').match(/slideMeta\(frontmatter, (\{.*\}), /)![1]!)
    const meta = slideMeta(frontmatter, compact, 21, 1, 273, 274)
    expect(isReactive(meta)).toBe(true)
    const plain = (m: any) => ({ ...m, slide: { ...m.slide } })
    expect(plain(meta)).toEqual(slidevMeta(frontmatter))
    frontmatter.layout = 'default'
    expect(meta.layout).toBe('default')
    expect(meta.slide.frontmatter).toBe(frontmatter)
  })

  it('gives each slide its own images list', () => {
    const a = slideMeta({}, {}, 0, 0, 0, 1)
    const b = slideMeta({}, {}, 0, 0, 1, 2)
    expect(a.slide.images).not.toBe(b.slide.images)
  })
})

describe('compactSlideList', () => {
  const errorLayout = '/deck/node_modules/@slidev/client/layouts/error.vue'
  it('keeps one import() per slide and the frontmatter imports, with one shared factory', () => {
    const code = slidevSlideList(3, errorLayout)
    const out = compactSlideList(code, '/@slidev/slides')
    for (const no of [1, 2, 3]) {
      expect(out).toContain(`import { meta as f${no} } from '/@slidev/slides/${no}/frontmatter'`)
      expect(out).toContain(`  slide(${no - 1}, f${no}, () => import('/@slidev/slides/${no}/md')),`)
    }
    expect(out).toContain(`import SlideError from '${errorLayout}'`)
    expect(out).toContain('export const slides = shallowRef([')
    expect(out.match(/import\(/g)).toHaveLength(3)
    expect(compactSlideList(slidevSlideList(300, errorLayout), 'x').length).toBeLessThan(slidevSlideList(300, errorLayout).length * 0.6)
  })

  it('fails with the line when Slidev changes the module', () => {
    const code = slidevSlideList(2, errorLayout)
    expect(() => compactSlideList(code.replace('delay: 300', 'delay: 200'), '/@slidev/slides')).toThrow(/\/@slidev\/slides : ligne 7 .*delay: 200/)
    expect(() => compactSlideList(`${code}\nexport const extra = 1`, 'x')).toThrow(/ligne 33 .*extra/)
    expect(() => compactSlideList('export const slides = []', 'x')).toThrow(/introuvable/)
  })
})
