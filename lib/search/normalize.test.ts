import { describe, expect, it } from 'vitest'
import { normalise, normaliseWithMap, tokenise } from './normalize'

describe('normalise', () => {
  it('ignores case and accents', () => {
    expect(normalise('Élève À NAÏF Ça où')).toBe('eleve a naif ca ou')
  })

  it('spells ligatures out', () => {
    expect(normalise('Œuvre, cœur, ex æquo, ﬁchier, ﬂux')).toBe('oeuvre, coeur, ex aequo, fichier, flux')
  })

  it('turns every space into a plain space and typographic apostrophes into ASCII', () => {
    expect(normalise('«\u00A0mot\u00A0» a\u202F: l’hôte\tx\ny')).toBe('« mot » a : l\'hote x y')
  })

  it('drops combining marks already decomposed', () => {
    expect(normalise('e\u0301te\u0301')).toBe('ete')
  })
})

describe('normaliseWithMap', () => {
  it('maps every normalised character back to its original offset', () => {
    const { text, map } = normaliseWithMap('Œil é')
    expect(text).toBe('oeil e')
    expect(map).toEqual([0, 0, 1, 2, 3, 4, 5])
    const { text: decomposed, map: back } = normaliseWithMap('e\u0301t')
    expect(decomposed).toBe('et')
    expect(back).toEqual([0, 2, 3])
  })
})

describe('tokenise', () => {
  it('keeps options, file names, image names and paths whole', () => {
    expect(tokenise('docker run --mount type=volume,src=data -v ./conf:/etc/app compose.yaml docker.io/library/alpine:3.22'))
      .toEqual(['docker', 'run', '--mount', 'type', 'volume', 'src', 'data', '-v', './conf:/etc/app', 'compose.yaml', 'docker.io/library/alpine:3.22'])
  })

  it('leaves trailing punctuation out', () => {
    expect(tokenise('healthcheck: fin. (RUN) « Espace de noms »')).toEqual(['healthcheck', 'fin', 'run', 'espace', 'de', 'noms'])
  })

  it('normalises as it goes', () => {
    expect(tokenise('Dépôt ŒUVRE')).toEqual(['depot', 'oeuvre'])
  })
})
