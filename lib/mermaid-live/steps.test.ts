import { describe, expect, it } from 'vitest'
import { errorLine, errorSummary, parseSteps, stepAt, StepError } from './steps'

const pipeline = [
  'flowchart LR',
  '  dev[Poste] --> git[(Git)]',
  '%% step Le CI construit l\'image',
  '  git --> ci[CI]',
  '%% step',
  '  ci --> reg[(Registre)]',
].join('\n')

describe('parseSteps', () => {
  it('gives each step every line up to it, markers left out, with its marker line and label', () => {
    const { source, steps } = parseSteps(`${pipeline}\n\n`)
    expect(source).toBe(pipeline)
    expect(steps.map(s => s.source)).toEqual([
      'flowchart LR\n  dev[Poste] --> git[(Git)]',
      'flowchart LR\n  dev[Poste] --> git[(Git)]\n  git --> ci[CI]',
      'flowchart LR\n  dev[Poste] --> git[(Git)]\n  git --> ci[CI]\n  ci --> reg[(Registre)]',
    ])
    expect(steps.map(s => [s.line, s.label])).toEqual([[0, ''], [2, 'Le CI construit l\'image'], [4, '']])
    expect(steps[2]!.lines).toEqual([0, 1, 3, 5])
  })

  it('keeps the lines after « %% /step » in every step, in their place', () => {
    const { steps } = parseSteps([
      'flowchart TB',
      '  subgraph hote[Hôte]',
      '    a[conteneur A]',
      '%% step',
      '    b[conteneur B]',
      '%% /step',
      '  end',
    ].join('\n'))
    expect(steps.map(s => s.source)).toEqual([
      'flowchart TB\n  subgraph hote[Hôte]\n    a[conteneur A]\n  end',
      'flowchart TB\n  subgraph hote[Hôte]\n    a[conteneur A]\n    b[conteneur B]\n  end',
    ])
  })

  it('is a single step without markers, and leaves other comments alone', () => {
    const code = 'sequenceDiagram\n  %% stepper is not a marker\n  A->>B: run'
    const { steps } = parseSteps(code)
    expect(steps).toEqual([{ source: code, line: 0, label: '', lines: [0, 1, 2] }])
  })

  it('refuses misplaced or empty steps with the line to fix', () => {
    const fail = (code: string) => {
      try {
        parseSteps(code)
      }
      catch (error) {
        expect(error).toBeInstanceOf(StepError)
        return [(error as StepError).line, (error as StepError).message]
      }
      throw new Error('no error')
    }
    expect(fail('%% step\nflowchart LR\n  a --> b')).toEqual([0, expect.stringMatching(/avant tout contenu/)])
    expect(fail('flowchart LR\n  a --> b\n%% step\n%% step\n  b --> c')).toEqual([2, expect.stringMatching(/étape vide/)])
    expect(fail('flowchart LR\n  a --> b\n%% step\n  %% only a comment')).toEqual([2, expect.stringMatching(/en fin de bloc/)])
    expect(fail('flowchart LR\n  a --> b\n%% /step')).toEqual([2, expect.stringMatching(/sans « %% step »/)])
    expect(fail('flowchart LR\n  a --> b\n%% step\n%% /step\n  c')).toEqual([3, expect.stringMatching(/étape vide/)])
  })
})

describe('stepAt', () => {
  it('shows step 0 before the first click, one more per click, the last one afterwards', () => {
    expect([-3, -1, 0, 1, 2, 9].map(o => stepAt(o, 3))).toEqual([0, 0, 1, 2, 2, 2])
    expect(stepAt(5, 1)).toBe(0)
  })
})

describe('mermaid errors in the editor', () => {
  const message = 'Parse error on line 3:\n...B  A->>: oops\n----------------^\nExpecting \'link\', got \'TXT\''
  it('names the line and mermaid\'s expectation', () => {
    const source = 'sequenceDiagram\n  A->>B: ok\n  A->>: oops'
    expect(errorLine(message, source)).toBe(3)
    expect(errorSummary(message, source)).toBe('Ligne 3 : Expecting \'link\', got \'TXT\'')
  })
  it('shortens mermaid\'s long list of expected tokens', () => {
    const long = 'Parse error on line 2:\n...\nExpecting \'AMP\', \'COLON\', \'PIPE\', \'TESTSTR\', \'DOWN\', got \'EOF\''
    expect(errorSummary(long, 'a\nb')).toBe('Ligne 2 : Expecting \'AMP\', \'COLON\', \'PIPE\'…, got \'EOF\'')
  })
  it('keeps the line inside the source and falls back to the first line of the message', () => {
    expect(errorLine('Parse error on line 9:\nx', 'a\nb')).toBe(2)
    expect(errorSummary('No diagram type detected matching given configuration for text: x', 'x')).toBe('No diagram type detected matching given configuration for text: x')
  })
})
