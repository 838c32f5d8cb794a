/**
 * A synthetic deck N times the size of the course, for the benchmark: the chapters imported by the entry are
 * copied N − 1 more times, each copy with its own route aliases and question ids (a copy must not collide with
 * the original: aliases are routes, ids are stored answers). Links keep pointing at the original chapters.
 */

/** The `src:` imports of an entry, in order. */
export function importsOf(entry: string): string[] {
  return [...entry.matchAll(/^---\nsrc:\s*(\S+)\n---$/gm)].map(m => m[1])
}

/** A chapter file for copy number `copy` (2, 3…): aliases and quiz ids suffixed. */
export function copyChapter(markdown: string, copy: number): string {
  return markdown
    .replace(/^(routeAlias:\s*)(\S+)\s*$/gm, `$1$2-x${copy}`)
    .replace(/^(\s*id:\s*)(ch\d+-\S+)\s*$/gm, `$1$2-x${copy}`)
}

/**
 * The entry of the synthetic deck: the course's entry with every import repeated `factor` times. `pathOf(src, copy)`
 * says where copy `copy` of an imported file lives (copy 1 is the original).
 */
export function scaleEntry(entry: string, factor: number, pathOf: (src: string, copy: number) => string): string {
  const imports = importsOf(entry)
  if (imports.length === 0)
    throw new Error('l\'entrée n\'importe aucun chapitre (src:) : rien à multiplier')
  const lastImport = entry.lastIndexOf(`---\nsrc: ${imports.at(-1)}\n---`)
  const end = lastImport + `---\nsrc: ${imports.at(-1)}\n---`.length
  let extra = ''
  for (let copy = 2; copy <= factor; copy++) {
    for (const src of imports)
      extra += `\n\n---\nsrc: ${pathOf(src, copy)}\n---`
  }
  return entry.slice(0, end) + extra + entry.slice(end)
}

/**
 * A deck `factor` times as long made of its own slides, in order, again and again: the bench's starter at the
 * course's size, to tell what Slidev itself costs at that size from what the course adds. The headmatter stays
 * once (its `layout` applies to the first slide only, as in any deck); each repetition starts with the first slide's
 * content on a plain slide.
 */
export function repeatDeck(markdown: string, factor: number): string {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`facteur de répétition invalide : ${factor} (un entier ≥ 1)`)
  const head = /^---\n[\s\S]*?\n---\n/.exec(markdown)
  if (!head)
    throw new Error('pas d\'en-tête YAML en tête du deck : rien à répéter après lui')
  const body = `${markdown.slice(head[0].length).replace(/^\n+/, '').trimEnd()}\n`
  return head[0] + Array.from({ length: factor }).fill(body).join('\n---\n\n')
}
