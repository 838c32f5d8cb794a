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

describe('<QcmScore scope="course"> says what to revisit', () => {
  it('lists chapters with a wrong answer (weakest first) and chapters not started, as links', async () => {
    const store = useQuizStore()
    const wrapper = mount(QcmScore, { props: { scope: 'course' } })
    expect(wrapper.find('.qcm-score__review').exists()).toBe(false)
    store.answer({ id: 'ch1-a', sig: 'a', options }, [1])
    await wrapper.vm.$nextTick()
    const lines = wrapper.findAll('.qcm-score__review-line').map(l => l.text().replace(/[ \n]+/g, ' '))
    expect(lines).toEqual(['À revoir en priorité\u00A0: chapitre 1 (Un, 0/2)', 'Pas encore commencés\u00A0: 2'])
    await wrapper.get('.qcm-score__review a').trigger('click')
    expect(slidevFake.went).toEqual(['a'])
    wrapper.unmount()
  })

  it('counts a final-quiz question for the chapter of its `see` slide', async () => {
    slidevFake.slides.value = [
      ...slidevFake.slides.value,
      slideRoute(7, { layout: 'chapter-cover', chapter: 3, routeAlias: 'final' }, 'Final'),
      slideRoute(8, { quizzes: [{ id: 'ch3-x', sig: 'x', see: 'b' }] }),
    ]
    const store = useQuizStore()
    for (const [id, sig] of [['ch1-a', 'a'], ['ch1-b', 'b'], ['ch2-a', 'c']])
      store.answer({ id, sig, options }, [0])
    store.answer({ id: 'ch3-x', sig: 'x', options }, [1])
    const wrapper = mount(QcmScore, { props: { scope: 'course' } })
    expect(wrapper.findAll('.qcm-score__review-line').map(l => l.text().replace(/[ \n]+/g, ' '))).toEqual(['À revoir en priorité\u00A0: chapitre 2 (Deux, 1/2)'])
    store.answer({ id: 'ch3-x', sig: 'x', options }, [0])
    await wrapper.vm.$nextTick()
    expect(wrapper.get('.qcm-score__review').text()).toBe('Aucune erreur dans vos réponses.')
    wrapper.unmount()
  })

  it('is not printed', () => {
    slidevFake.printMode.value = true
    useQuizStore().answer({ id: 'ch1-a', sig: 'a', options }, [1])
    const wrapper = mount(QcmScore, { props: { scope: 'course' } })
    expect(wrapper.find('.qcm-score__review').exists()).toBe(false)
    wrapper.unmount()
  })
})
