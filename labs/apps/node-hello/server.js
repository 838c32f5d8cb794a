// node-hello: the smallest HTTP service of the lab kit (labs E5.1, E5.2, E5.3).
// No runtime dependency (ESLint, run by `npm test`, is its only devDependency).
// Node 20.19 or later: the server itself would run on older versions, ESLint 10 would not.
// Listens on 0.0.0.0 so that it is reachable through a published port (a server bound to
// 127.0.0.1 inside a container is not).
'use strict'

const http = require('node:http')
const os = require('node:os')

function createServer() {
  return http.createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(`${JSON.stringify(body)}\n`)
    }
    if (req.method !== 'GET')
      return send(405, { error: 'method not allowed' })
    if (req.url === '/')
      return send(200, { message: 'Hello from node-hello', hostname: os.hostname(), node: process.version })
    if (req.url === '/health')
      return send(200, { status: 'ok' })
    return send(404, { error: 'not found' })
  })
}

function start({ host = process.env.HOST || '0.0.0.0', port = Number(process.env.PORT || 3000) } = {}) {
  const server = createServer()
  server.listen(port, host, () => {
    const { address, port: bound } = server.address()
    console.log(`node-hello listening on http://${address}:${bound}`)
  })
  // As PID 1 in a container, the process only stops on SIGTERM if it handles it.
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
