import { defineMermaidSetup } from '@slidev/types'

// Slidev switches mermaid to its `dark` theme in dark mode; in light mode and in the PDF the
// `neutral` theme (greys, strong borders) stays legible projected and printed in black and white.
//
// Layout: mermaid 12 lays flowcharts and state diagrams out with ELK by default, a 1.6 MB chunk that runs on the
// main thread. dagre, mermaid's light engine, is the course default; a diagram that really needs ELK asks for it
// in its own frontmatter (`config: { layout: elk }`), and only that slide then loads the chunk.
export default defineMermaidSetup(() => ({
  theme: 'neutral',
  layout: 'dagre',
  fontFamily: '"Inter Variable", "Inter", sans-serif',
  themeVariables: {
    fontFamily: '"Inter Variable", "Inter", sans-serif',
    fontSize: '16px',
  },
  flowchart: { curve: 'basis', useMaxWidth: true },
  sequence: { useMaxWidth: true },
  state: { layout: 'dagre' },
}))
