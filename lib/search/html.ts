const ENTITIES: Record<string, string> = { nbsp: '\u00A0', amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', laquo: '«', raquo: '»', rarr: '→', larr: '←', hellip: '…', mdash: '—', ndash: '–' }

/** Decodes numeric entities and the named ones the course's markdown and HTML use. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** Collapses runs of ASCII spaces and line breaks into single spaces (no-break spaces stay, for the snippets). */
export function squash(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^ | $/g, '')
}

/** Plain text of rendered HTML (the speaker notes of `virtual:course-notes`): tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return squash(decodeEntities(html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(?:p|div|li|ul|ol|br|h\d|pre|tr|td|th|table|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')))
}
