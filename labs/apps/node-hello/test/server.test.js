'use strict'

const assert = require('node:assert/strict')
const { after, before, test } = require('node:test')
const { createServer } = require('../server.js')

let server
let base

before(async () => {
  server = createServer()
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${server.address().port}`
})

after(() => new Promise(resolve => server.close(resolve)))

test('GET /health answers ok', async () => {
  const res = await fetch(`${base}/health`)
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), { status: 'ok' })
})

test('GET / says hello and names the host', async () => {
  const body = await (await fetch(`${base}/`)).json()
  assert.equal(body.message, 'Hello from node-hello')
  assert.equal(typeof body.hostname, 'string')
})

test('unknown paths are 404, other methods 405', async () => {
  assert.equal((await fetch(`${base}/nope`)).status, 404)
  assert.equal((await fetch(`${base}/health`, { method: 'POST' })).status, 405)
})
