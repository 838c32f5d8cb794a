import { defineConfig } from 'vite'

// Slidev merges this file into its own Vite configuration.
export default defineConfig({
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
