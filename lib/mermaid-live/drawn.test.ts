import { describe, expect, it } from 'vitest'
import { indexDrawn, loadDrawn } from './drawn'

describe('indexDrawn', () => {
  it('keys the build\'s files by diagram key and theme', () => {
    const load = async () => []
    const index = indexDrawn({
      '../../generated/diagrams/drawn-0123abcd-light.json': load,
      '../../generated/diagrams/drawn-0123abcd-dark.json': load,
      '../../generated/diagrams/other.json': load,
    })
    expect([...index.keys()].sort()).toEqual(['0123abcd-dark', '0123abcd-light'])
  })
})

describe('loadDrawn', () => {
  it('gives the steps\' SVG, null when the build has none', async () => {
    const index = new Map([['k1-light', async () => ['<svg>0</svg>', '<svg>1</svg>']]])
    expect(await loadDrawn('k1', 'light', index)).toEqual(['<svg>0</svg>', '<svg>1</svg>'])
    expect(await loadDrawn('k1', 'dark', index)).toBeNull()
  })

  it('refuses content that is not a list of SVG strings', async () => {
    expect(await loadDrawn('k2', 'light', new Map([['k2-light', async () => ({ svg: 1 })]]))).toBeNull()
  })

  it('tries a failed fetch again later (offline, then online)', async () => {
    let calls = 0
    const index = new Map([['k3-light', async () => {
      calls++
      if (calls === 1)
        throw new Error('Failed to fetch dynamically imported module')
      return ['<svg/>']
    }]])
    expect(await loadDrawn('k3', 'light', index)).toBeNull()
    expect(await loadDrawn('k3', 'light', index)).toEqual(['<svg/>'])
    expect(await loadDrawn('k3', 'light', index)).toEqual(['<svg/>'])
    expect(calls).toBe(2)
  })
})
