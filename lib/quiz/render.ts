import type { QcmData } from './answer'
import type { QuizQuestion } from './schema'
import MarkdownIt from 'markdown-it'
import { fingerprint } from './answer'

// Raw HTML is escaped: a quiz is text and code, and `<none>` in a question must show as typed.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false })

/** Inline markdown (question, option): phrasing content only, valid inside <legend> and <label>. */
export function renderInline(source: string): string {
  return md.renderInline(source.trim())
}

/** Block markdown (explanations): paragraphs, lists, code. */
export function renderBlock(source: string): string {
  return md.render(source.trim()).trim()
}

/** Plain text of inline markdown, for feedback sentences read by screen readers. */
export function plainText(source: string): string {
  return source.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, '$1$2').replace(/\s+/g, ' ').trim()
}

/** Turns a validated question into the data the <Qcm> component receives. */
export function toQcmData(question: QuizQuestion): QcmData {
  return {
    id: question.id,
    sig: fingerprint(question),
    multiple: question.multiple === true,
    questionHtml: renderInline(question.question),
    options: question.options.map(option => ({
      html: renderInline(option.text),
      correct: option.correct === true,
      ...(option.explanation ? { explanationHtml: renderBlock(option.explanation) } : {}),
    })),
    explanationHtml: renderBlock(question.explanation),
    correctLabels: question.options.filter(option => option.correct === true).map(option => plainText(option.text)),
    ...(question.see ? { see: question.see } : {}),
  }
}

/** Vue template markup for a question: the data travels as a JSON prop, HTML-escaped for the attribute. */
export function qcmMarkup(data: QcmData): string {
  const json = JSON.stringify(data)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
  return `<Qcm :data="${json}" />`
}
