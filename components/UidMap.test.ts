// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetSlidevFake, slidevFake } from '../tests/support/slidev-client'
import UidMap from './UidMap.vue'

vi.mock('@slidev/client', () => import('../tests/support/slidev-client'))

const NB = '\u00A0'

function mapText(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('pre.uidmap__map').map(p => p.text().trim().split(/\s+/).join(' '))
}

describe('<UidMap />', () => {
  beforeEach(() => {
    resetSlidevFake()
  })

  it('registers four click steps and starts with the rootful identity map', () => {
    const wrapper = mount(UidMap)
    expect([...slidevFake.registered.values()]).toEqual([expect.objectContaining({ max: 4 })])
    expect(wrapper.attributes('data-step')).toBe('0')
    expect(mapText(wrapper)).toEqual(['0 0 4294967295'])
    expect(wrapper.find('.uidmap__host').text()).toBe(`→ hôte${NB}: 0`)
    expect(wrapper.find('[aria-current="step"]').text()).toContain('Moteur rootful')
  })

  it('follows the clicks: rootless, postgres 999 → 100998, keep-id, host check', async () => {
    const wrapper = mount(UidMap)
    slidevFake.clicks.value = 1
    await wrapper.vm.$nextTick()
    expect(mapText(wrapper)).toEqual(['0 1000 1 1 100000 65536'])
    expect(wrapper.find('.uidmap__host').text()).toContain('1000')

    slidevFake.clicks.value = 2
    await wrapper.vm.$nextTick()
    expect(wrapper.find('.uidmap__host').text()).toBe(`→ hôte${NB}: 100998`)
    expect(wrapper.find('.uidmap__hop').text()).toContain('100000 + (999 − 1) = 100998')
    expect(wrapper.find('tr.is-current').text()).toContain('100000–165535')

    slidevFake.clicks.value = 3
    await wrapper.vm.$nextTick()
    expect(mapText(wrapper)).toEqual(['0 1 1000 1000 0 1 1001 1001 64536', '0 1000 1 1 100000 65536'])
    expect(wrapper.findAll('.uidmap__ranges tbody tr')).toHaveLength(3)
    expect(wrapper.find('.uidmap__host').text()).toBe(`→ hôte${NB}: 1000`)
    expect(wrapper.findAll('.uidmap__hop')).toHaveLength(2)

    slidevFake.clicks.value = 4
    await wrapper.vm.$nextTick()
    expect(wrapper.find('.uidmap__terminal').text()).toContain('100998 100998')
    // Past the last step: stays on it.
    slidevFake.clicks.value = 9
    await wrapper.vm.$nextTick()
    expect(wrapper.attributes('data-step')).toBe('4')
  })

  it('translates the UID the learner types, explains unmapped and invalid input, resets on the next step', async () => {
    slidevFake.clicks.value = 1
    const wrapper = mount(UidMap, { attachTo: document.body })
    const input = wrapper.find('input')
    expect(wrapper.find('label').attributes('for')).toBe(input.attributes('id'))
    await input.setValue('65536')
    expect(wrapper.find('.uidmap__host').text()).toContain('165535')
    await input.setValue('65537')
    expect(wrapper.find('.uidmap__host').text()).toBe('→ non mappé')
    expect(wrapper.find('.uidmap__error').text()).toContain('EINVAL')
    expect(wrapper.find('tr.is-current').exists()).toBe(false)
    await input.setValue('-3')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('.uidmap__error').text()).toBe('Entrez un UID entier entre 0 et 4294967294.')

    ;(input.element as HTMLInputElement).focus()
    await input.trigger('keydown', { key: 'Escape' })
    expect(document.activeElement).not.toBe(input.element)

    slidevFake.clicks.value = 2
    await wrapper.vm.$nextTick()
    expect((wrapper.find('input').element as HTMLInputElement).value).toBe('999')
    wrapper.unmount()
  })

  it('in print mode shows every mapping step and the host check, no input', () => {
    slidevFake.printMode.value = true
    const wrapper = mount(UidMap)
    expect(wrapper.find('input').exists()).toBe(false)
    const rows = wrapper.findAll('.uidmap__summary tbody tr').map(r => r.text())
    expect(rows).toHaveLength(4)
    expect(rows[2]).toContain('postgres (image Debian)')
    expect(rows[2]).toContain('999 → 100998')
    expect(rows[3]).toContain('→ 1000')
    expect(wrapper.find('.uidmap__terminal').text()).toContain('podman unshare ls -ln')
  })
})
