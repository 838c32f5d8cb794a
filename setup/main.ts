import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'
import { installNotesLoader } from '../lib/notes/load'
import { takeOverSlidevPreload } from '../lib/preload/controller'

export default defineAppSetup(({ router }) => {
  // Before the slide show starts: Slidev's own preloading would mount the first slide's neighbours in the same
  // task as the first slide (lib/preload; global-bottom.vue then mounts a window around the current slide).
  takeOverSlidevPreload(slides.value)
  // Speaker notes are not in the entry chunk (lib/notes): the presenter, notes and overview views load them first.
  installNotesLoader(router, () => slides.value, async () => (await import('virtual:course-notes')).default)
})
