import type { QcmData } from '../quiz/answer'
import { describe, expect, it } from 'vitest'
import { LABELS } from '../quiz/answer'
import { answerProblems, excerpt, plain, splitPages, squash } from './text'

const question: QcmData = {
  id: 'ch1-demo',
  sig: '0',
  multiple: false,
  questionHtml: 'Quelle commande liste les conteneurs\u00A0?',
  options: [
    { html: '<code>docker ps</code>', correct: true },
    { html: '<code>docker ls</code>', correct: false },
  ],
  explanationHtml: '<p><code>docker ps</code> liste les conteneurs en cours d&#39;exécution.</p>',
  correctLabels: ['docker ps'],
}
const shown = (...parts: string[]) => squash(parts.join('\n'))
const QUESTION = 'Quelle commande liste les conteneurs ?'
const EXPLANATION = 'docker ps liste les conteneurs en cours d\'exécution.'

describe('squash, plain, excerpt', () => {
  it('compares texts without whitespace, ligatures and no-break spaces', () => {
    expect(squash('ﬁchier\u00A0: a\n b')).toBe('fichier:ab')
    expect(plain('<p>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;</p>')).toBe(' a <b> & "c" \'d\' ')
    expect(excerpt(`<p>${'mot '.repeat(30)}</p>`)).toHaveLength(60)
  })
  it('splits pdftotext output into pages', () => {
    expect(splitPages('un\fdeux\f')).toEqual(['un', 'deux'])
    expect(splitPages('un\f\fdeux\f')).toEqual(['un', '', 'deux'])
  })
})

describe('answerProblems', () => {
  it('passes an answer key with the explanation, the mark and the model answer', () => {
    const text = shown(QUESTION, 'docker ps', LABELS.correctMark, 'docker ls', EXPLANATION, 'Réponse attendue')
    expect(answerProblems(text, { questions: [question], hasOpenQuestions: true, corrige: true })).toEqual([])
  })
  it('fails an answer key without the answers', () => {
    expect(answerProblems(shown(QUESTION, 'Votre réponse'), { questions: [question], hasOpenQuestions: true, corrige: true })).toEqual([
      'explication(s) absente(s) du corrigé : ch1-demo',
      '0 marques « (bonne réponse) » pour 1 bonnes options',
      'aucune « Réponse attendue » de question ouverte imprimée',
    ])
  })
  it('passes a student document with questions only', () => {
    expect(answerProblems(shown(QUESTION, 'Votre réponse'), { questions: [question], hasOpenQuestions: true, corrige: false })).toEqual([])
  })
  it('fails a student document that shows answers or lacks a question', () => {
    const text = shown(QUESTION, LABELS.correctMark, EXPLANATION, 'Réponse attendue')
    expect(answerProblems(text, { questions: [question], hasOpenQuestions: true, corrige: false })).toEqual([
      'explication(s) imprimée(s) dans un support élève : ch1-demo',
      '1 marque(s) « (bonne réponse) » dans un support élève',
      'réponse attendue d\'une question ouverte imprimée dans un support élève',
      'pas de zone « Votre réponse » pour les questions ouvertes',
    ])
    expect(answerProblems(shown('Autre chose'), { questions: [question], hasOpenQuestions: false, corrige: false })).toEqual([
      'question(s) absente(s) du texte : ch1-demo',
    ])
  })
})
