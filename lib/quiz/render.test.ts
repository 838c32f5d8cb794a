import { describe, expect, it } from 'vitest'
import { qcmMarkup, toQcmData } from './render'

const question = {
  id: 'ch1-a',
  question: 'Que fait `docker run -d` avec <none> ?',
  options: [{ text: 'Il **détache** le conteneur', correct: true }, { text: 'Rien', explanation: 'Faux :\n\n- point 1' }],
  explanation: 'Voir `--detach` & "co".',
}

describe('toQcmData', () => {
  it('renders inline markdown with <code>, escapes raw HTML, and renders explanations as blocks', () => {
    const data = toQcmData(question)
    expect(data.questionHtml).toBe('Que fait <code>docker run -d</code> avec &lt;none&gt; ?')
    expect(data.options[0]).toEqual({ html: 'Il <strong>détache</strong> le conteneur', correct: true })
    expect(data.options[1].explanationHtml).toBe('<p>Faux :</p>\n<ul>\n<li>point 1</li>\n</ul>')
    expect(data.explanationHtml).toBe('<p>Voir <code>--detach</code> &amp; &quot;co&quot;.</p>')
    expect(data.correctLabels).toEqual(['Il détache le conteneur'])
    expect(data.multiple).toBe(false)
  })
})

describe('qcmMarkup', () => {
  it('embeds the data as an HTML-escaped JSON prop that decodes back to the same data', () => {
    const data = toQcmData(question)
    const markup = qcmMarkup(data)
    const attribute = /^<Qcm :data="([^"]*)" \/>$/.exec(markup)![1]
    const decoded = attribute.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    expect(JSON.parse(decoded)).toEqual(data)
  })
})
