import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCompose, isComposeYaml } from './compose'

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
