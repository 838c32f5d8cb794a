// Configuration from the environment, read once at start-up.
// Secrets come from files (Compose and Kubernetes mount them under /run/secrets/), never from
// variables: `docker inspect` shows a container's environment to anyone who can run it.
'use strict'

const fs = require('node:fs')

/** The file's content without the final newline that editors and `echo` add. */
function readSecretFile(variable, path, readFile = fs.readFileSync) {
  let content
  try {
    content = readFile(path, 'utf8')
  }
  catch (error) {
    throw new Error(`${variable}: cannot read ${path} (${error.code || error.message})`)
  }
  const secret = content.replace(/\r?\n$/, '')
  if (secret === '')
    throw new Error(`${variable}: ${path} is empty`)
  return secret
}

/** `postgres://notes@db:5432/notes` + a password = the connection string pg needs (password URL-encoded). */
function withPassword(databaseUrl, password) {
  let url
  try {
    url = new URL(databaseUrl)
  }
  catch {
    throw new Error('DATABASE_URL: not a URL, expected postgres://user@host:5432/database')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new Error(`DATABASE_URL: protocol ${url.protocol} instead of postgres:`)
  if (password === undefined)
    return url.href
  if (url.password !== '')
    throw new Error('DATABASE_URL already contains a password: remove it and keep it in the DATABASE_PASSWORD_FILE file only')
  url.password = encodeURIComponent(password)
  return url.href
}

/**
 * PORT (3000), HOST (0.0.0.0); DATABASE_URL without password + DATABASE_PASSWORD_FILE; REDIS_URL.
 * Without DATABASE_URL notes stay in memory, without REDIS_URL so does the visit counter:
 * the image still runs alone (chapter 5), Compose adds the services (chapter 8).
 */
function loadConfig(env = process.env, readFile = fs.readFileSync) {
  const port = Number(env.PORT || 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: ${env.PORT} is not a port number`)
  const config = { host: env.HOST || '0.0.0.0', port }
  if (env.DATABASE_URL) {
    const password = env.DATABASE_PASSWORD_FILE ? readSecretFile('DATABASE_PASSWORD_FILE', env.DATABASE_PASSWORD_FILE, readFile) : undefined
    config.databaseUrl = withPassword(env.DATABASE_URL, password)
  }
  else if (env.DATABASE_PASSWORD_FILE) {
    throw new Error('DATABASE_PASSWORD_FILE is set but DATABASE_URL is not')
  }
  if (env.REDIS_URL) {
    let url
    try {
      url = new URL(env.REDIS_URL)
    }
    catch {
      throw new Error('REDIS_URL: not a URL, expected redis://host:6379')
    }
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
      throw new Error(`REDIS_URL: protocol ${url.protocol} instead of redis:`)
    config.redisUrl = url.href
  }
  return config
}

/** The connection string with its password masked, for the logs. */
function redact(connectionString) {
  const url = new URL(connectionString)
  if (url.password)
    url.password = '***'
  return url.href
}

module.exports = { loadConfig, readSecretFile, redact, withPassword }
