import type { Ref } from 'vue'
import { computed, ref, watch } from 'vue'
import { errorSummary } from './steps'

export interface DiagramEditor {
  open: Ref<boolean>
  /** The source being edited (the block as written, step markers included: they are mermaid comments). */
  draft: Ref<string>
  /** The last drawing of a valid draft: an invalid one leaves it in place. */
  drawing: Ref<string>
  /** « Ligne N : … » while the draft is invalid, else empty. */
  error: Ref<string>
  changed: Ref<boolean>
  show: () => void
  hide: () => void
  reset: () => void
}

export interface EditorOptions {
  /** Checks a source, throwing mermaid's error (default: mermaid.parse, loaded when the editor first opens). */
  parse?: (source: string) => Promise<unknown>
  /** Quiet time after the last key before the diagram is drawn again. */
  delayMs?: number
}

async function mermaidParse(source: string): Promise<unknown> {
  // The same bundle as Slidev's renderer (@slidev/client/modules/mermaid): one copy of mermaid in the site.
  const { default: mermaid } = await import('mermaid/dist/mermaid.esm.mjs')
  return mermaid.parse(source)
}

/**
 * The « Modifier » panel of a live diagram: the complete diagram is drawn again as the person types (debounced);
 * an invalid source is reported with its line and never handed to the renderer, so the last valid drawing stays
 * and nothing is written to the console. Edits live as long as the slide is mounted; nothing is saved.
 */
export function useDiagramEditor(original: string, render: (source: string) => Promise<string>, options: EditorOptions = {}): DiagramEditor {
  const parse = options.parse ?? mermaidParse
  const delayMs = options.delayMs ?? 300
  const open = ref(false)
  const draft = ref(original)
  const drawing = ref('')
  const error = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  let version = 0

  async function redraw(source: string) {
    const mine = ++version
    try {
      await parse(source)
      const svg = await render(source)
      if (mine === version) {
        drawing.value = svg
        error.value = ''
      }
    }
    catch (e) {
      if (mine === version)
        error.value = errorSummary(String((e as Error)?.message ?? e), source)
    }
  }

  watch(draft, (source) => {
    clearTimeout(timer)
    if (open.value)
      timer = setTimeout(() => void redraw(source), delayMs)
  })

  return {
    open,
    draft,
    drawing,
    error,
    changed: computed(() => draft.value !== original),
    show() {
      open.value = true
      void redraw(draft.value)
    },
    hide() {
      clearTimeout(timer)
      open.value = false
    },
    reset() {
      clearTimeout(timer)
      draft.value = original
      void redraw(original)
    },
  }
}
