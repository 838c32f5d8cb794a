import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { useDiagramEditor } from './editor'

// A stand-in for mermaid: a source is valid unless it contains "oops" on some line.
async function parse(source: string) {
  const line = source.split('\n').findIndex(l => l.includes('oops'))
  if (line >= 0)
    throw new Error(`Parse error on line ${line + 1}:\n...oops\n---^\nExpecting 'NODE', got 'EOF'`)
  return true
}
const render = vi.fn(async (source: string) => `<svg>${source.split('\n').length}</svg>`)

describe('useDiagramEditor', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    render.mockClear()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('draws the source when opened, then again once typing pauses', async () => {
    const editor = useDiagramEditor('flowchart LR\n  a --> b', render, { parse, delayMs: 300 })
    editor.show()
    await vi.runAllTimersAsync()
    expect(editor.drawing.value).toBe('<svg>2</svg>')
    editor.draft.value = 'flowchart LR\n  a --> b\n  b --> c'
    await nextTick()
    await vi.advanceTimersByTimeAsync(100)
    editor.draft.value += '\n  c --> d'
    await nextTick()
    await vi.advanceTimersByTimeAsync(299)
    expect(editor.drawing.value).toBe('<svg>2</svg>')
    await vi.advanceTimersByTimeAsync(1)
    expect(editor.drawing.value).toBe('<svg>4</svg>')
    expect(render).toHaveBeenCalledTimes(2)
    expect(editor.changed.value).toBe(true)
  })

  it('reports an invalid source with its line, keeps the last drawing and never renders it', async () => {
    const editor = useDiagramEditor('flowchart LR\n  a --> b', render, { parse })
    editor.show()
    await vi.runAllTimersAsync()
    editor.draft.value = 'flowchart LR\n  a --> b\n  oops'
    await nextTick()
    await vi.runAllTimersAsync()
    expect(editor.error.value).toBe('Ligne 3 : Expecting \'NODE\', got \'EOF\'')
    expect(editor.drawing.value).toBe('<svg>2</svg>')
    expect(render).toHaveBeenCalledTimes(1)

    editor.reset()
    await vi.runAllTimersAsync()
    expect(editor.draft.value).toBe('flowchart LR\n  a --> b')
    expect(editor.error.value).toBe('')
    expect(editor.changed.value).toBe(false)
  })

  it('keeps the draft when closed and reopened, and draws nothing while closed', async () => {
    const editor = useDiagramEditor('flowchart LR\n  a --> b', render, { parse })
    editor.show()
    editor.draft.value = 'flowchart LR\n  x'
    await nextTick()
    editor.hide()
    await vi.runAllTimersAsync()
    expect(editor.open.value).toBe(false)
    expect(render).toHaveBeenCalledTimes(1)
    editor.show()
    await vi.runAllTimersAsync()
    expect(editor.draft.value).toBe('flowchart LR\n  x')
    expect(editor.drawing.value).toBe('<svg>2</svg>')
  })
})
