// Proves the browser suite catches each defect class: builds tests/e2e/fixtures/broken (one defect per slide),
// runs the suite on it and compares the defects with fixtures/broken/expected.json.
// Usage: tsx tests/e2e/selftest.ts [--out /tmp/e2e-broken] [--no-build]
import type { Defect, DefectKind } from './suite'
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadDeck } from '../../lib/deck/load'
import { formatDefect, runSuite } from './suite'

interface Expected {
  defects: Array<{ slide: number, kind: DefectKind, contexts: string[] }>
  clean: Record<string, string[]>
  notices: string[]
}

/** Differences between what the suite reported and what the fixture expects (empty = suite proven). */
function print(line: string): void {
  process.stdout.write(`${line}\n`)
}

function compare(expected: Expected, defects: readonly Defect[], notices: readonly string[]): string[] {
  const problems: string[] = []
  for (const e of expected.defects) {
    for (const context of e.contexts) {
      if (!defects.some(d => d.slide === e.slide && d.kind === e.kind && d.context === context))
        problems.push(`MANQUE : ${e.kind} sur la diapositive ${e.slide} en ${context}`)
    }
  }
  for (const [slide, contexts] of Object.entries(expected.clean)) {
    for (const d of defects.filter(d => d.slide === Number(slide) && contexts.includes(d.context)))
      problems.push(`EN TROP (diapositive témoin) : ${formatDefect(d)}`)
  }
  for (const d of defects) {
    if (!expected.defects.some(e => e.slide === d.slide && e.kind === d.kind))
      problems.push(`INATTENDU : ${formatDefect(d)}`)
  }
  for (const n of expected.notices) {
    if (!notices.some(x => x.includes(n)))
      problems.push(`AVIS ABSENT : « ${n} »`)
  }
  return problems
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'out': { type: 'string', default: '/tmp/e2e-broken-dist' },
      'no-build': { type: 'boolean', default: false },
    },
  })
  const fixture = resolve('tests/e2e/fixtures/broken')
  const entry = join(fixture, 'slides.md')
  const out = resolve(values.out)
  if (!values['no-build']) {
    rmSync(out, { recursive: true, force: true })
    // The fixture has `download: true` like the course, so that the build has the /print route; Slidev then
    // also exports its PDF (`--download false` cannot turn a headmatter `download: true` off), hence the Chromium.
    const build = spawnSync('node_modules/.bin/tsx', ['scripts/slidev.ts', 'build', entry, '--out', out], { stdio: 'inherit' })
    if (build.status !== 0) {
      console.error('La construction du deck cassé a échoué.')
      return 1
    }
  }
  const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf-8')) as Expected
  const deck = await loadDeck(entry)
  const artifacts = resolve('artifacts/e2e-selftest')
  rmSync(artifacts, { recursive: true, force: true })
  const result = await runSuite({ dist: out, deck, artifacts, log: line => print(line) })
  const problems = compare(expected, result.defects, result.notices)
  print(`\n${result.defects.length} défaut(s) trouvés sur le deck cassé en ${result.stats.seconds} s.`)
  if (problems.length) {
    console.error(`Auto-test des tests en navigateur : ÉCHEC\n${problems.map(p => `  ${p}`).join('\n')}`)
    return 1
  }
  const kinds = new Set(result.defects.map(d => d.kind))
  print(`Auto-test OK : chaque défaut attendu est signalé sur la bonne diapositive (${[...kinds].sort().join(', ')}), aucun sur les témoins.`)
  return 0
}

main().then(code => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
