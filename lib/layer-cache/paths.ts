/**
 * Path matching for the simulator: does a COPY/ADD source cover a file of the build context,
 * and does a `.dockerignore` / `.containerignore` pattern list exclude it?
 * Paths are relative to the build context, with `/` separators.
 */

/** `./app/` → `app`, `/src` → `src`, `.` → `` (the whole context). */
export function normalizePath(path: string): string {
  let p = path.trim().replace(/\\/g, '/')
  while (p.startsWith('./'))
    p = p.slice(2)
  p = p.replace(/^\/+/, '').replace(/\/+$/, '')
  return p === '.' ? '' : p
}

function escapeRegex(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&')
}

/** Glob → regex: `**` any depth, `*` and `?` inside one path segment. */
function globToRegex(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      out += '.*'
      i += 1
      if (glob[i + 1] === '/')
        i += 1
    }
    else if (c === '*') {
      out += '[^/]*'
    }
    else if (c === '?') {
      out += '[^/]'
    }
    else {
      out += escapeRegex(c)
    }
  }
  return new RegExp(`^${out}$`)
}

/** The path itself and each of its parent directories: `a/b/c` → `a/b/c`, `a/b`, `a`. */
function selfAndAncestors(path: string): string[] {
  const parts = path.split('/')
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'))
}

/** True when the pattern names the path or one of its parent directories. */
function patternCovers(pattern: string, path: string): boolean {
  const p = normalizePath(pattern)
  if (p === '')
    return true
  const regex = globToRegex(p)
  return selfAndAncestors(normalizePath(path)).some(candidate => regex.test(candidate))
}

/** Does this COPY/ADD source (file, directory, glob or `.`) include the context file `path`? */
export function sourceCovers(source: string, path: string): boolean {
  return patternCovers(source, path)
}

/**
 * Applies `.dockerignore` rules in order (the last matching rule wins; `!pattern` re-includes).
 * Blank lines and `#` comments are ignored.
 */
export function isIgnored(patterns: readonly string[], path: string): boolean {
  let ignored = false
  for (const raw of patterns) {
    const rule = raw.trim()
    if (rule === '' || rule.startsWith('#'))
      continue
    const negated = rule.startsWith('!')
    const pattern = negated ? rule.slice(1) : rule
    if (patternCovers(pattern, path))
      ignored = !negated
  }
  return ignored
}
