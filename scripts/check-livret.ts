// Checks the trainer booklet and the student handout made by scripts/livret.ts against the deck and the PDFs they
// were made from: A4 portrait pages; booklet: every slide in order on its page, its notes (every block) on its page(s),
// the quizzes' answers and the lab solutions; handout: ceil(slides / 3) pages, every slide on its page, no answer.
// Exits non-zero with the slide and the reason on any mismatch.
// Usage: tsx scripts/check-livret.ts [--deck slides.md] [--livret …-livret.pdf --corrige …-corrige.pdf]
//                                    [--polycopie …-polycopie.pdf --student ….pdf] [--only livret|polycopie]
import type { ExpectedSlide, PageSize } from '../lib/pdf/check-livret'
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { bookletProblems, handoutProblems, slideExcerpt } from '../lib/pdf/check-livret'
import { HANDOUT_PER_PAGE } from '../lib/pdf/layout'
import { noteBlocks } from '../lib/pdf/notes'
import { printedDeck } from '../lib/pdf/printed'
import { answerProblems, plain, splitPages, squash } from '../lib/pdf/text'

const { values } = parseArgs({
  options: {
    deck: { type: 'string', default: 'slides.md' },
    livret: { type: 'string', default: 'conteneurs-docker-podman-livret.pdf' },
    corrige: { type: 'string', default: 'conteneurs-docker-podman-corrige.pdf' },
    polycopie: { type: 'string', default: 'conteneurs-docker-podman-polycopie.pdf' },
    student: { type: 'string', default: 'conteneurs-docker-podman.pdf' },
    only: { type: 'string' },
  },
})
if (values.only && values.only !== 'livret' && values.only !== 'polycopie') {
  console.error(`--only livret|polycopie (reçu : ${values.only})`)
  process.exit(2)
}

const text = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 })
function pageSizes(pdf: string): PageSize[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 })
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(m => ({ width: Number(m[1]), height: Number(m[2]) }))
}

const { deck, questions, hasOpenQuestions } = await printedDeck(values.deck).catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})

const failures: string[] = []
function check(label: string, pdf: string, source: string, corrige: boolean): void {
  const fail = (message: string) => failures.push(`${pdf} (${label}) : ${message}`)
  for (const file of [pdf, source]) {
    if (!existsSync(file) || statSync(file).size === 0) {
      fail(`${file} manquant ou vide`)
      return
    }
  }
  const sourcePages = splitPages(text(source))
  if (sourcePages.length !== deck.slides.length) {
    fail(`${source} : ${sourcePages.length} pages pour ${deck.slides.length} diapositives`)
    return
  }
  const slides: ExpectedSlide[] = deck.slides.map((slide, i) => ({
    no: slide.no,
    excerpt: slideExcerpt(sourcePages[i]!),
    noteBlocks: corrige ? noteBlocks(slide.note).map(block => squash(plain(block))).filter(Boolean) : [],
    solution: corrige && slide.frontmatter.layout === 'lab' && /^::solution::/m.test(slide.body),
  }))
  const whole = text(pdf)
  const pages = splitPages(whole).map(squash)
  const problems = corrige
    ? bookletProblems(pages, pageSizes(pdf), slides)
    : handoutProblems(pages, pageSizes(pdf), slides, HANDOUT_PER_PAGE)
  problems.push(...answerProblems(squash(whole), { questions, hasOpenQuestions, corrige }))
  problems.forEach(fail)
  if (problems.length === 0) {
    const notes = slides.reduce((sum, s) => sum + s.noteBlocks.length, 0)
    console.log(`${pdf} (${label}) : ${pages.length} pages A4, ${slides.length} diapositives dans l'ordre${corrige ? `, ${notes} blocs de notes` : ''}, ${questions.length} questions ${corrige ? 'avec leurs réponses' : 'sans réponse'}`)
  }
}

if (values.only !== 'polycopie')
  check('livret formateur', values.livret, values.corrige, true)
if (values.only !== 'livret')
  check('polycopié', values.polycopie, values.student, false)
if (failures.length > 0) {
  console.error(failures.join('\n'))
  process.exit(1)
}
