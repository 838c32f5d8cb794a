import type { ClicksContext } from '@slidev/types'
import type { ComputedRef } from 'vue'
import { computed, onUnmounted } from 'vue'

let counter = 0

/**
 * Registers one click step on the slide (like `v-click`): pressing space on the audience screen reveals
 * the answer. Must be called in a component's setup, before the slide is mounted. Without a clicks
 * context (outside a slide), nothing is ever revealed by a click.
 */
export function useRevealClick(clicks: ClicksContext | undefined, name: string): ComputedRef<boolean> {
  const info = clicks?.calculateSince('+1') ?? null
  if (!clicks || !info)
    return computed(() => false)
  const key = `${name}#${++counter}`
  clicks.register(key, info)
  onUnmounted(() => clicks.unregister(key))
  return computed(() => info.isActive.value)
}

/** Gives the keyboard back to the deck: Slidev ignores its shortcuts while a button or an input has focus. */
export function releaseFocus(): void {
  const active = globalThis.document?.activeElement
  if (active && 'blur' in active && typeof active.blur === 'function')
    active.blur()
}
