import type { Ref } from 'vue'
import { computed, ref } from 'vue'

/**
 * A stand-in for `@slidev/client` in component tests: Slidev's real client needs its virtual modules.
 * It provides the few values the course components read, as refs the tests drive:
 *
 *   vi.mock('@slidev/client', () => import('../tests/support/slidev-client'))
 *   import { resetSlidevFake, slidevFake } from '../tests/support/slidev-client'
 */
export interface SlideRouteFake {
  no: number
  meta: { slide: { frontmatter: Record<string, unknown>, title?: string } }
}

export const slidevFake = {
  printMode: ref(false),
  renderContext: ref('slide'),
  /** Clicks of the current slide: a registered click step is active from click 1. */
  clicks: ref(0),
  page: ref(1),
  slides: ref([]) as Ref<SlideRouteFake[]>,
  /** Click steps registered by components, by key. */
  registered: new Map<string, unknown>(),
  /** Targets passed to `useNav().go`, in order. */
  went: [] as (number | string)[],
}

/** Back to a plain slide on screen: not printing, no click yet, page 1, no slides, nothing registered. */
export function resetSlidevFake(): void {
  slidevFake.printMode.value = false
  slidevFake.renderContext.value = 'slide'
  slidevFake.clicks.value = 0
  slidevFake.page.value = 1
  slidevFake.slides.value = []
  slidevFake.registered.clear()
  slidevFake.went.length = 0
}

/** A route as `useNav().slides` lists it. */
export function slideRoute(no: number, frontmatter: Record<string, unknown>, title?: string): SlideRouteFake {
  return { no, meta: { slide: { frontmatter, title } } }
}

export function useNav() {
  return {
    isPrintMode: computed(() => slidevFake.printMode.value),
    slides: slidevFake.slides,
    go: (no: number | string) => {
      slidevFake.went.push(no)
    },
  }
}

export function useSlideContext() {
  return {
    $renderContext: slidevFake.renderContext,
    $page: slidevFake.page,
    $clicksContext: {
      // Every registration starts at click 1 (as the first `+1` of a slide).
      calculateSince: (_at: string | number, size = 1) => ({
        start: 1,
        end: 1 + size,
        max: size,
        delta: size,
        currentOffset: computed(() => slidevFake.clicks.value - 1),
        isActive: computed(() => slidevFake.clicks.value >= 1),
      }),
      register: (key: string, info: unknown) => slidevFake.registered.set(key, info),
      unregister: (key: string) => slidevFake.registered.delete(key),
    },
  }
}
