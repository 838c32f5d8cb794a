import { defineMermaidSetup } from '@slidev/types'

// Slidev switches mermaid to its `dark` theme in dark mode; in light mode and in the PDF the
// `neutral` theme (greys, strong borders) stays legible projected and printed in black and white.
export default defineMermaidSetup(() => ({
  theme: 'neutral',
  fontFamily: '"Inter Variable", "Inter", sans-serif',
  themeVariables: {
    fontFamily: '"Inter Variable", "Inter", sans-serif',
    fontSize: '16px',
  },
  flowchart: { curve: 'basis', useMaxWidth: true },
  sequence: { useMaxWidth: true },
}))
