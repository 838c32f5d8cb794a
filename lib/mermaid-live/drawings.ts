import type { Ref } from 'vue'
import type { IdleScheduler } from '../slides/idle'
import { ref, watch } from 'vue'
import { idleWithin } from '../slides/idle'

/** A step not yet drawn waits at most 2 s for an idle period. */
const onIdle = idleWithin(2000)

export interface StepDrawings {
  /** SVG of each step ('' while not drawn yet). */
  drawings: Ref<string[]>
  /** mermaid's message when the diagram cannot be drawn. */
  failure: Ref<string>
}

/**
 * Draws a live diagram's steps without holding up the slide: the complete diagram (it sizes the box) and the step
 * on screen first, the others one per idle period, nearest to the current step first; a step reached before its
 * turn is drawn at once. `key` changes (dark mode, options) start over. `only` restricts drawing to the steps a
 * view needs (print: the complete diagram).
 */
export function useStepDrawings(
  sources: readonly string[],
  render: (source: string) => Promise<string>,
  current: Ref<number>,
  key: Ref<unknown>,
  options: { idle?: IdleScheduler, only?: () => number[] | undefined } = {},
): StepDrawings {
  const idle = options.idle ?? onIdle
  const last = sources.length - 1
  const drawings = ref<string[]>(sources.map(() => ''))
  const failure = ref('')
  let generation = 0
  let pending = new Set<number>()

  function draw(index: number, mine: number): Promise<void> {
    if (pending.has(index))
      return Promise.resolve()
    pending.add(index)
    return render(sources[index]!).then((svg) => {
      if (mine !== generation)
        return
      const next = [...drawings.value]
      next[index] = svg
      drawings.value = next
    }, (error) => {
      if (mine === generation)
        failure.value = String((error as Error)?.message ?? error)
    })
  }

  function rest(mine: number): void {
    if (mine !== generation || failure.value)
      return
    const wanted = options.only?.() ?? sources.map((_, i) => i)
    const order = wanted.filter(i => !pending.has(i)).sort((a, b) => Math.abs(a - current.value) - Math.abs(b - current.value) || b - a)
    if (order.length === 0)
      return
    void draw(order[0]!, mine).then(() => idle(() => rest(mine)))
  }

  watch(key, () => {
    const mine = ++generation
    pending = new Set()
    drawings.value = sources.map(() => '')
    failure.value = ''
    void Promise.all([draw(last, mine), draw(current.value, mine)]).then(() => idle(() => rest(mine)))
  }, { immediate: true, deep: true })

  watch(current, (index) => {
    if (!pending.has(index))
      void draw(index, generation)
  })

  return { drawings, failure }
}
