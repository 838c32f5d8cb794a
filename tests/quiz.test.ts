import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listChapters } from '../lib/deck/chapters'
import { loadDeck } from '../lib/deck/load'
import { collectQuizzes } from '../lib/quiz/course'
import { formatProblems } from '../lib/quiz/parse'

const fixture = (...parts: string[]) => resolve(__dirname, 'fixtures', ...parts)

describe('the course deck quizzes', async () => {
  const deck = await loadDeck('slides.md')
  const course = collectQuizzes(deck)

  it('has only valid ```qcm blocks, with ids unique course-wide and prefixed by their chapter', () => {
    expect(course.problems, formatProblems(course.problems)).toEqual([])
  })

  it('turns every ```qcm block into a question (none dropped) once the deck has content chapters', () => {
    expect(course.questions).toHaveLength(course.blocks.length)
    const contentChapters = listChapters(deck.slides).filter(entry => entry.chapter >= 1)
    if (contentChapters.length > 0)
      expect(course.questions.length).toBeGreaterThan(0)
  })
})

describe('quiz fixture decks', () => {
  it('reads the demo deck: three questions in deck order, located in their file', async () => {
    const course = collectQuizzes(await loadDeck(fixture('decks/quiz-demo/slides.md')))
    expect(course.problems).toEqual([])
    expect(course.questions.map(q => [q.question.id, q.location.file, q.location.fenceLine, q.idLine])).toEqual([
      ['ch1-run-option-order', 'pages/demo.md', 21, 22],
      ['ch1-shared-kernel', 'pages/demo.md', 41, 42],
      ['ch2-rootless-uid', 'pages/demo.md', 108, 109],
    ])
  })

  it('reports every broken rule with file:line, id and reason, including course-wide duplicates', async () => {
    const course = collectQuizzes(await loadDeck(fixture('quiz/invalid/slides.md')))
    expect(formatProblems(course.problems).split('\n')).toEqual([
      'slides.md:17 : QCM « ch1-typo-option » — option 1 : clé inconnue « corect » — vouliez-vous dire « correct » ? (clés permises : text, correct, explanation)',
      'slides.md:24 : QCM « ch1-typo-top » — champ obligatoire « explanation » manquant',
      'slides.md:31 : QCM « ch1-typo-top » — clé inconnue « explication » — vouliez-vous dire « explanation » ? (clés permises : id, question, options, multiple, explanation, see)',
      'slides.md:39 : QCM « ch1-one-option » — il faut entre 2 et 6 options (ici 1)',
      'slides.md:50 : QCM « ch1-seven-options » — il faut entre 2 et 6 options (ici 7)',
      'slides.md:71 : QCM « ch1-duplicate-text » — les options 1 et 3 ont le même texte « le   dockerfile »',
      'slides.md:80 : QCM « ch1-no-correct » — aucune option correcte : marquer au moins une option « correct: true »',
      'slides.md:91 : QCM « ch1-multiple-missing » — 2 options correctes : ajouter « multiple: true » (cases à cocher)',
      'slides.md:105 : QCM « ch1-multiple-one » — « multiple: true » avec une seule option correcte : retirer « multiple » ou marquer une autre option correcte',
      'slides.md:115 : QCM « ch1-no-explanation » — champ obligatoire « explanation » manquant',
      'slides.md:133 : QCM « ch1-empty-explanation » — « explanation » est vide',
      'slides.md:144 : QCM « ch1-bad-yaml » — YAML invalide — indentation incohérente (les « - » d\'une même liste doivent être alignés)',
      'slides.md:151 : QCM « Ch1_Majuscules » — identifiant invalide : lettres minuscules, chiffres et tirets seulement (forme ch<N>-<slug>)',
      'slides.md:166 : QCM « ch1-no-text » — option 1 : champ obligatoire « text » manquant',
      'slides.md:178 : QCM « ch1-correct-string » — option 1 : « correct » doit valoir true ou false',
      'slides.md:186 : QCM « ch2-wrong-chapter » — l\'identifiant doit commencer par « ch1- » (question du chapitre 1)',
      'slides.md:217 : QCM « ch1-see-nowhere » — « see: nulle-part » : ni numéro de diapositive (1-21) ni routeAlias du cours',
      'slides.md:230 : QCM « ch1-see-invalid » — « see » : un routeAlias (lettres minuscules, chiffres, tirets) ou un numéro de diapositive',
      'pages/other.md:4 : QCM « ch1-valid-first » — identifiant déjà utilisé par la question de slides.md:198 (les identifiants sont uniques dans tout le cours)',
    ])
    expect(course.questions.map(q => q.question.id)).toEqual(['ch2-wrong-chapter', 'ch1-valid-first', 'ch1-see-nowhere', 'ch1-see-ok', 'ch1-valid-first'])
  })
})
