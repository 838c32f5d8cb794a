import type { PreparedIndex, SearchResult } from './search'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../deck/load'
import { COURSE_ENTRY } from '../deck/tracks'
import { buildSearchIndex } from './extract'
import { makeSnippet, parseQuery, prepareIndex, search } from './search'

const FIXTURE = fileURLToPath(new URL('./fixture/slides.md', import.meta.url))
const COURSE = fileURLToPath(new URL(`../../${COURSE_ENTRY}`, import.meta.url))

const snippetText = (result: SearchResult) => result.snippet.map(segment => segment.text).join('')
const hits = (result: SearchResult) => result.snippet.filter(segment => segment.hit).map(segment => segment.text)

describe('parseQuery', () => {
  it('reads the query as typed, then with its synonyms', () => {
    expect(parseQuery('Espaces de noms').map(reading => reading.phrase)).toEqual([['espaces', 'de', 'noms'], ['namespace']])
    expect(parseQuery('espace de noms').map(reading => reading.words)).toEqual([['espace', 'noms'], ['namespace']])
    expect(parseQuery('--mount')).toHaveLength(1)
  })

  it('keeps stopwords when the query has nothing else', () => {
    expect(parseQuery('de la')[0].words).toEqual(['de', 'la'])
  })
})

describe('search on a small deck', () => {
  let index: PreparedIndex
  beforeAll(async () => {
    index = prepareIndex(buildSearchIndex(await loadDeck(FIXTURE)))
  })
  const numbers = (query: string) => search(index, query).results.map(result => result.no)

  it('finds an option in titles, text, code, quizzes and notes, title first', () => {
    const found = search(index, '--mount').results
    expect(found[0].no).toBe(3)
    expect(found.map(result => result.no).sort()).toEqual([2, 3, 4, 6])
    expect(found[0]).toMatchObject({ chapter: 1, chapterTitle: 'Volumes et persistance', alias: 'v-ou-mount', title: '-v ou --mount ?', tier: 1 })
  })

  it('ignores case and accents, in the query and in the slides', () => {
    expect(numbers('COEUR')).toEqual([3])
    expect(numbers('cœur')).toEqual([3])
    expect(numbers('NAIF')).toEqual([3])
    expect(numbers('hote')).toEqual(numbers('HÔTE'))
  })

  it('matches file and image names whole', () => {
    expect(numbers('compose.yaml')).toEqual([7])
    expect(numbers('docker.io/library/alpine')).toEqual([7])
  })

  it('puts the phrase (or its synonym) before words found apart', () => {
    const found = search(index, 'espace de noms').results
    expect(found.map(result => result.no).slice(0, 2).sort()).toEqual([6, 7])
    expect(found.map(result => result.tier)).toEqual([1, 1, 0])
    expect(found[2].no).toBe(8)
    expect(hits(found.find(result => result.no === 7)!)).toEqual(['espace de noms'])
    expect(hits(found.find(result => result.no === 6)!)).toEqual(['namespace'])
  })

  it('needs every word of a multi-word query', () => {
    expect(numbers('espace disque')).toEqual([8])
    expect(numbers('espace introuvable')).toEqual([])
  })

  it('is deterministic', () => {
    expect(search(index, 'ressource').results).toEqual(search(index, 'ressource').results)
    expect(numbers('ressource')).toEqual([6, 7])
  })

  it('returns nothing for an empty or one-letter query', () => {
    expect(search(index, '  ').results).toEqual([])
    expect(search(index, 'e').total).toBe(0)
  })

  it('builds the snippet as text segments around the hits', () => {
    const [result] = search(index, 'bind mount').results
    expect(result.field).toBe('text')
    expect(hits(result)).toContain('bind mount')
    expect(snippetText(result)).toContain('Le bind mount monte un dossier de l\'hôte')
  })

  it('maps hits back to the original text, accents and ligatures included', () => {
    expect(makeSnippet('Le cœur a été touché', [{ start: 9, end: 14, weight: 1 }])).toEqual([
      { text: 'Le cœur ', hit: false },
      { text: 'a été', hit: true },
      { text: ' touché', hit: false },
    ])
  })

  it('reads the build\'s notes from virtual:course-notes when the index has none', async () => {
    const lean = buildSearchIndex(await loadDeck(FIXTURE), { notes: false })
    const notes = lean.docs.map(doc => doc[0] === 3 ? '<p>Dire : la d&eacute;mo <strong>naïve</strong></p>' : '')
    const withNotes = prepareIndex(lean, notes)
    expect(search(withNotes, 'naive').results.map(result => result.no)).toEqual([3])
    expect(search(prepareIndex(lean), 'naive').results).toEqual([])
  })
})

describe('search on the course (acceptance)', () => {
  let index: PreparedIndex
  let size: number
  beforeAll(async () => {
    const deck = await loadDeck(COURSE)
    index = prepareIndex(buildSearchIndex(deck))
    size = gzipSync(JSON.stringify(buildSearchIndex(deck, { notes: false }))).length
  })
  const top = (query: string, n: number) => search(index, query, n).results

  it('« --mount »: chapter 6\'s comparison of -v and --mount first, then its other --mount slides', () => {
    const found = top('--mount', 5)
    expect(found[0]).toMatchObject({ chapter: 6, title: '-v ou --mount\u00A0?' })
    expect(found.slice(0, 3).map(result => result.title)).toContain('Une faute de frappe dans le chemin')
    expect(found.filter(result => result.chapter === 6).length).toBeGreaterThanOrEqual(3)
    expect(hits(found[0])).toContain('--mount')
  })

  it('« healthcheck »: the Dockerfile\'s HEALTHCHECK, then Compose\'s healthcheck slides', () => {
    const found = top('healthcheck', 3)
    expect(found[0]).toMatchObject({ chapter: 5, alias: 'healthcheck' })
    expect(found.map(result => result.title)).toContain('Écrire un bon healthcheck')
    expect(found.map(result => result.alias)).toContain('service-healthy')
    expect(found.slice(1).every(result => result.chapter === 8)).toBe(true)
  })

  it('« espace de noms »: the Linux namespaces of chapter 2', () => {
    const found = top('espace de noms', 10)
    expect(found[0]).toMatchObject({ chapter: 2, alias: 'namespaces' })
    expect(found.map(result => result.alias)).toContain('namespace-user')
    expect(found.filter(result => result.chapter === 2).length).toBeGreaterThanOrEqual(6)
    expect(top('espaces de noms', 1)[0].alias).toBe('namespaces')
  })

  it('keeps the index well under 150 KB gzipped', () => {
    expect(size).toBeLessThan(150_000)
  })
})
