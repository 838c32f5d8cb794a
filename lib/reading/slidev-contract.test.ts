import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf-8')
const provided = (source: string) => [...source.matchAll(/provideLocal\((injection\w+)/g)].map(m => m[1]).sort()

describe('reading mode and Slidev (components/reading/ReadingSlide.vue)', () => {
  it('gives a slide every injection Slidev\'s SlideWrapper gives it', () => {
    const slidev = provided(read('node_modules/@slidev/client/internals/SlideWrapper.vue'))
    const ours = provided(read('components/reading/ReadingSlide.vue'))
    expect(slidev.length).toBeGreaterThan(4)
    expect(slidev.filter(key => !ours.includes(key))).toEqual([])
  })
  it('renders a slide at a fixed click step the way the print view does', () => {
    expect(read('node_modules/@slidev/client/internals/PrintSlide.vue')).toContain('createFixedClicks(')
    expect(read('node_modules/@slidev/client/composables/useClicks.ts')).toMatch(/export function createFixedClicks\(\s*route\?: SlideRoute/)
  })
})
