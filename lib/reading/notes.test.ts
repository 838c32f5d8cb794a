// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkLabel, isTrainerLine, labelOf, readerNotesHtml, unknownLabels } from './notes'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const mark = (n: number) => `<span class="slidev-note-click-mark" data-clicks="${n}"></span>`

describe('isTrainerLine', () => {
  it('recognises trainer leads, with or without colon, after click and list markers', () => {
    for (const line of ['Dire : un seul format.', 'Démo : docker ps', 'Demo : x', '[click] Démo : y', '[click:3] Dire\u00A0: z', '- Faire lever la main', 'Laisser 5 minutes pour le TP.', 'En salle : tour de table', 'À dire : SIGTERM', '10 min de TP', 'Question à poser : « où ? »', 'Règle à faire répéter : une image', 'Démonstration formateur seulement : x'])
      expect(isTrainerLine(line), line).toBe(true)
  })
  it('keeps explanations, labelled or not', () => {
    for (const line of ['Erreur fréquente : oublier -it.', 'Idée reçue : « un conteneur est une VM ».', 'Attendu : 137.', 'Le builder ne voit que le contexte.', 'Rappel : un seul RUN.', 'Direct, le moteur répond.', 'Démontrer est facile.', '2 conteneurs tournent.'])
      expect(isTrainerLine(line), line).toBe(false)
  })
})

describe('checkLabel', () => {
  it('classifies labels, and reports unknown one-word or verb labels', () => {
    expect(labelOf('[click] Erreur fréquente : x')).toBe('Erreur fréquente')
    expect(checkLabel('Dire : x')).toBe('trainer')
    expect(checkLabel('Piège : x')).toBe('reader')
    expect(checkLabel('Animer : x')).toBe('unknown')
    expect(checkLabel('Astuce : x')).toBe('unknown')
    expect(checkLabel('Animer la discussion : x')).toBe('unknown')
    expect(checkLabel('Le fichier complet ajoute : x')).toBeUndefined()
    expect(checkLabel('pas de label ici')).toBeUndefined()
    expect(checkLabel('`docker ps` : liste')).toBeUndefined()
    expect(unknownLabels([{ file: 'pages/x.md', line: 3, text: 'Astuce : x' }])).toEqual([
      'pages/x.md:3 — « Astuce : » n\'est ni dans TRAINER_LEADS ni dans READER_WORDS (lib/reading/notes.ts)',
    ])
  })
})

describe('readerNotesHtml', () => {
  it('drops trainer lines inside a paragraph and keeps the rest', () => {
    const html = '<p>Le contexte part au builder.\nDire : insister lourdement.\nErreur fréquente : <code>COPY ../x</code>.</p>'
    expect(readerNotesHtml(html, parse)).toBe('<p>Le contexte part au builder.\nErreur fréquente : <code>COPY ../x</code>.</p>')
  })
  it('turns click markers into paragraph breaks', () => {
    const html = `<p>Introduction.\n${mark(1)} Premier point.\n${mark(2)} Démo : docker ps\n${mark(3)} Troisième point.</p>`
    expect(readerNotesHtml(html, parse)).toBe('<p>Introduction.</p><p>Premier point.</p><p>Troisième point.</p>')
  })
  it('drops trainer list items, empty lists and trainer-only notes', () => {
    expect(readerNotesHtml('<ul>\n<li>Faire lever la main</li>\n<li>Podman : conmon</li>\n</ul>', parse))
      .toBe('<ul>\n\n<li>Podman : conmon</li>\n</ul>')
    expect(readerNotesHtml('<ul><li>Dire : x</li></ul><p>Démo : y</p>', parse)).toBe('')
    expect(readerNotesHtml('', parse)).toBe('')
  })
  it('drops trainer lines that continue a list item', () => {
    expect(readerNotesHtml('<ul>\n<li>Le parent est conmon.\nDémo : ps -ef\nNettoyage : podman rm -f x</li>\n</ul>', parse))
      .toBe('<ul>\n<li>Le parent est conmon.\nNettoyage : podman rm -f x</li>\n</ul>')
    expect(readerNotesHtml('<ul>\n<li><p>Dire : x</p></li><li><p>Reste.</p></li>\n</ul>', parse))
      .toBe('<ul>\n<li><p>Reste.</p></li>\n</ul>')
  })
  it('keeps code blocks untouched', () => {
    const html = '<pre><code>Dire : ceci est du code\n</code></pre>'
    expect(readerNotesHtml(html, parse)).toBe(html)
  })
})
