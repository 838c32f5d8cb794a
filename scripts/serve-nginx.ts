// Serves a built site with Debian's nginx and the project's configuration (deploy/nginx/), like the image does,
// on a loopback port, and checks what it answers (headers, caching, SPA fallback, 404s, the image's HEALTHCHECK).
// Usage: tsx scripts/serve-nginx.ts [dist] [--port 8080]               serve until Ctrl-C
//        tsx scripts/serve-nginx.ts [dist] -- <commande> [args… {url}]  run a command against it, then stop
// In the command, `{url}` becomes the server's URL (also in $NGINX_URL), e.g. the browser suite:
//        tsx scripts/serve-nginx.ts dist -- npm run test:e2e -- dist --url {url}
// Exits 1 when a check or the command fails, 2 on bad usage.
import { spawn } from 'node:child_process'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { checkServedSite, runHealthcheck, startNginx } from './nginx'

function usage(message: string): never {
  console.error(`${message}\nUsage : tsx scripts/serve-nginx.ts [dist] [--port N] [-- commande {url}…]`)
  process.exit(2)
}

const argv = process.argv.slice(2)
const split = argv.indexOf('--')
const own = split === -1 ? argv : argv.slice(0, split)
const command = split === -1 ? [] : argv.slice(split + 1)
const { values, positionals } = (() => {
  try {
    return parseArgs({ args: own, allowPositionals: true, options: { port: { type: 'string', default: '0' } } })
  }
  catch (error) {
    return usage((error as Error).message)
  }
})()
if (positionals.length > 1)
  usage(`un seul dossier à servir, pas « ${positionals.join(' ')} » (la commande se place après « -- »)`)
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  usage(`--port : un numéro de port, pas « ${values.port} »`)
if (split !== -1 && command.length === 0)
  usage('rien après « -- » : la commande à lancer contre le serveur')
const dist = positionals[0] ?? 'dist'

async function main(): Promise<number> {
  const server = await startNginx(dist, { port })
  let code = 0
  try {
    console.log(`nginx (configuration deploy/nginx/) sert ${dist} sur ${server.url}`)
    const problems = await checkServedSite(server.url, dist)
    const health = runHealthcheck(server.port)
    if (health)
      problems.push(health)
    if (problems.length) {
      console.error(`${problems.length} écart(s) dans ce que sert nginx :\n${problems.map(p => `  ${p}`).join('\n')}`)
      return 1
    }
    console.log('En-têtes, cache, repli SPA, 404 et HEALTHCHECK conformes.')
    if (command.length) {
      const args = command.map(a => a.replaceAll('{url}', server.url))
      console.log(`$ ${args.join(' ')}`)
      code = await new Promise<number>((ok) => {
        const child = spawn(args[0]!, args.slice(1), { stdio: 'inherit', env: { ...process.env, NGINX_URL: server.url } })
        child.once('error', (error) => {
          console.error(`${args[0]} : ${error.message}`)
          ok(1)
        })
        child.once('exit', (status, signal) => ok(status ?? (signal ? 1 : 0)))
      })
    }
    else {
      console.log('Ctrl-C pour arrêter.')
      await new Promise<void>((ok) => {
        process.once('SIGINT', () => ok())
        process.once('SIGTERM', () => ok())
      })
    }
  }
  finally {
    await server.stop()
  }
  return code
}

main().then(code => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
