/**
 * "Backstage" text: sentences about how the course was written (« le support d'origine », « l'ancien support »,
 * « question reprise du QCM d'origine »…). Learners and trainers never saw that earlier material: a misconception is
 * shown because learners meet it (« idée reçue », « on lit souvent… »), and credits go on the Sources slides.
 * The check reads every line of a deck file, speaker notes and quiz blocks included.
 */

export interface BackstageIssue {
  /** 1-based line in the file. */
  line: number
  /** The text that matched. */
  match: string
}

// Teaching material that a sentence may call « d'origine ».
const MATERIAL = String.raw`(?:supports?|QCM|questionnaires?|ateliers?|notes(?: de cours)?|sch[ée]mas?|decks?|diapositives?|documents?|cours|exercices?|questions?(?: ouvertes?)?)`
const APOS = `['’]`

const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${MATERIAL} d${APOS}origine\b`, 'iu'),
  /\banciens? supports?\b/iu,
  /\banciennes? (?:version|formation)s? du (?:support|cours)\b/iu,
  /\b(?:supports?|questionnaires?|documents?|QCM) sources?\b/iu,
  /\bquestion (?:reprise|issue|tirée) d/iu,
  /\bQ\d+ du (?:support|QCM|questionnaire)\b/iu,
  /\bseeds?\b/iu,
]

export function findBackstage(text: string): BackstageIssue[] {
  const issues: BackstageIssue[] = []
  text.split(/\r?\n/).forEach((content, index) => {
    for (const pattern of PATTERNS) {
      const m = pattern.exec(content)
      if (m) {
        issues.push({ line: index + 1, match: m[0] })
        break
      }
    }
  })
  return issues
}

export const BACKSTAGE_ADVICE = 'texte « en coulisses » sur la fabrication du cours : présenter l\'erreur comme ce que les apprenants rencontrent (« idée reçue », « on lit souvent… ») et mettre les crédits sur la diapositive Sources'
