import type { Plugin } from 'vite'

/**
 * Slide titles out of the first payload.
 *
 * Slidev (53) compiles every slide's title into one component, `/@slidev/title-renderer.md` (a `v-if` chain of
 * one template per slide), re-exported by `/@slidev/title-renderer`. Its only users are the « aller à » dialog
 * (`Goto.vue`, imported statically by the controls every slide loads) and the `<Toc>` component, so its size
 * grows with the deck inside what slide 1 downloads. In a build this plugin turns the re-export into an async
 * component: the titles become their own chunk, fetched the first time a title is shown (a match in the dialog).
 */
export const TITLE_RENDERER = '/@slidev/title-renderer'
export const SLIDEV_TITLE_RENDERER_CODE = 'export { default } from "/@slidev/title-renderer.md"'

/** The lazy version of Slidev's re-export; throws on any other shape (a Slidev upgrade changed the module). */
export function lazyTitleRenderer(code: string): string {
  if (code.trim() !== SLIDEV_TITLE_RENDERER_CODE)
    throw new Error(`${TITLE_RENDERER} : contenu inattendu (${JSON.stringify(code.slice(0, 120))}) — module Slidev modifié ? Voir lib/notes/titles.ts.`)
  return [
    'import { defineAsyncComponent } from \'vue\'',
    'export default defineAsyncComponent(() => import("/@slidev/title-renderer.md"))',
    '',
  ].join('\n')
}

export function lazyTitles(): Plugin {
  let build = false
  return {
    name: 'course:lazy-titles',
    enforce: 'post',
    configResolved(config) {
      build = config.command === 'build'
    },
    transform(code, id) {
      if (!build || id !== TITLE_RENDERER)
        return null
      return { code: lazyTitleRenderer(code), map: null }
    },
  }
}
