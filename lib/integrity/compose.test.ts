import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCompose, isComposeYaml, isDatabaseImage, isDevOverride } from './compose'

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/integrity/compose', name), 'utf-8')
const run = (code: string, fragment = false) => checkCompose(code, { fragment }).map(p => `${p.line + 1}: ${p.message}`)

describe('compose checker', () => {
  it('accepts a complete current Compose file (schema and course rules)', () => {
    expect(run(fixture('good.yaml'))).toEqual([])
  })

  it('rejects the seed\'s bad file: version key, unpinned images, half-written port', () => {
    expect(run(fixture('seed-bad.yaml'))).toEqual([
      '1: clé « version » obsolète (Compose Specification) : la supprimer',
      '7: service « web-app » : image « nginx » — étiquette implicite (= latest) : épingler une version, par ex. « nginx:<version> »',
      '11: service « web-app » : port « 80: » invalide — forme attendue [ip:]port_hôte:port_conteneur[/protocole] (ou port_conteneur seul)',
      '23: service « db » : image « postgres:latest » — étiquette « latest » : épingler une version',
    ])
  })

  it('rejects the seed\'s "corrected" file: inverted service_healthy without healthcheck, no shared network, EOL MySQL', () => {
    expect(run(fixture('seed-corrected.yaml'))).toEqual([
      '1: clé « version » obsolète (Compose Specification) : la supprimer',
      '22: service « database » : image « mysql:5.7 » — mysql 5.7 est en fin de vie depuis le 2023-10-31 (https://endoflife.date/mysql)',
      '37: service « database » : attend « web-app » en service_healthy, mais « web-app » ne définit pas de healthcheck',
      '37: service « database » : joint « web-app » (depends_on) mais ne partage aucun réseau avec lui (database : default ; web-app : webnet)',
    ])
  })

  it('reports undeclared resources, fixed ports with replicas, unknown keys and services', () => {
    expect(run(fixture('broken-references.yaml'))).toEqual([
      '5: service « api » : port hôte fixe « 5000:5000 » avec 3 réplicas — les réplicas se disputent ce port ; publier une plage, laisser l\'hôte choisir ou passer par un proxy',
      '6: service « api » : port « 80:8080:90 » invalide — forme attendue [ip:]port_hôte:port_conteneur[/protocole] (ou port_conteneur seul)',
      '10: service « api » : joint « cache » (CACHE_URL) mais ne partage aucun réseau avec lui (api : front ; cache : back)',
      '12: service « api » : volume nommé « uploads » non déclaré dans « volumes: » au premier niveau (un chemin d\'hôte commence par ./, / ou ~)',
      '14: service « api » : secret « api_key » non déclaré dans « secrets: » au premier niveau',
      '16: service « api » : réseau « front » non déclaré dans « networks: » au premier niveau',
      '18: service « api » : depends_on vers « queue », service inexistant',
      '19: schéma Compose : services.api — must NOT have additional properties « restart_policy »',
    ])
  })

  it('skips cross-references in a fragment but keeps per-key rules', () => {
    const excerpt = 'services:\n  web:\n    image: nginx:1.27-alpine\n    networks: [front]\n    volumes:\n      - data:/srv\n    ports:\n      - "8080:"\n'
    expect(run(excerpt, true)).toEqual(['8: service « web » : port « 8080: » invalide — forme attendue [ip:]port_hôte:port_conteneur[/protocole] (ou port_conteneur seul)'])
    expect(run(excerpt)).toHaveLength(3)
  })

  it('uses the official schema: wrong types and unknown top-level keys fail', () => {
    expect(run('services:\n  web:\n    image: nginx:1.27\n    ports: 80\nservice:\n  x: 1\n')).toEqual([
      '4: schéma Compose : services.web.ports — must be array',
      '5: schéma Compose : racine — must NOT have additional properties « service »',
    ])
  })

  it('accepts short anonymous volumes, bind paths, and the default network shared by services without networks', () => {
    expect(run('services:\n  app:\n    image: myorg/app:1.0\n    environment: [DB_HOST=db]\n    volumes: ["/tmp", "./src:/app/src", "~/cache:/cache"]\n  db:\n    image: postgres:17\n')).toEqual([])
  })

  it('reports invalid YAML with its line', () => {
    expect(run('services:\n  web:\n    image: [nginx\n')).toHaveLength(1)
    expect(run('services:\n  web:\n    image: [nginx\n')[0]).toMatch(/^\d+: YAML invalide — /)
  })

  it('recognises Compose files by their top-level services key', () => {
    expect(isComposeYaml('name: x\nservices:\n  a: {}\n')).toBe(true)
    expect(isComposeYaml('apiVersion: v1\nkind: Pod\nspec:\n  services: []\n')).toBe(false)
  })
})

const project = resolve(import.meta.dirname, '../../tests/fixtures/integrity/compose/project')
function inProject(name: string, options: { baseDir?: string, fileName?: string } = { baseDir: project, fileName: name }) {
  return checkCompose(readFileSync(resolve(project, name), 'utf-8'), options).map(p => `${p.line + 1}: ${p.message}`)
}
/** The expected messages written with plain spaces: U+00A0 before « : ; ? ! » and inside guillemets, as the checker writes them. */
const fr = (line: string) => line.replace(/^(\d+: )(.*)$/, (_, at: string, message: string) => at + message.replace(/ ([:;?!»])/g, '\u00A0$1').replace(/« /g, '«\u00A0'))

const DB_PORT = 'port de base de données publié sur l\'hôte'
const DB_ADVICE = 'la base ne doit être joignable que par le réseau interne des services, qui l\'atteignent par son nom ; retirer « ports: » ou, pour y accéder depuis l\'hôte en développement, le publier dans compose.override.yaml'
const FROM_DIR = '(chemin relatif au dossier du fichier Compose)'

describe('compose checker: paths beside the file (baseDir)', () => {
  it('accepts a project whose env_file, secret and config files, build context and dockerfile exist', () => {
    // Also: an optional env_file (required: false), a Git context and an interpolated path are not looked for.
    expect(inProject('compose.yaml')).toEqual([])
  })

  it('reports each missing path with its line, key and path', () => {
    expect(inProject('compose.missing.yaml')).toEqual([
      `6: service « api » : build.dockerfile « Dockerfile.missing » introuvable dans le contexte « ./api » (chemin relatif au contexte) — créer le fichier ou corriger le chemin`,
      `10: service « api » : env_file « ./missing.env » introuvable ${FROM_DIR} — créer le fichier, corriger le chemin ou le rendre facultatif avec « required: false »`,
      `11: service « api » : env_file « ./absent.env » introuvable ${FROM_DIR} — créer le fichier, corriger le chemin ou le rendre facultatif avec « required: false »`,
      `17: service « worker » : build « ./worker » introuvable (dossier du contexte de build, relatif au dossier du fichier Compose) — créer le dossier ou corriger le chemin`,
      `19: service « worker » : env_file « worker.env » introuvable ${FROM_DIR} — créer le fichier, corriger le chemin ou le rendre facultatif avec « required: false »`,
      `22: service « web » : build.context « ./web » introuvable (dossier du contexte de build, relatif au dossier du fichier Compose) — créer le dossier ou corriger le chemin`,
      `26: secret « db_password » : file « ./secrets/absent.txt » introuvable ${FROM_DIR} — créer le fichier ou corriger le chemin`,
      `31: config « proxy_conf » : file « nginx.conf » introuvable ${FROM_DIR} — créer le fichier ou corriger le chemin`,
    ].map(fr))
  })

  it('resolves paths from baseDir only: without it (an untitled slide block) paths are not checked', () => {
    expect(inProject('compose.missing.yaml', {})).toEqual([])
    expect(inProject('compose.yaml', { baseDir: resolve(project, 'api') })).toEqual([
      `6: service « api » : build.context « ./api » introuvable (dossier du contexte de build, relatif au dossier du fichier Compose) — créer le dossier ou corriger le chemin`,
      `10: service « api » : env_file « app.env » introuvable ${FROM_DIR} — créer le fichier, corriger le chemin ou le rendre facultatif avec « required: false »`,
      `19: service « proxy » : build « ./proxy » introuvable (dossier du contexte de build, relatif au dossier du fichier Compose) — créer le dossier ou corriger le chemin`,
      `25: service « db » : env_file « db.env » introuvable ${FROM_DIR} — créer le fichier, corriger le chemin ou le rendre facultatif avec « required: false »`,
      `37: secret « db_password » : file « ./secrets/db_password.txt » introuvable ${FROM_DIR} — créer le fichier ou corriger le chemin`,
      `40: config « api_conf » : file « api.conf » introuvable ${FROM_DIR} — créer le fichier ou corriger le chemin`,
    ].map(fr))
  })

  it('keeps path checks in a fragment', () => {
    expect(checkCompose('services:\n  web:\n    env_file: [web.env]\n', { fragment: true, baseDir: project }).map(p => p.line)).toEqual([2])
  })
})

describe('compose checker: database published to the host', () => {
  it('reports a database service with ports (short, long and container-only syntax), not other services or expose', () => {
    expect(inProject('compose.db-port.yaml')).toEqual([
      `11: service « db » : ${DB_PORT} (« 5432:5432 », image « postgres:17-alpine ») — ${DB_ADVICE}`,
      `15: service « cache » : ${DB_PORT} (« 127.0.0.1:6379:6379 », image « valkey/valkey:8.1 ») — ${DB_ADVICE}`,
      `21: service « sessions » : ${DB_PORT} (« 27017 », image « docker.io/library/mongo:8.0 ») — ${DB_ADVICE}`,
    ].map(fr))
  })

  it('accepts it in a development override, and reports it in an untitled block (fragment or not)', () => {
    expect(inProject('compose.override.yaml')).toEqual([])
    expect(inProject('compose.db-port.yaml', { fileName: 'compose.dev.yaml' })).toEqual([])
    expect(inProject('compose.db-port.yaml', { fileName: 'docker-compose.override.yml' })).toEqual([])
    expect(inProject('compose.override.yaml', {})).toEqual([fr(`5: service « db » : ${DB_PORT} (« 127.0.0.1:5432:5432 », image « postgres:17-alpine ») — ${DB_ADVICE}`)])
    expect(checkCompose('services:\n  db:\n    image: mysql:8.4\n    ports: ["3306:3306"]\n', { fragment: true }).map(p => p.line)).toEqual([3])
  })

  it('writes French typography: no-break spaces before « : ; » and inside guillemets', () => {
    const [message] = checkCompose('services:\n  db:\n    image: mysql:8.4\n    ports: ["3306:3306"]\n').map(p => p.message)
    expect(message.startsWith('service \u00AB\u00A0db\u00A0\u00BB\u00A0: port')).toBe(true)
    expect(message).toContain('services, qui l\'atteignent par son nom\u00A0; retirer')
    expect(message).not.toMatch(/ [:;?!»]|« /)
  })

  it('knows database images and development overrides by name', () => {
    for (const image of ['postgres:17', 'bitnami/postgresql:17', 'postgis/postgis:17-3.5', 'mysql:8.4', 'mariadb:11.4', 'mongo:8.0', 'redis:7.4-alpine', 'valkey/valkey:8.1', 'ghcr.io/x/redis@sha256:abc', 'mcr.microsoft.com/mssql/server:2022-latest'])
      expect(isDatabaseImage(image), image).toBe(true)
    for (const image of ['nginx:1.27', 'myorg/postgres-backup:1.0', 'redisinsight/redisinsight:2', '$DB_IMAGE'])
      expect(isDatabaseImage(image), image).toBe(false)
    for (const name of ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yml', 'compose.dev.yaml', 'labs/apps/x/docker-compose.dev.yml'])
      expect(isDevOverride(name), name).toBe(true)
    for (const name of ['compose.yaml', 'compose.bad.yaml', 'compose.prod.yaml', 'compose.override.json', 'devcompose.yaml'])
      expect(isDevOverride(name), name).toBe(false)
  })
})
