import { definePreparserSetup } from '@slidev/types'
import { quizRefsOfContent } from '../lib/quiz/preparse'
import { QUIZ_FRONTMATTER_KEY } from '../lib/quiz/slides'

// Records the questions of each slide (`quizzes: [{ id, sig }]`) in its frontmatter: the built SPA keeps
// frontmatter but strips slide content, and <QcmScore> needs each chapter's questions to count its total.
export default definePreparserSetup(() => [
  {
    name: 'qcm-index',
    async transformSlide(content, frontmatter) {
      const refs = quizRefsOfContent(content)
      // Only set when there are questions: an importing `src:` slide's frontmatter overrides the imported one.
      if (refs.length > 0)
        frontmatter[QUIZ_FRONTMATTER_KEY] = refs
      return undefined
    },
  },
])
