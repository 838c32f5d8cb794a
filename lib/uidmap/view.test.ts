import { describe, expect, it } from 'vitest'
import { steps } from './scenarios'
import { explain, rangeRows, readId, span } from './view'

const NB = '\u00A0'
const byId = (id: string) => steps.find(s => s.id === id)!

describe('uidmap view', () => {
  it('span writes a single ID or a range', () => {
    expect(span(1000, 1)).toBe('1000')
    expect(span(1, 65536)).toBe('1–65536')
  })

  it('rangeRows marks the row holding the ID', () => {
    expect(rangeRows(byId('postgres'), 999)).toEqual([
      { inside: '0', outside: '1000', count: 1, current: false },
      { inside: '1–65536', outside: '100000–165535', count: 65536, current: true },
    ])
    expect(rangeRows(byId('postgres'), undefined).some(r => r.current)).toBe(false)
    expect(rangeRows(byId('rootful'), 0)).toEqual([{ inside: '0–4294967294', outside: '0–4294967294', count: 4294967295, current: true }])
  })

  it('readId accepts 0…4294967294 only', () => {
    expect(readId(' 999 ')).toEqual({ ok: true, id: 999 })
    expect(readId('4294967294')).toEqual({ ok: true, id: 4294967294 })
    for (const bad of ['', '-1', '1.5', 'abc', '4294967295'])
      expect(readId(bad), bad).toEqual({ ok: false, message: 'Entrez un UID entier entre 0 et 4294967294.' })
  })

  it('explain shows the arithmetic of the line used', () => {
    expect(explain(byId('postgres'), 999)).toEqual({
      host: 100998,
      hops: [`ligne 2 «${NB}1 100000 65536${NB}»${NB}: 100000 + (999 − 1) = 100998 (hôte)`],
    })
  })

  it('explain crosses the rootless namespace for keep-id', () => {
    expect(explain(byId('keep-id'), 999)).toEqual({
      host: 100999,
      hops: [
        `conteneur, ligne 1 «${NB}0 1 1000${NB}»${NB}: 1 + (999 − 0) = 1000`,
        `espace rootless, ligne 2 «${NB}1 100000 65536${NB}»${NB}: 100000 + (1000 − 1) = 100999 (hôte)`,
      ],
    })
    expect(explain(byId('keep-id'), 1000).host).toBe(1000)
  })

  it('explain says why an unmapped ID has no host ID', () => {
    const result = explain(byId('rootless'), 70000)
    expect(result.host).toBeUndefined()
    expect(result.unmapped).toContain(`70000 n'est dans aucune ligne du uid_map du conteneur${NB}: non mappé.`)
    expect(result.unmapped).toContain('EINVAL')
    expect(result.unmapped).toContain('65534 (nobody)')
  })
})
