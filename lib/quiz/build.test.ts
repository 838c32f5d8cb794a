import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { transformQuizBlock } from './build'

const deck = (...parts: string[]) => resolve(__dirname, '../../tests/fixtures', ...parts)

describe('transformQuizBlock (the Slidev codeblock transformer)', () => {
  it('turns a valid block into <Qcm> markup', async () => {
    const entry = deck('decks/quiz-demo/slides.md')
    const code = [
      'id: ch2-rootless-uid',
      'question: Avec Podman *rootless*, sous quel utilisateur de l\'hôte tourne le processus `root` du conteneur\u00A0?',
      'options:',
      '  - text: L\'utilisateur qui a lancé `podman`',
      '    correct: true',
      '  - text: "`root` sur l\'hôte"',
      '    explanation: C\'est justement ce que le mode rootless évite.',
      'explanation: L\'espace de noms utilisateur associe l\'UID 0 du conteneur à l\'UID de l\'utilisateur qui lance Podman.',
      '',
    ].join('\n')
    const markup = await transformQuizBlock({ code, entry, slideIndex: 7, filepath: deck('decks/quiz-demo/pages/demo.md'), revision: 'demo' })
    expect(markup).toMatch(/^<Qcm :data="\{&quot;id&quot;:&quot;ch2-rootless-uid&quot;/)
    expect(markup).toContain('&lt;code&gt;podman&lt;/code&gt;')
  })

  it('throws with file:line, id and rule for an invalid block, including a duplicate id in another file', async () => {
    const entry = deck('quiz/invalid/slides.md')
    const code = [
      'id: ch1-valid-first',
      'question: Même identifiant qu\'une question de slides.md ?',
      'options:',
      '  - text: A',
      '    correct: true',
      '  - text: B',
      'explanation: Les identifiants sont uniques dans tout le cours.',
      '',
    ].join('\n')
    await expect(transformQuizBlock({ code, entry, slideIndex: 20, filepath: deck('quiz/invalid/pages/other.md'), revision: 'invalid' }))
      .rejects
      .toThrow('QCM invalide :\npages/other.md:4 : QCM « ch1-valid-first » — identifiant déjà utilisé par la question de slides.md:198')
  })
})
