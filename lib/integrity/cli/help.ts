import type { CliFlag } from './types'

/** What one `<tool> <path> --help` page says (cobra layout, used by both Docker and Podman). */
export interface HelpPage {
  /** Path words from the `Usage:` line (`['container', 'ls']`). */
  usagePath: string[]
  usage: string
  /** Sub-command names from every `…Commands:` section. */
  subcommands: string[]
  /** Raw `Aliases:` entries (Docker: full paths such as `docker ps`; Podman: sibling names such as `ls`). */
  aliases: string[]
  /** Flags from `Options:`/`Flags:` sections. */
  flags: CliFlag[]
  /** Flags from `Global Options:`/`Global Flags:` sections. */
  globalFlags: CliFlag[]
}

// The type column ends at the first run of 2+ spaces; Podman's may contain single spaces (`pathname or URL`).
// Flag lines are indented by 2 to 6 spaces; wrapped descriptions are indented much further.
const FLAG = /^ {1,6}(?:-([\w?]), )?--([\w.-]+)(?: (\S(?:.*?\S)?))?(?:\s{2,}|\s*$)/
const SHORT_ONLY = /^ {1,6}-([a-z?])(?: (\S+))?(?:\s{2,}|\s*$)/i

/** Parses one flag line of a help page (`  -p, --publish list   Publish…`), or returns undefined. */
export function parseFlagLine(line: string): CliFlag | undefined {
  const long = FLAG.exec(line)
  if (long) {
    const flag: CliFlag = { long: long[2] }
    if (long[1])
      flag.short = long[1]
    if (long[3])
      flag.type = long[3]
    return flag
  }
  const short = SHORT_ONLY.exec(line)
  if (short)
    return short[2] ? { short: short[1], type: short[2] } : { short: short[1] }
  return undefined
}

// kubectl's own help template: `    -f, --filename=[]:` then the description on the next, tab-indented line.
// The default value tells the type: `false`/`true` → boolean, `'…'` → string, `[…]` → list, a number → int…
const KUBECTL_FLAG = /^ {2,6}(?:-([\w?]), )?--([\w.-]+)=(.*?):(?: \(DEPRECATED: .*\))?\s*$/

/** The value type that a kubectl default implies; undefined for a boolean. */
export function kubectlFlagType(defaultValue: string): string | undefined {
  if (defaultValue === 'true' || defaultValue === 'false')
    return undefined
  if (/^'.*'$/.test(defaultValue))
    return 'string'
  if (/^\[.*\]$/.test(defaultValue))
    return 'strings'
  if (/^-?\d+$/.test(defaultValue))
    return 'int'
  if (/^-?\d+(?:\.\d+)?$/.test(defaultValue))
    return 'float'
  if (/^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|[smh]))+$/.test(defaultValue))
    return 'duration'
  return 'value'
}

/** Parses one option line of a kubectl help page (`    -A, --all-namespaces=false:`), or returns undefined. */
export function parseKubectlFlagLine(line: string): CliFlag | undefined {
  const m = KUBECTL_FLAG.exec(line)
  if (!m)
    return undefined
  const flag: CliFlag = { long: m[2] }
  if (m[1])
    flag.short = m[1]
  const type = kubectlFlagType(m[3])
  if (type)
    flag.type = type
  return flag
}

/**
 * A section heading of a help page (`Options:`, `Usage:  docker run …`, at the start of the line): its name, or
 * undefined for any other line. A `Usage` heading also fills the page's usage and command path.
 */
function readHeading(lines: string[], i: number, tool: string, page: HelpPage): string | undefined {
  const line = lines[i]
  const heading = /^(\S[^:]*):[ \t]*(\S.*)?$/.exec(line)
  if (!heading || line.startsWith(' '))
    return undefined
  const section = heading[1].trim()
  if (section === 'Usage') {
    const usage = (heading[2] ?? lines[i + 1] ?? '').trim()
    page.usage = usage.replace(new RegExp(`^${tool}\\s*`), '')
    page.usagePath = page.usage.split(/\s+/).filter(w => /^[a-z][\w-]*$/.test(w))
  }
  return section
}

/**
 * Parses a kubectl help page: command sections such as `Basic Commands (Beginner):` or `Available Commands:`,
 * `Options:` in kubectl's layout, and the page of `kubectl options` (`The following options can be passed to any
 * command:`), whose options are returned as global flags. Plugins (`Subcommands provided by plugins:`) are ignored.
 */
export function parseKubectlHelp(text: string): HelpPage {
  const page: HelpPage = { usagePath: [], usage: '', subcommands: [], aliases: [], flags: [], globalFlags: [] }
  let section = ''
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heading = readHeading(lines, i, 'kubectl', page)
    if (heading !== undefined) {
      section = heading
      continue
    }
    if (!line.trim())
      continue
    if (/\bCommands\b/.test(section)) {
      const cmd = /^ {2}([a-z][\w-]*)(?:\s|$)/.exec(line)
      if (cmd && cmd[1] !== 'help')
        page.subcommands.push(cmd[1])
    }
    else if (section === 'Aliases') {
      page.aliases.push(...line.split(',').map(a => a.trim()).filter(Boolean))
    }
    else if (section === 'Options' || section.startsWith('The following options can be passed to any command')) {
      const flag = parseKubectlFlagLine(line)
      if (flag)
        (section === 'Options' ? page.flags : page.globalFlags).push(flag)
    }
  }
  return page
}

/** Parses a cobra help page. `tool` is the binary name, stripped from the usage and alias paths. */
export function parseHelp(tool: string, text: string): HelpPage {
  const page: HelpPage = { usagePath: [], usage: '', subcommands: [], aliases: [], flags: [], globalFlags: [] }
  let section = ''
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heading = readHeading(lines, i, tool, page)
    if (heading !== undefined) {
      section = heading
      continue
    }
    if (!line.trim())
      continue
    if (/\bCommands\b/.test(section)) {
      const cmd = /^ {2}([a-z][\w-]*)\*?(?:\s|$)/.exec(line)
      if (cmd && cmd[1] !== 'help')
        page.subcommands.push(cmd[1])
    }
    else if (section === 'Aliases') {
      page.aliases.push(...line.split(',').map(a => a.trim().replace(new RegExp(`^${tool}\\s*`), '')).filter(Boolean))
    }
    else if (section === 'Options' || section === 'Flags' || section === 'Global Options' || section === 'Global Flags') {
      const flag = parseFlagLine(line)
      if (flag)
        (section.startsWith('Global') ? page.globalFlags : page.flags).push(flag)
    }
  }
  return page
}
