import type { ClicksContext } from '@slidev/types'
import type { ComputedRef } from 'vue'
import { computed } from 'vue'
import { useClickSteps } from '../slides/clicks'

/**
 * Registers one click step on the slide (like `v-click`): pressing space on the audience screen reveals
 * the answer. Must be called in a component's setup, before the slide is mounted. Without a clicks
 * context (outside a slide), nothing is ever revealed by a click.
 */
export function useRevealClick(clicks: ClicksContext | undefined, name: string): ComputedRef<boolean> {
  const info = useClickSteps(clicks, name)
  return computed(() => info?.isActive.value ?? false)
}

/** Gives the keyboard back to the deck: Slidev ignores its shortcuts while a button or an input has focus. */
export function releaseFocus(): void {
  const active = globalThis.document?.activeElement
  if (active && 'blur' in active && typeof active.blur === 'function')
    active.blur()
}
