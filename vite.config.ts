import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { applyHtmlAttrs } from './lib/deck/html-attrs'
import { courseTracks } from './lib/deck/tracks-plugin'
import { DRAWN_CHUNK } from './lib/mermaid-live/prerender'
import { withoutKatexCss } from './lib/notes/katex'
import { lazyNotes } from './lib/notes/plugin'
import { lazyTitles } from './lib/notes/titles'
import { courseSearch } from './lib/search/plugin'

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

/**
 * Offline support for the built site. The course does not use Slidev's `pwa` option: Slidev registers its
 * service worker as soon as the app starts and precaches every file, so the precache competes with the first
 * slide. Here the worker is generated with the same Workbox settings, registered by `global-bottom.vue` once the
 * first slide has loaded and the browser is idle (lib/offline), and it skips mermaid's ELK layout chunk, which
 * no diagram uses (setup/mermaid.ts picks dagre), and the build-time drawings of the diagrams (≈ 9.5 MB, 1.1 MB
 * compressed: lib/mermaid-live/drawn.ts): fetched when their slide is shown and kept from then on (runtime cache
 * below); offline without them a diagram is drawn by mermaid, which is precached.
 */
export const PRECACHE_IGNORES = ['**/elk-*.js', '**/drawn-*.js']

/** Slidev views that must not get the SPA's index.html from the worker's navigation fallback. */
const NOT_SPA_FALLBACK = ['presenter', 'notes', 'overview', 'print', 'export']

/**
 * The navigation fallback's denylist under the site's base path (`slidev build --base /sous/chemin/`, GitHub Pages):
 * the worker sees full paths, `/sous/chemin/presenter/3`, not `/presenter/3`.
 */
export function fallbackDenylist(base: string): RegExp[] {
  const inner = base.replace(/^\/+|\/+$/g, '')
  const prefix = inner ? `/${inner}/` : '/'
  const escaped = prefix.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')
  return [new RegExp(`^${escaped}(?:${NOT_SPA_FALLBACK.join('|')})`)]
}

function offline(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: null,
    workbox: {
      maximumFileSizeToCacheInBytes: 104857600,
      globPatterns: ['**/*.{js,css,html,woff,woff2,ttf,png,jpg,jpeg,svg,gif,webp,avif,ico}'],
      globIgnores: PRECACHE_IGNORES,
      navigateFallback: 'index.html',
      // Set from the resolved base below (integration.configureOptions).
      navigateFallbackDenylist: fallbackDenylist('/'),
      clientsClaim: true,
      skipWaiting: true,
      // A diagram's drawings, not precached, are kept once a slide has fetched them: seen online, shown offline
      // without mermaid.
      runtimeCaching: [{
        urlPattern: DRAWN_CHUNK,
        handler: 'CacheFirst',
        options: { cacheName: 'course-diagrams', expiration: { maxEntries: 400 } },
      }],
    },
    manifest: {
      name: 'Conteneurs : Docker & Podman',
      short_name: 'Conteneurs',
      lang: 'fr',
      // No start_url or scope: vite-plugin-pwa sets both to the base path (`/`, or `/sous/chemin/` on GitHub Pages).
      display: 'fullscreen',
      theme_color: '#121212',
      background_color: '#121212',
    },
    integration: {
      configureOptions(viteConfig, options) {
        options.workbox = { ...options.workbox, navigateFallbackDenylist: fallbackDenylist(viteConfig.base) }
      },
    },
  })
}

// Slidev merges this file into its own Vite configuration.
export default defineConfig(({ command }) => ({
  plugins: [headmatterHtmlAttrs(), courseTracks(ENTRY), courseSearch(ENTRY), lazyNotes(), lazyTitles(), withoutKatexCss(), ...(command === 'build' ? offline() : [])],
  optimizeDeps: {
    // Pre-bundle the quiz engine's runtime dependency up front: a late dependency discovery makes Vite
    // reload the page mid-export, which can leave PDF pages blank.
    include: ['valibot'],
  },
  server: {
    // Stay on loopback: the course never needs to be reachable from elsewhere while authoring.
    host: '127.0.0.1',
  },
}))
