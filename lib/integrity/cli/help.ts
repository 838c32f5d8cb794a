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

/** Parses a cobra help page. `tool` is the binary name, stripped from the usage and alias paths. */
export function parseHelp(tool: string, text: string): HelpPage {
  const page: HelpPage = { usagePath: [], usage: '', subcommands: [], aliases: [], flags: [], globalFlags: [] }
  let section = ''
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heading = /^(\S[^:]*):[ \t]*(\S.*)?$/.exec(line)
    if (heading && !line.startsWith(' ')) {
      section = heading[1].trim()
      if (section === 'Usage') {
        const usage = (heading[2] ?? lines[i + 1] ?? '').trim()
        page.usage = usage.replace(new RegExp(`^${tool}\\s*`), '')
        page.usagePath = page.usage.split(/\s+/).filter(w => /^[a-z][\w-]*$/.test(w))
      }
      continue
    }
    if (!line.trim())
      continue
    if (section.endsWith('Commands')) {
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
