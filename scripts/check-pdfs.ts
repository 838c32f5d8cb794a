// Checks the exported PDFs against the deck: one page per slide, every quiz question printed, answers
// (explanations, « (bonne réponse) » marks, model answers of open questions) absent from the student
// handouts and present in the corrigé. Exits non-zero on any mismatch.
// Usage: tsx scripts/check-pdfs.ts [--deck slides.md] [--student …pdf] [--corrige …pdf] [--dist …pdf]
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { printedDeck } from '../lib/pdf/printed'
import { answerProblems, squash } from '../lib/pdf/text'

const { values } = parseArgs({
  options: {
    deck: { type: 'string', default: 'slides.md' },
    student: { type: 'string', default: 'conteneurs-docker-podman.pdf' },
    corrige: { type: 'string', default: 'conteneurs-docker-podman-corrige.pdf' },
    dist: { type: 'string', default: 'dist/conteneurs-docker-podman.pdf' },
  },
})

const { deck, questions, hasOpenQuestions } = await printedDeck(values.deck).catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
const slides = deck.slides.length

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
  answerProblems(text, { questions, hasOpenQuestions, corrige: pdf.corrige }).forEach(fail)
  if (!failures.some(f => f.startsWith(`${pdf.path} `)))
    console.log(`${pdf.path} (${pdf.label}) : ${pages} pages = ${slides} diapositives, ${questions.length} questions vérifiées`)
}

if (questions.length === 0)
  console.warn('Attention : le deck ne contient encore aucune question ```qcm : seules les pages ont été comptées.')
if (failures.length > 0) {
  console.error(failures.join('\n'))
  process.exit(1)
}
