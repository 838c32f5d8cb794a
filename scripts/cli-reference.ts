// Regenerates tests/fixtures/cli/{docker,podman,kubectl}.json from the real CLIs installed on this machine:
// `<tool> --help`, then `<tool> <command> --help` for every command listed, recursively.
// Usage: npm run cli:reference [-- docker podman kubectl]  (default: all three; needs the docker client, podman
// and kubectl; no engine, no cluster, no network)
import type { CliCommand, CliFlag, CliReference } from '../lib/integrity/cli/types'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseHelp, parseKubectlHelp } from '../lib/integrity/cli/help'

/** Hidden commands that still work but are not listed by `--help` (checked to exist below). */
const HIDDEN: Record<string, string[]> = {
  docker: [],
  podman: ['play', 'play kube', 'buildx'],
}

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'C', COLUMNS: '200' } })
  }
  catch (error) {
    const e = error as { stdout?: string, stderr?: string }
    if (e.stdout)
      return e.stdout
    throw new Error(`${tool} ${args.join(' ')} a échoué : ${e.stderr ?? error}`)
  }
}

function version(tool: string): string {
  const out = run(tool, ['--version'])
  const m = /version (\d+\.\d+\.\d+)/.exec(out)
  if (!m)
    throw new Error(`version de ${tool} illisible : ${out}`)
  return m[1]
}

function sortFlags(flags: CliFlag[]): CliFlag[] {
  return [...flags].sort((a, b) => (a.long ?? a.short ?? '').localeCompare(b.long ?? b.short ?? ''))
}

export function walk(tool: string): CliReference {
  const commands: Record<string, CliCommand> = {}
  const aliases: Record<string, string> = {}
  let globalFlags: CliFlag[] = []
  const queue: string[][] = [[], ...HIDDEN[tool].map(p => p.split(' '))]
  const seen = new Set<string>()
  while (queue.length) {
    const path = queue.shift()!
    const key = path.join(' ')
    if (seen.has(key) || key in aliases)
      continue
    seen.add(key)
    const page = parseHelp(tool, run(tool, [...path, '--help']))
    if (path.length > 0 && page.usagePath.length === 0 && page.subcommands.length > 0 && page.usage.startsWith('[')) {
      // The tool printed its top-level help: the command does not exist.
      throw new Error(`${tool} ${key} : commande introuvable`)
    }
    // Docker lists aliases as full paths; Podman as names of siblings of the last word.
    const aliasPaths = tool === 'docker'
      ? page.aliases
      : page.aliases.map(name => [...path.slice(0, -1), name].join(' '))
    const canonical = tool === 'docker' && aliasPaths.length ? aliasPaths[0] : key
    const others = [...new Set([...aliasPaths, key])].filter(p => p !== canonical)
    if (canonical in commands) {
      for (const other of others) aliases[other] = canonical
      continue
    }
    if (path.length === 0)
      globalFlags = page.globalFlags.length ? page.globalFlags : page.flags
    commands[canonical] = {
      path: canonical,
      aliases: others.sort(),
      usage: page.usage,
      flags: path.length === 0 && !page.globalFlags.length ? [] : sortFlags(page.flags),
      subcommands: [...new Set(page.subcommands)].sort(),
    }
    for (const other of others) aliases[other] = canonical
    for (const sub of page.subcommands) queue.push([...path, sub])
  }
  const sortedCommands = Object.fromEntries(Object.entries(commands).sort(([a], [b]) => a.localeCompare(b)))
  const sortedAliases = Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b)))
  const v = version(tool)
  return {
    tool,
    version: v,
    generatedFrom: `${tool} ${v} --help, parcouru récursivement par scripts/cli-reference.ts`,
    persistentGlobalFlags: tool === 'podman',
    globalFlags: sortFlags(globalFlags),
    commands: sortedCommands,
    aliases: sortedAliases,
  }
}

/** `kubectl <path> --help --<flag>` prints the help only when the flag's value is optional (pflag `NoOptDefVal`). */
function optionalValue(path: string[], flag: CliFlag): boolean {
  try {
    execFileSync('kubectl', [...path, '--help', `--${flag.long}`], { stdio: 'ignore', env: { ...process.env, LANG: 'C' } })
    return true
  }
  catch {
    return false // « flag needs an argument »
  }
}

/**
 * kubectl's help has its own layout (see parseKubectlHelp): global options come from `kubectl options`,
 * aliases are sibling names (`deployment, deploy`), and every valued option is probed for an optional value.
 */
export function walkKubectl(): CliReference {
  const commands: Record<string, CliCommand> = {}
  const aliases: Record<string, string> = {}
  const queue: string[][] = [[]]
  while (queue.length) {
    const path = queue.shift()!
    const key = path.join(' ')
    if (key in commands)
      continue
    const page = parseKubectlHelp(run('kubectl', [...path, '--help']))
    if (path.length > 0 && !`${page.usage} `.startsWith(`${key} `))
      throw new Error(`kubectl ${key} : page d'aide inattendue (usage « ${page.usage} »)`)
    for (const flag of page.flags) {
      if (flag.type && optionalValue(path, flag))
        flag.optionalValue = true
    }
    const others = page.aliases.filter(a => a !== path.at(-1)).map(a => [...path.slice(0, -1), a].join(' '))
    commands[key] = { path: key, aliases: others.sort(), usage: page.usage, flags: sortFlags(page.flags), subcommands: [...new Set(page.subcommands)].sort() }
    for (const other of others) aliases[other] = key
    for (const sub of page.subcommands) queue.push([...path, sub])
  }
  const globalFlags = parseKubectlHelp(run('kubectl', ['options'])).globalFlags
  for (const flag of globalFlags) {
    if (flag.type && optionalValue(['options'], flag))
      flag.optionalValue = true
  }
  const out = run('kubectl', ['version', '--client'])
  const v = /Client Version: v(\d+\.\d+\.\d+)/.exec(out)?.[1]
  if (!v)
    throw new Error(`version de kubectl illisible : ${out}`)
  return {
    tool: 'kubectl',
    version: v,
    generatedFrom: `kubectl ${v} --help (et kubectl options), parcouru récursivement par scripts/cli-reference.ts`,
    persistentGlobalFlags: true,
    interspersed: true,
    globalFlags: sortFlags(globalFlags),
    commands: Object.fromEntries(Object.entries(commands).sort(([a], [b]) => a.localeCompare(b))),
    aliases: Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))),
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli-reference.ts')) {
  const outDir = resolve(import.meta.dirname, '../tests/fixtures/cli')
  const wanted = process.argv.slice(2).filter(a => !a.startsWith('-'))
  for (const tool of wanted.length ? wanted : ['docker', 'podman', 'kubectl']) {
    if (!['docker', 'podman', 'kubectl'].includes(tool))
      throw new Error(`outil inconnu « ${tool} » (docker, podman, kubectl)`)
    const ref = tool === 'kubectl' ? walkKubectl() : walk(tool)
    const file = resolve(outDir, `${tool}.json`)
    writeFileSync(file, `${JSON.stringify(ref, null, 2)}\n`)
    console.log(`${file} : ${tool} ${ref.version}, ${Object.keys(ref.commands).length} commandes, ${Object.keys(ref.aliases).length} alias`)
  }
}
