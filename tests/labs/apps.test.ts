import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'

// Each app of the lab kit runs its own test suite: students containerise code that works.
const appsDir = resolve(import.meta.dirname, '../../labs/apps')
const apps = readdirSync(appsDir, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort()

// Debian's Flask and pytest (apt-get install python3-flask python3-pytest), as installed by .ci/run.
const PYTHON = '/usr/bin/python3'
const pythonReady = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import flask, pytest'], { encoding: 'utf-8' }).status === 0

// Debian's Go (apt-get install golang-go: Go 1.19 on bookworm), as installed by .ci/run.
const goReady = spawnSync('go', ['version'], { encoding: 'utf-8' }).status === 0
const GO_INSTALL = 'apt-get install -y golang-go'
if (!goReady && !process.env.CI)
  console.warn(`go absent : les tests des applications Go sont ignorés (${GO_INSTALL})`)

/**
 * Go never downloads anything here: the apps use the standard library only (GOPROXY=off) and the
 * installed toolchain is the one used (GOTOOLCHAIN=local). Without HOME, Go has no default build cache.
 */
const goEnv: Record<string, string> = {
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  GOFLAGS: '',
  ...(process.env.HOME ? {} : { GOCACHE: join(tmpdir(), 'labs-go-cache'), GOPATH: join(tmpdir(), 'labs-go-path') }),
}

function run(command: string, args: string[], cwd: string, timeout = 60_000, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf-8',
    timeout,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', NODE_TEST_CONTEXT: undefined, ...env },
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

/** ELF e_machine values of the architectures the course builds for. */
const ELF_MACHINE: Record<string, number> = { amd64: 0x3E, arm64: 0xB7 }

/** The e_machine field of a 64-bit little-endian ELF file, or a description of why it is not one. */
function elfMachine(path: string): number | string {
  const header = readFileSync(path).subarray(0, 20)
  if (header.length < 20 || header.readUInt32BE(0) !== 0x7F454C46)
    return 'pas un fichier ELF'
  if (header[4] !== 2 || header[5] !== 1)
    return `ELF de classe ${header[4]}, ordre ${header[5]} : 64 bits petit-boutiste attendu`
  return header.readUInt16LE(18)
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
    const isGo = existsSync(join(dir, 'go.mod'))

    it(`${app} has a test suite`, () => {
      expect(isNode || isPython || isGo, `${app} : ni package.json, ni requirements.txt, ni go.mod`).toBe(true)
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

    if (isGo) {
      // Outside CI a machine without Go skips (visibly, warning above); in CI it is required.
      it.skipIf(!goReady && !process.env.CI)(`${app} : go vet et go test passent`, () => {
        expect(goReady, `go manquant : ${GO_INSTALL}`).toBe(true)
        const vet = run('go', ['vet', './...'], dir, 300_000, goEnv)
        expect(vet.status, `${app} : go vet\n${vet.output}`).toBe(0)
        // -count=1: run the tests even when Go has a cached result.
        const { status, output } = run('go', ['test', '-count=1', '-v', './...'], dir, 300_000, goEnv)
        expect(status, output).toBe(0)
        const passed = output.split('\n').filter(line => /^\s*--- PASS: /.test(line)).length
        expect(passed, `${app} : aucun test exécuté\n${output}`).toBeGreaterThan(0)
      }, 620_000)

      // Chapter 11 cross-compiles instead of emulating: the same sources must build for both
      // architectures, and each binary must really be one for its processor (ELF header's e_machine).
      it.skipIf(!goReady && !process.env.CI)(`${app} : se compile pour linux/amd64 et linux/arm64`, () => {
        expect(goReady, `go manquant : ${GO_INSTALL}`).toBe(true)
        const out = mkdtempSync(join(tmpdir(), `${app}-`))
        try {
          for (const [arch, machine] of Object.entries(ELF_MACHINE)) {
            const binary = join(out, `${app}-linux-${arch}`)
            const build = run('go', ['build', '-trimpath', '-o', binary, '.'], dir, 300_000, { ...goEnv, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: arch })
            expect(build.status, `${app} : GOARCH=${arch} go build\n${build.output}`).toBe(0)
            expect(elfMachine(binary), `${app} : e_machine du binaire linux/${arch}`).toBe(machine)
          }
        }
        finally {
          rmSync(out, { recursive: true, force: true })
        }
      }, 620_000)
    }
  }
})
