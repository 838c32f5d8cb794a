import { defineShortcutsSetup } from '@slidev/types'
import { useEventListener } from '@vueuse/core'
import { isSearchShortcut, searchOpen } from '../lib/search/state'

/**
 * `/` or Ctrl+K (⌘K) opens the search (lib/search). Neither is a Slidev shortcut (node_modules/@slidev/client/
 * setup/shortcuts.ts: arrows, space, page keys, d, o, `, g, f, Escape, Enter). Not a Slidev shortcut entry either:
 * those cannot cancel the browser's own action (Firefox's quick find on `/`, the address bar on Ctrl+K), so the
 * key is caught here, in the views that register shortcuts (play and presenter), and Slidev's list is kept as is.
 */
export default defineShortcutsSetup((_nav, base) => {
  useEventListener(window, 'keydown', (event: KeyboardEvent) => {
    if (searchOpen.value || event.repeat || event.defaultPrevented || !isSearchShortcut(event))
      return
    const target = event.target as HTMLElement | null
    if (target?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])'))
      return
    event.preventDefault()
    searchOpen.value = true
  })
  return base
})
