import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import process from 'node:process'
import { defineTransformersSetup } from '@slidev/types'
import { MERMAID_INFO, transformMermaidBlock } from '../lib/mermaid-live/build'
import { drawnStatus, renderFingerprint } from '../lib/mermaid-live/prerender'
import { transformQuizBlock } from '../lib/quiz/build'
import { QUIZ_LANG } from '../lib/quiz/schema'

// ```qcm blocks become <Qcm :data="…" />: validated with lib/quiz (an invalid block throws, which fails
// `slidev build` and shows the error overlay in dev) and their markdown rendered to HTML at build time.
//
// ```mermaid blocks become <MermaidLive> (components/MermaidLive.vue): drawn step by step with clicks
// (`%% step` markers, lib/mermaid-live) and editable in the site; a misplaced marker fails the build at its line.
// Each gets the key of the drawings scripts/diagrams.ts made before the build (lib/mermaid-live/prerender.ts).
export default defineTransformersSetup(() => ({
  codeblocks: [
    ({ info, code, slide, options }) => {
      if (!MERMAID_INFO.test(info.trim()))
        return undefined
      const drawings = { fingerprint: renderFingerprint(), status: drawnStatus, strict: options.mode === 'build' }
      if (!slide)
        return transformMermaidBlock({ info, code, filepath: '(diapositive inconnue)', slideRaw: '', slideStart: 0, drawings })
      const { filepath, contentStart, end } = slide.source
      const slideRaw = readFileSync(filepath, 'utf-8').split(/\r?\n/).slice(contentStart, end).join('\n')
      return transformMermaidBlock({ info, code, filepath: relative(process.cwd(), filepath), slideRaw, slideStart: contentStart, drawings })
    },
    async ({ info, code, slide, options }) => {
      if (info.trim().split(/\s+/)[0]?.toLowerCase() !== QUIZ_LANG)
        return undefined
      if (!slide)
        throw new Error(`Bloc \`\`\`${QUIZ_LANG} hors d'une diapositive : impossible de le situer dans le deck.`)
      return transformQuizBlock({
        code,
        entry: options.entry,
        slideIndex: slide.index,
        filepath: slide.source.filepath,
        revision: options.data.slides.map(s => `${s.source.filepath}#${s.source.revision}`).join('|'),
      })
    },
  ],
}))
