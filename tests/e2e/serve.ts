// Minimal static server for a built Slidev SPA (Node http, no dependency).
// Files are served from `root`; a path that is not a file and has no extension falls back to index.html
// (Slidev routes: /12, /presenter/3, /print…); a missing asset (path with an extension) is a real 404.
// With a `base` (a site built with `slidev build --base /sous/chemin/`, as on GitHub Pages), the site lives under
// that path only: `/sous/chemin/12` is the SPA, anything outside the base is a 404.
// With `gzip` (the bench), responses are compressed as the deployed nginx compresses them (what Vite emits: the
// .mjs and .map types below are unknown to Debian's nginx, which sends them as they are; a build has neither).
import type { Buffer } from 'node:buffer'
import type { AddressInfo } from 'node:net'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
}

export interface ServeOptions {
  /** Port on 127.0.0.1; 0 = any free port. */
  port?: number
  /** Base path the site was built with (`--base`), with or without its slashes; default `/`. */
  base?: string
  /** Extra response headers (the CSP self-test serves a page under a policy). */
  headers?: Record<string, string>
  /**
   * Compress as the deployed nginx does (scripts/nginx.ts `nginxGzip`): gzip level 1 (nginx's default) for these
   * types from this size, when the request accepts it. Without it, everything is sent as stored.
   */
  gzip?: { types: string[], minLength: number }
}

/** `sous/chemin` or `/sous/chemin/` → `/sous/chemin/`; empty → `/`. */
export function normalizeBase(base = '/'): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '')
  if (/[?#\s]/.test(trimmed))
    throw new Error(`chemin de base invalide : « ${base} » (attendu : /sous/chemin/)`)
  return trimmed ? `/${trimmed}/` : '/'
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without trailing slash. */
  url: string
  port: number
  close: () => Promise<void>
}

function fileAt(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  }
  catch {
    return undefined
  }
  const path = normalize(join(root, decoded))
  if (path !== root && !path.startsWith(root + sep))
    return undefined
  try {
    const stat = statSync(path)
    if (stat.isFile())
      return path
    if (stat.isDirectory()) {
      const index = join(path, 'index.html')
      if (statSync(index, { throwIfNoEntry: false })?.isFile())
        return index
    }
  }
  catch {}
  return undefined
}

/** Serves `dir` on 127.0.0.1 (`port` 0 = any free port; or options with a base path and extra headers). */
export async function serveStatic(dir: string, portOrOptions: number | ServeOptions = 0): Promise<StaticServer> {
  const options = typeof portOrOptions === 'number' ? { port: portOrOptions } : portOrOptions
  const port = options.port ?? 0
  const base = normalizeBase(options.base)
  const root = resolve(dir)
  const indexHtml = join(root, 'index.html')
  if (!statSync(indexHtml, { throwIfNoEntry: false })?.isFile())
    throw new Error(`${indexHtml} introuvable : construisez d'abord le site (slidev build … --out ${dir}).`)

  // Compressed once per file version: the bench loads the same chunks many times.
  const gzipped = new Map<string, { version: string, body: Buffer }>()
  const compressed = (file: string, stat: { mtimeMs: number, size: number }): Buffer => {
    const version = `${stat.mtimeMs}:${stat.size}`
    const hit = gzipped.get(file)
    if (hit?.version === version)
      return hit.body
    const body = gzipSync(readFileSync(file), { level: 1 })
    gzipped.set(file, { version, body })
    return body
  }

  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname
    // Under a base path, `/base` and `/base/…` are the site; anything else does not exist.
    const inside = requested === base.slice(0, -1) || requested.startsWith(base)
    const pathname = inside ? `/${requested.slice(base.length)}` : requested
    if (!inside) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...options.headers })
      res.end(`Not found: ${requested} (site servi sous ${base})`)
      return
    }
    let file = fileAt(root, pathname)
    if (!file && !extname(pathname))
      file = indexHtml
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8', ...options.headers })
      res.end(file ? 'Method not allowed' : `Not found: ${pathname}`)
      return
    }
    const stat = statSync(file)
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    // As nginx (scripts/nginx.test.ts compares them): Vary on every response that could be compressed, gzip when
    // the request accepts it (the headers of a HEAD too).
    const compressible = !!options.gzip && stat.size >= options.gzip.minLength && options.gzip.types.includes(type.split(';')[0])
    const accepted = /\bgzip\b(?!;q=0(?:\.0*)?\b)/.test(String(req.headers['accept-encoding'] ?? ''))
    const body = compressible && accepted ? compressed(file, stat) : undefined
    res.writeHead(200, {
      'content-type': type,
      'content-length': body?.length ?? stat.size,
      // Hashed assets could be cached forever; tests want fresh responses, and the service worker has its own cache.
      'cache-control': 'no-cache',
      ...(compressible ? { vary: 'Accept-Encoding' } : {}),
      ...(body ? { 'content-encoding': 'gzip' } : {}),
      ...options.headers,
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    if (body)
      res.end(body)
    else
      createReadStream(file).pipe(res)
  })
  await new Promise<void>((ok, ko) => {
    server.once('error', ko)
    server.listen(port, '127.0.0.1', () => ok())
  })
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    }),
  }
}
