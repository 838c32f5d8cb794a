'use strict'

// Configuration from the environment and the secret file: pure functions, no service needed.
const assert = require('node:assert/strict')
const { test } = require('node:test')
const { loadConfig, readSecretFile, redact } = require('../src/config.js')

const files = { '/run/secrets/db_password': 'p@ss:w/rd#?%\n', '/empty': '\n' }
function readFile(path) {
  if (!(path in files))
    throw Object.assign(new Error('no such file'), { code: 'ENOENT' })
  return files[path]
}

test('without DATABASE_URL and REDIS_URL everything stays in memory', () => {
  assert.deepEqual(loadConfig({}, readFile), { host: '0.0.0.0', port: 3000 })
  assert.deepEqual(loadConfig({ PORT: '8080', HOST: '127.0.0.1' }, readFile), { host: '127.0.0.1', port: 8080 })
})

test('the password file is read and put into DATABASE_URL, URL-encoded', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://notes@db:5432/notes',
    DATABASE_PASSWORD_FILE: '/run/secrets/db_password',
    REDIS_URL: 'redis://cache:6379',
  }, readFile)
  const url = new URL(config.databaseUrl)
  assert.equal(decodeURIComponent(url.password), 'p@ss:w/rd#?%') // final newline dropped, special characters intact
  assert.equal(url.username, 'notes')
  assert.equal(url.host, 'db:5432')
  assert.equal(url.pathname, '/notes')
  assert.equal(config.redisUrl, 'redis://cache:6379')
  assert.equal(redact(config.databaseUrl), 'postgres://notes:***@db:5432/notes')
})

test('configuration mistakes stop the start-up with a message naming the variable', () => {
  const fails = (env, pattern) => assert.throws(() => loadConfig(env, readFile), pattern)
  fails({ DATABASE_URL: 'postgres://notes@db/notes', DATABASE_PASSWORD_FILE: '/missing' }, /DATABASE_PASSWORD_FILE: cannot read \/missing \(ENOENT\)/)
  fails({ DATABASE_URL: 'postgres://notes@db/notes', DATABASE_PASSWORD_FILE: '/empty' }, /DATABASE_PASSWORD_FILE: \/empty is empty/)
  fails({ DATABASE_URL: 'postgres://notes:secret@db/notes', DATABASE_PASSWORD_FILE: '/run/secrets/db_password' }, /already contains a password/)
  fails({ DATABASE_PASSWORD_FILE: '/run/secrets/db_password' }, /DATABASE_URL is not/)
  fails({ DATABASE_URL: 'db:5432' }, /DATABASE_URL/)
  fails({ DATABASE_URL: 'mysql://db/notes' }, /DATABASE_URL: protocol mysql:/)
  fails({ REDIS_URL: 'cache:6379' }, /REDIS_URL/)
  fails({ PORT: 'http' }, /PORT/)
})

test('readSecretFile keeps inner newlines and spaces, drops one final newline', () => {
  const read = () => ' a b\nc\r\n'
  assert.equal(readSecretFile('X_FILE', '/x', read), ' a b\nc')
})
