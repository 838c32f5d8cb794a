import { describe, expect, it } from 'vitest'
import { quizRefsOfContent } from './preparse'

describe('quizRefsOfContent', () => {
  it('lists the valid questions of a slide, skipping other fences and invalid blocks', () => {
    const content = [
      '# Titre',
      '```bash',
      'docker ps',
      '```',
      '```qcm',
      'id: ch1-a',
      'question: Q ?',
      'options:',
      '  - text: A',
      '    correct: true',
      '  - text: B',
      'explanation: E.',
      '```',
      '```qcm',
      'id: ch1-broken',
      '```',
    ].join('\n')
    const refs = quizRefsOfContent(content)
    expect(refs.map(r => r.id)).toEqual(['ch1-a'])
    expect(refs[0].sig).toMatch(/^[0-9a-f]{8}$/)
  })
})
