import { describe, expect, it } from 'vitest'
import { formatProblems, parseQuizBlock } from './parse'
import { normaliseOptionText } from './schema'

const at = { file: 'pages/09-x.md', fenceLine: 40, codeLine: 41 }
const block = (...lines: string[]) => lines.join('\n')
const valid = block(
  'id: ch9-demo',
  'question: Quelle option détache le conteneur ?',
  'options:',
  '  - text: "`-d`"',
  '    correct: true',
  '  - text: "`-t`"',
  '    explanation: Alloue un pseudo-terminal.',
  'explanation: "`-d` (detach) rend la main immédiatement."',
)

describe('parseQuizBlock', () => {
  it('returns the validated question, trimmed, with the line of its id', () => {
    const result = parseQuizBlock(valid, at)
    expect(result.ok).toBe(true)
    expect(result.value?.idLine).toBe(41)
    expect(result.value?.question).toEqual({
      id: 'ch9-demo',
      question: 'Quelle option détache le conteneur ?',
      options: [{ text: '`-d`', correct: true }, { text: '`-t`', explanation: 'Alloue un pseudo-terminal.' }],
      explanation: '`-d` (detach) rend la main immédiatement.',
    })
  })

  it('places key errors on the key line, offset by the fence position in the file', () => {
    const result = parseQuizBlock(valid.replace('    correct: true', '    correct: true\n    corect: false'), at)
    expect(formatProblems(result.problems)).toBe(
      'pages/09-x.md:46 : QCM « ch9-demo » — option 1 : clé inconnue « corect » — vouliez-vous dire « correct » ? (clés permises : text, correct, explanation)',
    )
  })

  it('explains, in French, an unquoted « : » inside a text (French typography breaks plain YAML scalars)', () => {
    const result = parseQuizBlock(valid.replace('Alloue un pseudo-terminal.', 'Autre chose\u00A0: un pseudo-terminal.'), at)
    expect(result.problems).toEqual([{
      file: 'pages/09-x.md',
      line: 47,
      id: 'ch9-demo',
      message: 'YAML invalide — « : » suivi d\'une espace dans un texte sans guillemets (YAML y voit une clé) : entourer tout le texte de guillemets, par exemple text: "…"',
    }])
  })

  it('asks to quote a text that starts with a backtick', () => {
    const result = parseQuizBlock(valid.replace('"`-t`"', '`-t` seul'), at)
    expect(result.problems.map(p => p.line)).toEqual([46])
    expect(result.problems[0].message).toContain('YAML invalide — un texte ne peut pas commencer par ce caractère')
  })

  it('falls back to the fence line when the block is not a mapping, and names no id', () => {
    const result = parseQuizBlock('- juste une liste', at)
    expect(formatProblems(result.problems)).toBe('pages/09-x.md:40 : QCM sans identifiant lisible — le bloc doit être un objet YAML (id, question, options, explanation)')
  })

  it('rejects an empty block and a scalar', () => {
    expect(parseQuizBlock('', at).problems.map(p => p.line)).toEqual([40])
    expect(parseQuizBlock('question', at).ok).toBe(false)
  })

  it('rejects duplicated keys', () => {
    const result = parseQuizBlock(`${valid}\nexplanation: bis`, at)
    expect(result.problems.map(p => [p.line, p.message])).toEqual([[49, 'YAML invalide — clé en double dans le même objet']])
  })
})

describe('normaliseOptionText', () => {
  it('ignores case, backticks and spacing', () => {
    expect(normaliseOptionText('  Le  `Dockerfile` ')).toBe(normaliseOptionText('le dockerfile'))
    expect(normaliseOptionText('docker ps')).not.toBe(normaliseOptionText('docker ps -a'))
  })
})
