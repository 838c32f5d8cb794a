'use strict'

// The API against a real PostgreSQL and a real Redis, started here in a temporary directory and
// stopped (directory removed) at the end, even when a test fails. No mock: these are the packages
// of the distribution (Debian: apt-get install -y postgresql redis-server).
// Missing binaries: the tests are skipped outside CI and fail in CI (CI set), like pytest in tests/labs.
// As root: PostgreSQL refuses to run as root, so initdb and postgres run as the `postgres` user
// created by the Debian package (or `nobody`), through spawn's uid/gid options.
const assert = require('node:assert/strict')
const { spawn } = require('node:child_process')
const fs = require('node:fs')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')
const { after, before, describe, test } = require('node:test')
const { Client } = require('pg')
const { createClient } = require('redis')

const APP_DIR = path.resolve(__dirname, '..')
const INSTALL = 'apt-get install -y postgresql redis-server'
const DB_USER = 'notes'
const DB_PASSWORD = 'dev p@ss:w/rd#?%' // special characters: the URL encoding of the secret is tested for real

// ---- Finding the binaries ----------------------------------------------------------------------

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  }
  catch {
    return false
  }
}

function onPath(name) {
  const dirs = [...(process.env.PATH || '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']
  return dirs.filter(Boolean).map(dir => path.join(dir, name)).find(executable)
}

/** Debian keeps initdb and postgres out of PATH, in /usr/lib/postgresql/<version>/bin (newest first). */
function postgresBinDir() {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter(v => /^\d+$/.test(v)).sort((a, b) => b - a) : []
  const dirs = versions.map(v => path.join(root, v, 'bin'))
  const initdb = onPath('initdb')
  if (initdb)
    dirs.push(path.dirname(fs.realpathSync(initdb)))
  return dirs.find(dir => executable(path.join(dir, 'initdb')) && executable(path.join(dir, 'postgres')))
}

const pgBin = postgresBinDir()
const redisServer = onPath('redis-server')
const missing = [...(pgBin ? [] : ['initdb/postgres (postgresql)']), ...(redisServer ? [] : ['redis-server'])]
const skip = missing.length > 0 && !process.env.CI

// ---- Starting and stopping processes -----------------------------------------------------------

/** As root, the user PostgreSQL runs as: `postgres` (Debian package) or `nobody`. */
function unprivilegedUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    return undefined
  const lines = fs.readFileSync('/etc/passwd', 'utf8').split('\n')
  for (const name of ['postgres', 'nobody']) {
    const fields = lines.find(line => line.startsWith(`${name}:`))?.split(':')
    if (fields)
      return { name, uid: Number(fields[2]), gid: Number(fields[3]) }
  }
  throw new Error('running as root, and neither a postgres nor a nobody user to run PostgreSQL')
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
const children = new Set()

/** A child process whose output is kept for error messages. */
function launch(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
  let output = ''
  child.stdout.on('data', (chunk) => {
    output += chunk
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
  })
  child.exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })))
  child.output = () => output
  child.on('error', (error) => {
    output += `\n${error.message}`
  })
  children.add(child)
  child.exited.then(() => children.delete(child))
  return child
}

async function run(command, args, options) {
  const child = launch(command, args, options)
  const { code } = await child.exited
  assert.equal(code, 0, `${path.basename(command)} failed:\n${child.output()}`)
}

/** Sends `signal`, then SIGKILL if the process is still there after 10 s. */
async function stop(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null)
    return child.exited
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  const result = await child.exited
  clearTimeout(timer)
  return result
}

async function waitFor(what, probe, child, timeout = 30_000) {
  const deadline = Date.now() + timeout
  let last
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${what} exited (${child.exitCode}):\n${child.output()}`)
    try {
      return await probe()
    }
    catch (error) {
      last = error
    }
    await sleep(150)
  }
  throw new Error(`${what} not ready after ${timeout} ms: ${last?.message}\n${child ? child.output() : ''}`)
}

// Last resort if the runner is interrupted: no process or directory left behind.
let tmp
process.on('exit', () => {
  for (const child of children)
    child.kill('SIGKILL')
  if (tmp)
    fs.rmSync(tmp, { recursive: true, force: true })
})

// ---- The services ------------------------------------------------------------------------------

const services = {}

async function startPostgres() {
  const user = unprivilegedUser()
  const as = user ? { uid: user.uid, gid: user.gid } : {}
  const dataDir = path.join(tmp, 'pgdata')
  const pwfile = path.join(tmp, 'initdb-password')
  fs.writeFileSync(pwfile, `${DB_PASSWORD}\n`, { mode: 0o600 })
  if (user) {
    fs.chownSync(tmp, user.uid, user.gid)
    fs.chownSync(pwfile, user.uid, user.gid)
  }
  const env = { PATH: process.env.PATH, LC_ALL: 'C', LANG: 'C' }
  await run(path.join(pgBin, 'initdb'), ['-D', dataDir, '-U', DB_USER, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale', '--no-sync'], { cwd: tmp, env, ...as })
  const port = await freePort()
  const child = launch(path.join(pgBin, 'postgres'), ['-D', dataDir, '-k', tmp, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'], { cwd: tmp, env, ...as })
  const url = `postgres://${DB_USER}:${encodeURIComponent(DB_PASSWORD)}@127.0.0.1:${port}/postgres`
  await waitFor('postgres', async () => {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    try {
      await client.connect()
    }
    finally {
      await client.end().catch(() => {})
    }
  }, child)
  Object.assign(services, { postgres: child, pgPort: port, pgUrl: url })
}

async function startRedis(port) {
  const dir = path.join(tmp, 'redis')
  fs.mkdirSync(dir, { recursive: true })
  const child = launch(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { cwd: dir })
  await waitFor('redis-server', () => new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('PING\r\n'))
    socket.setTimeout(1000, () => socket.destroy(new Error('timeout')))
    socket.on('data', (data) => {
      socket.end()
      return String(data).startsWith('+PONG') ? resolve() : reject(new Error(String(data)))
    })
    socket.on('error', reject)
  }), child)
  Object.assign(services, { redis: child, redisPort: port })
}

/** `node src/server.js` configured as in compose.yaml: URL without password + password file. */
async function startApi({ passwordFile = services.passwordFile } = {}) {
  const port = await freePort()
  const child = launch(process.execPath, ['src/server.js'], {
    cwd: APP_DIR,
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `postgres://${DB_USER}@127.0.0.1:${services.pgPort}/postgres`,
      DATABASE_PASSWORD_FILE: passwordFile,
      REDIS_URL: `redis://127.0.0.1:${services.redisPort}`,
    },
  })
  await waitFor('notes-api', async () => {
    if (!/listening on/.test(child.output()))
      throw new Error('not listening yet')
  }, child)
  return { child, base: `http://127.0.0.1:${port}` }
}

async function sql(query, params) {
  const client = new Client({ connectionString: services.pgUrl })
  await client.connect()
  try {
    return (await client.query(query, params)).rows
  }
  finally {
    await client.end()
  }
}

async function redisGet(key) {
  const client = createClient({ url: `redis://127.0.0.1:${services.redisPort}` })
  await client.connect()
  try {
    return await client.get(key)
  }
  finally {
    await client.close()
  }
}

async function json(res) {
  return { status: res.status, body: await res.json() }
}

async function get(base, route) {
  return json(await fetch(`${base}${route}`))
}

async function post(base, text) {
  return json(await fetch(`${base}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }))
}

// ---- Tests -------------------------------------------------------------------------------------

test('PostgreSQL and Redis are installed (required in CI)', { skip: skip && `not found: ${missing.join(', ')}; install them with: ${INSTALL}` }, () => {
  assert.deepEqual(missing, [], `not found: ${missing.join(', ')}; install them with: ${INSTALL}`)
})

describe('with a real PostgreSQL and a real Redis', { skip: missing.length > 0 && `not found: ${missing.join(', ')} (${INSTALL})` }, () => {
  let api

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'notes-api-test-'))
    services.passwordFile = path.join(tmp, 'db_password.txt')
    fs.writeFileSync(services.passwordFile, `${DB_PASSWORD}\n`) // as written by an editor: final newline
    await Promise.all([startPostgres(), freePort().then(startRedis)])
    api = await startApi()
  })

  after(async () => {
    await Promise.all([...children].map(child => stop(child, child === services.postgres ? 'SIGINT' : 'SIGTERM')))
    if (tmp)
      fs.rmSync(tmp, { recursive: true, force: true })
    tmp = undefined
  })

  test('start-up creates the notes table; /health says both dependencies are ok', async () => {
    assert.deepEqual(await sql(`SELECT to_regclass('notes')::text AS t`), [{ t: 'notes' }])
    assert.deepEqual(await get(api.base, '/health'), { status: 200, body: { status: 'ok', db: 'ok', cache: 'ok' } })
  })

  test('notes are stored in PostgreSQL and read back through the API', async () => {
    const created = await post(api.base, '  réunion à 10 h  ')
    assert.equal(created.status, 201)
    assert.equal(created.body.text, 'réunion à 10 h')
    assert.ok(Number.isInteger(created.body.id))
    assert.deepEqual(await sql('SELECT text FROM notes WHERE id = $1', [created.body.id]), [{ text: 'réunion à 10 h' }])

    const list = await get(api.base, '/notes')
    assert.deepEqual(list.body.map(n => n.text), ['réunion à 10 h'])
    assert.deepEqual(await get(api.base, `/notes/${created.body.id}`), { status: 200, body: created.body })
    assert.equal((await get(api.base, '/notes/999')).status, 404)
    assert.equal((await get(api.base, '/notes/99999999999')).status, 404) // beyond PostgreSQL's integer
    assert.equal((await post(api.base, ' ')).status, 400)
  })

  test('visits are counted in Redis and shown by /stats', async () => {
    const before = (await get(api.base, '/stats')).body
    await get(api.base, '/notes')
    await get(api.base, '/notes')
    await get(api.base, '/health') // not a visit
    const now = (await get(api.base, '/stats')).body
    assert.equal(now.visits, before.visits + 2)
    assert.equal(now.notes, 1)
    assert.equal(await redisGet('visits'), String(now.visits))
  })

  test('SIGTERM closes the API cleanly; notes and visits outlive it', async () => {
    const visits = (await get(api.base, '/stats')).body.visits
    const { code, signal } = await stop(api.child, 'SIGTERM')
    assert.deepEqual({ code, signal }, { code: 0, signal: null }, api.child.output())
    assert.match(api.child.output(), /SIGTERM received, closing/)

    api = await startApi() // the migration runs again: IF NOT EXISTS
    assert.deepEqual((await get(api.base, '/notes')).body.map(n => n.text), ['réunion à 10 h'])
    assert.equal((await get(api.base, '/stats')).body.visits, visits + 1)
  })

  test('a wrong password file stops the start-up with PostgreSQL\'s message', async () => {
    const wrong = path.join(tmp, 'wrong_password.txt')
    fs.writeFileSync(wrong, 'not-the-password\n')
    await assert.rejects(startApi({ passwordFile: wrong }), /exited \(1\)[\s\S]*password authentication failed/)
  })

  test('Redis down: /health answers 503 with cache down, notes still served; back up: 200', async () => {
    await stop(services.redis)
    const down = await waitFor('503', async () => {
      const res = await get(api.base, '/health')
      assert.equal(res.status, 503)
      return res
    }, undefined, 10_000)
    assert.deepEqual(down.body, { status: 'error', db: 'ok', cache: 'down' })
    assert.equal((await get(api.base, '/notes')).status, 200)
    assert.deepEqual(await get(api.base, '/stats'), { status: 503, body: { error: 'cache unavailable' } })

    await startRedis(services.redisPort) // same port: the client reconnects by itself
    await waitFor('200', async () => assert.equal((await get(api.base, '/health')).status, 200), undefined, 15_000)
  })

  test('PostgreSQL down: /health answers 503 with db down, routes to notes 503', async () => {
    await stop(services.postgres, 'SIGINT') // fast shutdown
    const res = await get(api.base, '/health')
    assert.deepEqual(res, { status: 503, body: { status: 'error', db: 'down', cache: 'ok' } })
    assert.deepEqual(await get(api.base, '/notes'), { status: 503, body: { error: 'db unavailable' } })
  })
})
