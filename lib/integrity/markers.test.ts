import { describe, expect, it } from 'vitest'
import { bracedMarkerMessage, misplacedMarkerMessage, scanMarkers } from './markers'

function scan(meta: string) {
  const s = scanMarkers(meta)
  return { markers: [...s.markers].sort(), braced: s.braced, beforeRange: s.beforeRange }
}

describe('fence markers', () => {
  it('reads bare markers placed last, alone or after a title, ranges and options', () => {
    expect(scan('bad')).toEqual({ markers: ['bad'], braced: [], beforeRange: [] })
    expect(scan('{2|3} fragment')).toEqual({ markers: ['fragment'], braced: [], beforeRange: [] })
    expect(scan('[compose.yaml] {1|2} {lines:true} bad fragment')).toEqual({ markers: ['bad', 'fragment'], braced: [], beforeRange: [] })
  })

  it('ignores words inside titles and options', () => {
    expect(scan('[bad.yaml] {1|2}')).toEqual({ markers: [], braced: [], beforeRange: [] })
    expect(scan('{scale: 0.7}')).toEqual({ markers: [], braced: [], beforeRange: [] })
  })

  it('flags a marker before a range or title (Slidev then drops them) and the braced spelling (dims the block)', () => {
    expect(scan('fragment {2|3}')).toEqual({ markers: ['fragment'], braced: [], beforeRange: [{ marker: 'fragment', lost: '{2|3}' }] })
    expect(scan('{bad}')).toEqual({ markers: ['bad'], braced: ['bad'], beforeRange: [] })
    expect(bracedMarkerMessage('bad', 'dockerfile')).toBe('marqueur « {bad} » : Slidev le lit comme une plage de lignes à surligner et grise tout le bloc — écrire le mot en fin de ligne : « ```dockerfile bad » ou « ```dockerfile {2|3} bad »')
    expect(misplacedMarkerMessage('fragment', 'yaml', '{1-8|9-14}')).toBe('marqueur « fragment » placé avant « {1-8|9-14} » : Slidev ignore alors la plage et le titre — le placer en fin de ligne : « ```yaml {1-8|9-14} fragment »')
  })
})
