// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidevFake, slidevFake } from '../tests/support/slidev-client'
import Question from './Question.vue'

vi.mock('@slidev/client', () => import('../tests/support/slidev-client'))

function mountQuestion() {
  return mount(Question, {
    attachTo: document.body,
    slots: {
      default: '<p>Pourquoi une image <code>FROM scratch</code> n\'a-t-elle pas de shell ?</p>',
      answer: '<p>Parce que scratch est vide.</p>',
    },
  })
}
function answerVisible(wrapper: ReturnType<typeof mountQuestion>) {
  const answer = wrapper.find('.question__answer')
  return answer.exists() && (answer.element as HTMLElement).style.display !== 'none'
}

beforeEach(() => {
  resetSlidevFake()
})
afterEach(() => {
  vi.unstubAllEnvs()
  document.body.innerHTML = ''
})

describe('<Question>', () => {
  it('hides the answer until the learner asks, with aria-expanded on the button', async () => {
    const wrapper = mountQuestion()
    expect(wrapper.text()).toContain('FROM scratch')
    expect(answerVisible(wrapper)).toBe(false)
    const toggle = wrapper.get('button')
    expect(toggle.text()).toBe('Voir la réponse')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(answerVisible(wrapper)).toBe(true)
    expect(wrapper.get('button').attributes('aria-expanded')).toBe('true')
    expect(wrapper.get('button').text()).toBe('Masquer la réponse')
    wrapper.unmount()
  })

  it('reveals the answer at its click step on the audience screen', async () => {
    const wrapper = mountQuestion()
    slidevFake.clicks.value = 1
    await nextTick()
    expect(answerVisible(wrapper)).toBe(true)
    wrapper.unmount()
  })

  it('always shows the answer to the trainer', () => {
    slidevFake.renderContext.value = 'presenter'
    const wrapper = mountQuestion()
    expect(answerVisible(wrapper)).toBe(true)
    expect(wrapper.text()).toContain('visible par le formateur')
    wrapper.unmount()
  })

  it('prints a blank « Votre réponse » area and no answer in the student handout', () => {
    slidevFake.printMode.value = true
    slidevFake.clicks.value = 1
    const wrapper = mountQuestion()
    expect(wrapper.find('.question__blank').text()).toBe('Votre réponse\u00A0:')
    expect(wrapper.text()).not.toContain('scratch est vide')
    expect(wrapper.findAll('button')).toHaveLength(0)
    wrapper.unmount()
  })

  it('prints the answer in the corrigé', () => {
    vi.stubEnv('VITE_QCM_CORRIGE', '1')
    slidevFake.printMode.value = true
    const wrapper = mountQuestion()
    expect(answerVisible(wrapper)).toBe(true)
    expect(wrapper.text()).toContain('scratch est vide')
    expect(wrapper.find('.question__blank').exists()).toBe(false)
    wrapper.unmount()
  })
})
