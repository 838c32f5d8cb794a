/**
 * Speaker notes for print (the trainer booklet, `scripts/livret.ts`): a slide's note markdown rendered to HTML the
 * way Slidev renders it for the presenter view (markdown-exit, raw HTML allowed), cut into blocks that a page break
 * may separate, with each `[click]` marker shown as « ▶ clic N ».
 */
import type { Token } from 'markdown-exit'
import { createMarkdownExit } from 'markdown-exit'

// Same options as Slidev's `notesMd` (@slidev/cli, `MarkdownExit({ html: true })`).
const md = createMarkdownExit({ html: true })

/** Slidev's click marker in notes: `[click]` (one more click) or `[click:N]` (N more clicks). */
const CLICK_MARKER = /\[click(?::(\d+))?\]/gi

export const CLICK_CLASS = 'note-click'

/**
 * Replaces each `[click]` / `[click:N]` marker with a label « ▶ clic N » (N counted as Slidev does: the sum of the
 * steps so far). A marker inside a paragraph starts a new line; at the start of a paragraph or list item it does not.
 */
export function markClicks(markdown: string): string {
  let clicks = 0
  return markdown.replace(CLICK_MARKER, (_, count: string | undefined, offset: number) => {
    clicks += count === undefined ? 1 : Number(count)
    const before = markdown.slice(0, offset)
    const blockStart = /(?:^|\n[ \t]*\n)[ \t]*$/.test(before) || /(?:^|\n)[ \t]*(?:[-*+]|\d+[.)])[ \t]+$/.test(before)
    return `${blockStart ? '' : '<br>'}<span class="${CLICK_CLASS}">▶\u00A0clic\u00A0${clicks}</span>`
  })
}

/**
 * The note as HTML blocks, in order: one per top-level block (paragraph, code block, table…), except lists, which
 * give one block per item (a list `<ul>`/`<ol start>` of that single item) so that a long list can continue on the
 * next page. Concatenated, the blocks read as the whole note.
 */
export function noteBlocks(markdown: string | undefined): string[] {
  const source = markClicks(markdown ?? '').trim()
  if (!source)
    return []
  const tokens = md.parse(source, {})
  const blocks: string[] = []
  let i = 0
  while (i < tokens.length) {
    const end = closingIndex(tokens, i)
    const open = tokens[i]!
    if (open.type === 'bullet_list_open' || open.type === 'ordered_list_open') {
      const ordered = open.type === 'ordered_list_open'
      let number = Number(open.attrGet('start') ?? 1)
      for (let j = i + 1; j < end;) {
        const itemEnd = closingIndex(tokens, j)
        const item = md.renderer.render(tokens.slice(j, itemEnd + 1), md.options, {})
        blocks.push(ordered ? `<ol start="${number}">${item}</ol>` : `<ul>${item}</ul>`)
        number++
        j = itemEnd + 1
      }
    }
    else {
      blocks.push(md.renderer.render(tokens.slice(i, end + 1), md.options, {}))
    }
    i = end + 1
  }
  return blocks.map(block => block.trim()).filter(Boolean)
}

/** Index of the token closing the block opened at `start` (itself for a self-contained token such as `fence`). */
function closingIndex(tokens: Token[], start: number): number {
  if (tokens[start]!.nesting !== 1)
    return start
  let depth = 0
  for (let i = start; i < tokens.length; i++) {
    depth += tokens[i]!.nesting
    if (depth === 0)
      return i
  }
  throw new Error(`bloc markdown non fermé (${tokens[start]!.type})`)
}

/** A slide title (markdown and inline HTML, as in its heading) rendered inline for a page header. */
export function titleHtml(title: string): string {
  return md.renderInline(title.trim())
}
