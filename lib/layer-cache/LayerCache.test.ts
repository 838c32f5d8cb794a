// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import LayerCache from '../../components/LayerCache.vue'
import { resetSlidevFake, slidevFake } from '../../tests/support/slidev-client'

vi.mock('@slidev/client', () => import('../../tests/support/slidev-client'))

function badges(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('.layer-cache__badge').map(b => b.text())
}

describe('<LayerCache />', () => {
  beforeEach(() => {
    resetSlidevFake()
  })

  it('starts with a rebuild of unchanged sources: every step CACHED', () => {
    const wrapper = mount(LayerCache, { props: { scenario: 'bon-ordre' } })
    expect(badges(wrapper)).toEqual(Array.from({ length: 8 }).fill('CACHED'))
    expect(wrapper.find('.layer-cache__tabs').exists()).toBe(false)
  })

  it('clicking a change recomputes the statuses and gives the focus back to the deck', async () => {
    const wrapper = mount(LayerCache, { props: { scenario: 'bon-ordre' }, attachTo: document.body })
    const button = wrapper.findAll('button.layer-cache__change').find(b => b.text().includes('requirements.txt'))!
    ;(button.element as HTMLButtonElement).focus()
    expect(document.activeElement).toBe(button.element)
    await button.trigger('click')
    expect(badges(wrapper)).toEqual(['CACHED', 'CACHED', 'CACHED', 'MISS', 'REBUILD', 'REBUILD', 'REBUILD', 'REBUILD'])
    expect(button.attributes('aria-pressed')).toBe('true')
    expect(document.activeElement).not.toBe(button.element)
    expect(wrapper.find('.layer-cache__summary').text()).toContain('Premier échec de cache à la ligne 6')
    wrapper.unmount()
  })

  it('switches scenario with the tabs and shows the --target choice for multi-stage builds', async () => {
    const wrapper = mount(LayerCache)
    const tabs = wrapper.findAll('button.layer-cache__tab')
    expect(tabs.map(t => t.text())).toEqual(['Bon ordre', 'Mauvais ordre', 'Multi-étapes'])
    await tabs[2].trigger('click')
    expect(wrapper.text()).toContain('--target')
    expect(badges(wrapper)).toContain('ignorée')
    const test = wrapper.findAll('button.layer-cache__tab').find(b => b.text() === 'test')!
    await test.trigger('click')
    expect(badges(wrapper).filter(b => b === 'ignorée')).toHaveLength(8)
  })

  it('in print mode shows a static outcome: a file change, no buttons, every other change summarised', () => {
    slidevFake.printMode.value = true
    const wrapper = mount(LayerCache, { props: { scenario: 'mauvais-ordre' } })
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.text()).toContain('Simulé\u00A0: Modifier app/main.py')
    expect(badges(wrapper)).toEqual(['CACHED', 'CACHED', 'MISS', 'REBUILD', 'REBUILD', 'REBUILD'])
    const outcomes = wrapper.findAll('.layer-cache__outcomes li').map(li => li.text())
    expect(outcomes).toHaveLength(4)
    expect(outcomes.find(o => o.includes('README.md'))).toContain('MISS ligne 3')
  })

  it('in print mode shows the multi-stage target as text, not as buttons', () => {
    slidevFake.printMode.value = true
    const wrapper = mount(LayerCache, { props: { scenario: 'multi-etapes' } })
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.text()).toContain('--target runtime')
  })

  it('honours an initial change given as a prop', () => {
    const wrapper = mount(LayerCache, { props: { scenario: 'bon-ordre', change: 'apt' } })
    expect(badges(wrapper).every(b => b === 'CACHED')).toBe(true)
    expect(wrapper.find('.layer-cache__summary').text()).toContain('--pull ou --no-cache')
  })
})
