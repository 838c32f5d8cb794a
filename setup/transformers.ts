import { defineTransformersSetup } from '@slidev/types'
import { transformQuizBlock } from '../lib/quiz/build'
import { QUIZ_LANG } from '../lib/quiz/schema'

// ```qcm blocks become <Qcm :data="…" />: validated with lib/quiz (an invalid block throws, which fails
// `slidev build` and shows the error overlay in dev) and their markdown rendered to HTML at build time.
export default defineTransformersSetup(() => ({
  codeblocks: [
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
