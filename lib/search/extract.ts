import type { Deck, DeckSlide } from '../deck/load'
import type { SearchDoc, SearchIndex } from './types'
import { chapterOfSlide, listChapters } from '../deck/chapters'
import { proseOf, slideFences } from '../deck/fences'
import { parseQuizBlock } from '../quiz/parse'
import { QUIZ_LANG } from '../quiz/schema'
import { decodeEntities, squash } from './html'

/** Markdown syntax and HTML tags out of prose that has no inline code. */
function stripProse(text: string): string {
  return text
    .split('\n')
    .map(line => line.includes('---') && /^[-\s|:]+$/.test(line) ? '' : line)
    .join('\n')
    // HTML and Vue tags (their text content stays); `<conteneur>` placeholders live in inline code, kept verbatim.
    .replace(/<\/?[a-z][\w:-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/gi, ' ')
    // Images and links: their text.
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    // Slidev attribute lists and click markers.
    .replace(/\{[.#:][^}\n]*\}/g, ' ')
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .replace(/^[ \t]*::[\w-]+::[ \t]*$/gm, ' ')
    // Line starts: headings, quotes, list markers.
    .replace(/^[ \t]*(?:#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d+\.[ \t])/gm, ' ')
    // Table pipes, emphasis.
    .replace(/\|/g, ' ')
    // Emphasis may span inline code (`**seul `RUN`**`): asterisks and double underscores of prose go.
    .replace(/\*+|_{2,3}/g, '')
    .replace(/(^|[\s(])_(\S(?:[^_\n]*?\S)?)_(?=[\s).,;:!?]|$)/gm, '$1$2')
}

/**
 * The visible text of some slide markdown: HTML comments (speaker notes) dropped, tags removed but their text
 * content kept, links reduced to their text, markdown markers removed, inline code kept verbatim (backticks
 * removed), entities decoded, spaces collapsed.
 */
export function markdownToText(markdown: string): string {
  const withoutComments = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
  // Inline code spans (`…`, ``…``) are kept as they are: `<conteneur>` or `a|b` in them are content.
  const parts = withoutComments.split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/)
  let out = ''
  for (let i = 0; i < parts.length; i += 3) {
    out += stripProse(parts[i])
    if (i + 2 < parts.length)
      out += parts[i + 2]
  }
  return squash(decodeEntities(out))
}

/** The slide's title heading, out of its text (the title is a field of its own). */
function withoutTitle(prose: string, title: string | undefined): string {
  if (!title)
    return prose
  const lines = prose.split('\n')
  const at = lines.findIndex(line => /^#{1,6}\s/.test(line))
  if (at >= 0)
    lines[at] = ''
  return lines.join('\n')
}

function frontmatterText(frontmatter: Record<string, any>): string {
  const parts: string[] = []
  for (const key of ['subtitle', 'objectives']) {
    const value = frontmatter[key]
    if (typeof value === 'string')
      parts.push(value)
    else if (Array.isArray(value))
      parts.push(...value.filter((item): item is string => typeof item === 'string'))
  }
  return parts.map(markdownToText).join(' ')
}

/** Text of the slide's ```qcm blocks: questions and option texts (not the explanations, which give answers away). */
function quizText(slide: DeckSlide): string {
  const parts: string[] = []
  for (const fence of slideFences(slide)) {
    if (fence.lang !== QUIZ_LANG)
      continue
    const result = parseQuizBlock(fence.code, { file: slide.filepath, fenceLine: fence.line, codeLine: fence.codeLine })
    if (!result.ok)
      continue
    const { question } = result.value
    parts.push(question.question, ...question.options.map(option => option.text))
  }
  return parts.map(markdownToText).join(' · ')
}

/**
 * What a mermaid diagram shows or says: its accessible title and description, the labels of its nodes, edges and
 * subgraphs, and its step captions (`%% step …`, lib/mermaid-live) — not its syntax, ids or styles.
 */
export function mermaidText(code: string): string {
  const parts: string[] = []
  for (const line of code.split('\n')) {
    const labelled = /^\s*(?:acc(?:Title|Descr)\s*:|%%\s*step(?![-\w]))(.*)$/i.exec(line)
    if (labelled) {
      parts.push(labelled[1])
      continue
    }
    if (/^\s*(?:%%|classDef\b|class\b|style\b|linkStyle\b)/.test(line))
      continue
    for (const match of line.matchAll(/"([^"]*)"|\[([^\]"]+)\]|\(([^)"]+)\)|\{([^}"]+)\}|\|([^|"]+)\|/g))
      parts.push(match.slice(1).find(group => group !== undefined) ?? '')
  }
  return squash(decodeEntities(parts.join(' ').replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ' ')))
}

/** The visible text of the slide's mermaid diagrams. */
function diagramText(slide: DeckSlide): string {
  return slideFences(slide).filter(fence => fence.lang === 'mermaid').map(fence => mermaidText(fence.code)).join(' ')
}

/** The slide's code blocks (not quizzes or diagrams), each distinct line once (magic-move steps repeat most of theirs). */
function codeText(slide: DeckSlide): string {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const fence of slideFences(slide)) {
    if (fence.lang === QUIZ_LANG || fence.lang === 'mermaid')
      continue
    for (const raw of fence.code.split('\n')) {
      const line = squash(raw)
      if (!line || seen.has(line))
        continue
      seen.add(line)
      lines.push(line)
    }
  }
  return lines.join(' ¶ ')
}

export interface IndexOptions {
  /** Put the speaker notes in (default) or leave them empty (the build's panel reads `virtual:course-notes`). */
  notes?: boolean
}

/** One search document per slide of the deck. */
export function buildSearchIndex(deck: Deck, options: IndexOptions = {}): SearchIndex {
  let chapters: ReturnType<typeof listChapters> = []
  try {
    chapters = listChapters(deck.slides)
  }
  catch {
    // A broken chapter cover is reported by checkDeck; the search still works, without chapters.
  }
  const docs: SearchDoc[] = deck.slides.map((slide) => {
    const chapter = chapterOfSlide(chapters, slide.no)
    const title = markdownToText(slide.title ?? '')
    const alias = typeof slide.frontmatter.routeAlias === 'string' ? slide.frontmatter.routeAlias : ''
    const text = squash(`${frontmatterText(slide.frontmatter)} ${markdownToText(withoutTitle(proseOf(slide), slide.title))} ${diagramText(slide)}`)
    return [slide.no, chapter ? chapters.indexOf(chapter) : -1, alias, title, text, codeText(slide), quizText(slide), options.notes === false ? '' : markdownToText(slide.note ?? '')]
  })
  return { chapters: chapters.map(entry => [entry.chapter, markdownToText(entry.title)]), docs }
}
