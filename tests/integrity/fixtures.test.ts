// @vitest-environment happy-dom
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblems } from '../../lib/deck/check'
import { loadDeck } from '../../lib/deck/load'
import { checkIntegrity } from '../../lib/integrity/check'

describe('integrity suite on a fixture deck', async () => {
  const deck = await loadDeck(resolve(import.meta.dirname, '../fixtures/integrity/deck/slides.md'))
  const report = await checkIntegrity(deck)

  it('reports every problem with file:line, checks that `bad` blocks are wrong, and skips nothing silently', () => {
    expect(formatProblems(report.problems)).toBe([
      'slides.md:12 : « docker run ubuntu:24.04 -d » : option « -d » placée après l\'image « ubuntu:24.04 » : elle serait transmise à la commande du conteneur — la placer avant l\'image',
      'slides.md:35 : bloc bash marqué « bad » mais aucune règle de commande ne le rejette : corriger l\'anti-exemple ou retirer le marqueur',
      'slides.md:39 : marqueur « {bad} » : Slidev le lit comme une plage de lignes à surligner et grise tout le bloc — écrire le mot en fin de ligne : « ```dockerfile bad » ou « ```dockerfile {2|3} bad »',
      'slides.md:39 : bloc dockerfile marqué « bad » mais aucune règle Dockerfile ne le rejette : corriger l\'anti-exemple ou retirer le marqueur',
      'slides.md:44 : bloc text marqué « bad » : aucune règle ne vérifie ce langage (bash/shellsession, dockerfile, yaml Compose, mermaid)',
      'slides.md:59 : marqueur « fragment » placé avant « {2} » : Slidev ignore alors la plage et le titre — le placer en fin de ligne : « ```dockerfile {2} fragment »',
      'slides.md:65 : aucune instruction FROM : un Dockerfile complet commence par FROM (sinon marquer le bloc « fragment »)',
      'slides.md:81 : mermaid : Parse error on line 4: — Expecting \'link\', \'+\', \'-\', \'()\', \'ACTOR\', got \'TXT\'',
      'slides.md:89 : mermaid : étape vide : aucune ligne entre ce « %% step » et le suivant',
      'slides.md:95 : mermaid : accTitle et accDescr manquant(s) dans la première étape : un titre et une description accessibles (lecteurs d\'écran, PDF)',
      'slides.md:99 : lien « http://example.com » : seul https:// est accepté',
      'slides.md:99 : lien interne « #nulle-part » : ni numéro de diapositive (1-3) ni routeAlias — écrire <Link to="alias">',
    ].join('\n'))
  })

  it('counts what it checked', () => {
    expect(report.stats).toEqual({ shellBlocks: 3, commands: 4, composeFiles: 1, dockerfiles: 5, diagrams: 4, links: 4, badBlocks: 5, labFiles: 0 })
  })
})
