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
      'slides.md:44 : bloc text marqué « bad » : aucune règle ne vérifie ce langage (bash/shellsession, dockerfile, yaml Compose ou Kubernetes, ini/systemd Quadlet, mermaid)',
      'slides.md:59 : marqueur « fragment » placé avant « {2} » : Slidev ignore alors la plage et le titre — le placer en fin de ligne : « ```dockerfile {2} fragment »',
      'slides.md:65 : aucune instruction FROM : un Dockerfile complet commence par FROM (sinon marquer le bloc « fragment »)',
      'slides.md:81 : mermaid : Parse error on line 4: — Expecting \'link\', \'+\', \'-\', \'()\', \'ACTOR\', got \'TXT\'',
      'slides.md:89 : mermaid : étape vide : aucune ligne entre ce « %% step » et le suivant',
      'slides.md:95 : mermaid : accTitle et accDescr manquant(s) dans la première étape : un titre et une description accessibles (lecteurs d\'écran, PDF)',
      'slides.md:108 : clé « Ports » dans [Container] inconnue — Quadlet refuse le fichier (« unsupported key »), podman-systemd.unit(5), Podman 5.6 ; écrire « PublishPort= »',
      'slides.md:115 : fichier .container sans « Image= » dans [Container] : clé obligatoire, l\'image que le service exécute — Quadlet ne génère pas le service (podman-systemd.unit(5), Podman 5.6)',
      'slides.md:144 : Pod « web » : spec.containers.0.ports.0.containerPort — type attendu : entier (schéma Kubernetes 1.36, paquet kubernetes-models)',
      // Commands newer than the reference CLI (Podman 4.3) pass through the overlay; an unknown one still fails.
      'slides.md:156 : « podman quadlet status » : sous-commande inconnue « status » pour « podman quadlet »',
      // kubectl (reference 1.32) and kind (overlay only): a typo in a sub-command, an unknown option, a bad kind option.
      'slides.md:163 : « kubectl rollout restar deploy/web » : sous-commande inconnue « restar » pour « kubectl rollout »',
      'slides.md:164 : « kubectl get pods --wide » : option inconnue « --wide » pour « kubectl get »',
      'slides.md:165 : « kind create cluster --nodes 3 » : option inconnue « --nodes » pour « kind create cluster »',
      'slides.md:99 : lien « http://example.com » : seul https:// est accepté',
      'slides.md:99 : lien interne « #nulle-part » : ni numéro de diapositive (1-4) ni routeAlias — écrire <Link to="alias">',
    ].join('\n'))
  })

  it('counts what it checked', () => {
    // Quadlet: titled unit, untitled [Container] block, fragment, `bad` systemd block (a plain INI block is not a unit).
    // Commands: 12 docker/podman + 6 kubectl/kind invocations (one with an unknown sub-command is not counted); the `bad` kubectl block is rejected.
    expect(report.stats).toEqual({ shellBlocks: 6, commands: 18, composeFiles: 1, dockerfiles: 5, quadletUnits: 4, kubeManifests: 1, diagrams: 4, links: 4, badBlocks: 7, labFiles: 0, projectFiles: 0 })
  })
})
