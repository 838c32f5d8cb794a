import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKSTAGE_ADVICE, findBackstage } from '../lib/deck/backstage'
import { checkDeck, formatProblems } from '../lib/deck/check'
import { loadDeck, where } from '../lib/deck/load'

const fixture = (name: string) => resolve(__dirname, 'fixtures/decks', name, 'slides.md')

describe('the course deck', async () => {
  const deck = await loadDeck('slides.md')

  it('parses, with its chapters imported from pages/', () => {
    expect(deck.slides.length).toBeGreaterThan(3)
    expect(deck.files.some(file => file.includes('/pages/'))).toBe(true)
  })

  it('has valid internal links, existing local assets and no remote resource', () => {
    const problems = checkDeck(deck)
    expect(problems, formatProblems(problems)).toEqual([])
  })
})

describe('deck checks on broken fixtures', () => {
  it('accepts a valid deck, including remote URLs inside code blocks and documentation hyperlinks', async () => {
    const deck = await loadDeck(fixture('ok'))
    expect(deck.slides.map(s => s.no)).toEqual([1, 2, 3])
    expect(checkDeck(deck)).toEqual([])
  })

  it('reports links to unknown aliases and slide numbers with file and line', async () => {
    const problems = checkDeck(await loadDeck(fixture('broken-links')))
    expect(formatProblems(problems)).toBe([
      'slides.md:8 : <Link to="nulle-part"> ne mène à aucune diapositive (ni routeAlias ni numéro entre 1 et 2)',
      'slides.md:14 : <Link to="9"> ne mène à aucune diapositive (ni routeAlias ni numéro entre 1 et 2)',
    ].join('\n'))
  })

  it('reports missing local assets from markdown, HTML and frontmatter', async () => {
    const problems = checkDeck(await loadDeck(fixture('missing-assets')))
    expect(formatProblems(problems)).toBe([
      'slides.md:7 : fichier introuvable dans public/ (markdown-image) : /schema-absent.png',
      'slides.md:16 : fichier introuvable dans public/ (img) : ./relative-absente.svg',
      'slides.md:11 : fichier introuvable dans public/ (frontmatter:image) : /photo-absente.jpg',
    ].join('\n'))
  })

  it('reports every resource loaded from the network, but not hyperlinks', async () => {
    const problems = checkDeck(await loadDeck(fixture('remote-loads')))
    expect(formatProblems(problems)).toBe([
      'slides.md:7 : ressource chargée depuis le réseau (markdown-image) : https://media.giphy.com/media/x/giphy.gif — la placer dans public/',
      'slides.md:9 : ressource chargée depuis le réseau (script) : https://cdn.example.com/lib.js — la placer dans public/',
      'slides.md:16 : ressource chargée depuis le réseau (css-import) : https://fonts.googleapis.com/css2?family=Roboto — la placer dans public/',
      'slides.md:12 : ressource chargée depuis le réseau (frontmatter:background) : https://images.example.com/fond.jpg — la placer dans public/',
    ].join('\n'))
  })

  it('reports a chapter cover without routeAlias', async () => {
    const problems = checkDeck(await loadDeck(fixture('bad-cover')))
    expect(problems.map(p => p.message)).toEqual(['Diapositive 2 : la couverture du chapitre 2 n\'a pas de « routeAlias ».'])
  })
})

describe('deck loading', () => {
  it('fails on invalid frontmatter YAML with file and line instead of guessing', async () => {
    await expect(loadDeck(fixture('bad-yaml'))).rejects.toThrow('slides.md:9 : frontmatter YAML invalide — Nested mappings are not allowed in compact mappings')
  })

  it('fails on a missing src: import', async () => {
    await expect(loadDeck(resolve(__dirname, 'fixtures/decks/missing-import/slides.md'))).rejects.toThrow(/ne se charge pas/)
  })
})

describe('text of the course speaks to learners', async () => {
  const deck = await loadDeck('slides.md')

  it.each(deck.files.map(file => [file.replace(`${deck.root}/`, ''), file]))('%s says nothing about how the course was written', (_name, file) => {
    const issues = findBackstage(readFileSync(file, 'utf-8'))
    const report = issues.map(i => `${where(deck, file, i.line)} : « ${i.match} » — ${BACKSTAGE_ADVICE}`).join('\n')
    expect(issues, report).toEqual([])
  })
})
