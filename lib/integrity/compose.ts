import type { ErrorObject, ValidateFunction } from 'ajv'
import type { BlockProblem } from './commands'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { isMap, isPair, isScalar, isSeq } from 'yaml'
import { publishProblem } from './commands'
import { imageEolProblem, parseImageRef, unpinnedProblem } from './images'
import { parseYamlBlock } from './yaml'

let validator: ValidateFunction | undefined

/** The official Compose Specification schema (vendored, see schemas/README.md), compiled once. */
function composeValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, 'schemas/compose-spec.json'), 'utf-8'))
    // Ajv ships draft-07 under the `http://…#` id; the upstream file says `https://…` (same meta-schema).
    delete schema.$schema
    const ajv = new Ajv({ allErrors: true, strict: false })
    addFormats(ajv)
    validator = ajv.compile(schema)
  }
  return validator
}

type Path = (string | number)[]

/** True when the YAML text is a Compose file (a top-level `services:` key). */
export function isComposeYaml(code: string): boolean {
  return /^services\s*:/m.test(code)
}

function shortVolumeSource(spec: string): string | undefined {
  const parts = spec.split(':')
  if (parts.length < 2)
    return undefined // anonymous volume
  return parts[0]
}

function isNamedVolume(source: string): boolean {
  return !/^[./~$]/.test(source) && !source.includes('/')
}

/** Names of the networks a service is attached to (`default` when it declares none). */
function serviceNetworks(svc: any): string[] | undefined {
  if (svc?.network_mode)
    return undefined
  const nets = svc?.networks
  if (!nets)
    return ['default']
  return Array.isArray(nets) ? nets.map(String) : Object.keys(nets)
}

export interface ComposeOptions {
  /** `fragment`: an excerpt, cross-references and top-level declarations are not required. */
  fragment?: boolean
  /**
   * Directory of the Compose file (a kit file, or a slide block titled with a kit path): `env_file`,
   * secret and config `file:`, build `context` and `dockerfile` must exist relative to it. Without it
   * (an untitled slide block), paths are not checked.
   */
  baseDir?: string
  /** File name (`compose.override.yaml`): a development override may publish a database port. */
  fileName?: string
}

/**
 * French typography of the messages: U+00A0 before « : ; ? ! » and inside guillemets, applied to the
 * literal text only (interpolated names and paths are left as they are).
 */
function fr(strings: TemplateStringsArray, ...values: unknown[]): string {
  const nb = (text: string) => text.replace(/ ([:;?!»])/g, '\u00A0$1').replace(/« /g, '«\u00A0')
  return strings.reduce((out, text, i) => out + nb(text) + (i < values.length ? String(values[i]) : ''), '')
}

/** `compose.override.yaml`, `docker-compose.override.yml`, `compose.dev.yaml`: files for development only. */
export function isDevOverride(fileName: string): boolean {
  return /^(?:(?:docker-)?compose\.override|.+\.dev)\.ya?ml$/.test(basename(fileName))
}

/** Last component of the repository of database images (`postgres`, `bitnami/postgresql`, `valkey/valkey`…). */
const DATABASE_IMAGES = new Set([
  'postgres',
  'postgresql',
  'postgis',
  'timescaledb',
  'mysql',
  'mariadb',
  'percona-server',
  'mongo',
  'mongodb-community-server',
  'mongodb-enterprise-server',
  'redis',
  'redis-stack-server',
  'valkey',
  'keydb',
  'dragonfly',
  'memcached',
  'cassandra',
  'scylla',
  'couchdb',
  'neo4j',
  'influxdb',
  'clickhouse-server',
  'cockroach',
])

/** True when the image is a database server (any registry, tag or digest). */
export function isDatabaseImage(image: string): boolean {
  const { name } = parseImageRef(image)
  return DATABASE_IMAGES.has(name.split('/').pop()!.toLowerCase()) || /(?:^|\/)mssql\/server$/.test(name)
}

/** A path we can look for on disk: no variable, no URL or Git remote, no `~`. */
function isLocalPath(path: unknown): path is string {
  return typeof path === 'string' && path !== '' && !path.includes('$') && !path.startsWith('~')
    && !/^[a-z][\w+.-]*:\/\//i.test(path) && !/^git@|^github\.com\//.test(path)
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}

function portText(port: unknown): string {
  if (port && typeof port === 'object') {
    const p = port as { host_ip?: string, published?: string | number, target?: string | number }
    return [p.host_ip, p.published, p.target].filter(v => v !== undefined && v !== '').join(':')
  }
  return String(port)
}

/** Checks a Compose file: schema, then the course rules. Lines are 0-based in the block. */
export function checkCompose(code: string, options: ComposeOptions = {}): BlockProblem[] {
  const problems: BlockProblem[] = []
  const { doc, counter, problems: invalid } = parseYamlBlock(code)
  if (invalid.length)
    return invalid
  const data = doc.toJS() as any
  if (!data || typeof data !== 'object' || !data.services)
    return problems

  const nodeLine = (path: Path, key = false): number => {
    let node: any = doc.contents
    let line = 0
    for (let k = 0; k < path.length; k++) {
      if (isMap(node)) {
        const pair = node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[k]))
        if (!pair)
          break
        const keyNode = pair.key as any
        if (keyNode?.range)
          line = counter.linePos(keyNode.range[0]).line - 1
        if (key && k === path.length - 1)
          return line
        node = pair.value
      }
      else if (isSeq(node)) {
        node = node.items[Number(path[k])]
      }
      else {
        break
      }
      if (node?.range)
        line = counter.linePos(node.range[0]).line - 1
    }
    return line
  }
  const report = (path: Path, message: string, key = false) => problems.push({ line: nodeLine(path, key), message })

  // 1. Official schema.
  const validate = composeValidator()
  if (!validate(data)) {
    for (const error of pruneErrors(validate.errors ?? [])) {
      const path = error.instancePath.split('/').slice(1).map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      const extra = error.keyword === 'additionalProperties' ? ` « ${(error.params as any).additionalProperty} »` : ''
      const where = path.length ? path.join('.') : 'racine'
      report(extra ? [...path, (error.params as any).additionalProperty] : path, `schéma Compose : ${where} — ${error.message}${extra}`, !!extra)
    }
  }

  // 2. Course rules.
  if ('version' in data)
    report(['version'], 'clé « version » obsolète (Compose Specification) : la supprimer', true)

  const services: Record<string, any> = data.services ?? {}
  const names = new Set(Object.keys(services))
  const declared = (kind: 'volumes' | 'networks' | 'secrets' | 'configs') => new Set(Object.keys(data[kind] ?? {}))

  for (const [name, svc] of Object.entries(services)) {
    if (!svc || typeof svc !== 'object')
      continue
    // Image: not end-of-life; pinned unless the service builds it.
    if (typeof svc.image === 'string') {
      const eol = imageEolProblem(svc.image)
      if (eol)
        report(['services', name, 'image'], `service « ${name} » : image « ${svc.image} » — ${eol}`)
      const unpinned = svc.build ? undefined : unpinnedProblem(svc.image)
      if (unpinned)
        report(['services', name, 'image'], `service « ${name} » : image « ${svc.image} » — ${unpinned}`)
    }
    // Ports: short syntax shape; fixed host port with several replicas.
    const replicas = Number(svc.deploy?.replicas ?? svc.scale ?? 1)
    for (const [k, port] of (Array.isArray(svc.ports) ? svc.ports : []).entries()) {
      const text = typeof port === 'number' ? String(port) : typeof port === 'string' ? port : undefined
      if (text !== undefined) {
        const reason = publishProblem(text)
        if (reason) {
          report(['services', name, 'ports', k], `service « ${name} » : port « ${text} » invalide — ${reason}`)
          continue
        }
      }
      const fixedHost = text !== undefined
        ? /^(?:.*:)?\d+:\d+(?:\/\w+)?$/.test(text) && !/^(?:.*:)?\d+-\d+:/.test(text)
        : port && typeof port === 'object' && port.published !== undefined && !String(port.published).includes('-')
      if (replicas > 1 && fixedHost)
        report(['services', name, 'ports', k], `service « ${name} » : port hôte fixe « ${text ?? port.published} » avec ${replicas} réplicas — les réplicas se disputent ce port ; publier une plage, laisser l'hôte choisir ou passer par un proxy`)
    }
    // Database: reachable on the services' network only, except in a development override.
    if (typeof svc.image === 'string' && isDatabaseImage(svc.image) && Array.isArray(svc.ports) && svc.ports.length
      && !(options.fileName && isDevOverride(options.fileName))) {
      const published = svc.ports.map((p: unknown) => fr`« ${portText(p)} »`).join(', ')
      report(['services', name, 'ports'], fr`service « ${name} » : port de base de données publié sur l'hôte (${published}, image « ${svc.image} ») — la base ne doit être joignable que par le réseau interne des services, qui l'atteignent par son nom ; retirer « ports: » ou, pour y accéder depuis l'hôte en développement, le publier dans compose.override.yaml`, true)
    }
    if (options.baseDir)
      servicePathProblems(name, svc, options.baseDir, report)
    if (options.fragment)
      continue
    // depends_on: existing services; service_healthy needs a healthcheck.
    const deps = svc.depends_on
    const depNames: string[] = Array.isArray(deps) ? deps.map(String) : deps && typeof deps === 'object' ? Object.keys(deps) : []
    for (const dep of depNames) {
      if (!names.has(dep)) {
        report(['services', name, 'depends_on'], `service « ${name} » : depends_on vers « ${dep} », service inexistant`)
        continue
      }
      const condition = !Array.isArray(deps) ? deps[dep]?.condition : undefined
      const hc = services[dep]?.healthcheck
      if (condition === 'service_healthy' && (!hc || hc.disable === true))
        report(['services', name, 'depends_on', dep], `service « ${name} » : attend « ${dep} » en service_healthy, mais « ${dep} » ne définit pas de healthcheck`, true)
    }
    // Declared top-level resources.
    const volumes = declared('volumes')
    for (const [k, v] of (Array.isArray(svc.volumes) ? svc.volumes : []).entries()) {
      const source = typeof v === 'string' ? shortVolumeSource(v) : v?.type === 'volume' ? v.source : undefined
      if (source && isNamedVolume(source) && !volumes.has(source))
        report(['services', name, 'volumes', k], `service « ${name} » : volume nommé « ${source} » non déclaré dans « volumes: » au premier niveau (un chemin d'hôte commence par ./, / ou ~)`)
    }
    const nets = serviceNetworks(svc)
    const netDeclared = declared('networks')
    for (const net of nets ?? []) {
      if (net !== 'default' && !netDeclared.has(net))
        report(['services', name, 'networks'], `service « ${name} » : réseau « ${net} » non déclaré dans « networks: » au premier niveau`)
    }
    for (const kind of ['secrets', 'configs'] as const) {
      const known = declared(kind)
      for (const [k, item] of (Array.isArray(svc[kind]) ? svc[kind] : []).entries()) {
        const source = typeof item === 'string' ? item : item?.source
        if (source && !known.has(source))
          report(['services', name, kind, k], `service « ${name} » : ${kind === 'secrets' ? 'secret' : 'config'} « ${source} » non déclaré dans « ${kind}: » au premier niveau`)
      }
    }
  }

  // Files of top-level secrets and configs.
  if (options.baseDir) {
    for (const kind of ['secrets', 'configs'] as const) {
      for (const [item, def] of Object.entries(data[kind] ?? {})) {
        const file = (def as any)?.file
        if (isLocalPath(file) && !isFile(resolve(options.baseDir, file)))
          report([kind, item, 'file'], fr`${kind === 'secrets' ? 'secret' : 'config'} « ${item} » : file « ${file} » introuvable (chemin relatif au dossier du fichier Compose) — créer le fichier ou corriger le chemin`)
      }
    }
  }

  // Services that name each other must share a network.
  if (!options.fragment) {
    for (const [name, svc] of Object.entries(services)) {
      if (!svc || typeof svc !== 'object')
        continue
      for (const [target, how, path] of references(name, svc, names)) {
        const a = serviceNetworks(svc)
        const b = serviceNetworks(services[target])
        if (!a || !b)
          continue
        if (!a.some(n => b.includes(n)))
          report(path, `service « ${name} » : joint « ${target} » (${how}) mais ne partage aucun réseau avec lui (${name} : ${a.join(', ')} ; ${target} : ${b.join(', ')})`)
      }
    }
  }
  return dedupe(problems)
}

type Report = (path: Path, message: string, key?: boolean) => void

/** `env_file` and build `context`/`dockerfile` of a service must exist relative to the Compose file. */
function servicePathProblems(name: string, svc: any, baseDir: string, report: Report): void {
  const envFiles: unknown[] = Array.isArray(svc.env_file) ? svc.env_file : svc.env_file !== undefined ? [svc.env_file] : []
  envFiles.forEach((entry: any, k) => {
    const long = entry && typeof entry === 'object'
    const path = long ? entry.path : entry
    if (long && (entry.required === false || entry.required === 'false'))
      return
    const at: Path = Array.isArray(svc.env_file) ? ['services', name, 'env_file', k, ...(long ? ['path'] : [])] : ['services', name, 'env_file']
    if (isLocalPath(path) && !isFile(resolve(baseDir, path)))
      report(at, fr`service « ${name} » : env_file « ${path} » introuvable (chemin relatif au dossier du fichier Compose) — créer le fichier, corriger le chemin ou le rendre facultatif avec « required: false »`)
  })
  const build = svc.build
  if (build === undefined || build === null)
    return
  const short = typeof build === 'string'
  const context = short ? build : build.context ?? '.'
  if (!isLocalPath(context))
    return
  const contextDir = resolve(baseDir, context)
  if (!isDirectory(contextDir)) {
    report(short ? ['services', name, 'build'] : ['services', name, 'build', 'context'], fr`service « ${name} » : ${short ? 'build' : 'build.context'} « ${context} » introuvable (dossier du contexte de build, relatif au dossier du fichier Compose) — créer le dossier ou corriger le chemin`)
    return
  }
  const dockerfile = short ? undefined : build.dockerfile
  if (isLocalPath(dockerfile) && !isFile(resolve(contextDir, dockerfile)))
    report(['services', name, 'build', 'dockerfile'], fr`service « ${name} » : build.dockerfile « ${dockerfile} » introuvable dans le contexte « ${context} » (chemin relatif au contexte) — créer le fichier ou corriger le chemin`)
}

function references(name: string, svc: any, names: Set<string>): [string, string, Path][] {
  const out: [string, string, Path][] = []
  const seen = new Set<string>()
  const add = (target: string, how: string, path: Path) => {
    if (target !== name && names.has(target) && !seen.has(target)) {
      seen.add(target)
      out.push([target, how, path])
    }
  }
  const deps = svc.depends_on
  for (const dep of Array.isArray(deps) ? deps : deps && typeof deps === 'object' ? Object.keys(deps) : [])
    add(String(dep), 'depends_on', ['services', name, 'depends_on'])
  for (const link of Array.isArray(svc.links) ? svc.links : [])
    add(String(link).split(':')[0], 'links', ['services', name, 'links'])
  const env = svc.environment
  const entries: [string, string][] = Array.isArray(env)
    ? env.map((e: string) => [String(e).split('=')[0], String(e).split('=').slice(1).join('=')])
    : env && typeof env === 'object' ? Object.entries(env).map(([k, v]) => [k, String(v ?? '')]) : []
  for (const [key, value] of entries) {
    for (const target of names) {
      const re = new RegExp(`(?:^|//|@)${target.replace(/[.-]/g, '\\$&')}(?::\\d+|/|$)`)
      if (value === target || re.test(value))
        add(target, key, ['services', name, 'environment'])
    }
  }
  return out
}

/** Keeps the most useful schema errors: drops the `oneOf` noise around a precise error. */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const precise = errors.filter(e => e.keyword !== 'oneOf' && e.keyword !== 'type')
  const paths = new Set(precise.map(e => e.instancePath))
  const typeErrors = errors.filter(e => e.keyword === 'type' && !paths.has(e.instancePath))
  const chosen = [...precise, ...typeErrors]
  const seen = new Set<string>()
  return (chosen.length ? chosen : errors).filter((e) => {
    const key = `${e.instancePath}|${e.message}|${JSON.stringify(e.params)}`
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  })
}

/** Problems in line order, each reported once (shared by the block checkers). */
export function dedupe(problems: BlockProblem[]): BlockProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.line}|${p.message}`
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  }).sort((a, b) => a.line - b.line)
}
