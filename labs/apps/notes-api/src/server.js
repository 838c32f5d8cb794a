// notes-api: the running example of chapter 5 (5c and lab E5.5).
// A small JSON API that keeps notes in memory; no dependency, Node 18 or later.
// The persistent version (PostgreSQL, Redis) comes with the volumes and Compose chapters.
'use strict'

const http = require('node:http')

const MAX_BODY = 16 * 1024

function createServer() {
  const notes = []

  return http.createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(`${JSON.stringify(body)}\n`)
    }
    const url = new URL(req.url, 'http://localhost')
    const byId = /^\/notes\/(\d+)$/.exec(url.pathname)

    if (url.pathname === '/health' && req.method === 'GET')
      return send(200, { status: 'ok', notes: notes.length })

    if (url.pathname === '/notes' && req.method === 'GET')
      return send(200, notes)

    if (url.pathname === '/notes' && req.method === 'POST') {
      let raw = ''
      req.setEncoding('utf8')
      req.on('data', (chunk) => {
        raw += chunk
        if (raw.length > MAX_BODY)
          req.destroy()
      })
      req.on('end', () => {
        let text
        try {
          text = JSON.parse(raw).text
        }
        catch {
          return send(400, { error: 'body must be JSON: {"text": "..."}' })
        }
        if (typeof text !== 'string' || text.trim() === '')
          return send(400, { error: 'field "text" must be a non-empty string' })
        const note = { id: notes.length + 1, text: text.trim(), createdAt: new Date().toISOString() }
        notes.push(note)
        send(201, note)
      })
      return
    }

    if (byId && req.method === 'GET') {
      const note = notes.find(n => n.id === Number(byId[1]))
      return note ? send(200, note) : send(404, { error: 'note not found' })
    }

    return send(404, { error: 'not found' })
  })
}

function start({ host = process.env.HOST || '0.0.0.0', port = Number(process.env.PORT || 3000) } = {}) {
  const server = createServer()
  server.listen(port, host, () => {
    const { address, port: bound } = server.address()
    console.log(`notes-api listening on http://${address}:${bound}`)
  })
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      console.log(`${signal} received, closing`)
      server.close(() => process.exit(0))
    })
  }
  return server
}

module.exports = { createServer, start }

if (require.main === module)
  start()
