// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblems } from '../deck/check'
import { loadDeck } from '../deck/load'
import { checkIntegrity } from './check'
import { checkLabKit, checkProjectFiles, composeBlockOptions, isBadLabFile, labFileKind, labKitFiles, labPathProblems, projectFiles } from './labs'

const root = resolve(import.meta.dirname, '../../tests/fixtures/integrity/labs-deck')
/** Compose messages are written with U+00A0 before « : ; ? ! » and inside guillemets; the file:line separator keeps its plain space. */
const fr = (line: string) => line.replace(/^(\S+ : )(.*)$/, (_, at: string, message: string) => at + message.replace(/ ([:;?!»])/g, '\u00A0$1').replace(/« /g, '«\u00A0'))
const ENV_FILE_MISSING = 'introuvable (chemin relatif au dossier du fichier Compose) — créer le fichier, corriger le chemin ou le rendre facultatif avec « required: false »'
const DB_PORT = 'port de base de données publié sur l\'hôte (« 5432:5432 », image « postgres:17-alpine ») — la base ne doit être joignable que par le réseau interne des services, qui l\'atteignent par son nom ; retirer « ports: » ou, pour y accéder depuis l\'hôte en développement, le publier dans compose.override.yaml'

describe('lab kit files', () => {
  it('knows which rules apply to a file from its name', () => {
    expect(labFileKind('labs/apps/a/Dockerfile')).toBe('dockerfile')
    expect(labFileKind('labs/bad/Dockerfile.bad')).toBe('dockerfile')
    expect(labFileKind('labs/apps/a/Containerfile')).toBe('dockerfile')
    expect(labFileKind('labs/apps/a/app.dockerfile')).toBe('dockerfile')
    expect(labFileKind('labs/apps/a/compose.yaml')).toBe('compose')
    expect(labFileKind('labs/bad/compose.bad.yaml')).toBe('compose')
    expect(labFileKind('labs/apps/a/docker-compose.yml')).toBe('compose')
    expect(labFileKind('labs/apps/a/entrypoint.sh')).toBe('shell')
    expect(labFileKind('labs/apps/a/quadlet/a.container')).toBe('quadlet')
    expect(labFileKind('labs/bad/a.bad.container')).toBe('quadlet')
    expect(labFileKind('labs/apps/a/quadlet/back.network')).toBe('quadlet')
    expect(labFileKind('labs/apps/a/kube/a.yaml')).toBe('kube')
    expect(labFileKind('labs/apps/a/deploy/a.yaml', 'apiVersion: v1\nkind: Pod\n')).toBe('kube')
    expect(labFileKind('labs/apps/a/deploy/a.yaml', 'key: value\n')).toBeUndefined()
    expect(labFileKind('labs/apps/a/server.js')).toBeUndefined()
    expect(labFileKind('labs/apps/a/requirements.txt')).toBeUndefined()
    expect(isBadLabFile('labs/bad/Dockerfile.bad')).toBe(true)
    expect(isBadLabFile('labs/bad/compose.bad.yaml')).toBe(true)
    expect(isBadLabFile('labs/bad/notes-api.bad.container')).toBe(true)
    expect(isBadLabFile('labs/apps/badge/Dockerfile')).toBe(false)
  })

  it('lists every file of the kit, sorted', () => {
    expect(labKitFiles(root)).toEqual([
      'labs/apps/api/Containerfile.dev',
      'labs/apps/api/Dockerfile',
      'labs/apps/api/compose.override.yaml',
      'labs/apps/api/compose.yaml',
      'labs/apps/api/kube/api.yaml',
      'labs/apps/api/quadlet/api.container',
      'labs/apps/api/run.sh',
      'labs/apps/api/secrets/db_password.txt',
      'labs/apps/api/server.js',
      'labs/bad/Dockerfile.bad',
      'labs/bad/api.bad.container',
      'labs/bad/api.bad.pod',
      'labs/bad/compose.bad.yaml',
    ])
    expect(labKitFiles(resolve(root, 'labs'))).toEqual([])
  })

  it('checks each file with the rules of its kind; a `.bad` file must break one', () => {
    const report = checkLabKit(root)
    expect(report.checked).toBe(11)
    // compose.bad.yaml and api.bad.container break rules; Dockerfile.bad and api.bad.pod do not.
    expect(report.bad).toBe(2)
    expect(formatProblems(report.problems)).toBe([
      'labs/apps/api/Containerfile.dev:1 : FROM node — étiquette implicite (= latest) : épingler une version, par ex. « node:<version> »',
      'labs/apps/api/Containerfile.dev:1 : l\'étape finale s\'exécute en root : ajouter « USER <utilisateur non root> » après l\'installation (ou marquer le bloc « fragment » s\'il s\'agit d\'un extrait)',
      'labs/apps/api/Containerfile.dev:4 : CMD en forme shell (« CMD npm start ») : utiliser la forme exec JSON, par ex. CMD ["…", "…"] — le processus reçoit alors les signaux (PID 1)',
      // Paths resolved from the Compose file's directory (the secret file exists); the override may publish the database.
      fr(`labs/apps/api/compose.yaml:5 : service « api » : env_file « ./api.env » ${ENV_FILE_MISSING}`),
      fr(`labs/apps/api/compose.yaml:10 : service « db » : ${DB_PORT}`),
      'labs/apps/api/kube/api.yaml:11 : Pod « api » : spec.containers.0.ports.0.hostPort — type attendu : entier (schéma Kubernetes 1.36, paquet kubernetes-models)',
      'labs/apps/api/run.sh:2 : « docker run ubuntu:24.04 -d » : option « -d » placée après l\'image « ubuntu:24.04 » : elle serait transmise à la commande du conteneur — la placer avant l\'image',
      'labs/bad/Dockerfile.bad:1 : anti-exemple du kit (nom en « .bad ») qu\'aucune règle ne rejette : corriger le fichier ou le renommer',
      'labs/bad/api.bad.pod:1 : anti-exemple du kit (nom en « .bad ») qu\'aucune règle ne rejette : corriger le fichier ou le renommer',
    ].join('\n'))
  })
})

describe('where a Compose block of a slide lives', () => {
  it('takes the file name from any title and the directory from a kit path that exists', () => {
    expect(composeBlockOptions(root, '[labs/apps/api/compose.yaml] {2|3}')).toEqual({ fileName: 'compose.yaml', baseDir: resolve(root, 'labs/apps/api') })
    expect(composeBlockOptions(root, '[compose.override.yaml]')).toEqual({ fileName: 'compose.override.yaml' })
    expect(composeBlockOptions(root, '[labs/apps/absent/compose.yaml]')).toEqual({ fileName: 'compose.yaml' })
    expect(composeBlockOptions(root, '{1|2} fragment')).toEqual({})
  })
})

describe('deck references to the lab kit', async () => {
  const deck = await loadDeck(resolve(root, 'slides.md'))

  it('reports kit paths that do not exist', () => {
    expect(formatProblems(labPathProblems(deck))).toBe(
      'slides.md:7 : chemin « labs/apps/absent » absent du kit de TP : créer le fichier ou corriger le chemin',
    )
  })

  it('checkIntegrity reports titled blocks that differ from their file, the kit and the missing path', async () => {
    const report = await checkIntegrity(deck)
    expect(formatProblems(report.problems)).toBe([
      'slides.md:27 : bloc titré « labs/apps/api/Dockerfile » différent du fichier du kit (ligne 2 : « WORKDIR /srv » au lieu de « WORKDIR /app ») : recopier le fichier',
      'slides.md:40 : bloc titré « labs/apps/api/Dockerfile » différent du fichier du kit (ligne 3 : « (fin du bloc) » au lieu de « COPY . . ») : recopier le fichier',
      // Titled with a kit path: resolved from labs/apps/api/. Untitled: no path check, the database port still reported.
      // `bad` block: confirmed; `[compose.override.yaml]`: a development override.
      fr(`slides.md:51 : service « api » : env_file « ./api.env » ${ENV_FILE_MISSING}`),
      fr(`slides.md:56 : service « db » : ${DB_PORT}`),
      fr(`slides.md:77 : service « cache » : ${DB_PORT.replace('5432:5432', '6379:6379').replace('postgres:17-alpine', 'redis:7.4-alpine')}`),
      ...formatProblems(checkLabKit(root).problems).split('\n'),
      'slides.md:7 : chemin « labs/apps/absent » absent du kit de TP : créer le fichier ou corriger le chemin',
    ].join('\n'))
    expect(report.stats.labFiles).toBe(11)
    expect(report.stats.composeFiles).toBe(4)
    // Slide blocks: compose.bad (mariadb port), the titled Quadlet unit; kit: compose.bad.yaml, api.bad.container.
    expect(report.stats.badBlocks).toBe(4)
    expect(report.stats.quadletUnits).toBe(1)
  })
})

describe('the project\'s own container and CI files', () => {
  it('lists the root Containerfile, Compose files and workflows, and checks them with the kit\'s rules', () => {
    const root = mkdtempSync(join(tmpdir(), 'integrity-project-'))
    try {
      mkdirSync(join(root, '.github', 'workflows'), { recursive: true })
      mkdirSync(join(root, 'labs'))
      writeFileSync(join(root, 'Containerfile'), 'FROM docker.io/library/debian:bookworm-20260918-slim\nCMD ["true"]\n')
      writeFileSync(join(root, 'compose.yaml'), 'services:\n  site:\n    build:\n      context: .\n      dockerfile: Containerfile.absent\n')
      writeFileSync(join(root, '.github', 'workflows', 'pages.yml'), 'on: push\npermissions:\n  contents: read\njobs:\n  b:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v6\n')
      writeFileSync(join(root, '.github', 'workflows', 'notes.txt'), 'not a workflow\n')
      writeFileSync(join(root, 'labs', 'Dockerfile'), 'FROM node\n')
      writeFileSync(join(root, 'package.json'), '{}\n')
      expect(projectFiles(root)).toEqual(['.github/workflows/pages.yml', 'Containerfile', 'compose.yaml'])
      const report = checkProjectFiles(root)
      expect(report.checked).toBe(3)
      const text = formatProblems(report.problems)
      expect(text).toMatch(/^\.github\/workflows\/pages\.yml:8 : .*actions\/checkout@v6/m)
      expect(text).toMatch(/^Containerfile:1 : l'étape finale s'exécute en root/m)
      expect(text).toMatch(/^compose\.yaml:5 : .*Containerfile\.absent/m)
      // The kit's own files are not the project's.
      expect(text).not.toMatch(/^labs\//m)
      expect(report.problems).toHaveLength(3)
    }
    finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('finds nothing where there is nothing', () => {
    expect(projectFiles(resolve(root, 'absent'))).toEqual([])
    expect(checkProjectFiles(root).checked).toBe(0)
  })
})
