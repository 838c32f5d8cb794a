// Browser checks of a built deck. Usage (npm run test:e2e -- <dist> [options]):
//   tsx tests/e2e/run.ts [dist] [--deck slides.md] [--artifacts artifacts/e2e] [--modes light,dark]
//     [--range 1-40] [--tolerance 2] [--json report.json] [--no-print] [--no-presenter] [--no-preload] [--slidev-preload]
//     [--no-qcm] [--no-offline] [--no-search] [--no-reading] [--only walk,preload,presenter,print,qcm,diagram,offline,search,reading]
//     [--url http://127.0.0.1:8080] [--base /sous/chemin/] [--lanes 2]
// --lanes: walks run at once, one per color mode, a range cut in parts when there are more lanes than modes.
// --url tests a server already running for that build (nginx with the project's configuration:
// scripts/serve-nginx.ts) instead of the suite's own; --base opens every page under the base path the site was
// built with (`slidev build --base …`), on either server. A Content-Security-Policy violation is a defect (`csp`).
// Exits 1 when any defect is found, 2 on bad usage.
import type { Mode } from './suite'
import { rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadDeck } from '../../lib/deck/load'
import { PRELOAD_WINDOW } from '../../lib/preload/window'
import { formatDefect, runSuite } from './suite'

function print(line: string): void {
  process.stdout.write(`${line}\n`)
}

function usage(message: string): never {
  console.error(`${message}\nUsage : tsx tests/e2e/run.ts [dist] [--deck slides.md] [--artifacts artifacts/e2e] [--modes light,dark] [--range 1-40] [--tolerance 2] [--json rapport.json] [--no-print] [--no-presenter] [--no-preload] [--slidev-preload] [--no-qcm] [--no-offline] [--no-search] [--no-reading] [--only walk,preload,presenter,print,qcm,diagram,offline,search,reading] [--url http://127.0.0.1:8080] [--base /sous/chemin/] [--lanes 2]`)
  process.exit(2)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'deck': { type: 'string', default: 'slides.md' },
    'artifacts': { type: 'string', default: 'artifacts/e2e' },
    'modes': { type: 'string', default: 'light,dark' },
    'range': { type: 'string' },
    'tolerance': { type: 'string', default: '2' },
    'json': { type: 'string' },
    'no-print': { type: 'boolean', default: false },
    'no-presenter': { type: 'boolean', default: false },
    'no-preload': { type: 'boolean', default: false },
    'slidev-preload': { type: 'boolean', default: false },
    'no-qcm': { type: 'boolean', default: false },
    'no-offline': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-reading': { type: 'boolean', default: false },
    'only': { type: 'string' },
    'url': { type: 'string' },
    'base': { type: 'string', default: '/' },
    'lanes': { type: 'string', default: '2' },
  },
})

const PHASES = ['walk', 'preload', 'presenter', 'print', 'qcm', 'diagram', 'offline', 'search', 'reading'] as const
const only = values.only?.split(',').map(p => p.trim())
if (only?.some(p => !(PHASES as readonly string[]).includes(p)))
  usage(`--only : une liste parmi ${PHASES.join(', ')}, pas « ${values.only} »`)
const runs = (phase: typeof PHASES[number], off: boolean) => !off && (!only || only.includes(phase))
const dist = resolve(positionals[0] ?? 'dist')
const modes = values.modes.split(',').map(m => m.trim()) as Mode[]
if (modes.some(m => m !== 'light' && m !== 'dark'))
  usage(`--modes : « light », « dark » ou « light,dark », pas « ${values.modes} »`)
if (values.url !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(values.url))
  usage(`--url : l'origine d'un serveur, par ex. http://127.0.0.1:8080 (le chemin de base va dans --base), pas « ${values.url} »`)
if (!/^\/?(?:[\w.~-]+\/)*[\w.~-]*\/?$/.test(values.base))
  usage(`--base : un chemin comme /sous/chemin/, pas « ${values.base} »`)
const lanes = Number(values.lanes)
if (!Number.isInteger(lanes) || lanes < 1 || lanes > 8)
  usage(`--lanes : un entier de 1 à 8 (parcours menés en même temps), pas « ${values.lanes} »`)
const tolerance = Number(values.tolerance)
if (!Number.isFinite(tolerance) || tolerance < 0)
  usage(`--tolerance : un nombre de pixels ≥ 0, pas « ${values.tolerance} »`)

async function main(): Promise<number> {
  const deck = await loadDeck(values.deck)
  let range: [number, number] | undefined
  if (values.range) {
    const m = /^(\d+)-(\d+)$/.exec(values.range)
    if (!m || +m[1] < 1 || +m[2] < +m[1] || +m[2] > deck.slides.length)
      usage(`--range : « début-fin » entre 1 et ${deck.slides.length}, pas « ${values.range} »`)
    range = [+m[1], +m[2]]
  }

  const artifacts = resolve(values.artifacts)
  rmSync(artifacts, { recursive: true, force: true })

  const served = `${values.url ? `servi par ${values.url}` : 'servi par le serveur des tests'}${values.base !== '/' ? ` sous ${values.base}` : ''}`
  print(`Tests en navigateur : ${dist}, ${served} (${deck.slides.length} diapositives d'après ${values.deck})`)
  const result = await runSuite({
    dist,
    url: values.url,
    basePath: values.base,
    deck,
    artifacts,
    tolerance,
    modes: runs('walk', false) ? modes : [],
    range,
    lanes,
    print: runs('print', values['no-print']),
    presenter: runs('presenter', values['no-presenter']),
    preload: runs('preload', values['no-preload']),
    // The course mounts a window of slides (lib/preload) instead of Slidev's whole deck.
    mountLimit: values['slidev-preload'] ? undefined : PRELOAD_WINDOW.keepBefore + PRELOAD_WINDOW.keepAfter + 1,
    qcm: runs('qcm', values['no-qcm']),
    diagram: runs('diagram', false),
    offline: runs('offline', values['no-offline']),
    // The course's search (lib/search): a course feature, not every deck's.
    search: runs('search', values['no-search']),
    // The course's reading mode (components/reading): a course feature too.
    reading: runs('reading', values['no-reading']),
    log: line => print(line),
  })

  if (values.json)
    writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`)

  for (const notice of result.notices)
    print(`ℹ ${notice}`)
  print(`\n${result.stats.slides} diapositives, ${result.stats.steps} étapes (diapositive × clic × mode) mesurées, ${result.stats.seconds} s`)
  if (result.defects.length) {
    console.error(`\n${result.defects.length} défaut(s) :`)
    for (const d of result.defects)
      console.error(`  ${formatDefect(d)}`)
    console.error(`Captures : ${artifacts}`)
    return 1
  }
  print('Aucun défaut.')
  return 0
}

main().then(code => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
