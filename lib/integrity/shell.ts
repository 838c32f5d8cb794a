/**
 * A small POSIX-shell reader for code blocks: enough to find every simple command of a
 * `bash`/`sh`/`shell` block or of the prompt lines of a `shellsession`/`console` block.
 * Handles quotes, `\` continuations, comments, `&&`, `||`, `;`, `|`, `&`, subshells, `$(…)`
 * and backticks (read as nested commands), redirections and heredocs (bodies skipped).
 */

export interface Word {
  /** Text after quote removal (`$VAR` and `$(…)` kept as written). */
  value: string
  /** 0-based line (in the block) where the word starts. */
  line: number
  /** The word contains an unquoted or double-quoted expansion (`$x`, `$(…)`, backticks). */
  dynamic: boolean
}

export interface SimpleCommand {
  words: Word[]
  /** 0-based line of the first word. */
  line: number
}

export interface ShellLine {
  /** Text to read as shell (prompt removed); `undefined` for output lines of a session. */
  text?: string
}

const SESSION_LANGS = new Set(['shellsession', 'console'])
export const SHELL_LANGS = ['bash', 'sh', 'shell', 'zsh', 'shellsession', 'console'] as const

/** Prompts recognised at the start of a session line: `$ `, `# `, `❯ `, `% `, `user@host:~$ `, `[root@host ~]# `. */
const PROMPT = /^(?:[\w.-]+@[\w.-]+(?::\S*)?\s?[$#%]|\[[^\]\n]+\][$#]|[$#❯%]) ?/

/**
 * Lines of a block as the shell sees them: in a session block only prompt lines (and their
 * `\` or heredoc continuations) are commands, the rest is output.
 */
export function shellLines(lang: string, code: string): ShellLine[] {
  const lines = code.split('\n')
  if (!SESSION_LANGS.has(lang))
    return lines.map(text => ({ text }))
  const out: ShellLine[] = []
  let continuing = false
  let heredoc: string | undefined
  for (const line of lines) {
    if (heredoc !== undefined) {
      out.push({ text: line.replace(/^> ?/, '') })
      if (line.replace(/^> ?/, '').replace(/^\t+/, '') === heredoc)
        heredoc = undefined
      continue
    }
    const prompt = PROMPT.exec(line)
    let text: string | undefined
    if (continuing)
      text = line.replace(/^> ?/, '')
    else if (prompt && line.length > prompt[0].length)
      text = line.slice(prompt[0].length)
    out.push({ text })
    if (text === undefined) {
      continuing = false
      continue
    }
    continuing = /\\$/.test(text)
    const here = /<<-?\s*(['"]?)([\w.-]+)\1/.exec(text)
    if (here)
      heredoc = here[2]
  }
  return out
}

const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&']

/** Splits shell source into simple commands. Lines given as `undefined` are output and never read. */
export function parseShell(lines: ShellLine[]): SimpleCommand[] {
  const src = lines.map(l => l.text ?? '').join('\n')
  return parseSource(src, 0)
}

function parseSource(src: string, firstLine: number): SimpleCommand[] {
  const commands: SimpleCommand[] = []
  let words: Word[] = []
  let line = firstLine
  let i = 0
  const pendingHeredocs: { delimiter: string, stripTabs: boolean }[] = []

  const endCommand = () => {
    if (words.length)
      commands.push({ words, line: words[0].line })
    words = []
  }

  const skipHeredocBodies = () => {
    // `i` is just after a newline.
    for (const doc of pendingHeredocs) {
      while (i < src.length) {
        const end = src.indexOf('\n', i)
        const raw = src.slice(i, end === -1 ? src.length : end)
        i = end === -1 ? src.length : end + 1
        line++
        const text = doc.stripTabs ? raw.replace(/^\t+/, '') : raw
        if (text === doc.delimiter)
          break
      }
    }
    pendingHeredocs.length = 0
  }

  /** Reads a `$(…)` or backtick body starting at `i` (after the opener); returns the inner text. */
  const readNested = (close: ')' | '`'): string => {
    let depth = 1
    const start = i
    while (i < src.length) {
      const c = src[i]
      if (c === '\\') {
        i += 2
        continue
      }
      if (close === ')' && c === '\'') {
        const end = src.indexOf('\'', i + 1)
        i = end === -1 ? src.length : end + 1
        continue
      }
      if (c === '\n')
        line++
      if (close === '`' && c === '`')
        break
      if (close === ')' && c === '(')
        depth++
      if (close === ')' && c === ')' && --depth === 0)
        break
      i++
    }
    const inner = src.slice(start, i)
    i++
    return inner
  }

  // A command substitution, `$(…)` or backticks, at `i`: its commands are checked too; returns its text.
  const readSubstitution = (open: '$(' | '`'): string => {
    const at = line
    i += open.length
    const inner = readNested(open === '`' ? '`' : ')')
    commands.push(...parseSource(inner, at))
    return open === '`' ? `\`${inner}\`` : `$(${inner})`
  }

  // An expansion kept as text up to its closing delimiter (`$((…))`, `${…}`); returns its text.
  const readVerbatim = (close: string): string => {
    const end = src.indexOf(close, i)
    const stop = end === -1 ? src.length : end + close.length
    const text = src.slice(i, stop)
    i = stop
    return text
  }

  const readWord = (): Word | undefined => {
    let value = ''
    let dynamic = false
    const startLine = line
    let any = false
    while (i < src.length) {
      const c = src[i]
      if (c === '\\') {
        if (src[i + 1] === '\n') {
          i += 2
          line++
          continue
        }
        value += src[i + 1] ?? ''
        i += 2
        any = true
        continue
      }
      if (c === '\'') {
        const end = src.indexOf('\'', i + 1)
        const stop = end === -1 ? src.length : end
        const body = src.slice(i + 1, stop)
        line += body.split('\n').length - 1
        value += body
        i = stop + 1
        any = true
        continue
      }
      if (c === '"') {
        i++
        while (i < src.length && src[i] !== '"') {
          if (src[i] === '\\' && i + 1 < src.length) {
            value += '$`"\\\n'.includes(src[i + 1]) ? (src[i + 1] === '\n' ? '' : src[i + 1]) : src[i] + src[i + 1]
            if (src[i + 1] === '\n')
              line++
            i += 2
            continue
          }
          if (src[i] === '$' && src[i + 1] === '(' && src[i + 2] !== '(') {
            value += readSubstitution('$(')
            dynamic = true
            continue
          }
          if (src[i] === '`') {
            value += readSubstitution('`')
            dynamic = true
            continue
          }
          if (src[i] === '$')
            dynamic = true
          if (src[i] === '\n')
            line++
          value += src[i]
          i++
        }
        i++
        any = true
        continue
      }
      if (c === '$' && src[i + 1] === '(' && src[i + 2] === '(') {
        // Arithmetic expansion: keep as text.
        value += readVerbatim('))')
        dynamic = true
        any = true
        continue
      }
      if ((c === '$' && src[i + 1] === '(') || c === '`') {
        value += readSubstitution(c === '`' ? '`' : '$(')
        dynamic = true
        any = true
        continue
      }
      if (c === '$' && src[i + 1] === '{') {
        value += readVerbatim('}')
        dynamic = true
        any = true
        continue
      }
      if (/[\s;&|()<>]/.test(c))
        break
      if (c === '$')
        dynamic = true
      value += c
      i++
      any = true
    }
    return any ? { value, line: startLine, dynamic } : undefined
  }

  while (i < src.length) {
    const c = src[i]
    if (c === '\n') {
      endCommand()
      i++
      line++
      if (pendingHeredocs.length)
        skipHeredocBodies()
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
      continue
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2
      line++
      continue
    }
    if (c === '#') {
      // A comment starts only at the beginning of a word (here: after blanks or an operator).
      while (i < src.length && src[i] !== '\n') i++
      continue
    }
    const op = OPERATORS.find(o => src.startsWith(o, i))
    if (op) {
      endCommand()
      i += op.length
      continue
    }
    if (c === '(' || c === ')') {
      endCommand()
      i++
      continue
    }
    // Redirections, with an optional file-descriptor number already read as a word.
    if (c === '<' || c === '>') {
      const last = words.at(-1)
      if (last && /^\d+$/.test(last.value) && src[i - 1] === last.value.at(-1))
        words.pop()
      if (src.startsWith('<<<', i)) {
        i += 3
        skipBlanks()
        readWord()
        continue
      }
      if (src.startsWith('<<', i)) {
        i += 2
        const stripTabs = src[i] === '-'
        if (stripTabs)
          i++
        skipBlanks()
        const delimiter = readWord()
        if (delimiter)
          pendingHeredocs.push({ delimiter: delimiter.value, stripTabs })
        continue
      }
      i++
      while (src[i] === '>' || src[i] === '&' || src[i] === '|') i++
      skipBlanks()
      // `2>&1`: the target is a descriptor.
      if (/\d/.test(src[i] ?? '') && src[i - 1] === '&')
        i++
      else
        readWord()
      continue
    }
    if (c === '&' && src[i + 1] === '>') {
      i += 2
      skipBlanks()
      readWord()
      continue
    }
    const word = readWord()
    if (word)
      words.push(word)
    else
      i++
  }
  endCommand()
  return commands

  function skipBlanks() {
    while (src[i] === ' ' || src[i] === '\t') i++
  }
}
