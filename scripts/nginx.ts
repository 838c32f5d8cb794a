// Debian's nginx serving a built site with the project's configuration (deploy/nginx/), as the current user, on a
// loopback port: the same top-level nginx.conf as the image, its `# local:` lines rewritten to a temporary prefix
// (pid, temporary files, access log), a 127.0.0.1 port and the site's directory. Used by scripts/serve-nginx.ts
// (and through it by CI, in front of the browser suite) and by scripts/nginx.test.ts.
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'

export const NGINX_DIR = resolve(import.meta.dirname, '../deploy/nginx')
export const HEALTHCHECK = resolve(import.meta.dirname, '../deploy/healthcheck.sh')
const DEFAULT_NGINX = '/usr/sbin/nginx'
const MIME_TYPES = '/etc/nginx/mime.types'

/** What each `# local: <what>` line of deploy/nginx/nginx.conf becomes outside the image. */
export interface LocalSettings {
  port: number
  /** Directory of the built site. */
  root: string
  /** Temporary prefix: pid, temporary files, access log. */
  prefix: string
}

const REQUIRED = ['pid', 'temp', 'access_log', 'listen', 'root'] as const

/**
 * Rewrites the image's nginx.conf for a local run. Every line marked `# local: <what>` is replaced; a marker that
 * is unknown, or a required one that is missing, is an error naming the line (the configuration changed and this
 * function must follow it).
 */
export function localNginxConf(conf: string, s: LocalSettings, file = 'deploy/nginx/nginx.conf'): string {
  const seen = new Set<string>()
  const lines = conf.split('\n').map((line, index) => {
    const marker = /^\s*[^#\s].*#\s*local:\s*(\S+)\s*$/.exec(line)
    if (!marker)
      return line
    const what = marker[1]!
    const indent = /^\s*/.exec(line)![0]
    seen.add(what)
    switch (what) {
      case 'pid':
        return `${indent}pid ${s.prefix}/nginx.pid;`
      case 'temp': {
        const directive = /^\s*(\w+_temp_path)\s+\/tmp\/([\w-]+);/.exec(line)
        if (!directive)
          throw new Error(`${file}:${index + 1} : « # local: temp » attend « <x>_temp_path /tmp/<dossier>; », pas « ${line.trim()} »`)
        return `${indent}${directive[1]} ${s.prefix}/${directive[2]};`
      }
      case 'access_log':
        return `${indent}access_log ${s.prefix}/access.log;`
      case 'listen':
        return `${indent}listen 127.0.0.1:${s.port};`
      case 'root':
        return `${indent}root ${s.root};`
      default:
        throw new Error(`${file}:${index + 1} : marqueur « # local: ${what} » inconnu (attendus : ${REQUIRED.join(', ')})`)
    }
  })
  const missing = REQUIRED.filter(w => !seen.has(w))
  if (missing.length)
    throw new Error(`${file} : ligne(s) « # local: ${missing.join(' », « # local: ')} » absente(s) : sans elles, nginx écrirait hors du dossier temporaire ou écouterait ailleurs qu'en local`)
  return lines.join('\n')
}

/** The Content-Security-Policy value written in deploy/nginx/course/security-headers.conf. */
export function projectCsp(dir = NGINX_DIR): string {
  const text = readFileSync(join(dir, 'course/security-headers.conf'), 'utf-8')
  const match = /^add_header\s+Content-Security-Policy\s+"([^"]+)"\s+always;/m.exec(text)
  if (!match)
    throw new Error(`${join(dir, 'course/security-headers.conf')} : ligne « add_header Content-Security-Policy "…" always; » introuvable`)
  return match[1]!
}

export function resolveNginx(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.NGINX_PATH?.trim() || DEFAULT_NGINX
  try {
    accessSync(path, constants.X_OK)
    return path
  }
  catch {
    throw new Error(`nginx introuvable (${path}) : installez celui de Debian avec « sudo apt-get install -y nginx-light » ou indiquez son chemin avec NGINX_PATH.`)
  }
}

async function freePort(): Promise<number> {
  return new Promise((ok, ko) => {
    const server = createServer()
    server.once('error', ko)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => ok(port))
    })
  })
}

/** What the course's nginx compresses (deploy/nginx/course/site.conf): gzip_types, plus text/html, which nginx always compresses. */
export interface GzipSettings {
  /** MIME types, without parameters. */
  types: string[]
  /** Smallest response compressed (bytes, gzip_min_length; nginx's default is 20). */
  minLength: number
}

/**
 * Reads the gzip directives of the site's configuration, so that another server (the bench's) compresses the same
 * responses as the deployed one. Throws, naming the file, when gzip is not on or its types are missing.
 */
export function nginxGzip(file = join(NGINX_DIR, 'course/site.conf')): GzipSettings {
  const conf = readFileSync(file, 'utf-8').replace(/#.*$/gm, '')
  // Site-wide directives only: a `location` that changed them would not be what the bench reproduces.
  const all = (name: string) => [...conf.matchAll(new RegExp(`^\\s*${name}\\s+([^;]+);`, 'gm'))].map(m => m[1].trim())
  const directive = (name: string) => {
    const values = all(name)
    if (values.length > 1)
      throw new Error(`${file} : « ${name} » apparaît ${values.length} fois (${values.join(', ')}) ; le banc ne reproduit qu'une compression pour tout le site`)
    return values[0]
  }
  if (directive('gzip') !== 'on')
    throw new Error(`${file} : « gzip on; » absent, la compression du site n'est plus celle que le banc reproduit`)
  const types = directive('gzip_types')?.split(/\s+/)
  if (!types?.length)
    throw new Error(`${file} : « gzip_types » absent`)
  const size = /^(\d+)([km]?)$/i.exec(directive('gzip_min_length') ?? '20')
  if (!size)
    throw new Error(`${file} : « gzip_min_length ${directive('gzip_min_length')} » : une taille en octets, k ou m attendue`)
  const minLength = Number(size[1]) * ({ '': 1, 'k': 1024, 'm': 1024 * 1024 } as Record<string, number>)[size[2].toLowerCase()]
  return { types: [...new Set(['text/html', ...types])], minLength }
}

export interface RunningNginx {
  /** `http://127.0.0.1:<port>` without trailing slash. */
  url: string
  port: number
  prefix: string
  stop: () => Promise<void>
}

/**
 * Starts nginx on `dist` (checked first with `nginx -t`), waits for /healthz, and returns how to stop it.
 * The temporary prefix holds the generated nginx.conf, links to deploy/nginx/course and Debian's mime.types
 * (the image's relative includes), the pid, temporary files and the access log; it is removed on stop.
 */
export async function startNginx(dist: string, options: { port?: number, nginx?: string } = {}): Promise<RunningNginx> {
  const root = resolve(dist)
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${join(root, 'index.html')} introuvable : construisez d'abord le site.`)
  // Started by root, nginx's workers run as `nobody`: they must be able to read the site.
  if (process.getuid?.() === 0 && (statSync(root).mode & 0o005) !== 0o005)
    throw new Error(`${root} n'est pas lisible par tous (mode ${(statSync(root).mode & 0o777).toString(8)}) : lancé par root, nginx sert les fichiers avec l'utilisateur nobody (chmod 755)`)
  const nginx = options.nginx ?? resolveNginx()
  if (!existsSync(MIME_TYPES))
    throw new Error(`${MIME_TYPES} introuvable : le paquet nginx-light (ou nginx-common) de Debian le fournit.`)
  const port = options.port || await freePort()
  const prefix = mkdtempSync(join(tmpdir(), 'course-nginx-'))
  const conf = join(prefix, 'nginx.conf')
  const args = ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr']
  try {
    symlinkSync(join(NGINX_DIR, 'course'), join(prefix, 'course'))
    symlinkSync(MIME_TYPES, join(prefix, 'mime.types'))
    writeFileSync(conf, localNginxConf(readFileSync(join(NGINX_DIR, 'nginx.conf'), 'utf-8'), { port, root, prefix }))
    const test = spawnSync(nginx, ['-t', ...args], { encoding: 'utf-8' })
    if (test.status !== 0)
      throw new Error(`nginx -t refuse la configuration :\n${test.stderr.trim()}`)
  }
  catch (error) {
    rmSync(prefix, { recursive: true, force: true })
    throw error
  }
  const child: ChildProcess = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] })
  const exited = new Promise<number | null>(ok => child.once('exit', code => ok(code)))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT') // graceful shutdown: workers finish their requests
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    rmSync(prefix, { recursive: true, force: true })
  }
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`nginx s'est arrêté au démarrage (code ${child.exitCode}) : voir ses messages ci-dessus`)
    }
    const ok = await fetch(`${url}/healthz`).then(r => r.ok, () => false)
    if (ok)
      return { url, port, prefix, stop }
    await new Promise(r => setTimeout(r, 100))
  }
  await stop()
  throw new Error(`nginx ne répond pas sur ${url}/healthz après 10 s`)
}

/** The image's HEALTHCHECK script, run against a local port: undefined when healthy, else its message. */
export function runHealthcheck(port: number): string | undefined {
  const result = spawnSync('bash', [HEALTHCHECK], { env: { ...process.env, PORT: String(port) }, encoding: 'utf-8', timeout: 5000 })
  return result.status === 0 ? undefined : `deploy/healthcheck.sh (PORT=${port}) : code ${result.status} ${result.stderr.trim()}`
}

interface Expectation {
  what: string
  path: string
  status: number
  type?: RegExp
  cache?: RegExp
  /** The response body must equal this file of the site. */
  sameAs?: string
}

/**
 * Asks the running server for each kind of file of the built site and returns what differs from the project's
 * rules (French messages, empty = all good): status, Content-Type, Cache-Control (long-lived immutable /assets/,
 * `no-cache` for index.html, the SPA routes, sw.js and the manifest), the SPA fallback, real 404s, and the security
 * headers (the CSP of security-headers.conf, nosniff, Referrer-Policy) on every response, errors included.
 */
export async function checkServedSite(url: string, dist: string, csp = projectCsp()): Promise<string[]> {
  const root = resolve(dist)
  const problems: string[] = []
  const assets = join(root, 'assets')
  const files = existsSync(assets) ? readdirSync(assets).filter(f => statSync(join(assets, f)).isFile()) : []
  const script = files.find(f => f.endsWith('.js'))
  const font = files.find(f => f.endsWith('.woff2'))
  const pdf = readdirSync(root).find(f => f.endsWith('.pdf'))
  const NO_CACHE = /^no-cache$/
  const IMMUTABLE = /^public, max-age=31536000, immutable$/
  const expectations: Expectation[] = [
    { what: 'page d\'accueil', path: '/', status: 200, type: /^text\/html; charset=utf-8$/, cache: NO_CACHE, sameAs: 'index.html' },
    { what: 'route de la SPA', path: '/12', status: 200, type: /^text\/html/, cache: NO_CACHE, sameAs: 'index.html' },
    { what: 'route de la SPA', path: '/presenter/3', status: 200, type: /^text\/html/, cache: NO_CACHE, sameAs: 'index.html' },
    { what: 'service worker', path: '/sw.js', status: 200, type: /javascript/, cache: NO_CACHE, sameAs: 'sw.js' },
    { what: 'manifeste', path: '/manifest.webmanifest', status: 200, type: /^application\/manifest\+json/, cache: NO_CACHE },
    { what: 'fichier absent', path: '/absent.png', status: 404 },
    { what: 'fichier haché absent', path: '/assets/absent-0000.js', status: 404 },
    { what: 'santé', path: '/healthz', status: 200 },
  ]
  if (script)
    expectations.push({ what: 'script haché', path: `/assets/${script}`, status: 200, type: /^application\/javascript/, cache: IMMUTABLE, sameAs: `assets/${script}` })
  else
    problems.push(`${assets} : aucun script .js, le site est-il construit ?`)
  if (font)
    expectations.push({ what: 'police', path: `/assets/${font}`, status: 200, type: /^font\/woff2$/, cache: IMMUTABLE })
  if (pdf)
    expectations.push({ what: 'PDF', path: `/${pdf}`, status: 200, type: /^application\/pdf$/, cache: NO_CACHE })
  if (!existsSync(join(root, 'manifest.webmanifest')))
    problems.push(`${root}/manifest.webmanifest absent : le build n'a pas généré le manifeste (vite.config.ts)`)

  for (const e of expectations) {
    const response = await fetch(`${url}${e.path}`).catch((error: Error) => error)
    if (response instanceof Error) {
      problems.push(`${e.path} (${e.what}) : ${response.message}`)
      continue
    }
    const body = Buffer.from(await response.arrayBuffer())
    const h = (name: string) => response.headers.get(name) ?? ''
    const say = (message: string) => problems.push(`${e.path} (${e.what}) : ${message}`)
    if (response.status !== e.status)
      say(`statut ${response.status} au lieu de ${e.status}`)
    if (e.type && !e.type.test(h('content-type')))
      say(`Content-Type « ${h('content-type')} », attendu ${e.type}`)
    if (e.cache && !e.cache.test(h('cache-control')))
      say(`Cache-Control « ${h('cache-control')} », attendu ${e.cache}`)
    if (e.sameAs && response.status === 200 && !body.equals(readFileSync(join(root, e.sameAs))))
      say(`contenu différent de ${e.sameAs}`)
    if (h('content-security-policy') !== csp)
      say(`Content-Security-Policy « ${h('content-security-policy') || '(absente)'} » au lieu de celle de security-headers.conf`)
    if (h('x-content-type-options') !== 'nosniff')
      say(`X-Content-Type-Options « ${h('x-content-type-options') || '(absent)'} » au lieu de « nosniff »`)
    if (!h('referrer-policy'))
      say('Referrer-Policy absente')
    if (/\d/.test(h('server')))
      say(`l'en-tête Server donne la version (« ${h('server')} ») : server_tokens off`)
  }
  return problems
}
