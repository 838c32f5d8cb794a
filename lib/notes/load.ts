import type { Router } from 'vue-router'
import { reactive } from 'vue'
import { showsNotes } from './split'

interface NoteRoute { meta: { slide?: { noteHTML?: string } } }

/**
 * Puts the notes chunk's notes back on each slide's info, through Vue's reactive proxy of it (the one Slidev's
 * note components read), once per page (`installNotesLoader` is called once, by `setup/main.ts`).
 */
export function fillNotes(routes: readonly NoteRoute[], notes: readonly string[] | null): void {
  if (!notes)
    return
  routes.forEach((route, i) => {
    const slide = route.meta.slide
    if (slide && notes[i] !== undefined)
      reactive(slide).noteHTML = notes[i]
  })
}

/** Views that show notes wait for the notes chunk before they render; the audience and student views never load it. */
export function installNotesLoader(router: Router, routes: () => readonly NoteRoute[], load: () => Promise<readonly string[] | null>): void {
  let loading: Promise<void> | undefined
  router.beforeEach(async (to) => {
    if (!showsNotes(to.path))
      return
    loading ??= load().then(notes => fillNotes(routes(), notes), (error) => {
      loading = undefined // the next view that needs notes tries again
      console.error('Notes de l\'orateur non chargées', error)
    })
    await loading
  })
}
