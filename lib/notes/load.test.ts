import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, effect, reactive } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fillNotes, installNotesLoader } from './load'

function routesOf(n: number) {
  return Array.from({ length: n }, () => ({ meta: { slide: { noteHTML: '' } } }))
}

describe('fillNotes', () => {
  it('sets each slide\'s note through the reactive proxy its readers use', () => {
    const routes = routesOf(2)
    const seen: string[] = []
    effect(() => seen.push(reactive(routes[1]!.meta.slide).noteHTML))
    fillNotes(routes, ['<p>a</p>', '<p>b</p>'])
    expect(routes.map(r => r.meta.slide.noteHTML)).toEqual(['<p>a</p>', '<p>b</p>'])
    expect(seen).toEqual(['', '<p>b</p>'])
  })

  it('leaves the slides alone in dev (null)', () => {
    const routes = routesOf(1)
    fillNotes(routes, null)
    expect(routes[0]!.meta.slide.noteHTML).toBe('')
  })
})

describe('installNotesLoader', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  function routerWith(load: () => Promise<string[] | null>) {
    const page = defineComponent({ render: () => null })
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:no', component: page }, { path: '/presenter/:no', component: page }, { path: '/overview', component: page }],
    })
    const routes = routesOf(2)
    installNotesLoader(router, () => routes, load)
    return { router, routes }
  }

  it('loads nothing for the slides, and the notes once before the first view that shows them', async () => {
    const load = vi.fn(async () => ['<p>un</p>', '<p>deux</p>'])
    const { router, routes } = routerWith(load)
    await router.push('/1')
    await router.push('/2')
    expect(load).not.toHaveBeenCalled()
    await router.push('/presenter/2')
    expect(routes[1]!.meta.slide.noteHTML).toBe('<p>deux</p>')
    await router.push('/overview')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('still opens the view when the chunk fails, reports it, and tries again next time', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(['<p>a</p>', ''])
    const { router, routes } = routerWith(load)
    await router.push('/presenter/1')
    expect(router.currentRoute.value.path).toBe('/presenter/1')
    expect(error).toHaveBeenCalledOnce()
    await router.push('/overview')
    expect(routes[0]!.meta.slide.noteHTML).toBe('<p>a</p>')
  })
})
