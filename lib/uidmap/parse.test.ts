import { describe, expect, it } from 'vitest'
import { checkRanges, formatUidMap, ID_LIMIT, MAX_LINES, parseUidMap, readUidMap, UidMapError } from './parse'

const NB = '\u00A0'

describe('parseUidMap', () => {
  it('reads the kernel\'s padded columns, one range per line', () => {
    // `podman unshare cat /proc/self/uid_map`, as printed (Podman 4.3, this machine, a user with UID 1001).
    const text = '         0       1001          1\n         1     100000      65536\n'
    expect(parseUidMap(text)).toEqual({
      ranges: [
        { inside: 0, outside: 1001, count: 1, line: 1 },
        { inside: 1, outside: 100000, count: 65536, line: 2 },
      ],
      issues: [],
    })
  })

  it('accepts the initial namespace\'s identity map, the largest there is', () => {
    expect(readUidMap('0 0 4294967295')).toEqual([{ inside: 0, outside: 0, count: ID_LIMIT, line: 1 }])
  })

  it('ignores blank lines but keeps the line numbers of the text', () => {
    expect(readUidMap('\n0 1000 1\n\n1 100000 65536')[1].line).toBe(4)
  })

  it('wants three fields, in French, with the line number', () => {
    expect(parseUidMap('0 1000 1\n1 100000').issues).toEqual([
      { line: 2, message: `Ligne 2${NB}: 3 nombres attendus (intérieur extérieur nombre), 2 trouvés.` },
    ])
    expect(parseUidMap('0 1 2 3').issues[0].message).toContain('4 trouvés')
  })

  it('rejects what is not a non-negative integer', () => {
    expect(parseUidMap('0 -1 1').issues[0].message).toBe(`Ligne 1${NB}: «${NB}-1${NB}» n'est pas un entier positif ou nul.`)
    expect(parseUidMap('0 1.5 1').issues).toHaveLength(1)
    expect(parseUidMap('a 0 1').issues[0].message).toContain('«\u00A0a\u00A0»')
  })

  it('rejects a count of 0', () => {
    expect(parseUidMap('0 1000 0').issues[0].message).toBe(`Ligne 1${NB}: le nombre d'identifiants doit être supérieur à 0.`)
  })

  it('rejects numbers over 32 bits and ranges past 4294967294', () => {
    expect(parseUidMap('0 4294967296 1').issues[0].message).toContain('4294967296 dépasse 4294967295')
    // The kernel refuses first + count ≥ 2^32 (it wraps) and -1 is never an ID.
    expect(parseUidMap('1 1 4294967295').issues[0].message).toContain('dépasse 4294967294')
    expect(parseUidMap('4294967295 0 1').issues).toHaveLength(1)
    expect(parseUidMap('4294967294 4294967294 1').issues).toEqual([])
  })

  it('rejects ranges overlapping on the container side, naming both lines', () => {
    expect(parseUidMap('0 1000 1\n0 100000 65536').issues).toEqual([
      { line: 2, message: `Ligne 2${NB}: les UID du conteneur 0–65535 chevauchent ceux de la ligne 1 (0).` },
    ])
  })

  it('rejects ranges overlapping on the host side', () => {
    expect(parseUidMap('0 100000 10\n10 100009 5').issues[0].message)
      .toBe(`Ligne 2${NB}: les UID de l'hôte 100009–100013 chevauchent ceux de la ligne 1 (100000–100009).`)
  })

  it('accepts ranges that touch without overlapping (boundaries)', () => {
    expect(parseUidMap('0 100000 10\n10 100010 5').issues).toEqual([])
  })

  it('reports every broken line, and an empty map', () => {
    expect(parseUidMap('0 0\nx 1 1\n0 1 0').issues.map(i => i.line)).toEqual([1, 2, 3])
    expect(parseUidMap('  \n').issues[0].message).toBe(`Ligne 1${NB}: aucune plage, rien n'est mappé.`)
  })

  it(`allows ${MAX_LINES} lines, not more`, () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `${i} ${1000 + i} 1`).join('\n')
    expect(parseUidMap(lines(MAX_LINES)).issues).toEqual([])
    expect(parseUidMap(lines(MAX_LINES + 1)).issues[0].line).toBe(MAX_LINES + 1)
  })

  it('readUidMap throws every issue at once', () => {
    expect(() => readUidMap('0 0\n0 1 0')).toThrowError(UidMapError)
    try {
      readUidMap('0 0\n0 1 0')
    }
    catch (error) {
      expect((error as UidMapError).issues).toHaveLength(2)
    }
  })
})

describe('formatUidMap', () => {
  it('prints three columns of width 10, as /proc does', () => {
    expect(formatUidMap([{ inside: 0, outside: 1000, count: 1 }, { inside: 1, outside: 100000, count: 65536 }]))
      .toBe('         0       1000          1\n         1     100000      65536')
  })

  it('round-trips through the parser (checkRanges)', () => {
    expect(checkRanges([{ inside: 1, outside: 2, count: 3 }])).toEqual([{ inside: 1, outside: 2, count: 3, line: 1 }])
    expect(() => checkRanges([{ inside: 0, outside: 0, count: 0 }])).toThrowError(/supérieur à 0/)
  })
})
