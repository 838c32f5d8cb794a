// The production build (what the image's build stage runs) and the no-innerHTML rule of the sources.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
// node --test runs the tests of the lab apps: no Vitest to install here.
// eslint-disable-next-line test/no-import-node-test
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const app = join(dirname(fileURLToPath(import.meta.url)), '..')

test('no source writes HTML from a string (innerHTML, outerHTML, insertAdjacentHTML)', () => {
  for (const file of readdirSync(join(app, 'src')).filter(f => f.endsWith('.js'))) {
    const code = readFileSync(join(app, 'src', file), 'utf-8').split('\n').filter(line => !line.trim().startsWith('//') && !line.trim().startsWith('*'))
    assert.doesNotMatch(code.join('\n'), /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, file)
  }
})

// Vite as Node resolves it from this folder: the app's own node_modules after `npm ci`, or, inside
// the course repository, the repository's node_modules (same major version). Without Vite, skipped.
function viteBin() {
  try {
    const pkg = createRequire(join(app, 'package.json')).resolve('vite/package.json')
    return join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf-8')).bin.vite)
  }
  catch {
    return undefined
  }
}

const vite = viteBin()

test('vite build writes dist/ with index.html and hashed assets', { skip: vite ? false : 'Vite absent : npm ci dans labs/apps/front-vite' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'front-vite-'))
  try {
    const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: app, encoding: 'utf-8', timeout: 120_000 })
    assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`)
    const html = readFileSync(join(out, 'index.html'), 'utf-8')
    const script = /<script type="module" crossorigin src="(\/assets\/[\w-]+\.js)"><\/script>/.exec(html)
    assert.ok(script, html)
    assert.ok(existsSync(join(out, script[1])), `${script[1]} absent de dist/`)
    // No inline script: the Content-Security-Policy of nginx (script-src 'self') lets the page run.
    assert.doesNotMatch(html.replace(script[0], ''), /<script(?![^>]* src=)/)
  }
  finally {
    rmSync(out, { recursive: true, force: true })
  }
})
