// Where notes and the visit counter live: PostgreSQL and Redis, or memory when no URL is given.
// Each store has the same methods, so the HTTP layer (server.js) does not know which one it uses.
'use strict'

const VISITS_KEY = 'visits'
// Lets every replica run the migration at start-up: IF NOT EXISTS, and concurrent creations tolerated.
const MIGRATION = `CREATE TABLE IF NOT EXISTS notes (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  text       text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`
const MAX_ID = 2 ** 31 - 1 // PostgreSQL integer

function memoryNotes() {
  const notes = []
  return {
    kind: 'memory',
    async init() {},
    async list() {
      return notes.slice()
    },
    async get(id) {
      return notes.find(n => n.id === id)
    },
    async create(text) {
      const note = { id: notes.length + 1, text, createdAt: new Date().toISOString() }
      notes.push(note)
      return note
    },
    async count() {
      return notes.length
    },
    async check() {},
    async close() {},
  }
}

function postgresNotes(connectionString) {
  const { Pool } = require('pg')
  const pool = new Pool({ connectionString, max: 5, connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 })
  // An idle connection cut by the server (restart) must not crash the process: the next query reconnects.
  pool.on('error', error => console.error(`postgres: ${error.message}`))
  const toNote = row => ({ id: row.id, text: row.text, createdAt: row.created_at.toISOString() })

  return {
    kind: 'postgres',
    async init() {
      try {
        await pool.query(MIGRATION)
      }
      catch (error) {
        // 23505/42P07: another replica created the table at the same moment.
        if (error.code !== '23505' && error.code !== '42P07')
          throw error
      }
    },
    async list() {
      const { rows } = await pool.query('SELECT id, text, created_at FROM notes ORDER BY id')
      return rows.map(toNote)
    },
    async get(id) {
      if (id > MAX_ID)
        return undefined
      const { rows } = await pool.query('SELECT id, text, created_at FROM notes WHERE id = $1', [id])
      return rows[0] && toNote(rows[0])
    },
    async create(text) {
      const { rows } = await pool.query('INSERT INTO notes (text) VALUES ($1) RETURNING id, text, created_at', [text])
      return toNote(rows[0])
    },
    async count() {
      const { rows } = await pool.query('SELECT count(*)::int AS n FROM notes')
      return rows[0].n
    },
    async check() {
      await pool.query('SELECT 1')
    },
    async close() {
      await pool.end()
    },
  }
}

function memoryCounter() {
  let visits = 0
  return {
    kind: 'memory',
    init() {},
    async hit() {
      return ++visits
    },
    async read() {
      return visits
    },
    async check() {},
    async close() {},
  }
}

function redisCounter(url) {
  const { createClient } = require('redis')
  const client = createClient({
    url,
    // Fail at once while disconnected instead of queueing commands: /health must answer, not hang.
    disableOfflineQueue: true,
    socket: { connectTimeout: 3000, reconnectStrategy: retries => Math.min(100 * 2 ** retries, 2000) },
  })
  let failing = false
  client.on('error', (error) => {
    if (!failing)
      console.error(`redis: ${error.message} (reconnecting)`)
    failing = true
  })
  client.on('ready', () => {
    if (failing)
      console.log('redis: connected')
    failing = false
  })

  return {
    kind: 'redis',
    // In the background: the API serves notes while Redis is away, /health says so.
    init() {
      client.connect().catch(() => {})
    },
    async hit() {
      return client.incr(VISITS_KEY)
    },
    async read() {
      return Number(await client.get(VISITS_KEY) ?? 0)
    },
    async check() {
      if (!client.isReady)
        throw new Error('not connected')
      await client.ping()
    },
    async close() {
      if (client.isReady)
        await client.close()
      else if (client.isOpen)
        client.destroy()
    },
  }
}

module.exports = { MIGRATION, memoryCounter, memoryNotes, postgresNotes, redisCounter, VISITS_KEY }
