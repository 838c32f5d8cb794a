/**
 * Minimal Dockerfile reader for the layer-cache simulator: one step per instruction,
 * with the information the cache rules need (keyword, flags, COPY/ADD sources, stages).
 * It is not a general Dockerfile linter: bad input throws an error naming the line and the reason.
 */

/** `base` = FROM, `layer` = RUN/COPY/ADD (new filesystem layer), `metadata` = image configuration only. */
export type StepKind = 'base' | 'layer' | 'metadata'

export interface Step {
  /** Position among the steps, 0-based. */
  index: number
  /** 1-based line of the Dockerfile where the instruction starts. */
  line: number
  /** Instruction as written, continuation lines joined with a space. */
  text: string
  /** Upper-case instruction keyword (`FROM`, `RUN`…). */
  keyword: string
  /** Arguments after the keyword and its `--flags`. */
  args: string
  /** `--name=value` flags given before the arguments (`--from`, `--chown`, `--mount`…). */
  flags: Record<string, string[]>
  kind: StepKind
  /** Build stage the step belongs to (0-based); -1 for an `ARG` before the first `FROM`. */
  stage: number
  /** For `FROM`: the image reference; for other steps: undefined. */
  image?: string
  /** For `FROM … AS name`: the stage name, lower-cased. */
  stageName?: string
  /** For `COPY`/`ADD`: the source paths or patterns (the last argument, the destination, excluded). */
  sources?: string[]
}

const KEYWORDS = new Set([
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
])

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD'])

export class DockerfileError extends Error {
  constructor(public readonly line: number, reason: string) {
    super(`Dockerfile, ligne ${line} : ${reason}`)
    this.name = 'DockerfileError'
  }
}

/** Splits the Dockerfile into logical instructions (comments and blank lines dropped, `\` continuations joined). */
function logicalLines(source: string): { line: number, text: string }[] {
  const physical = source.replace(/\r\n?/g, '\n').split('\n')
  const result: { line: number, text: string }[] = []
  let current: { line: number, parts: string[] } | undefined
  physical.forEach((raw, i) => {
    const trimmed = raw.trim()
    if (current === undefined && (trimmed === '' || trimmed.startsWith('#')))
      return
    if (current !== undefined && trimmed.startsWith('#'))
      return
    const continued = trimmed.endsWith('\\')
    const part = continued ? trimmed.slice(0, -1).trim() : trimmed
    if (current === undefined)
      current = { line: i + 1, parts: [] }
    if (part !== '')
      current.parts.push(part)
    if (!continued) {
      result.push({ line: current.line, text: current.parts.join(' ') })
      current = undefined
    }
  })
  if (current !== undefined)
    throw new DockerfileError(current.line, 'la dernière instruction se termine par « \\ » sans ligne suivante.')
  return result
}

/** Reads leading `--name=value` flags; returns them and the remaining argument text. */
function splitFlags(rest: string, line: number): { flags: Record<string, string[]>, args: string } {
  const flags: Record<string, string[]> = {}
  let remaining = rest
  for (;;) {
    const match = /^--([a-z-]+)(?:=(\S*))?\s*/i.exec(remaining)
    if (!match)
      break
    const name = match[1].toLowerCase()
    if (match[2] === '')
      throw new DockerfileError(line, `l'option --${name} n'a pas de valeur.`)
    const values = flags[name] ?? []
    values.push(match[2] ?? 'true')
    flags[name] = values
    remaining = remaining.slice(match[0].length)
  }
  return { flags, args: remaining.trim() }
}

/** Arguments of COPY/ADD in shell form (`a b dest`) or JSON form (`["a", "b", "dest"]`). */
function copyArguments(args: string, line: number, keyword: string): string[] {
  if (args.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(args)
    }
    catch {
      throw new DockerfileError(line, `${keyword} : la forme JSON n'est pas un tableau JSON valide.`)
    }
    if (!Array.isArray(parsed) || !parsed.every(item => typeof item === 'string'))
      throw new DockerfileError(line, `${keyword} : la forme JSON doit être un tableau de chaînes.`)
    return parsed as string[]
  }
  return args.split(/\s+/).filter(Boolean)
}

export function parseDockerfile(source: string): Step[] {
  const steps: Step[] = []
  let stage = -1
  const stageNames = new Set<string>()
  for (const { line, text } of logicalLines(source)) {
    const space = text.search(/\s/)
    const word = space === -1 ? text : text.slice(0, space)
    const rest = space === -1 ? '' : text.slice(space).trim()
    const keyword = word.toUpperCase()
    if (!KEYWORDS.has(keyword))
      throw new DockerfileError(line, `instruction inconnue « ${word} ».`)
    if (stage === -1 && keyword !== 'FROM' && keyword !== 'ARG')
      throw new DockerfileError(line, `« ${keyword} » avant le premier FROM (seul ARG y est permis).`)
    const { flags, args } = splitFlags(rest, line)
    if (args === '' && keyword !== 'HEALTHCHECK')
      throw new DockerfileError(line, `${keyword} sans argument.`)
    const step: Step = {
      index: steps.length,
      line,
      text,
      keyword,
      args,
      flags,
      kind: keyword === 'FROM' ? 'base' : LAYER_KEYWORDS.has(keyword) ? 'layer' : 'metadata',
      stage: keyword === 'FROM' ? stage + 1 : stage,
    }
    if (keyword === 'FROM') {
      stage += 1
      const from = /^(\S+)(?:\s+as\s+(\S+))?$/i.exec(args)
      if (!from)
        throw new DockerfileError(line, 'FROM attend « image » ou « image AS nom ».')
      step.image = from[1]
      if (from[2] !== undefined) {
        const name = from[2].toLowerCase()
        if (stageNames.has(name))
          throw new DockerfileError(line, `le nom d'étape « ${name} » est déjà utilisé.`)
        stageNames.add(name)
        step.stageName = name
      }
    }
    if (keyword === 'COPY' || keyword === 'ADD') {
      const items = copyArguments(args, line, keyword)
      if (items.length < 2)
        throw new DockerfileError(line, `${keyword} attend au moins une source et une destination.`)
      step.sources = items.slice(0, -1)
    }
    steps.push(step)
  }
  if (!steps.some(step => step.keyword === 'FROM'))
    throw new DockerfileError(1, 'aucune instruction FROM.')
  return steps
}
