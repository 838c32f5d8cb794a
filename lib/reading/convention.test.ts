import type { NotesLine } from './notes'
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../deck/load'
import { orphanContinuations, unknownLabels } from './notes'

const ROOT = resolve(import.meta.dirname, '../..')

/** Every line of every slide's speaker notes (`<!-- … -->` at the end of the slide), located in its file. */
async function notesLines(): Promise<NotesLine[]> {
  const deck = await loadDeck(resolve(ROOT, 'slides.md'))
  const lines: NotesLine[] = []
  for (const slide of deck.slides) {
    if (!slide.note)
      continue
    const file = readFileSync(slide.filepath, 'utf-8').split(/\r?\n/)
    const start = slide.contentLine - 1
    const end = start + slide.body.split('\n').length
    // The notes are the last HTML comment of the slide's body.
    let open = -1
    for (let i = end - 1; i >= start; i--) {
      if (file[i]!.trimStart().startsWith('<!--')) {
        open = i
        break
      }
    }
    if (open < 0)
      continue
    for (let i = open; i < end; i++) {
      const text = file[i]!.replace(/^\s*<!--/, '').replace(/-->\s*$/, '')
      lines.push({ file: relative(ROOT, slide.filepath), line: i + 1, text })
    }
  }
  return lines
}

describe('speaker notes convention (README « Écrire le contenu »)', () => {
  it('every « Xxx : » label of the notes is classified, trainer or reader', async () => {
    const lines = await notesLines()
    expect(lines.length).toBeGreaterThan(1000)
    expect(unknownLabels(lines)).toEqual([])
  })
  it('no line shown to readers continues a hidden trainer line (a fragment in the reading mode)', async () => {
    expect(orphanContinuations(await notesLines())).toEqual([])
  })

  it('reports a fragment left after a hidden line, and only that', () => {
    const at = (line: number, text: string) => ({ file: 'x.md', line, text })
    expect(orphanContinuations([
      at(1, 'Dire : une image reste sur le registre, et `run`'),
      at(2, 'fonctionne hors ligne.'),
      at(3, 'Démo : lancer la commande.'),
      at(4, 'docker diff liste les changements.'),
      at(5, 'Faire remarquer :'),
      at(6, '- une liste'),
    ])).toEqual(['x.md:2 — « fonctionne hors ligne.… » continue une ligne réservée au formateur : le mode lecture n\'en montrerait que la fin'])
  })
})
