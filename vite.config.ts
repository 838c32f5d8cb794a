import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'
import { defineConfig } from 'vite'
import { applyHtmlAttrs } from './lib/deck/html-attrs'

const ENTRY = fileURLToPath(new URL('./slides.md', import.meta.url))

/** The headmatter's `htmlAttrs` (lang: fr) on the static index.html too, not only after the app starts. */
function headmatterHtmlAttrs(): Plugin {
  return {
    name: 'course:headmatter-html-attrs',
    transformIndexHtml(html) {
      const headmatter = parseSync(readFileSync(ENTRY, 'utf-8'), ENTRY).slides[0]?.frontmatter ?? {}
      const attrs = headmatter.htmlAttrs
      return attrs && typeof attrs === 'object' ? applyHtmlAttrs(html, attrs) : html
    },
  }
}

// Slidev merges this file into its own Vite configuration.
export default defineConfig({
  plugins: [headmatterHtmlAttrs()],
  optimizeDeps: {
    // Pre-bundle the quiz engine's runtime dependency up front: a late dependency discovery makes Vite
    // reload the page mid-export, which can leave PDF pages blank.
    include: ['valibot'],
  },
  server: {
    // Stay on loopback: the course never needs to be reachable from elsewhere while authoring.
    host: '127.0.0.1',
  },
})
