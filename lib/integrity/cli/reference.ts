import type { CliCommand, CliFlag, CliReference } from './types'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseFlagLine } from './help'

/** Where the generated references and the hand-kept overlay live. */
export const CLI_FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/cli')

export interface ToolCommand extends CliCommand {
  /** Flags of this command are also accepted by its sub-commands (cobra persistent flags). */
  persistentFlags?: boolean
}

/**
 * A command-line tool the checker knows: `docker`, `podman`, `kubectl` (generated references), `podman-compose`,
 * `docker-compose` (mirrors of `docker compose`), `kind` (overlay only: no binary here).
 */
export interface Tool {
  name: string
  version: string
  /** Where the data comes from (generated file, overlay). */
  origin: string
  /** Why the whole tool must not be taught as current practice (`docker-compose` v1). */
  legacy?: string
  persistentGlobalFlags: boolean
  /** Options may follow positional arguments (cobra default): see CliReference.interspersed. */
  interspersed?: boolean
  globalFlags: CliFlag[]
  commands: Record<string, ToolCommand>
  aliases: Record<string, string>
}

export type Tools = Record<string, Tool>

interface OverlayCommand {
  path: string
  source: string
  note?: string
  flags?: string[]
  aliases?: string[]
  merge?: boolean
  persistentFlags?: boolean
  positional?: string
  delegate?: string
  flagsUnchecked?: boolean
}

interface OverlayTool {
  version?: string
  source?: string
  note?: string
  legacy?: boolean
  globalFlags?: string[]
  delegate?: string
  subcommands?: string[]
  commands?: OverlayCommand[]
  extraCommands?: OverlayCommand[]
}

type Overlay = Record<string, OverlayTool> & { $comment?: string }

function flagSpec(spec: string, where: string): CliFlag {
  const flag = parseFlagLine(`  ${spec}`)
  if (!flag)
    throw new Error(`${where} : option illisible « ${spec} » (forme attendue : « -s, --long type »)`)
  return flag
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf-8')) as T
}

function overlayCommand(entry: OverlayCommand, where: string): ToolCommand {
  if (!/^https:\/\//.test(entry.source ?? ''))
    throw new Error(`${where} : l'entrée « ${entry.path} » n'a pas d'URL source officielle`)
  const positional = entry.positional ? ` ${entry.positional} [COMMAND] [ARG...]` : ''
  return {
    path: entry.path,
    aliases: entry.aliases ?? [],
    usage: `${entry.path} [OPTIONS]${positional}`,
    flags: (entry.flags ?? []).map(f => flagSpec(f, where)),
    subcommands: [],
    source: entry.source,
    ...(entry.persistentFlags ? { persistentFlags: true } : {}),
    ...(entry.flagsUnchecked ? { flagsUnchecked: true } : {}),
  }
}

/** Copies every command under `prefix` (e.g. `compose`) of `from` into `to` under `newPrefix`. */
function copySubtree(from: Tool, prefix: string, to: Tool, newPrefix: string, keep?: (sub: string) => boolean) {
  for (const [path, cmd] of Object.entries(from.commands)) {
    if (path !== prefix && !path.startsWith(`${prefix} `))
      continue
    const rest = path.slice(prefix.length).trim()
    const first = rest.split(' ')[0]
    if (rest && keep && !keep(first))
      continue
    const target = [newPrefix, rest].filter(Boolean).join(' ')
    const existing = to.commands[target]
    to.commands[target] = {
      ...cmd,
      path: target,
      aliases: cmd.aliases.map(a => [newPrefix, a.slice(prefix.length).trim()].filter(Boolean).join(' ')),
      flags: [...(existing?.flags ?? []), ...cmd.flags],
    }
    for (const alias of to.commands[target].aliases) to.aliases[alias] = target
  }
}

function linkSubcommands(tool: Tool) {
  for (const path of Object.keys(tool.commands)) {
    if (!path)
      continue
    const parent = path.split(' ').slice(0, -1).join(' ')
    const name = path.split(' ').at(-1)!
    const p = tool.commands[parent]
    if (p && !p.subcommands.includes(name))
      p.subcommands.push(name)
  }
  for (const [alias, target] of Object.entries(tool.aliases)) {
    const parent = alias.split(' ').slice(0, -1).join(' ')
    if (!(target in tool.commands))
      throw new Error(`alias « ${tool.name} ${alias} » vers une commande absente « ${target} »`)
    if (!(parent in tool.commands) && parent !== '')
      throw new Error(`alias « ${tool.name} ${alias} » sous une commande absente « ${parent} »`)
  }
}

/** A tool defined in the overlay, before its commands: it must cite its official page. */
function overlayToolBase(name: string, entry: OverlayTool): { tool: Tool, where: string } {
  const where = `overlay.json (${name})`
  if (!/^https:\/\//.test(entry.source ?? ''))
    throw new Error(`${where} : pas d'URL source officielle`)
  const tool: Tool = { name, version: entry.version ?? '?', origin: `overlay.json, source ${entry.source}`, persistentGlobalFlags: true, globalFlags: [], commands: {}, aliases: {} }
  return { tool, where }
}

/**
 * A tool that exists only in the overlay (`kind`: no binary here, help not available offline): every command is
 * listed with its official page; missing parents (`create` for `create cluster`) are added without options.
 * Its global options are persistent, and options may follow arguments (cobra's defaults).
 */
function standaloneTool(name: string, entry: OverlayTool): Tool {
  const { tool, where } = overlayToolBase(name, entry)
  tool.interspersed = true
  tool.globalFlags = (entry.globalFlags ?? []).map(f => flagSpec(f, where))
  tool.commands[''] = { path: '', aliases: [], usage: '[command]', flags: [], subcommands: [], source: entry.source }
  const listed = new Set<string>()
  for (const command of entry.commands ?? []) {
    const words = command.path.split(' ')
    for (let k = 1; k < words.length; k++) {
      const parent = words.slice(0, k).join(' ')
      tool.commands[parent] ??= { path: parent, aliases: [], usage: `${parent} [command]`, flags: [], subcommands: [], source: entry.source }
    }
    if (listed.has(command.path))
      throw new Error(`${where} : commande « ${command.path} » en double`)
    listed.add(command.path)
    tool.commands[command.path] = overlayCommand(command, `${where.slice(0, -1)} ${command.path})`)
    for (const alias of command.aliases ?? []) tool.aliases[alias] = command.path
  }
  linkSubcommands(tool)
  return tool
}

/** Builds the tools from the generated references and the overlay (pure: no file access). */
export function buildTools(docker: CliReference, podman: CliReference, overlay: Overlay, kubectl?: CliReference): Tools {
  const tools: Tools = {}
  for (const ref of [docker, podman, kubectl]) {
    if (!ref)
      continue
    tools[ref.tool] = {
      name: ref.tool,
      version: ref.version,
      origin: ref.generatedFrom,
      persistentGlobalFlags: ref.persistentGlobalFlags,
      ...(ref.interspersed ? { interspersed: true } : {}),
      globalFlags: ref.globalFlags,
      commands: structuredClone(ref.commands),
      aliases: { ...ref.aliases },
    }
  }
  // Overlay entries of the installed tools, in file order (parents before children).
  for (const name of ['docker', 'podman', 'kubectl']) {
    const tool = tools[name]
    if (!tool)
      continue
    for (const entry of overlay[name]?.commands ?? []) {
      const where = `overlay.json (${name} ${entry.path})`
      if (entry.delegate) {
        const [delegateTool, ...delegatePath] = entry.delegate.split(' ')
        copySubtree(tools[delegateTool], delegatePath.join(' '), tool, entry.path)
        tool.commands[entry.path].source = entry.source
        continue
      }
      const cmd = overlayCommand(entry, where)
      const target = tool.aliases[entry.path] ?? entry.path
      if (entry.merge) {
        const existing = tool.commands[target]
        if (!existing)
          throw new Error(`${where} : « merge » sur une commande absente de la référence générée`)
        const known = new Set(existing.flags.map(f => f.long ?? f.short))
        existing.flags.push(...cmd.flags.filter(f => !known.has(f.long ?? f.short)))
        continue
      }
      if (target in tool.commands)
        throw new Error(`${where} : la commande existe déjà dans la référence générée (utiliser « merge »)`)
      tool.commands[entry.path] = cmd
      for (const alias of cmd.aliases) tool.aliases[alias] = entry.path
    }
    linkSubcommands(tool)
  }
  // Stand-alone tools that mirror `docker compose`.
  for (const name of ['podman-compose', 'docker-compose']) {
    const entry = overlay[name]
    if (!entry)
      continue
    const { tool, where } = overlayToolBase(name, entry)
    if (entry.legacy)
      tool.legacy = entry.note ?? `${name} est obsolète`
    const [delegateTool, ...delegatePath] = (entry.delegate ?? 'docker compose').split(' ')
    const keep = entry.subcommands ? (sub: string) => entry.subcommands!.includes(sub) : undefined
    copySubtree(tools[delegateTool], delegatePath.join(' '), tool, '', keep)
    const root = tool.commands['']
    tool.globalFlags = entry.globalFlags ? entry.globalFlags.map(f => flagSpec(f, where)) : root.flags
    root.flags = []
    root.subcommands = []
    root.source = entry.source
    for (const extra of entry.extraCommands ?? []) tool.commands[extra.path] = overlayCommand(extra, where)
    linkSubcommands(tool)
    tools[name] = tool
  }
  // Tools known only from the overlay and their official documentation.
  for (const [name, entry] of Object.entries(overlay)) {
    if (name.startsWith('$') || name in tools || typeof entry !== 'object')
      continue
    if (entry.delegate)
      throw new Error(`overlay.json (${name}) : « delegate » n'est prévu que pour podman-compose et docker-compose`)
    tools[name] = standaloneTool(name, entry as OverlayTool)
  }
  return tools
}

let cached: Tools | undefined

/** The tools from `tests/fixtures/cli/` (read once per process). */
export function loadTools(dir = CLI_FIXTURES): Tools {
  if (dir === CLI_FIXTURES && cached)
    return cached
  const tools = buildTools(
    readJson<CliReference>(resolve(dir, 'docker.json')),
    readJson<CliReference>(resolve(dir, 'podman.json')),
    readJson<Overlay>(resolve(dir, 'overlay.json')),
    readJson<CliReference>(resolve(dir, 'kubectl.json')),
  )
  if (dir === CLI_FIXTURES)
    cached = tools
  return tools
}
