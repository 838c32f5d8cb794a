// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useQuizStore } from '../lib/quiz/store'
import { resetSlidevFake, slideRoute, slidevFake } from '../tests/support/slidev-client'
import QcmScore from './QcmScore.vue'

vi.mock('@slidev/client', () => import('../tests/support/slidev-client'))

const options = [{ html: 'x', correct: true }, { html: 'y', correct: false }]

beforeEach(() => {
  localStorage.clear()
  useQuizStore().forgetAll()
  resetSlidevFake()
  slidevFake.slides.value = [
    slideRoute(1, { layout: 'cover' }),
    slideRoute(2, { layout: 'chapter-cover', chapter: 1, routeAlias: 'a' }, 'Un'),
    slideRoute(3, { quizzes: [{ id: 'ch1-a', sig: 'a' }, { id: 'ch1-b', sig: 'b' }] }),
    slideRoute(4, {}),
    slideRoute(5, { layout: 'chapter-cover', chapter: 2, routeAlias: 'b' }, 'Deux'),
    slideRoute(6, { quizzes: [{ id: 'ch2-a', sig: 'c' }] }),
  ]
  slidevFake.page.value = 4
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('<QcmScore>', () => {
  it('scores the chapter whose cover precedes the slide, and updates live', async () => {
    const store = useQuizStore()
    store.answer({ id: 'ch1-a', sig: 'a', options }, [0])
    store.answer({ id: 'ch2-a', sig: 'c', options }, [0])
    const wrapper = mount(QcmScore)
    expect(wrapper.text()).toContain('Votre score — chapitre 1')
    expect(wrapper.get('[aria-live]').text()).toBe('1 bonne réponse sur 2 questions (1 répondue)')
    store.answer({ id: 'ch1-b', sig: 'b', options }, [1])
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[aria-live]').text()).toBe('1 bonne réponse sur 2 questions (2 répondues)')
    expect(wrapper.get('progress').attributes('max')).toBe('2')
    wrapper.unmount()
  })

  it('« Recommencer le chapitre » forgets this chapter only', async () => {
    const store = useQuizStore()
    store.answer({ id: 'ch1-a', sig: 'a', options }, [0])
    store.answer({ id: 'ch2-a', sig: 'c', options }, [0])
    const wrapper = mount(QcmScore)
    await wrapper.get('button').trigger('click')
    expect(store.score([{ id: 'ch1-a', sig: 'a' }, { id: 'ch2-a', sig: 'c' }])).toEqual({ total: 2, answered: 1, correct: 1 })
    expect(wrapper.get('[aria-live]').text()).toBe('0 bonne réponse sur 2 questions (0 répondue)')
    wrapper.unmount()
  })

  it('scores and resets the whole course with scope="course"', async () => {
    const store = useQuizStore()
    store.answer({ id: 'ch1-a', sig: 'a', options }, [0])
    store.answer({ id: 'ch2-a', sig: 'c', options }, [1])
    const wrapper = mount(QcmScore, { props: { scope: 'course' } })
    expect(wrapper.get('[aria-live]').text()).toBe('1 bonne réponse sur 3 questions (2 répondues)')
    const reset = wrapper.get('button')
    expect(reset.text()).toBe('Recommencer toute la formation')
    await reset.trigger('click')
    expect(store.answers.value).toEqual({})
    wrapper.unmount()
  })

  it('prints a blank score line with the chapter total and no button', () => {
    slidevFake.printMode.value = true
    const wrapper = mount(QcmScore)
    expect(wrapper.get('.qcm-score__line').text()).toBe('____ / 2')
    expect(wrapper.findAll('button')).toHaveLength(0)
    wrapper.unmount()
  })
})
