// Checks the exported PDFs against the deck: one page per slide, every quiz question printed, answers
// (explanations, « (bonne réponse) » marks, model answers of open questions) absent from the student
// handouts and present in the corrigé. Exits non-zero on any mismatch.
// Usage: tsx scripts/check-pdfs.ts [--deck slides.md] [--student …pdf] [--corrige …pdf] [--dist …pdf]
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { proseOf } from '../lib/deck/fences'
import { loadDeck } from '../lib/deck/load'
import { LABELS } from '../lib/quiz/answer'
import { collectQuizzes } from '../lib/quiz/course'
import { formatProblems } from '../lib/quiz/parse'
import { toQcmData } from '../lib/quiz/render'

const { values } = parseArgs({
  options: {
    deck: { type: 'string', default: 'slides.md' },
    student: { type: 'string', default: 'conteneurs-docker-podman.pdf' },
    corrige: { type: 'string', default: 'conteneurs-docker-podman-corrige.pdf' },
    dist: { type: 'string', default: 'dist/conteneurs-docker-podman.pdf' },
  },
})

/** Text without any whitespace, compatibility-normalised (ligatures, no-break spaces): robust to line wrapping. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')
function plain(html: string) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, '\'')
    .replace(/&amp;/g, '&')
}
/** A distinctive excerpt (first 60 non-space characters) of a rendered text. */
const excerpt = (html: string) => squash(plain(html)).slice(0, 60)

const deck = await loadDeck(values.deck)
const course = collectQuizzes(deck)
if (course.problems.length > 0) {
  console.error(`QCM invalides dans ${values.deck} :\n${formatProblems(course.problems)}`)
  process.exit(1)
}
const questions = course.questions.map(q => toQcmData(q.question))
const hasOpenQuestions = deck.slides.some(slide => /<Question\b/.test(proseOf(slide)))
const slides = deck.slides.length
const MODEL_ANSWER = 'Réponse attendue'

interface Pdf { label: string, path: string, corrige: boolean }
const pdfs: Pdf[] = [
  { label: 'support élève', path: values.student, corrige: false },
  { label: 'corrigé', path: values.corrige, corrige: true },
  { label: 'PDF du site', path: values.dist, corrige: false },
]

const failures: string[] = []
for (const pdf of pdfs) {
  const fail = (message: string) => failures.push(`${pdf.path} (${pdf.label}) : ${message}`)
  if (!existsSync(pdf.path) || statSync(pdf.path).size === 0) {
    fail('fichier manquant ou vide')
    continue
  }
  const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf-8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  if (pages !== slides)
    fail(`${pages} pages pour ${slides} diapositives`)

  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 }))
  const missing = questions.filter(q => !text.includes(excerpt(q.questionHtml)))
  if (missing.length > 0)
    fail(`question(s) absente(s) du texte : ${missing.map(q => q.id).join(', ')}`)

  const explanations = questions.filter(q => text.includes(excerpt(q.explanationHtml)))
  const marks = text.split(squash(LABELS.correctMark)).length - 1
  if (pdf.corrige) {
    const absent = questions.filter(q => !explanations.includes(q))
    if (absent.length > 0)
      fail(`explication(s) absente(s) du corrigé : ${absent.map(q => q.id).join(', ')}`)
    const expectedMarks = questions.reduce((sum, q) => sum + q.options.filter(o => o.correct).length, 0)
    if (marks < expectedMarks)
      fail(`${marks} marques « ${LABELS.correctMark} » pour ${expectedMarks} bonnes options`)
    if (hasOpenQuestions && !text.includes(squash(MODEL_ANSWER)))
      fail(`aucune « ${MODEL_ANSWER} » de question ouverte imprimée`)
  }
  else {
    if (explanations.length > 0)
      fail(`explication(s) imprimée(s) dans un support élève : ${explanations.map(q => q.id).join(', ')}`)
    if (marks > 0)
      fail(`${marks} marque(s) « ${LABELS.correctMark} » dans un support élève`)
    if (hasOpenQuestions && text.includes(squash(MODEL_ANSWER)))
      fail(`réponse attendue d'une question ouverte imprimée dans un support élève`)
    if (hasOpenQuestions && !text.includes(squash('Votre réponse')))
      fail('pas de zone « Votre réponse » pour les questions ouvertes')
  }
  if (!failures.some(f => f.startsWith(`${pdf.path} `)))
    console.log(`${pdf.path} (${pdf.label}) : ${pages} pages = ${slides} diapositives, ${questions.length} questions vérifiées`)
}

if (questions.length === 0)
  console.warn('Attention : le deck ne contient encore aucune question ```qcm : seules les pages ont été comptées.')
if (failures.length > 0) {
  console.error(failures.join('\n'))
  process.exit(1)
}
