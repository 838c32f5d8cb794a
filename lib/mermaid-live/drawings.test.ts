import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useStepDrawings } from './drawings'

const flush = () => new Promise(r => setTimeout(r, 0))

function setup(steps: number, only?: () => number[]) {
  const rendered: string[] = []
  const idleTasks: (() => void)[] = []
  const current = ref(0)
  const key = ref('light')
  const sources = Array.from({ length: steps }, (_, i) => `s${i}`)
  const result = useStepDrawings(sources, async (s) => {
    rendered.push(s)
    return `<svg>${s}</svg>`
  }, current, key, { idle: t => idleTasks.push(t), only })
  const runIdle = async () => {
    while (idleTasks.length) {
      idleTasks.shift()!()
      await flush()
    }
  }
  return { rendered, current, key, runIdle, ...result }
}

describe('useStepDrawings', () => {
  it('draws the complete diagram and the current step first, the rest when idle, nearest first', async () => {
    const { rendered, drawings, current, runIdle } = setup(5)
    await flush()
    expect(rendered).toEqual(['s4', 's0'])
    expect(drawings.value).toEqual(['<svg>s0</svg>', '', '', '', '<svg>s4</svg>'])
    current.value = 2 // reached before its turn: drawn at once
    await nextTick()
    await flush()
    expect(rendered).toEqual(['s4', 's0', 's2'])
    await runIdle()
    expect(rendered).toEqual(['s4', 's0', 's2', 's3', 's1'])
    expect(drawings.value.every(Boolean)).toBe(true)
  })

  it('starts over when the key changes (dark mode), and draws only what a view needs', async () => {
    const { rendered, key, runIdle, drawings } = setup(3, () => [2])
    await flush()
    await runIdle()
    expect(rendered).toEqual(['s2', 's0'])
    rendered.length = 0
    key.value = 'dark'
    await nextTick()
    await flush()
    await runIdle()
    expect(rendered).toEqual(['s2', 's0'])
    expect(drawings.value[1]).toBe('')
  })

  it('reports a diagram mermaid cannot draw', async () => {
    const current = ref(0)
    const { failure } = useStepDrawings(['bad'], async () => {
      throw new Error('Parse error on line 1')
    }, current, ref(0), { idle: () => {} })
    await flush()
    expect(failure.value).toBe('Parse error on line 1')
  })
})
