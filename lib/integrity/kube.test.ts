import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isComposeYaml } from './compose'
import { checkKube, isKubeYaml, KUBE_SCHEMA } from './kube'

const dir = resolve(import.meta.dirname, '../../tests/fixtures/integrity/kube')
const check = (name: string) => checkKube(readFileSync(resolve(dir, name), 'utf-8')).map(p => `${p.line + 1}: ${p.message}`)

describe('kubernetes manifests', () => {
  it('are told from Compose files by their top-level apiVersion and kind', () => {
    const kube = readFileSync(resolve(dir, 'good.yaml'), 'utf-8')
    expect(isKubeYaml(kube)).toBe(true)
    expect(isComposeYaml(kube)).toBe(false)
    expect(isKubeYaml('services:\n  web:\n    image: nginx:1.29\n')).toBe(false)
    expect(isKubeYaml('apiVersion: v1\nkind: Pod\nservices: {}\n')).toBe(false)
    expect(isKubeYaml('spec:\n  apiVersion: v1\n  kind: Pod\n')).toBe(false)
  })

  it('accept documents valid against the Kubernetes API schema', () => {
    expect(check('good.yaml')).toEqual([])
    expect(check('../../../../labs/apps/notes-api/kube/notes.yaml')).toEqual([])
  })

  it('report unknown fields, wrong types, values out of an enumeration and unknown apiVersion/kind, per document', () => {
    expect(check('broken.yaml')).toEqual([
      `5: Pod « web » : champ « lables » inconnu à metadata (${KUBE_SCHEMA}) — kubectl le refuse, podman kube play l'ignore sans rien dire`,
      `11: Pod « web » : spec.containers.0.imagePullPolicy — valeur hors de la liste : Always, IfNotPresent, Never (${KUBE_SCHEMA})`,
      `13: Pod « web » : spec.containers.0.ports.0.containerPort — type attendu : entier (${KUBE_SCHEMA})`,
      `16: Pod « web » : champ « valeu » inconnu à spec.containers.0.env.0 (${KUBE_SCHEMA}) — kubectl le refuse, podman kube play l'ignore sans rien dire`,
      `19: apiVersion « v1 » et kind « Deployment » : couple inconnu (${KUBE_SCHEMA}, objets lus par « podman kube play » : Pod, Deployment, DaemonSet, Job, Secret, ConfigMap, PersistentVolumeClaim, Service…) — vérifier l'apiVersion (apps/v1 pour un Deployment)`,
      `28: PersistentVolumeClaim « data » : spec.accessModes — type attendu : liste (${KUBE_SCHEMA})`,
    ])
  })

  it('report an unknown field inside a Deployment\'s pod template (type declared in another API group\'s folder)', () => {
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: docker.io/library/nginx:1.29-alpine',
      '          readinesProbe: {tcpSocket: {port: 80}}',
      '',
    ].join('\n')
    expect(checkKube(deployment).map(p => `${p.line + 1}: ${p.message}`)).toEqual([
      `12: Deployment « web » : champ « readinesProbe » inconnu à spec.template.spec.containers.0 (${KUBE_SCHEMA}) — kubectl le refuse, podman kube play l'ignore sans rien dire`,
    ])
  })

  it('report a missing required field, invalid YAML and the course\'s image rules', () => {
    expect(checkKube('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template: {}\n').map(p => p.message))
      .toEqual([`Deployment « d » : spec — champ obligatoire « selector » absent (${KUBE_SCHEMA})`])
    expect(checkKube('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template: {}\n', { fragment: true })).toEqual([])
    expect(checkKube('apiVersion: v1\nkind: Pod\nmetadata: [\n')[0].message).toMatch(/^YAML invalide — /)
    expect(checkKube('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: db\n      image: postgres\n')).toEqual([
      { line: 6, message: 'Pod « p » : conteneur « db » : image « postgres » — étiquette implicite (= latest) : épingler une version, par ex. « postgres:<version> »' },
    ])
  })
})
