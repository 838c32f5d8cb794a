import { Buffer } from 'node:buffer'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeBase, serveStatic } from '../tests/e2e/serve'
import { checkServedSite, localNginxConf, NGINX_DIR, nginxGzip, projectCsp, resolveNginx, runHealthcheck, startNginx } from './nginx'

const conf = readFileSync(join(NGINX_DIR, 'nginx.conf'), 'utf-8')
const local = { port: 18080, root: '/srv/site', prefix: '/tmp/course-nginx-x' }

describe('the image\'s nginx.conf, rewritten for a local run', () => {
  it('moves every writable path to the prefix and listens on loopback', () => {
    const out = localNginxConf(conf, local)
    expect(out).toMatch(/^pid \/tmp\/course-nginx-x\/nginx\.pid;$/m)
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(out).toMatch(new RegExp(`^\\s+${temp}_temp_path /tmp/course-nginx-x/${temp};$`, 'm'))
    expect(out).toMatch(/^\s+access_log \/tmp\/course-nginx-x\/access\.log;$/m)
    expect(out).toMatch(/^\s+listen 127\.0\.0\.1:18080;$/m)
    expect(out).toMatch(/^\s+root \/srv\/site;$/m)
    // Nothing else of the image's paths is left, and the rest (includes, server_tokens…) is untouched.
    const directives = out.replace(/#.*$/gm, '')
    expect(directives).not.toMatch(/\/tmp\/(?!course-nginx-x)|\/usr\/share\/nginx|listen 8080|\/dev\/stdout/)
    expect(out).toContain('include course/site.conf;')
    expect(out.split('\n')).toHaveLength(conf.split('\n').length)
  })

  it('names the line of an unknown or malformed marker, and the missing ones', () => {
    expect(() => localNginxConf('worker_processes 1; # local: workers\n', local, 'x.conf'))
      .toThrow('x.conf:1 : marqueur « # local: workers » inconnu')
    expect(() => localNginxConf(conf.replace('proxy_temp_path /tmp/proxy;', 'proxy_temp_path /var/tmp/proxy;'), local, 'x.conf'))
      .toThrow(/x\.conf:\d+ : « # local: temp » attend/)
    expect(() => localNginxConf(conf.replace(/ # local: listen/, ''), local, 'x.conf'))
      .toThrow('x.conf : ligne(s) « # local: listen » absente(s)')
  })
})

describe('the Content-Security-Policy of security-headers.conf', () => {
  it('refuses by default and allows no inline script, eval or remote origin', () => {
    const csp = projectCsp()
    const directives = new Map(csp.split(';').map(d => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))
    expect(directives.get('default-src')).toEqual(['\'none\''])
    expect(directives.get('script-src')).toEqual(['\'self\''])
    expect(directives.get('frame-ancestors')).toEqual(['\'none\''])
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/)
  })
})

// Debian's nginx for real: required in CI (.ci/run installs nginx-light), skipped with a warning elsewhere.
const nginx = (() => {
  try {
    return resolveNginx()
  }
  catch (error) {
    if (process.env.CI)
      throw error
    console.warn(`${(error as Error).message} — tests de nginx sautés`)
    return undefined
  }
})()

describe.skipIf(!nginx)('deploy/nginx served by Debian\'s nginx', () => {
  const dist = mkdtempSync(join(tmpdir(), 'nginx-test-dist-'))
  let server: Awaited<ReturnType<typeof startNginx>>

  beforeAll(async () => {
    // mkdtemp makes it private (0700): as root, nginx's workers run as nobody and must be able to read it.
    chmodSync(dist, 0o755)
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="fr"><title>cours</title><script type="module" src="/assets/index-AbC123.js"></script></html>\n')
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {})\n')
    writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"cours","start_url":"/"}\n')
    writeFileSync(join(dist, 'assets', 'index-AbC123.js'), `console.log(${JSON.stringify('x'.repeat(4000))})\n`)
    writeFileSync(join(dist, 'assets', 'inter-latin-Xy9.woff2'), 'wOF2')
    // For the comparison with the bench's server: a small script, a large stylesheet, a large image.
    writeFileSync(join(dist, 'assets', 'small-Q1.js'), 'export const a = 1\n')
    writeFileSync(join(dist, 'assets', 'style-Z9.css'), `.a{color:red}\n`.repeat(200))
    writeFileSync(join(dist, 'assets', 'photo-P1.png'), Buffer.alloc(3000, 7))
    writeFileSync(join(dist, 'big.html'), `<!doctype html><title>grande</title>\n${'<p>texte</p>\n'.repeat(120)}`)
    server = await startNginx(dist)
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dist, { recursive: true, force: true })
  })

  it('answers with the project\'s headers, caching, SPA fallback and real 404s', async () => {
    expect(await checkServedSite(server.url, dist)).toEqual([])
    const spa = await fetch(`${server.url}/presenter/3`)
    expect(await spa.text()).toContain('<title>cours</title>')
  })

  it('is compressed like the bench\'s static server (nginxGzip), file by file', async () => {
    const bench = await serveStatic(dist, { gzip: nginxGzip() })
    try {
      const encoding = async (base: string, path: string, method = 'GET') => {
        const headers = (await fetch(`${base}${path}`, { method, headers: { 'accept-encoding': 'gzip' } })).headers
        return `${headers.get('content-encoding')} vary=${headers.get('vary')}`
      }
      const paths = ['/assets/index-AbC123.js', '/assets/small-Q1.js', '/assets/style-Z9.css', '/assets/photo-P1.png', '/assets/inter-latin-Xy9.woff2', '/big.html', '/', '/12']
      const ours = await Promise.all(paths.map(p => encoding(bench.url, p)))
      expect(ours).toEqual(await Promise.all(paths.map(p => encoding(server.url, p))))
      // Not a comparison of two servers that never compress: the script, the stylesheet and the large page are.
      expect(ours.filter(e => e.startsWith('gzip'))).toHaveLength(3)
      expect(await encoding(bench.url, '/assets/style-Z9.css', 'HEAD')).toBe(await encoding(server.url, '/assets/style-Z9.css', 'HEAD'))
    }
    finally {
      await bench.close()
    }
  })

  it('passes the image\'s HEALTHCHECK script', () => {
    expect(runHealthcheck(server.port)).toBeUndefined()
  })

  it('removes its temporary prefix when stopped', async () => {
    const other = await startNginx(dist)
    expect(existsSync(join(other.prefix, 'nginx.pid'))).toBe(true)
    await other.stop()
    expect(existsSync(other.prefix)).toBe(false)
    expect(runHealthcheck(other.port)).toMatch(/code 1/)
  })

  it('the checks fail on a server without the configuration (the tests\' own static server)', async () => {
    const plain = await serveStatic(dist)
    try {
      const problems = await checkServedSite(plain.url, dist)
      expect(problems).toContain('/sw.js (service worker) : Content-Security-Policy « (absente) » au lieu de celle de security-headers.conf')
      expect(problems.some(p => p.startsWith('/assets/index-AbC123.js (script haché) : Cache-Control « no-cache »'))).toBe(true)
      expect(problems).toContain('/manifest.webmanifest (manifeste) : Referrer-Policy absente')
    }
    finally {
      await plain.close()
    }
  })
})

describe('the gzip directives of the site, for the bench (nginxGzip)', () => {
  it('reads the types and the minimum size of deploy/nginx/course/site.conf, with text/html', () => {
    const gzip = nginxGzip()
    expect(gzip.types).toEqual(expect.arrayContaining(['text/html', 'text/css', 'application/javascript', 'text/javascript']))
    expect(gzip.types).not.toContain('image/png')
    expect(gzip.minLength).toBe(1024)
  })

  it('names the file when gzip is off, its types are missing or its size is not a number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nginx-gzip-'))
    const conf = (text: string) => {
      writeFileSync(join(dir, 'site.conf'), text)
      return () => nginxGzip(join(dir, 'site.conf'))
    }
    try {
      expect(conf('# gzip on;\ngzip_types text/css;\n')).toThrow(/site\.conf : « gzip on; » absent/)
      expect(conf('gzip on;\n')).toThrow(/« gzip_types » absent/)
      expect(conf('gzip on;\ngzip_types text/css;\ngzip_min_length 1 KB;\n')).toThrow(/gzip_min_length 1 KB » : une taille/)
      expect(conf('gzip on;\ngzip_types text/css;\nlocation /x/ {\n  gzip off;\n}\n')).toThrow(/« gzip » apparaît 2 fois \(on, off\)/)
      expect(conf('gzip on;\ngzip_types text/css;\ngzip_min_length 2k;\n')().minLength).toBe(2048)
      expect(conf('gzip  on;\ngzip_types text/css application/json;\n')()).toEqual({ types: ['text/html', 'text/css', 'application/json'], minLength: 20 })
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

// The tests' static server (tests/e2e/serve.ts, also used by scripts/print.ts) for a site built with --base.
describe('the tests\' static server under a base path', () => {
  it('normalises the base path', () => {
    expect(normalizeBase()).toBe('/')
    expect(normalizeBase('/')).toBe('/')
    expect(normalizeBase('conteneurs-docker-podman')).toBe('/conteneurs-docker-podman/')
    expect(normalizeBase('/a/b/')).toBe('/a/b/')
    expect(() => normalizeBase('/a b/')).toThrow('chemin de base invalide')
  })

  it('serves the site under the base only, with the SPA fallback there', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'serve-base-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>base</title>\n')
    writeFileSync(join(dist, 'sw.js'), '// sw\n')
    const server = await serveStatic(dist, { base: '/cours/' })
    try {
      const status = async (path: string) => (await fetch(`${server.url}${path}`)).status
      expect(await (await fetch(`${server.url}/cours/12`)).text()).toContain('<title>base</title>')
      expect(await status('/cours')).toBe(200)
      expect(await status('/cours/sw.js')).toBe(200)
      expect(await status('/cours/absent.js')).toBe(404)
      expect(await status('/sw.js')).toBe(404)
      expect(await status('/12')).toBe(404)
    }
    finally {
      await server.close()
      rmSync(dist, { recursive: true, force: true })
    }
  })
})
