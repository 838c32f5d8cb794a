// notes-api: the running example of the course, from the Dockerfile (chapter 5) to Compose (chapter 8).
// A small JSON API: notes in PostgreSQL (DATABASE_URL + DATABASE_PASSWORD_FILE), visits counted in
// Redis (REDIS_URL). Without those variables both stay in memory, so the image also runs alone.
// Dependencies: pg and redis (package-lock.json); Node 20 or later.
'use strict'

const http = require('node:http')
const { loadConfig, redact } = require('./config.js')
const { memoryCounter, memoryNotes, postgresNotes, redisCounter } = require('./stores.js')

const MAX_BODY = 16 * 1024
const CHECK_TIMEOUT = 2000

/** A dependency (PostgreSQL, Redis) did not answer: 503, the client may retry later. */
class Unavailable extends Error {
  constructor(dependency, cause) {
    super(`${dependency} unavailable: ${cause.message}`)
    this.dependency = dependency
  }
}

function dependency(name, promise) {
  return promise.catch((error) => {
    throw new Unavailable(name, error)
  })
}

function withTimeout(promise, ms) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => {
      raw += chunk
      if (raw.length > MAX_BODY)
        req.destroy()
    })
    req.on('end', () => resolve(raw))
    req.on('error', reject)
  })
}

/** `notes` and `visits` are stores (stores.js); in memory by default. */
function createServer({ notes = memoryNotes(), visits = memoryCounter() } = {}) {
  // /health: each dependency is `ok`, `down` or `memory` (no URL configured); 503 as soon as one is down.
  async function health() {
    const probe = async store => store.kind === 'memory' ? 'memory' : withTimeout(store.check(), CHECK_TIMEOUT).then(() => 'ok', () => 'down')
    const [db, cache] = await Promise.all([probe(notes), probe(visits)])
    const down = db === 'down' || cache === 'down'
    return [down ? 503 : 200, { status: down ? 'error' : 'ok', db, cache }]
  }

  // Every request to /notes counts one visit; a cache that is down does not stop the notes.
  const countVisit = () => visits.hit().catch(() => {})

  async function route(req, url) {
    const byId = /^\/notes\/(\d+)$/.exec(url.pathname)

    if (url.pathname === '/health' && req.method === 'GET')
      return health()

    if (url.pathname === '/stats' && req.method === 'GET') {
      const [count, visitCount] = await Promise.all([dependency('db', notes.count()), dependency('cache', visits.read())])
      return [200, { notes: count, visits: visitCount }]
    }

    if (url.pathname === '/notes' && req.method === 'GET') {
      await countVisit()
      return [200, await dependency('db', notes.list())]
    }

    if (url.pathname === '/notes' && req.method === 'POST') {
      await countVisit()
      let text
      try {
        text = JSON.parse(await readBody(req)).text
      }
      catch {
        return [400, { error: 'body must be JSON: {"text": "..."}' }]
      }
      if (typeof text !== 'string' || text.trim() === '')
        return [400, { error: 'field "text" must be a non-empty string' }]
      return [201, await dependency('db', notes.create(text.trim()))]
    }

    if (byId && req.method === 'GET') {
      await countVisit()
      const note = await dependency('db', notes.get(Number(byId[1])))
      return note ? [200, note] : [404, { error: 'note not found' }]
    }

    return [404, { error: 'not found' }]
  }

  return http.createServer((req, res) => {
    const send = ([status, body]) => {
      if (res.headersSent || res.destroyed)
        return
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(`${JSON.stringify(body)}\n`)
    }
    route(req, new URL(req.url, 'http://localhost')).then(send, (error) => {
      if (error instanceof Unavailable) {
        console.error(error.message)
        return send([503, { error: `${error.dependency} unavailable` }])
      }
      console.error(error)
      send([500, { error: 'internal error' }])
    })
  })
}

// Waiting does not fix a wrong password (28P01, 28000) or a missing database (3D000).
const PERMANENT = new Set(['28P01', '28000', '3D000'])

async function retry(task, { attempts, delay, what }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task()
    }
    catch (error) {
      if (PERMANENT.has(error.code))
        throw new Error(`${what}: ${error.message}`)
      if (attempt >= attempts)
        throw new Error(`${what}: ${error.message} (${attempts} attempts)`)
      console.error(`${what}: ${error.message}, retrying (${attempt}/${attempts})`)
      await new Promise(resolve => setTimeout(resolve, delay))
    }
  }
}

/** Reads the configuration, migrates the database, listens; SIGTERM/SIGINT close everything cleanly. */
async function start(env = process.env) {
  const config = loadConfig(env)
  const notes = config.databaseUrl ? postgresNotes(config.databaseUrl) : memoryNotes()
  const visits = config.redisUrl ? redisCounter(config.redisUrl) : memoryCounter()
  console.log(`notes: ${config.databaseUrl ? `PostgreSQL ${redact(config.databaseUrl)}` : 'in memory (DATABASE_URL not set)'}`)
  console.log(`visits: ${config.redisUrl ? `Redis ${redact(config.redisUrl)}` : 'in memory (REDIS_URL not set)'}`)

  let server
  let stopping = false
  const shutdown = (signal) => {
    if (stopping)
      return
    stopping = true
    console.log(`${signal} received, closing`)
    setTimeout(() => {
      console.error('still busy after 8 s, exiting')
      process.exit(1)
    }, 8000).unref() // before Docker's SIGKILL, 10 s after SIGTERM
    const closeStores = () => Promise.allSettled([notes.close(), visits.close()]).then(() => process.exit(0))
    if (server?.listening)
      server.close(closeStores)
    else
      closeStores()
  }
  // Installed first: PID 1 in a container ignores a signal that has no handler.
  for (const signal of ['SIGTERM', 'SIGINT'])
    process.on(signal, () => shutdown(signal))

  visits.init()
  await retry(() => notes.init(), { attempts: 10, delay: 1000, what: 'PostgreSQL' })
  if (stopping)
    return undefined

  server = createServer({ notes, visits })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
  const { address, port } = server.address()
  console.log(`notes-api listening on http://${address}:${port}`)
  return server
}

module.exports = { createServer, start }

if (require.main === module) {
  start().catch((error) => {
    console.error(`notes-api: ${error.message}`)
    process.exit(1)
  })
}
