// @vitest-environment happy-dom
import type { QcmData } from '../lib/quiz/answer'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { toQcmData } from '../lib/quiz/render'
import { useQuizStore } from '../lib/quiz/store'
import { resetSlidevFake, slideRoute, slidevFake } from '../tests/support/slidev-client'
import Qcm from './Qcm.vue'

// Slidev's client needs its virtual modules: the shared fake provides the values the component reads.
vi.mock('@slidev/client', () => import('../tests/support/slidev-client'))

const single: QcmData = toQcmData({
  id: 'ch3-run-option-order',
  question: 'Où placer l\'option `-d` dans une commande `docker run` ?',
  options: [
    { text: 'Entre `run` et le nom de l\'image', correct: true },
    { text: 'Après le nom de l\'image', explanation: 'Tout ce qui suit l\'image est transmis comme commande.' },
    { text: 'N\'importe où' },
  ],
  explanation: 'Les options se placent avant l\'image.',
})
const multiple: QcmData = toQcmData({
  id: 'ch2-shared',
  question: 'Que partagent deux conteneurs ?',
  multiple: true,
  options: [{ text: 'Le noyau', correct: true }, { text: 'L\'horloge', correct: true }, { text: 'La racine' }],
  explanation: 'Le noyau est commun.',
})

const mountQcm = (data: QcmData) => mount(Qcm, { props: { data }, attachTo: document.body })
const feedback = (wrapper: ReturnType<typeof mountQcm>) => wrapper.get('[aria-live]').text()
const button = (wrapper: ReturnType<typeof mountQcm>, label: string) => wrapper.findAll('button').find(b => b.text() === label)

beforeEach(() => {
  localStorage.clear()
  useQuizStore().forgetAll()
  resetSlidevFake()
})
afterEach(() => {
  vi.unstubAllEnvs()
  document.body.innerHTML = ''
})

describe('<Qcm> on the slide', () => {
  it('renders the DOM contract: fieldset, legend, radios inside labels, « Valider », live region', () => {
    const wrapper = mountQcm(single)
    const root = wrapper.get('fieldset.qcm')
    expect(root.attributes('data-qcm-id')).toBe('ch3-run-option-order')
    expect(wrapper.get('legend').html()).toContain('<code>-d</code>')
    const radios = wrapper.findAll('label input[type="radio"]')
    expect(radios).toHaveLength(3)
    expect(new Set(radios.map(r => r.attributes('name'))).size).toBe(1)
    expect(button(wrapper, 'Valider')?.attributes('disabled')).toBeDefined()
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('')
    expect(wrapper.find('.qcm__explanation').exists()).toBe(false)
    wrapper.unmount()
  })

  it('answers a single-choice question: feedback, right option, explanations, focus given back', async () => {
    const wrapper = mountQcm(single)
    await wrapper.findAll('input')[1].setValue(true)
    // The focused radio stays in the page: only an explicit blur gives the arrow keys back to Slidev.
    ;(wrapper.findAll('input')[1].element as HTMLInputElement).focus()
    expect(document.activeElement?.tagName).toBe('INPUT')
    await button(wrapper, 'Valider')!.trigger('click')
    expect(feedback(wrapper)).toBe('Réponse incorrecte. La bonne réponse était «\u00A0Entre run et le nom de l\'image\u00A0».')
    expect(wrapper.findAll('.qcm__option').map(o => o.classes().find(c => c.startsWith('qcm__option--')))).toEqual([
      'qcm__option--correct-missed',
      'qcm__option--wrong-chosen',
      'qcm__option--neutral',
    ])
    expect(wrapper.get('.qcm__explanation').text()).toContain('Les options se placent avant l\'image.')
    expect(wrapper.get('.qcm__option-explanation').text()).toBe('Tout ce qui suit l\'image est transmis comme commande.')
    expect(wrapper.findAll('input').every(i => (i.element as HTMLInputElement).disabled)).toBe(true)
    expect(document.activeElement).toBe(document.body)
    expect(useQuizStore().answerOf(single)).toEqual({ sig: single.sig, selected: [1], correct: false })
    wrapper.unmount()
  })

  it('answers a multiple-choice question with checkboxes', async () => {
    const wrapper = mountQcm(multiple)
    const boxes = wrapper.findAll('label input[type="checkbox"]')
    expect(boxes).toHaveLength(3)
    await boxes[0].setValue(true)
    await boxes[1].setValue(true)
    await button(wrapper, 'Valider')!.trigger('click')
    expect(feedback(wrapper)).toBe('Bonne réponse.')
    expect(wrapper.get('.qcm__feedback p').classes()).toContain('qcm__verdict--good')
    wrapper.unmount()
  })

  it('« Recommencer » clears the answer and lets the learner answer again', async () => {
    const wrapper = mountQcm(single)
    await wrapper.findAll('input')[0].setValue(true)
    await button(wrapper, 'Valider')!.trigger('click')
    expect(feedback(wrapper)).toBe('Bonne réponse.')
    await button(wrapper, 'Recommencer')!.trigger('click')
    expect(feedback(wrapper)).toBe('')
    expect(wrapper.findAll('input').some(i => (i.element as HTMLInputElement).checked || (i.element as HTMLInputElement).disabled)).toBe(false)
    expect(useQuizStore().answerOf(single)).toBeUndefined()
    wrapper.unmount()
  })

  it('keeps the answer when the slide is remounted', async () => {
    const first = mountQcm(single)
    await first.findAll('input')[0].setValue(true)
    await button(first, 'Valider')!.trigger('click')
    first.unmount()
    const again = mountQcm(single)
    expect(feedback(again)).toBe('Bonne réponse.')
    expect((again.findAll('input')[0].element as HTMLInputElement).checked).toBe(true)
    expect(JSON.parse(localStorage.getItem('conteneurs-qcm:v1')!)['ch3-run-option-order'].correct).toBe(true)
    again.unmount()
  })

  it('registers one click step that reveals the answer key without answering', async () => {
    const wrapper = mountQcm(single)
    expect(slidevFake.registered.size).toBe(1)
    slidevFake.clicks.value = 1
    await nextTick()
    expect(wrapper.get('.qcm__explanation').text()).toContain('avant l\'image')
    expect(wrapper.get('.qcm__mark--good').text()).toContain('(bonne réponse)')
    expect(feedback(wrapper)).toBe('')
    expect(button(wrapper, 'Valider')).toBeDefined()
    wrapper.unmount()
    expect(slidevFake.registered.size).toBe(0)
  })
})

describe('<Qcm> sending back to a slide (`see`)', () => {
  const withSee: QcmData = { ...single, see: 'run' }

  it('names the slide with the explanation and goes there on click', async () => {
    slidevFake.slides.value = [slideRoute(1, {}), slideRoute(2, { routeAlias: 'run' }, 'Les options de `docker run`')]
    const wrapper = mountQcm(withSee)
    expect(wrapper.find('.qcm__see').exists()).toBe(false)
    await wrapper.findAll('input')[0].setValue(true)
    await button(wrapper, 'Valider')!.trigger('click')
    const link = wrapper.get('.qcm__see a')
    expect(wrapper.get('.qcm__see').text()).toBe('Pour revoir ce point\u00A0: diapositive 2 — Les options de docker run')
    expect(link.attributes('href')).toBe('run')
    await link.trigger('click')
    expect(slidevFake.went).toEqual(['run'])
    wrapper.unmount()
  })

  it('prints the slide number as text in the corrigé, and nothing when the target is unknown', () => {
    vi.stubEnv('VITE_QCM_CORRIGE', '1')
    slidevFake.printMode.value = true
    slidevFake.slides.value = [slideRoute(1, {}), slideRoute(2, { routeAlias: 'run' }, 'Options')]
    const printed = mountQcm(withSee)
    expect(printed.get('.qcm__see').text()).toBe('Pour revoir ce point\u00A0: diapositive 2 — Options')
    expect(printed.find('.qcm__see a').exists()).toBe(false)
    printed.unmount()
    slidevFake.slides.value = []
    const unknown = mountQcm(withSee)
    expect(unknown.find('.qcm__see').exists()).toBe(false)
    unknown.unmount()
  })
})

describe('<Qcm> for the trainer', () => {
  it('shows the answer key and explanation in the presenter view, not interactive', () => {
    slidevFake.renderContext.value = 'presenter'
    const wrapper = mountQcm(single)
    expect(wrapper.text()).toContain('Corrigé (visible par le formateur)')
    expect(wrapper.findAll('.qcm__mark--good')).toHaveLength(1)
    expect(wrapper.find('.qcm__explanation').exists()).toBe(true)
    expect(wrapper.findAll('button')).toHaveLength(0)
    wrapper.unmount()
  })
})

describe('<Qcm> printed', () => {
  it('student handout: empty boxes, no inputs, no buttons, no answer', () => {
    slidevFake.printMode.value = true
    slidevFake.clicks.value = 1
    const wrapper = mountQcm(multiple)
    expect(wrapper.findAll('input')).toHaveLength(0)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.findAll('.qcm__box--square').map(b => b.text())).toEqual(['', '', ''])
    expect(wrapper.text()).not.toContain('bonne réponse')
    expect(wrapper.find('.qcm__explanation').exists()).toBe(false)
    expect(wrapper.find('[aria-live]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('corrigé (VITE_QCM_CORRIGE=1): correct boxes ticked, marks and explanations printed', () => {
    vi.stubEnv('VITE_QCM_CORRIGE', '1')
    slidevFake.printMode.value = true
    const wrapper = mountQcm(single)
    expect(wrapper.findAll('.qcm__box--round').map(b => b.text())).toEqual(['✓', '', ''])
    expect(wrapper.get('.qcm__mark--good').text()).toContain('(bonne réponse)')
    expect(wrapper.get('.qcm__explanation').text()).toContain('Les options se placent avant l\'image.')
    expect(wrapper.find('.qcm__option-explanation').exists()).toBe(true)
    expect(wrapper.findAll('button')).toHaveLength(0)
    wrapper.unmount()
  })
})
