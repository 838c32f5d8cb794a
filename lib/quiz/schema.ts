import * as v from 'valibot'

/** Language of the fenced blocks that hold a question. */
export const QUIZ_LANG = 'qcm'

/** Bounds and shape of a ```qcm block: the single definition used by the build, the tests and the runtime. */
export const MIN_OPTIONS = 2
export const MAX_OPTIONS = 6
export const QUESTION_KEYS = ['id', 'question', 'options', 'multiple', 'explanation', 'see'] as const
/** `see`: the slide that teaches the point, by `routeAlias` (preferred: survives inserted slides) or number. */
export const SEE_PATTERN = /^(?:[1-9]\d*|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/
export const OPTION_KEYS = ['text', 'correct', 'explanation'] as const
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function text(field: string) {
  return v.pipe(
    v.string(`« ${field} » doit être un texte`),
    v.trim(),
    v.nonEmpty(`« ${field} » est vide`),
  )
}

export const OptionSchema = v.strictObject({
  text: text('text'),
  correct: v.optional(v.boolean('« correct » doit valoir true ou false')),
  explanation: v.optional(text('explanation')),
})

/** Normalised option text for the duplicate rule: trimmed, case-folded, spaces collapsed, backticks removed. */
export function normaliseOptionText(value: string): string {
  return value.replace(/`/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr')
}

export const QuestionSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string('« id » doit être un texte'),
      v.regex(ID_PATTERN, 'identifiant invalide : lettres minuscules, chiffres et tirets seulement (forme ch<N>-<slug>)'),
    ),
    question: text('question'),
    options: v.array(OptionSchema, '« options » doit être une liste d\'options (- text: …)'),
    multiple: v.optional(v.boolean('« multiple » doit valoir true ou false')),
    explanation: text('explanation'),
    see: v.optional(v.pipe(
      v.string('« see » doit être un texte (routeAlias ou numéro de diapositive)'),
      v.trim(),
      v.regex(SEE_PATTERN, '« see » : un routeAlias (lettres minuscules, chiffres, tirets) ou un numéro de diapositive'),
    )),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed)
      return
    const question = dataset.value
    const { options } = question
    const at = (index: number, key?: string) => {
      const path: [v.IssuePathItem, ...v.IssuePathItem[]] = [
        { type: 'object', origin: 'value', input: question, key: 'options', value: options },
        { type: 'array', origin: 'value', input: options, key: index, value: options[index] },
      ]
      if (key)
        path.push({ type: 'object', origin: 'value', input: options[index], key, value: (options[index] as Record<string, unknown>)[key] })
      return path
    }
    const optionsPath: [v.IssuePathItem] = [{ type: 'object', origin: 'value', input: question, key: 'options', value: options }]

    if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
      addIssue({ message: `il faut entre ${MIN_OPTIONS} et ${MAX_OPTIONS} options (ici ${options.length})`, path: optionsPath })
      return
    }
    const seen = new Map<string, number>()
    options.forEach((option, index) => {
      const key = normaliseOptionText(option.text)
      const first = seen.get(key)
      if (first === undefined)
        seen.set(key, index)
      else
        addIssue({ message: `les options ${first + 1} et ${index + 1} ont le même texte « ${option.text} »`, path: at(index, 'text') })
    })
    const correct = options.filter(option => option.correct === true).length
    if (correct === 0) {
      addIssue({ message: 'aucune option correcte : marquer au moins une option « correct: true »', path: optionsPath })
    }
    else if (correct > 1 && question.multiple !== true) {
      addIssue({ message: `${correct} options correctes : ajouter « multiple: true » (cases à cocher)`, path: optionsPath })
    }
    else if (correct === 1 && question.multiple === true) {
      addIssue({
        message: '« multiple: true » avec une seule option correcte : retirer « multiple » ou marquer une autre option correcte',
        path: [{ type: 'object', origin: 'value', input: question, key: 'multiple', value: true }],
      })
    }
  }),
)

export type QuizOption = v.InferOutput<typeof OptionSchema>
export type QuizQuestion = v.InferOutput<typeof QuestionSchema>
