import type { ClicksContext, ClicksInfo } from '@slidev/types'
import { onUnmounted } from 'vue'

let counter = 0

/**
 * Registers `size` click steps on the slide, as `v-click` does, starting `at` (Slidev's syntax, '+1': the next
 * click). Must be called in a component's setup, before the slide is mounted; unregistered when the component
 * goes. Returns null outside a slide (no clicks context): nothing then advances with clicks.
 */
export function useClickSteps(clicks: ClicksContext | undefined, name: string, size = 1, at: string | number = '+1'): ClicksInfo | null {
  const info = clicks?.calculateSince(at, size) ?? null
  if (!clicks || !info)
    return null
  const key = `${name}#${++counter}`
  clicks.register(key, info)
  onUnmounted(() => clicks.unregister(key))
  return info
}
