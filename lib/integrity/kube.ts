import type { ErrorObject } from 'ajv'
import type { BlockProblem } from './commands'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { validate as daemonSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1DaemonSet'
import { validate as deployment } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment'
import { validate as replicaSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet'
import { validate as statefulSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet'
import { validate as cronJob } from 'kubernetes-models/_schemas/IoK8sApiBatchV1CronJob'
import { validate as job } from 'kubernetes-models/_schemas/IoK8sApiBatchV1Job'
import { validate as configMap } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap'
import { validate as namespace } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Namespace'
import { validate as pvc } from 'kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim'
import { validate as pod } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Pod'
import { validate as secret } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Secret'
import { validate as service } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service'
import { validate as ingress } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress'
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml'
import { dedupe, isComposeYaml } from './compose'
import { imageEolProblem, unpinnedProblem } from './images'

/**
 * Kubernetes manifests (what `podman kube play` runs), validated against the Kubernetes API schema
 * as published by the npm package `kubernetes-models` (tommy351/kubernetes-models-ts, generated from
 * the OpenAPI specification of Kubernetes v1.36 — see its changelog, 5.0.0): types, required fields and
 * enumerations by the package's compiled validators; unknown fields (a typo that `kubectl apply`
 * rejects in strict field validation and `podman kube play` silently ignores) from the package's type
 * declarations, which list every field of every object. Plus the course's image rules.
 */

export const KUBE_SCHEMA = 'schéma Kubernetes 1.36, paquet kubernetes-models'

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }

/** apiVersion/kind → compiled validator; the type declaration is `<apiVersion>/<kind>.d.ts` in the package. */
const KINDS: Record<string, Validate> = {
  'v1/Pod': pod,
  'v1/Secret': secret,
  'v1/ConfigMap': configMap,
  'v1/PersistentVolumeClaim': pvc,
  'v1/Service': service,
  'v1/Namespace': namespace,
  'apps/v1/Deployment': deployment,
  'apps/v1/DaemonSet': daemonSet,
  'apps/v1/StatefulSet': statefulSet,
  'apps/v1/ReplicaSet': replicaSet,
  'batch/v1/Job': job,
  'batch/v1/CronJob': cronJob,
  'networking.k8s.io/v1/Ingress': ingress,
}

/** True when the YAML has a top-level `apiVersion:` and `kind:` (and is not a Compose file). */
export function isKubeYaml(code: string): boolean {
  return /^apiVersion\s*:/m.test(code) && /^kind\s*:/m.test(code) && !isComposeYaml(code)
}

function nodeModule(name: string): string {
  let dir = import.meta.dirname
  for (;;) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(candidate))
      return candidate
    const parent = dirname(dir)
    if (parent === dir)
      throw new Error(`${name} introuvable dans node_modules`)
    dir = parent
  }
}

interface Shape {
  /** Field → declaration file of its object type (undefined: a scalar, a map or an alias). */
  fields: Map<string, string | undefined>
}

const shapes = new Map<string, Shape | undefined>()

/** The fields of the first interface of a declaration file of kubernetes-models or its apimachinery. */
function shapeOf(file: string): Shape | undefined {
  if (shapes.has(file))
    return shapes.get(file)
  let shape: Shape | undefined
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf-8')
    const imports = new Map<string, string>()
    for (const m of text.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm))
      imports.set(m[1], m[2])
    const body = /^export interface \w+(?: extends [\w, ]+)? \{\n([\s\S]*?)^\}/m.exec(text)?.[1]
    if (body) {
      shape = { fields: new Map() }
      for (const m of body.matchAll(/^ {4}"([^"]+)"\??: (.*?);?$/gm)) {
        const type = /^(?:Array<)?(I\w+)>?$/.exec(m[2])?.[1]
        const from = type ? imports.get(type) : undefined
        let target: string | undefined
        if (from?.startsWith('.'))
          target = resolve(dirname(file), from.replace(/\.js$/, '.d.ts'))
        else if (from?.startsWith('@kubernetes-models/apimachinery/'))
          target = join(nodeModule('@kubernetes-models/apimachinery'), `${from.slice('@kubernetes-models/apimachinery/'.length)}.d.ts`)
        shape.fields.set(m[1], target)
      }
    }
  }
  shapes.set(file, shape)
  return shape
}

type Path = (string | number)[]

function unknownFields(data: unknown, file: string, path: Path, out: [Path, string][]): void {
  if (Array.isArray(data)) {
    data.forEach((item, i) => unknownFields(item, file, [...path, i], out))
    return
  }
  if (!data || typeof data !== 'object')
    return
  const shape = shapeOf(file)
  if (!shape)
    return
  for (const [key, value] of Object.entries(data)) {
    if (!shape.fields.has(key)) {
      out.push([[...path, key], key])
      continue
    }
    const target = shape.fields.get(key)
    if (target)
      unknownFields(value, target, [...path, key], out)
  }
}

/** Keeps the precise errors (drops `oneOf`/`anyOf` wrappers when a more precise one exists at the same place). */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const precise = errors.filter(e => !['oneOf', 'anyOf', 'if'].includes(e.keyword))
  const chosen = precise.length ? precise : errors
  const seen = new Set<string>()
  return chosen.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  })
}

function errorText(error: ErrorObject): string {
  const p = error.params as Record<string, any>
  switch (error.keyword) {
    case 'required': return `champ obligatoire « ${p.missingProperty} » absent`
    case 'type': return `type attendu : ${p.type === 'integer' ? 'entier' : p.type === 'string' ? 'chaîne' : p.type === 'boolean' ? 'booléen' : p.type === 'array' ? 'liste' : p.type === 'object' ? 'objet' : p.type}`
    case 'enum': return `valeur hors de la liste : ${(p.allowedValues as unknown[]).join(', ')}`
    default: return error.message ?? error.keyword
  }
}

/** Checks a (multi-document) Kubernetes YAML. Lines are 0-based in the block; a `fragment` may leave required fields out. */
export function checkKube(code: string, options: { fragment?: boolean } = {}): BlockProblem[] {
  const problems: BlockProblem[] = []
  const counter = new LineCounter()
  const docs = parseAllDocuments(code, { lineCounter: counter, prettyErrors: false })
  const list = Array.isArray(docs) ? docs : [docs]
  for (const doc of list) {
    if (doc.errors.length) {
      for (const error of doc.errors)
        problems.push({ line: counter.linePos(error.pos[0]).line - 1, message: `YAML invalide — ${error.message.split('\n')[0]}` })
      continue
    }
    const data = doc.toJS() as any
    if (data === null || data === undefined)
      continue
    const docLine = doc.contents?.range ? counter.linePos(doc.contents.range[0]).line - 1 : 0
    const nodeLine = (path: Path): number => {
      let node: any = doc.contents
      let line = docLine
      for (const part of path) {
        if (isMap(node)) {
          const pair = node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part))
          if (!pair)
            break
          if ((pair.key as any)?.range)
            line = counter.linePos((pair.key as any).range[0]).line - 1
          node = pair.value
        }
        else if (isSeq(node)) {
          node = node.items[Number(part)]
          if (node?.range)
            line = counter.linePos(node.range[0]).line - 1
        }
        else {
          break
        }
      }
      return line
    }
    if (typeof data !== 'object' || Array.isArray(data) || !data.apiVersion || !data.kind) {
      problems.push({ line: docLine, message: 'document Kubernetes sans « apiVersion » et « kind » au premier niveau' })
      continue
    }
    const name = `${data.kind}${data.metadata?.name ? ` « ${data.metadata.name} »` : ''}`
    const key = `${data.apiVersion}/${data.kind}`
    const validate = KINDS[key]
    if (!validate) {
      problems.push({ line: nodeLine(['kind']), message: `apiVersion « ${data.apiVersion} » et kind « ${data.kind} » : couple inconnu (${KUBE_SCHEMA}, objets lus par « podman kube play » : Pod, Deployment, DaemonSet, Job, Secret, ConfigMap, PersistentVolumeClaim, Service…) — vérifier l'apiVersion (apps/v1 pour un Deployment)` })
      continue
    }
    const declaration = `${key}.d.ts`
    if (!validate(data)) {
      for (const error of pruneErrors(validate.errors ?? [])) {
        if (options.fragment && error.keyword === 'required')
          continue
        const path: Path = error.instancePath.split('/').slice(1).map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        problems.push({ line: nodeLine(path), message: `${name} : ${path.length ? path.join('.') : 'racine'} — ${errorText(error)} (${KUBE_SCHEMA})` })
      }
    }
    const unknown: [Path, string][] = []
    unknownFields(data, join(nodeModule('kubernetes-models'), declaration), [], unknown)
    for (const [path, key] of unknown)
      problems.push({ line: nodeLine(path), message: `${name} : champ « ${key} » inconnu à ${path.slice(0, -1).join('.') || 'la racine'} (${KUBE_SCHEMA}) — kubectl le refuse, podman kube play l'ignore sans rien dire` })
    // Course rules on images (pod templates included).
    const specs = [data.spec, data.spec?.template?.spec, data.spec?.jobTemplate?.spec?.template?.spec]
    const specPaths: Path[] = [['spec'], ['spec', 'template', 'spec'], ['spec', 'jobTemplate', 'spec', 'template', 'spec']]
    specs.forEach((spec, s) => {
      for (const list of ['initContainers', 'containers'] as const) {
        for (const [i, c] of (Array.isArray(spec?.[list]) ? spec[list] : []).entries()) {
          if (typeof c?.image !== 'string')
            continue
          const reason = unpinnedProblem(c.image) ?? imageEolProblem(c.image)
          if (reason)
            problems.push({ line: nodeLine([...specPaths[s], list, i, 'image']), message: `${name} : conteneur « ${c.name} » : image « ${c.image} » — ${reason}` })
        }
      }
    })
  }
  return dedupe(problems)
}
