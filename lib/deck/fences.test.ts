import type { DeckSlide } from './load'
import { describe, expect, it } from 'vitest'
import { parseMarkers, proseOf, slideFences } from './fences'

function slide(body: string, contentLine = 10): DeckSlide {
  return { no: 1, filepath: '/deck/pages/x.md', contentLine, indexInFile: 1, body, frontmatter: {}, frontmatterLines: {} }
}

describe('slideFences', () => {
  it('locates fences, language, meta and code by file line', () => {
    const fences = slideFences(slide(['# T', '', '```bash {2|3}', 'docker ps', '```', 'texte', '~~~yaml', 'a: 1', '~~~'].join('\n')))
    expect(fences.map(f => [f.lang, f.meta, f.code, f.line, f.codeLine])).toEqual([
      ['bash', '{2|3}', 'docker ps', 12, 13],
      ['yaml', '', 'a: 1', 16, 17],
    ])
  })

  it('keeps a longer outer fence around inner fences', () => {
    const fences = slideFences(slide(['````md', '```bash', 'x', '```', '````'].join('\n')))
    expect(fences).toHaveLength(1)
    expect(fences[0].code).toBe('```bash\nx\n```')
  })

  it('expands magic-move blocks into their steps, each at its own line', () => {
    const body = ['````md magic-move {lines: true}', '```dockerfile bad', 'FROM node:14', '```', '```dockerfile {2}', 'FROM node:24-alpine', 'USER node', '```', '````'].join('\n')
    const fences = slideFences(slide(body, 1))
    expect(fences.map(f => [f.lang, f.line, f.code, f.magicMoveStep, [...f.markers]])).toEqual([
      ['dockerfile', 2, 'FROM node:14', 0, ['bad']],
      ['dockerfile', 5, 'FROM node:24-alpine\nUSER node', 1, []],
    ])
  })
})

describe('parseMarkers', () => {
  it('reads bare words outside titles and braces', () => {
    expect([...parseMarkers('bad')]).toEqual(['bad'])
    expect([...parseMarkers('{2|3} {lines:true} fragment bad')]).toEqual(['fragment', 'bad'])
    expect([...parseMarkers('[Dockerfile] {1}')]).toEqual([])
    expect([...parseMarkers('[bad title] {bad}')]).toEqual([])
  })
})

describe('proseOf', () => {
  it('blanks fenced code but keeps line count', () => {
    const body = ['avant', '```html', '<img src="https://x/y.png">', '```', 'après'].join('\n')
    expect(proseOf(slide(body)).split('\n')).toEqual(['avant', '', '', '', 'après'])
  })

  it('blanks a whole magic-move block', () => {
    const body = ['````md magic-move', '```bash', 'a', '```', '````', 'fin'].join('\n')
    expect(proseOf(slide(body)).split('\n')).toEqual(['', '', '', '', '', 'fin'])
  })
})
