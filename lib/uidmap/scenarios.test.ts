import { describe, expect, it } from 'vitest'
import { resolve } from './map'
import { hostRanges, steps, SUBUID_LINE, traceStep, uidMapText } from './scenarios'

const byId = (id: string) => steps.find(s => s.id === id)!

describe('uidmap steps', () => {
  it('five steps with unique ids, the container\'s map first', () => {
    expect(steps.map(s => s.id)).toEqual(['rootful', 'rootless', 'postgres', 'keep-id', 'hote'])
    for (const s of steps)
      expect(s.levels[0].label).toBe('conteneur')
    expect(SUBUID_LINE).toBe('alice:100000:65536')
  })

  it('every example ID is mapped to the host', () => {
    for (const s of steps)
      expect(resolve(s.levels.map(l => l.ranges), s.example.id), s.id).toBeTypeOf('number')
  })

  it('rootful: container root is host root', () => {
    expect(traceStep(byId('rootful'), 0).at(-1)).toMatchObject({ to: 0 })
  })

  it('rootless: root → 1000, postgres 999 → 100998', () => {
    expect(uidMapText(byId('rootless').levels[0]).split('\n').map(l => l.trim().split(/\s+/).join(' ')))
      .toEqual(['0 1000 1', '1 100000 65536'])
    expect(traceStep(byId('rootless'), 0).at(-1)).toMatchObject({ to: 1000 })
    expect(traceStep(byId('postgres'), 999).at(-1)).toMatchObject({ to: 100998 })
  })

  it('keep-id: 1000 stays 1000 on the host; its host view has three ranges', () => {
    const keep = byId('keep-id')
    expect(resolve(keep.levels.map(l => l.ranges), 1000)).toBe(1000)
    expect(hostRanges(keep).map(r => [r.inside, r.outside, r.count])).toEqual([[0, 100000, 1000], [1000, 1000, 1], [1001, 101000, 64536]])
  })

  it('the host check transcript agrees with the computation', () => {
    const check = byId('hote')
    const host = resolve(check.levels.map(l => l.ranges), check.example.id)
    expect(host).toBe(100998)
    expect(check.terminal!.filter(l => l.includes(String(host)))).toHaveLength(3)
    expect(check.terminal!.some(l => l.trim().startsWith('1000 conmon'))).toBe(true)
    expect(check.terminal!.at(-1)).toContain(' 999 999 ')
  })

  it('the postgres run can initialise its volume, and the host-side ls stays outside the 0700 data dir', () => {
    const check = byId('hote')
    expect(check.command).toContain('-e POSTGRES_PASSWORD=')
    expect(check.command).toContain('docker.io/library/postgres:18')
    expect(byId('postgres').command).toBe(check.command)
    const hostLs = check.terminal!.filter(l => l.startsWith('$ ls -ln'))
    expect(hostLs).toEqual(['$ ls -ln $V/18'])
    expect(check.terminal!).toContain('drwx------ 19 100998 100998 4096 … docker')
  })

  it('texts use no-break spaces before « : ; ? ! »', () => {
    for (const s of steps) {
      for (const t of [s.note, s.title, s.command, s.example.who])
        expect(t, s.id).not.toMatch(/ [:;?!]|\S[;?!]/)
    }
  })
})
