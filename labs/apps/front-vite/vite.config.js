import process from 'node:process'
import { defineConfig } from 'vite'

// npm run dev: Vite serves the front and, like nginx in the image, forwards /api/... to notes-api
// without the /api prefix (API_URL, by default an API started with npm start on port 3000).
export default defineConfig({
  server: {
    proxy: {
      '/api': {
        target: process.env.API_URL ?? 'http://localhost:3000',
        rewrite: path => path.replace(/^\/api/, ''),
      },
    },
  },
})
