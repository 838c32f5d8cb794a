import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblems } from '../deck/check'
import { loadDeck } from '../deck/load'
import { checkIntegrity } from './check'
import { labFileKind } from './labs'
import { checkWorkflow, isWorkflowPath, usesProblem } from './workflow'

const fixtures = resolve(import.meta.dirname, '../../tests/fixtures/integrity/workflow')
const kit = resolve(import.meta.dirname, '../../labs/capstone/.github/workflows/ci.yml')
/** `line: message` with 1-based lines, as in the reports. */
const check = (code: string) => checkWorkflow(code).map(p => `${p.line + 1}: ${p.message}`)
const fixture = (name: string) => check(readFileSync(resolve(fixtures, name), 'utf-8'))

const SHA = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd'
const MOVABLE = 'une étiquette ou une branche qui peut être déplacée — l\'épingler par le SHA complet du commit (40 caractères hexadécimaux), la version en commentaire (« @<SHA> # v1.2.3 »)'
const NO_COMMENT = 'SHA sans la version en commentaire — écrire « @<SHA> # v1.2.3 » (la version épinglée, lisible par les relecteurs et par Dependabot ou Renovate)'
const NO_PERMISSIONS = '« permissions » déclarées ni pour le workflow ni pour ce job — le jeton GITHUB_TOKEN reçoit alors les droits par défaut du dépôt, parfois en écriture ; déclarer le minimum (permissions: contents: read)'

describe('workflow files', () => {
  it('are recognised by their folder, before any Compose or Kubernetes guess', () => {
    expect(isWorkflowPath('labs/capstone/.github/workflows/ci.yml')).toBe(true)
    expect(isWorkflowPath('.github/workflows/release.yaml')).toBe(true)
    expect(isWorkflowPath('labs/capstone/.github/ci.yml')).toBe(false)
    expect(isWorkflowPath('labs/capstone/.github/workflows/scripts/run.sh')).toBe(false)
    expect(labFileKind('labs/capstone/.github/workflows/ci.yml')).toBe('workflow')
    // A workflow named like a Compose file, or in a kube/ folder, or with apiVersion/kind keys, is still a workflow.
    expect(labFileKind('labs/x/.github/workflows/compose.yaml')).toBe('workflow')
    expect(labFileKind('labs/kube/.github/workflows/deploy.yml', 'apiVersion: v1\nkind: Pod\n')).toBe('workflow')
    // Elsewhere, a YAML file with top-level `on` and `jobs` (an anti-example of the kit) is one too.
    expect(labFileKind('labs/bad/ci.bad.yml', 'on: push\njobs:\n  a: {}\n')).toBe('workflow')
    expect(labFileKind('labs/bad/ci.bad.yml', 'jobs: 1\n')).toBeUndefined()
    expect(labFileKind('labs/capstone/compose.yaml')).toBe('compose')
    expect(labFileKind('labs/capstone/kube/capstone.yaml')).toBe('kube')
  })

  it('accept a workflow that follows every rule', () => {
    expect(fixture('good.yml')).toEqual([])
  })

  it('the kit\'s CI workflow passes', () => {
    expect(check(readFileSync(kit, 'utf-8'))).toEqual([])
  })

  it('require actions pinned by full SHA with the version in a comment', () => {
    expect(fixture('unpinned.yml')).toEqual([
      '3: « permissions: write-all » : tous les droits pour le jeton GITHUB_TOKEN — déclarer le minimum (contents: read, puis packages: write pour le seul job qui pousse)',
      '6: job « build » : « runs-on: ubuntu-latest » suit la dernière image du runner, qui change sans prévenir — nommer la version (par ex. ubuntu-24.04)',
      `8: job « build », étape 1 : « uses: actions/checkout@v6 » : action épinglée par « v6 », ${MOVABLE}`,
      '9: job « build », étape 2 : « uses: docker/setup-buildx-action@bb05f3f » : SHA abrégé — GitHub n\'accepte que le SHA complet (40 caractères hexadécimaux)',
      `10: job « build », étape 3 : « uses: docker/login-action@master » : action épinglée par « master », ${MOVABLE}`,
      `11: job « build », étape 4 : ${NO_COMMENT}`,
      '12: job « build », étape 5 : « uses: docker://alpine:3.22 » : image Docker épinglée par une étiquette, qui peut changer — l\'épingler par condensé (docker://image@sha256:…)',
      '13: job « build », étape 6 : « uses: actions/cache » : action sans version (@…) — GitHub la refuse ; l\'épingler par le SHA complet d\'un commit',
      `15: job « call » : « uses: acme/workflows/.github/workflows/release.yml@main » : workflow réutilisable épinglé par « main », ${MOVABLE}`,
    ])
  })

  it('require on, jobs, runs-on, steps, uses or run, and permissions', () => {
    expect(fixture('structure.yml')).toEqual([
      '1: clé « on » absente : sans déclencheur (push, pull_request…), le workflow ne s\'exécute jamais',
      `3: job « nothing » : ${NO_PERMISSIONS}`,
      '3: job « nothing » : « runs-on » absent — la machine qui exécute le job (par ex. ubuntu-24.04), ou « uses » pour un workflow réutilisable',
      '5: job « nothing », étape 1 : ni « uses » ni « run » — GitHub refuse le workflow',
      '6: job « nothing », étape 2 : « uses » et « run » ensemble — une étape fait l\'un ou l\'autre',
      `8: job « empty » : ${NO_PERMISSIONS}`,
      '10: job « empty » : « steps » absent ou vide — les étapes du job (uses: ou run:)',
    ])
    expect(fixture('no-jobs.yml')).toEqual(['1: clé « jobs » absente ou vide : un workflow contient au moins un job'])
  })

  it('report invalid YAML with its line', () => {
    expect(fixture('invalid.yml')).toEqual(['3: YAML invalide — Flow sequence in block collection must be sufficiently indented and end with a ]'])
    expect(check('- a\n- b\n')).toEqual(['1: un workflow GitHub Actions est un objet YAML (clés name, on, permissions, jobs)'])
  })

  it('read `uses:` values', () => {
    expect(usesProblem(`actions/checkout@${SHA}`)).toBeUndefined()
    expect(usesProblem(`github/codeql-action/init@${SHA}`)).toBeUndefined()
    expect(usesProblem('./.github/actions/setup')).toBeUndefined()
    expect(usesProblem(`docker://alpine@sha256:${'a'.repeat(64)}`)).toBeUndefined()
    expect(usesProblem(`actions/checkout@${SHA.toUpperCase()}`)).toMatch(/SHA abrégé|étiquette/)
    expect(usesProblem('actions/checkout@v6.0.2')).toMatch(/épinglée par « v6\.0\.2 »/)
    expect(usesProblem(`checkout@${SHA}`)).toMatch(/illisible/)
    expect(usesProblem('acme/w/.github/workflows/x.yml@v1', 'job')).toMatch(/^« uses: acme\/w\/\.github\/workflows\/x\.yml@v1 » : workflow réutilisable épinglé par « v1 »/)
  })

  it('accept a version comment in any usual form, and YAML 1.1 readers\' `on`', () => {
    const workflow = (comment: string) => `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@${SHA}${comment}\n`
    expect(check(workflow(' # v6.0.2'))).toEqual([])
    expect(check(workflow('  # 6.0.2'))).toEqual([])
    expect(check(workflow(' # v6'))).toEqual([])
    expect(check(workflow(' # pinned'))).toEqual([`7: job « a », étape 1 : ${NO_COMMENT}`])
    expect(check(workflow('').replace('on: push', 'true: push'))).toEqual([`7: job « a », étape 1 : ${NO_COMMENT}`])
  })

  it('check slide blocks titled with a kit workflow, not untitled ones (chapter 1 shows tags first)', async () => {
    const deck = await loadDeck(resolve(fixtures, 'deck/slides.md'))
    const report = await checkIntegrity(deck)
    expect(formatProblems(report.problems)).toBe([
      'slides.md:48 : bloc titré « labs/ci/.github/workflows/ci.yml » différent du fichier du kit (ligne 9 : «       - uses: actions/checkout@v6 » au lieu de «       - uses: actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2 ») : recopier le fichier',
      `slides.md:48 : job « test », étape 1 : « uses: actions/checkout@v6 » : action épinglée par « v6 », ${MOVABLE}`,
    ].join('\n'))
    // The `bad` block titled [labs/bad/ci.bad.yml] and the kit's own anti-example are both confirmed.
    expect(report.stats.badBlocks).toBe(2)
    expect(report.stats.labFiles).toBe(2)
  })
})
