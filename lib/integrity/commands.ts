import type { Tool, ToolCommand, Tools } from './cli/reference'
import type { CliFlag } from './cli/types'
import type { SimpleCommand, Word } from './shell'
import { loadTools } from './cli/reference'
import { parseShell, shellLines } from './shell'

/** A problem in a code block: 0-based line inside the block, message in French. */
export interface BlockProblem {
  line: number
  message: string
}

/** An invocation of a container tool found in a block. */
export interface Invocation {
  tool: string
  /** Canonical command path (`container run`), `''` for the tool alone. */
  path: string
  words: Word[]
  line: number
}

/**
 * Images whose ENTRYPOINT is a program that takes options: an option right after the image is
 * passed to that program on purpose (`docker run --rm curlimages/curl -fsS http://web`).
 */
export const OPTION_TAKING_IMAGES = [
  'curlimages/curl',
  'hadolint/hadolint',
  'aquasec/trivy',
  'tonistiigi/binfmt',
  'goodwithtech/dockle',
  'wagoodman/dive',
  'alpine/curl',
  'quay.io/skopeo/stable',
  'gcr.io/go-containerregistry/crane',
]

const TOOLS = ['docker', 'podman', 'docker-compose', 'podman-compose', 'kubectl', 'kind']
/** What pflag accepts after `--flag=` for a boolean option (strconv.ParseBool). */
const PFLAG_BOOL = /^(?:[10tfTF]|true|false|TRUE|FALSE|True|False)$/
/** Words that prefix a command without changing it; their own options are skipped. */
const WRAPPERS: Record<string, { valueOptions: string[] }> = {
  sudo: { valueOptions: ['-u', '-g', '-p', '-C', '-h', '-r', '-t', '-U', '-T', '-D', '-R'] },
  env: { valueOptions: ['-u', '-C', '-S'] },
  time: { valueOptions: ['-f', '-o'] },
  nohup: { valueOptions: [] },
  exec: { valueOptions: ['-a'] },
  command: { valueOptions: [] },
  xargs: { valueOptions: ['-n', '-I', '-P', '-L', '-d', '-E', '-s', '-a'] },
  watch: { valueOptions: ['-n', '-d'] },
  nice: { valueOptions: ['-n'] },
  timeout: { valueOptions: ['-s', '-k'] },
}
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}', 'fi', 'done', 'esac'])
const ASSIGNMENT = /^[A-Z_]\w*=/i

/** Strips assignments, keywords and wrappers (`sudo -E`, `env FOO=1`, `time`…) in front of a command. */
export function commandWords(cmd: SimpleCommand): Word[] {
  const words = [...cmd.words]
  let changed = true
  while (changed && words.length) {
    changed = false
    const first = words[0].value
    if (ASSIGNMENT.test(first) || KEYWORDS.has(first)) {
      words.shift()
      changed = true
      continue
    }
    const wrapper = WRAPPERS[first]
    if (wrapper) {
      if (first === 'timeout') {
        words.shift()
        while (words[0]?.value.startsWith('-')) {
          const opt = words.shift()!.value
          if (wrapper.valueOptions.includes(opt))
            words.shift()
        }
        words.shift() // duration
        changed = true
        continue
      }
      words.shift()
      while (words.length && words[0].value.startsWith('-') && words[0].value !== '--') {
        const opt = words.shift()!.value
        if (wrapper.valueOptions.includes(opt))
          words.shift()
      }
      if (words[0]?.value === '--')
        words.shift()
      changed = true
    }
  }
  return words
}

function display(words: Word[]): string {
  const text = words.map(w => (/\s/.test(w.value) || w.value === '' ? `'${w.value}'` : w.value)).join(' ')
  return text.length > 90 ? `${text.slice(0, 87)}…` : text
}

interface FlagMatch {
  flag?: CliFlag
  /** The flag was written `--name=value` or `-p8080:80`: its value is attached. */
  attached?: string
  /** How it was written (`--publish`, `-p`). */
  written: string
}

function findLong(flags: CliFlag[], name: string): CliFlag | undefined {
  return flags.find(f => f.long === name)
}
function findShort(flags: CliFlag[], name: string): CliFlag | undefined {
  return flags.find(f => f.short === name)
}

const HELP: CliFlag = { long: 'help' }

/** `[ip:][hostPort[-end]:]containerPort[-end][/proto]` — Docker's and Podman's `-p` syntax. */
const PORT = '\\d{1,5}(?:-\\d{1,5})?'
const IP = '(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+\\])'
const PUBLISH = new RegExp(`^(?:${IP}:)?(?:(?:${PORT})?:)?${PORT}(?:/(?:tcp|udp|sctp))?$`)

/** Checks a port publication value; returns a French reason, or undefined when valid. */
export function publishProblem(value: string): string | undefined {
  if (value.includes('$'))
    return undefined
  if (!PUBLISH.test(value))
    return `forme attendue [ip:]port_hôte:port_conteneur[/protocole] (ou port_conteneur seul)`
  for (const port of value.replace(/^\[[^\]]*\]/, '').split(/[:/-]/).filter(p => /^\d+$/.test(p) && p.length <= 5)) {
    if (Number(port) > 65535)
      return `port ${port} hors de la plage 1-65535`
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}:/.test(value) && value.split('.').some(part => Number.parseInt(part) > 255))
    return `adresse IP invalide`
  return undefined
}

interface Resolved {
  tool: Tool
  path: string
  command: ToolCommand
  /** Flags valid here: the command's, persistent ancestors', global (Podman) and --help. */
  flags: CliFlag[]
  /** Index of the first word after the command path. */
  next: number
}

/** The checker for one tool invocation (`words[0]` is the tool). */
export function checkInvocation(words: Word[], tools: Tools = loadTools()): { problems: BlockProblem[], invocation?: Invocation } {
  const problems: BlockProblem[] = []
  const tool = tools[words[0].value]
  const text = display(words)
  const report = (word: Word, message: string) => problems.push({ line: word.line, message: `« ${text} » : ${message}` })
  if (!tool)
    return { problems }
  if (tool.legacy) {
    report(words[0], `${tool.name} (Compose v1) est obsolète — ${tool.legacy}`)
  }

  const root = tool.commands['']
  let path = ''
  let command = root
  let i = 1
  /** Flags accepted at the current level (before a sub-command). */
  const levelFlags = (cmdPath: string): CliFlag[] => {
    const out: CliFlag[] = [HELP]
    if (cmdPath === '' || tool.persistentGlobalFlags)
      out.push(...tool.globalFlags)
    const parts = cmdPath ? cmdPath.split(' ') : []
    for (let k = 1; k < parts.length; k++) {
      const ancestor = tool.commands[parts.slice(0, k).join(' ')]
      if (ancestor?.persistentFlags)
        out.push(...ancestor.flags)
    }
    if (cmdPath !== '')
      out.push(...(tool.commands[cmdPath]?.flags ?? []))
    return out
  }

  // Walk down the command tree; options may appear between levels (`docker -H x compose -f y up`).
  while (i < words.length && (command.subcommands.length || path === '')) {
    const word = words[i]
    if (word.value.startsWith('-') && word.value !== '-' && word.value !== '--') {
      const consumed = parseFlag(words, i, levelFlags(path), path, true)
      if (consumed.problem) {
        report(word, consumed.problem)
        return { problems }
      }
      i = consumed.next
      continue
    }
    if (!command.subcommands.length)
      break
    const candidate = path ? `${path} ${word.value}` : word.value
    const target = tool.commands[candidate] ? candidate : tool.aliases[candidate]
    if (!target) {
      if (word.dynamic)
        return { problems }
      const where = path ? `${tool.name} ${path}` : tool.name
      report(word, `sous-commande inconnue « ${word.value} » pour « ${where} »`)
      return { problems }
    }
    path = target
    command = tool.commands[target]
    i++
  }

  const resolved: Resolved = { tool, path, command, flags: levelFlags(path), next: i }
  problems.push(...checkArguments(words, resolved, text))
  return { problems, invocation: { tool: tool.name, path, words, line: words[0].line } }
}

interface Consumed {
  next: number
  problem?: string
  match?: FlagMatch
  value?: Word | string
}

/** Parses the option at `words[i]` against `flags`; `before` tells whether it precedes the sub-command. */
function parseFlag(words: Word[], i: number, flags: CliFlag[], path: string, before: boolean): Consumed {
  const word = words[i]
  const v = word.value
  const owner = path ? `« ${words[0].value} ${path} »` : `« ${words[0].value} »`
  const kind = before && path === '' ? 'option globale inconnue' : 'option inconnue'
  if (word.dynamic && /^-[^-]*\$/.test(v))
    return { next: i + 1 }
  if (v.startsWith('--')) {
    const eq = v.indexOf('=')
    const name = eq === -1 ? v.slice(2) : v.slice(2, eq)
    const flag = findLong(flags, name)
    if (!flag)
      return { next: i + 1, problem: `${kind} « --${name} » pour ${owner}` }
    if (eq !== -1) {
      const attached = v.slice(eq + 1)
      if (!flag.type && !word.dynamic && !PFLAG_BOOL.test(attached))
        return { next: i + 1, problem: `l'option booléenne « --${name} » n'accepte que true ou false, pas « ${attached} »` }
      return { next: i + 1, match: { flag, attached, written: `--${name}` }, value: attached }
    }
    if (!flag.type || flag.optionalValue) {
      const problem = separateValueProblem(flag, v, words[i + 1])
        ?? (flag.optionalValue && name === 'dry-run' ? `« --dry-run » sans valeur est obsolète (kubectl avertit « --dry-run is deprecated ») : écrire « --dry-run=client » (ou =server)` : undefined)
      return problem ? { next: i + 1, problem } : { next: i + 1, match: { flag, written: v } }
    }
    const value = words[i + 1]
    if (!value)
      return { next: i + 1, problem: `l'option « ${v} » attend une valeur (${flag.type})` }
    if (isKnownFlag(value.value, flags) && !value.dynamic)
      return { next: i + 2, problem: `l'option « ${v} » attend une valeur (${flag.type}), pas l'option « ${value.value} »` }
    return { next: i + 2, match: { flag, written: v }, value }
  }
  // Short options, possibly combined: -it, -dit, -p8080:80, -e=FOO
  const cluster = v.slice(1)
  for (let k = 0; k < cluster.length; k++) {
    const ch = cluster[k]
    const flag = findShort(flags, ch)
    if (!flag) {
      const inCluster = cluster.length > 1 ? ` (dans « ${v} »)` : ''
      return { next: i + 1, problem: `${kind} « -${ch} »${inCluster} pour ${owner}` }
    }
    const rest = cluster.slice(k + 1)
    if (flag.optionalValue) {
      // pflag: `-x` alone takes the default, `-x=v` a value; the letters after `-x` are other options.
      if (rest.startsWith('='))
        return { next: i + 1, match: { flag, attached: rest.slice(1), written: `-${ch}` }, value: rest.slice(1) }
      continue
    }
    if (flag.type) {
      if (rest.length)
        return { next: i + 1, match: { flag, attached: rest.replace(/^=/, ''), written: `-${ch}` }, value: rest.replace(/^=/, '') }
      const value = words[i + 1]
      if (!value)
        return { next: i + 1, problem: `l'option « -${ch} » attend une valeur (${flag.type})` }
      if (isKnownFlag(value.value, flags) && !value.dynamic)
        return { next: i + 2, problem: `l'option « -${ch} » attend une valeur (${flag.type}), pas l'option « ${value.value} »` }
      return { next: i + 2, match: { flag, written: `-${ch}` }, value }
    }
    if (rest.startsWith('='))
      return { next: i + 1, match: { flag, written: `-${ch}` } }
  }
  const last = findShort(flags, cluster.at(-1)!)!
  const problem = separateValueProblem(last, v, words[i + 1])
  return problem ? { next: i + 1, problem } : { next: i + 1, match: { flag: last, written: v } }
}

/** The values of kubectl's options whose value is optional (kubectl 1.32 help: `--dry-run`, `--cascade`, `--validate`). */
const OPTIONAL_VALUES: Record<string, string[]> = {
  'dry-run': ['none', 'server', 'client'],
  'cascade': ['background', 'foreground', 'orphan'],
  'validate': ['strict', 'warn', 'ignore'],
}

/**
 * pflag never reads a separate word as the value of a boolean option (`--client false`) nor of an option whose
 * value is optional (`--dry-run client`): the word becomes a positional argument. Reported when the word is
 * clearly meant as a value (true/false, or one of the option's documented values): `--dry-run web`, where `web`
 * is the resource name, stays valid.
 */
function separateValueProblem(flag: CliFlag, written: string, next: Word | undefined): string | undefined {
  if (!next || next.dynamic || next.value.startsWith('-'))
    return undefined
  const isBool = /^(?:true|false)$/.test(next.value)
  if (!flag.type && isBool)
    return `l'option booléenne « ${written} » ne prend pas de valeur séparée : « ${next.value} » serait lu comme un argument — écrire « ${written}=${next.value} »`
  if (flag.optionalValue && (isBool || (OPTIONAL_VALUES[flag.long ?? ''] ?? []).includes(next.value)))
    return `l'option « ${written} » a une valeur facultative, à coller avec « = » : « ${next.value} » serait lu comme un argument — écrire « ${written}=${next.value} »`
  return undefined
}

function isKnownFlag(value: string, flags: CliFlag[]): boolean {
  if (/^-\d/.test(value) || !value.startsWith('-') || value === '-' || value === '--')
    return false
  if (value.startsWith('--'))
    return !!findLong(flags, value.slice(2).split('=')[0])
  return [...value.slice(1)].every(ch => !!findShort(flags, ch)) && !!findShort(flags, value[1])
}

/**
 * Where the command's own arguments stop being options. From the usage line:
 * `IMAGE [COMMAND]`/`CONTAINER COMMAND`/`SERVICE [COMMAND]` → after the first positional, with the
 * "option after the image" rule; `[COMMAND …]` first or after an optional `[NAME]` → at the
 * first positional, without the rule; otherwise options may be anywhere (cobra default).
 */
function commandArgMode(usage: string): { stopAfter: number, target?: string } | undefined {
  const tokens = usage.split(/\s+/).filter(t => !/^\[?(?:OPTIONS|options)\]?$/.test(t))
  const idx = tokens.findIndex(t => /^\[*COMMAND\b/.test(t))
  if (idx === -1)
    return undefined
  const before = tokens.slice(0, idx).filter(t => /^[A-Z[]/.test(t))
  if (before.length === 1 && /^[A-Z]/.test(before[0]))
    return { stopAfter: 1, target: before[0].replace(/\W.*$/, '') }
  return { stopAfter: 0 }
}

const TARGET_NAMES: Record<string, string> = { IMAGE: 'l\'image', CONTAINER: 'le conteneur', SERVICE: 'le service' }

function checkArguments(words: Word[], r: Resolved, text: string): BlockProblem[] {
  const problems: BlockProblem[] = []
  if (r.command.flagsUnchecked)
    return problems
  const report = (word: Word, message: string) => problems.push({ line: word.line, message: `« ${text} » : ${message}` })
  const mode = r.tool.interspersed ? undefined : commandArgMode(r.command.usage)
  const positionals: Word[] = []
  let i = r.next
  while (i < words.length) {
    const word = words[i]
    if (word.value === '--') {
      break
    }
    if (word.value.startsWith('-') && word.value !== '-' && !/^-\d+$/.test(word.value)) {
      const consumed = parseFlag(words, i, r.flags, r.path, false)
      if (consumed.problem) {
        report(word, consumed.problem)
      }
      else if ((consumed.match?.flag?.long === 'volume' || consumed.match?.flag?.long === 'mount') && consumed.value !== undefined) {
        const value = typeof consumed.value === 'string' ? consumed.value : consumed.value.value
        const source = consumed.match.flag.long === 'mount' ? /(?:^|,)(?:source|src)=([^,]+)/.exec(value)?.[1] : value.split(':')[0]
        if (source && /(?:docker|podman)\.sock$/.test(source))
          report(word, `« ${consumed.match.written} ${value} » monte le socket du moteur : qui le contrôle pilote le moteur (équivalent root sur l'hôte pour Docker)`)
      }
      else if (consumed.match?.flag?.long === 'publish' && consumed.value !== undefined) {
        const value = typeof consumed.value === 'string' ? consumed.value : consumed.value.value
        const dynamic = typeof consumed.value !== 'string' && consumed.value.dynamic
        const reason = dynamic ? undefined : publishProblem(value)
        if (reason)
          report(word, `valeur de « ${consumed.match.written} » invalide « ${value} » — ${reason}`)
      }
      i = consumed.next
      continue
    }
    positionals.push(word)
    i++
    if (mode?.stopAfter === 0)
      break
    if (mode && mode.stopAfter === 1 && positionals.length === 1) {
      const next = words[i]
      if (next && next.value.startsWith('-') && next.value !== '--' && !/^-\d/.test(next.value)
        && isKnownFlag(next.value, r.flags.filter(f => f !== HELP))
        && !OPTION_TAKING_IMAGES.some(img => word.value === img || word.value.startsWith(`${img}:`) || word.value.startsWith(`${img}@`))) {
        const target = TARGET_NAMES[mode.target ?? ''] ?? `« ${mode.target} »`
        report(next, `option « ${next.value} » placée après ${target} « ${word.value} » : elle serait transmise à la commande du conteneur — la placer avant ${target}`)
      }
      break
    }
  }
  return problems
}

/** Every tool invocation of a shell block, with the problems found. */
export function checkShellBlock(lang: string, code: string, tools: Tools = loadTools()): { invocations: Invocation[], problems: BlockProblem[] } {
  const problems: BlockProblem[] = []
  const invocations: Invocation[] = []
  const lines = shellLines(lang, code)
  if (lang !== 'shellsession' && lang !== 'console') {
    lines.forEach((l, n) => {
      if (l.text && /^\s*\$ \S/.test(l.text))
        problems.push({ line: n, message: `invite « $ » dans un bloc ${lang} : ce bloc ne contient que des commandes — retirer l'invite ou utiliser un bloc shellsession` })
    })
  }
  for (const cmd of parseShell(lines)) {
    const words = commandWords(cmd)
    if (!words.length || !TOOLS.includes(words[0].value))
      continue
    const result = checkInvocation(words, tools)
    problems.push(...result.problems)
    if (result.invocation)
      invocations.push(result.invocation)
  }
  problems.sort((a, b) => a.line - b.line)
  return { invocations, problems }
}
