import { defineConfig } from 'vite'

// Slidev merges this file into its own Vite configuration.
export default defineConfig({
  server: {
    // Stay on loopback: the course never needs to be reachable from elsewhere while authoring.
    host: '127.0.0.1',
  },
})
