'use strict'

// The HTTP API with its in-memory stores (no DATABASE_URL, no REDIS_URL): no service needed.
const assert = require('node:assert/strict')
const { after, before, test } = require('node:test')
const { createServer } = require('../src/server.js')

let server
let base

before(async () => {
  server = createServer()
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${server.address().port}`
})

after(() => new Promise(resolve => server.close(resolve)))

function post(text) {
  return fetch(`${base}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
}

test('GET /health answers ok and says both stores are in memory', async () => {
  const res = await fetch(`${base}/health`)
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), { status: 'ok', db: 'memory', cache: 'memory' })
})

test('a posted note can be listed and read back', async () => {
  const created = await post('  acheter du café  ')
  assert.equal(created.status, 201)
  const note = await created.json()
  assert.equal(note.text, 'acheter du café')
  assert.ok(!Number.isNaN(Date.parse(note.createdAt)))

  const list = await (await fetch(`${base}/notes`)).json()
  assert.deepEqual(list.map(n => n.id), [note.id])
  assert.deepEqual(await (await fetch(`${base}/notes/${note.id}`)).json(), note)
})

test('invalid input is refused with 400, unknown notes are 404', async () => {
  assert.equal((await post('   ')).status, 400)
  const broken = await fetch(`${base}/notes`, { method: 'POST', body: '{not json' })
  assert.equal(broken.status, 400)
  assert.equal((await fetch(`${base}/notes/999`)).status, 404)
  assert.equal((await fetch(`${base}/nothing`)).status, 404)
})

test('GET /stats counts notes and visits (each request to /notes)', async () => {
  const before = await (await fetch(`${base}/stats`)).json()
  await fetch(`${base}/notes`)
  await post('deuxième note')
  await fetch(`${base}/health`)
  const now = await (await fetch(`${base}/stats`)).json()
  assert.equal(now.visits, before.visits + 2)
  assert.equal(now.notes, before.notes + 1)
})
