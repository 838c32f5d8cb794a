import { ref } from 'vue'

/**
 * Whether the search panel is open. The only search code in the slides' entry chunk, with the button
 * (custom-nav-controls.vue) and the shortcut (setup/shortcuts.ts); the panel and the index load when it opens.
 */
export const searchOpen = ref(false)

/** Keys that open the search: `/` and Ctrl+K (⌘K on macOS); neither is one of Slidev's shortcuts. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.altKey)
    return false
  if (event.key === '/')
    return !event.ctrlKey && !event.metaKey
  return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'
}

/** The reading mode's section of a slide (/lecture/<chapter>#diapositive-<no>), or its chapter list. */
export function lecturePath(chapter: number | undefined, no?: number): string {
  if (chapter === undefined)
    return '/lecture'
  return no === undefined ? `/lecture/${chapter}` : `/lecture/${chapter}#diapositive-${no}`
}
