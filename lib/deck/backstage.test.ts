import { describe, expect, it } from 'vitest'
import { findBackstage } from './backstage'

describe('findBackstage', () => {
  it('reports each line that talks about earlier material, with its line number', () => {
    const text = [
      '# Titre',
      'Correction des supports d\'origine : il y en a 8.',
      'Dire : l\'ancien support affirmait le contraire.',
      '(Un support source affirme que Docker « recycle » les noms.)',
      'Question Q2 du support d\'origine, corrigée.',
      '    explanation: C\'est la définition erronée du QCM d’origine.',
      'Question reprise du questionnaire, avec la nuance.',
      'Lacune des questionnaires sources (aucune question sur -p).',
      'Adapté des notes de cours d\'origine.',
      'Voir la seed 004.',
    ].join('\n')
    expect(findBackstage(text).map(i => [i.line, i.match])).toEqual([
      [2, 'supports d\'origine'],
      [3, 'ancien support'],
      [4, 'support source'],
      [5, 'support d\'origine'],
      [6, 'QCM d’origine'],
      [7, 'Question reprise d'],
      [8, 'questionnaires sources'],
      [9, 'notes de cours d\'origine'],
      [10, 'seed'],
    ])
  })

  it('accepts ordinary course text that uses the same words in another sense', () => {
    const text = [
      'Le support reste disponible hors ligne (SPA) et en PDF.',
      'Idée reçue : « le point, c\'est le dossier du Dockerfile ». On lit souvent cette erreur.',
      'Le registre d\'origine de l\'image, le code source et le fichier d\'origine ne changent pas.',
      '# Sources',
      'Crédits : exercices adaptés de l\'atelier Docker IFT-2001/GLO-2001 (Université Laval).',
    ].join('\n')
    expect(findBackstage(text)).toEqual([])
  })

  it('finds nothing in an empty text', () => {
    expect(findBackstage('')).toEqual([])
  })
})
