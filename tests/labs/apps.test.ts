import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'

// Each app of the lab kit runs its own test suite: students containerise code that works.
const appsDir = resolve(import.meta.dirname, '../../labs/apps')
const apps = readdirSync(appsDir, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort()

// Debian's Flask and pytest (apt-get install python3-flask python3-pytest), as installed by .ci/run.
const PYTHON = '/usr/bin/python3'
const pythonReady = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import flask, pytest'], { encoding: 'utf-8' }).status === 0

function run(command: string, args: string[], cwd: string, timeout = 60_000) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf-8',
    timeout,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', NODE_TEST_CONTEXT: undefined },
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

/**
 * Runtime dependencies (notes-api: pg, redis) are installed by `npm ci` in the app's folder, as in its
 * image, when node_modules does not match package-lock.json (clean clone, lockfile changed).
 * Apps without `dependencies` (node-hello: ESLint only, not used by `node --test`) install nothing.
 */
function needsInstall(dir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf-8'))
  if (Object.keys(manifest.dependencies ?? {}).length === 0)
    return false
  const installed = join(dir, 'node_modules/.package-lock.json')
  if (!existsSync(installed))
    return true
  const wanted = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf-8')).packages ?? {}
  const have = JSON.parse(readFileSync(installed, 'utf-8')).packages ?? {}
  return Object.entries(wanted).some(([path, pkg]: [string, any]) => path !== '' && !pkg.dev && !pkg.optional && have[path]?.version !== pkg.version)
}

describe('lab kit apps', () => {
  it('has apps', () => {
    expect(apps.length).toBeGreaterThan(0)
  })

  for (const app of apps) {
    const dir = join(appsDir, app)
    const isNode = existsSync(join(dir, 'package.json'))
    const isPython = existsSync(join(dir, 'requirements.txt'))

    it(`${app} has a test suite`, () => {
      expect(isNode || isPython, `${app} : ni package.json ni requirements.txt`).toBe(true)
    })

    if (isNode) {
      it(`${app} : node --test passes`, () => {
        if (needsInstall(dir)) {
          const install = run('npm', ['ci', '--no-audit', '--no-fund'], dir, 300_000)
          expect(install.status, `${app} : npm ci a échoué\n${install.output}`).toBe(0)
        }
        const { status, output } = run(process.execPath, ['--test', '--test-reporter=tap'], dir, 120_000)
        expect(status, output).toBe(0)
        const passed = Number(/^# pass (\d+)$/m.exec(output)?.[1] ?? 0)
        expect(passed, `${app} : aucun test exécuté\n${output}`).toBeGreaterThan(0)
        // A suite that needs a missing service skips outside CI (and fails in CI): say so here too.
        const skips = output.split('\n').filter(line => /^\s*ok \d+ - .*# SKIP/.test(line)).map(line => line.trim())
        if (skips.length)
          console.warn(`${app} : tests ignorés\n${skips.join('\n')}`)
      }, 420_000)
    }

    if (isPython) {
      // Outside CI a machine without Debian's Flask/pytest skips (visibly); in CI it is required.
      it.skipIf(!pythonReady && !process.env.CI)(`${app} : pytest passes`, () => {
        expect(pythonReady, 'python3-flask et python3-pytest manquants : apt-get install -y python3-flask python3-pytest').toBe(true)
        const { status, output } = run(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], dir)
        expect(status, output).toBe(0)
        const passed = Number(/(\d+) passed/.exec(output)?.[1] ?? 0)
        expect(passed, `${app} : aucun test exécuté\n${output}`).toBeGreaterThan(0)
      })
    }
  }
})
