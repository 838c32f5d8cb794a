import type { Node as YamlNode } from 'yaml'
import type { QuizQuestion } from './schema'
import * as v from 'valibot'
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import { OPTION_KEYS, QUESTION_KEYS, QuestionSchema } from './schema'

/** Where a ```qcm block sits: `file` as shown in messages, 1-based lines of the fence and of its first code line. */
export interface BlockLocation {
  file: string
  fenceLine: number
  codeLine: number
}

export interface QuizProblem {
  file: string
  line: number
  /** The question id when the block has a readable one. */
  id?: string
  message: string
}

export interface ParsedQuestion {
  question: QuizQuestion
  location: BlockLocation
  /** Line of the `id:` key (for course-wide messages such as duplicate ids). */
  idLine: number
}

export type ParseResult
  = | { ok: true, value: ParsedQuestion, problems: [] }
    | { ok: false, value?: undefined, problems: QuizProblem[] }

export function formatProblem(problem: QuizProblem): string {
  const who = problem.id ? `QCM « ${problem.id} »` : 'QCM sans identifiant lisible'
  return `${problem.file}:${problem.line} : ${who} — ${problem.message}`
}

export function formatProblems(problems: readonly QuizProblem[]): string {
  return problems.map(formatProblem).join('\n')
}

/** French explanations of the YAML mistakes authors make most often in French prose. */
const YAML_ERRORS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: '« : » suivi d\'une espace dans un texte sans guillemets (YAML y voit une clé) : entourer tout le texte de guillemets, par exemple text: "…"',
  BAD_SCALAR_START: 'un texte ne peut pas commencer par ce caractère (`, @, %, |…) sans guillemets : l\'entourer de guillemets, par exemple text: "`docker ps`"',
  BAD_INDENT: 'indentation incohérente (les « - » d\'une même liste doivent être alignés)',
  DUPLICATE_KEY: 'clé en double dans le même objet',
  MISSING_CHAR: 'guillemet ou crochet fermant manquant',
  TAB_AS_INDENT: 'tabulation dans l\'indentation : utiliser des espaces',
}

type PathKey = string | number

/** Offset (0-based, in the block) of the key `path` designates, or of its closest existing ancestor. */
function offsetOf(root: unknown, path: readonly PathKey[]): number | undefined {
  let node = root as YamlNode | null | undefined
  let found: number | undefined = (node as YamlNode | undefined)?.range?.[0]
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(item => isScalar(item.key) && item.key.value === key)
      if (!pair)
        return found
      found = (pair.key as YamlNode).range?.[0] ?? found
      node = pair.value as YamlNode
    }
    else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined
      if (!item)
        return found
      found = item.range?.[0] ?? found
      node = item
    }
    else {
      return found
    }
  }
  return found
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

/** « vouliez-vous dire … ? » for a key one or two typos away from an allowed one. */
function suggestion(key: string, allowed: readonly string[]): string {
  const close = allowed.find(candidate => distance(key.toLowerCase(), candidate) <= 2)
  return close ? ` — vouliez-vous dire « ${close} » ?` : ''
}

function describe(issue: v.BaseIssue<unknown>): { path: PathKey[], message: string } {
  const path = (issue.path ?? []).map(item => item.key as PathKey)
  const optionIndex = path[0] === 'options' && typeof path[1] === 'number' ? path[1] : undefined
  const prefix = optionIndex !== undefined ? `option ${optionIndex + 1} : ` : ''
  if (issue.type === 'strict_object') {
    const key = String(path.at(-1))
    const allowed = optionIndex !== undefined && path.length === 3 ? OPTION_KEYS : QUESTION_KEYS
    if (issue.input === undefined) {
      // A missing key: point at the object that lacks it.
      return { path: path.slice(0, -1), message: `${prefix}champ obligatoire « ${key} » manquant` }
    }
    return { path, message: `${prefix}clé inconnue « ${key} »${suggestion(key, allowed)} (clés permises : ${allowed.join(', ')})` }
  }
  if (issue.type === 'object' && optionIndex !== undefined)
    return { path, message: `${prefix}une option est un objet (text, correct, explanation)` }
  // Cross-field rules (raw_check) write complete sentences that already name the options.
  return { path, message: issue.type === 'raw_check' ? issue.message : `${prefix}${issue.message}` }
}

/** Reads the `id` of a block even when the rest is invalid, so that messages can name the question. */
function readableId(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'id' in data && typeof data.id === 'string' && data.id.trim())
    return data.id.trim()
  return undefined
}

/** Parses and validates one ```qcm block. Never throws: every problem carries file, line, id and rule. */
export function parseQuizBlock(code: string, location: BlockLocation): ParseResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(code, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? location.fenceLine : location.codeLine + lineCounter.linePos(offset).line - 1
  const { file } = location

  if (doc.errors.length > 0) {
    const data = (() => {
      try {
        return doc.toJS()
      }
      catch {
        return undefined
      }
    })()
    return {
      ok: false,
      problems: doc.errors.map(error => ({
        file,
        line: lineAt(error.pos[0]),
        id: readableId(data),
        message: `YAML invalide — ${YAML_ERRORS[error.code] ?? error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    }
  }

  const data: unknown = doc.toJS()
  const id = readableId(data)
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, problems: [{ file, line: location.fenceLine, message: 'le bloc doit être un objet YAML (id, question, options, explanation)' }] }
  const result = v.safeParse(QuestionSchema, data)
  if (!result.success) {
    return {
      ok: false,
      problems: result.issues.map((issue) => {
        const { path, message } = describe(issue)
        const offset = path.length === 0 ? undefined : offsetOf(doc.contents, path)
        return { file, line: lineAt(offset), id, message }
      }),
    }
  }
  return {
    ok: true,
    value: { question: result.output, location, idLine: lineAt(offsetOf(doc.contents, ['id'])) },
    problems: [],
  }
}
