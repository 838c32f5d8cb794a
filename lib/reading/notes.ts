/**
 * The speaker-notes convention of the course (README « Écrire le contenu »), shared by the reading mode and its check.
 *
 * Speaker notes are for two audiences: the trainer in the room, and the student who reads the course afterwards
 * (`/lecture`). One rule separates them, line by line:
 *
 * - a line (or list item) that STARTS with a trainer lead — « Dire : », « Démo : », « Faire … », « Laisser … »,
 *   « En salle : », « Question à poser : », a timing such as « 10 min »… — is for the trainer only: the reading
 *   mode leaves it out;
 * - every other line is an explanation for readers and is kept, labelled ones included (« Erreur fréquente : »,
 *   « Idée reçue : », « Attendu : », « Nettoyage : »…);
 * - `[click]` / `[click:N]` markers start a new paragraph in the reading mode.
 *
 * Leads are matched after an optional `[click]` marker and list marker. `checkLabel` tells whether a « Xxx : »
 * label is known (trainer or reader); `lib/reading/convention.test.ts` runs it over the deck so that a new label
 * is classified before it ships.
 */

/** Words or phrases that open a trainer-only line. Matched as whole words at the start of the line. */
export const TRAINER_LEADS: readonly string[] = [
  // What to say, show or do in the room.
  'Dire',
  'À dire',
  'Démo',
  'Demo',
  'Démonstration',
  'Faire',
  'Laisser',
  'En salle',
  'Insister',
  'Transition',
  'Montrer',
  'Demander',
  'Raconter',
  'Présenter',
  'Annoncer',
  'Poser',
  'Rappeler',
  'Rester',
  'Expliquer',
  'Écrire',
  'Lire',
  'Résumer',
  'Partir',
  'À faire',
  'À montrer',
  'Question à poser',
  'Points à montrer',
  'Points à faire',
  'Message central',
  'Message à faire',
  'Si le temps manque',
  'Chapitre court',
  'Diapositive de référence',
  // Room instructions without a colon: « Parcourir ligne à ligne… », « Dessiner le cycle au tableau… ».
  'Accueillir',
  'Commenter',
  'Descendre',
  'Dessiner',
  'Exiger',
  'Ouvrir',
  'Parcourir',
  'Préciser',
  'Proposer',
  'Revenir',
  'Enchaîner',
  'Passer voir',
  'Relance',
  'Tirer au sort',
  'Tour de table',
  'Avant la session',
  // Timings.
  'Minutage',
  'Timing',
  'Durée',
]

/** A trainer instruction hidden inside a longer label: « Règle à faire répéter », « Nuance à donner »… */
const TRAINER_INFIX = /(?:^|\s)à (?:faire|dire|donner|discuter|montrer|poser|transmettre|désamorcer)(?:\s|$)/u

/** A line that starts with a duration: « 10 min », « (5 minutes) », « ≈ 15 min ». */
const TIMING = /^\(?(?:≈|~|environ\s)?\s*\d+(?:[,.]\d+)?\s*(?:min(?:utes?)?|h)\b/u

/** One-word labels (and the first word of longer ones) known to be for readers. */
export const READER_WORDS: readonly string[] = [
  'A',
  'Activer',
  'Alternative',
  'Amélioration',
  'Arrêter',
  'Attendu',
  'Attention',
  'Autre',
  'Autres',
  'B',
  'Base',
  'Binaire',
  'Bonus',
  'Build',
  'C',
  'Cache',
  'Calcul',
  'Chapitre',
  'Checkpoint',
  'Choisir',
  'CI',
  'ClusterIP',
  'Commande',
  'Compose',
  'Condensé',
  'Conditions',
  'ConfigMap',
  'Configuration',
  'Conseil',
  'Consigne',
  'Conséquence',
  'Conséquences',
  'Contre-épreuve',
  'Contrôle',
  'Correctifs',
  'Correction',
  'Coût',
  'Critère',
  'DCT',
  'Dependabot',
  'Dernière',
  'Diagnostic',
  'Digest',
  'Docker',
  'Donc',
  'Données',
  'Déclaratif',
  'Définition',
  'Démarrer',
  'Désactiver',
  'Exemple',
  'Exemples',
  'Explication',
  'Facultatif',
  'Fichier',
  'Glossaire',
  'Historique',
  'Images',
  'IMG',
  'Ingress',
  'Isolation',
  'L\'ordre',
  'Lecture',
  'Lint',
  'Légèreté',
  'Matériel',
  'Message',
  'Mesurer',
  'Namespace',
  'Nettoyage',
  'NodePort',
  'Nom',
  'Noms',
  'Nuance',
  'Option',
  'Ordonné',
  'Ordre',
  'Partage',
  'Partageable',
  'Persistance',
  'Piège',
  'Plage',
  'Plateformes',
  'Podman',
  'Pourquoi',
  'Premier',
  'Première',
  'Principe',
  'Prolongement',
  'Proxy',
  'Prérequis',
  'Pull',
  'Push',
  'QEMU',
  'Quatre',
  'Question',
  'RAM',
  'Rappel',
  'ReadWriteOnce',
  'References',
  'Registre',
  'Remèdes',
  'Renovate',
  'Reproductibilité',
  'Rootful',
  'Rootless',
  'Rotation',
  'Règle',
  'Références',
  'Réseaux',
  'Réversible',
  'Scan',
  'Secret',
  'Sortie',
  'Sorties',
  'Sources',
  'Suite',
  'Surprise',
  'Sécurité',
  'Tableau',
  'Taille',
  'UDP',
  'Variable',
  'Variante',
  'Versions',
  'Vocabulaire',
  'Voir',
  'Volume',
  'Votre',
  'Vérification',
  'Vérifications',
  'Vérifier',
  'Vérifié',
  'Windows',
  'Écosystème',
  'Épinglage',
  'Équivalents',
  'Étiquettes',
]

/** The start of a notes line: optional `[click]` / `[click:N]` marker, optional list marker. */
const LINE_START = /^\s*(?:\[click(?::\d+)?\]\s*)?(?:[-*+]\s+|\d+\.\s+)?/u

/** A « Xxx : » label: up to five words, the first capitalised, an optional aside in parentheses, then « : ». */
const LABEL = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4})(?:\s+\([^)]*\))?\s:(?:\s|$)/u

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const TRAINER_START = new RegExp(`^(?:${TRAINER_LEADS.map(escapeRegExp).join('|')})(?=[\\s\\u00A0\\u202F:(,.]|$)`, 'u')

/** The text of a line without its `[click]` and list markers. */
export function lineContent(line: string): string {
  return line.replace(LINE_START, '')
}

/** The « Xxx : » label a line starts with, if any (`[click]` and list markers skipped). */
export function labelOf(line: string): string | undefined {
  return LABEL.exec(lineContent(line))?.[1]
}

/** True for a trainer-only line (see the module comment). */
export function isTrainerLine(line: string): boolean {
  const text = lineContent(line).trim()
  if (TRAINER_START.test(text) || TIMING.test(text))
    return true
  const label = labelOf(line)
  return label !== undefined && TRAINER_INFIX.test(label)
}

export type LabelCheck = 'trainer' | 'reader' | 'unknown'

/**
 * How the convention classifies a line's « Xxx : » label; undefined when the line has none, or when the label is
 * not one the check covers: longer labels whose first word is not a verb are ordinary sentences (« Volume anonyme : »,
 * « Le fichier complet ajoute : »), read as reader text. One-word labels and labels opening with an infinitive
 * (a verb ending in -er/-ir/-re: an instruction, to the trainer or to the student) must be in one of the lists.
 */
export function checkLabel(line: string): LabelCheck | undefined {
  const label = labelOf(line)
  if (label === undefined)
    return undefined
  if (isTrainerLine(line))
    return 'trainer'
  const words = label.split(/\s+/u)
  const first = words[0]!
  if (READER_WORDS.includes(first))
    return 'reader'
  const instruction = /(?:er|ir|re)$/u.test(first)
  if (words.length === 1 || instruction)
    return 'unknown'
  return undefined
}

/** Where a notes line sits in the deck, for the convention check. */
export interface NotesLine {
  file: string
  line: number
  text: string
}

/** Lines whose label the convention does not know, as `file:line — label` reports. */
export function unknownLabels(lines: readonly NotesLine[]): string[] {
  return lines
    .filter(entry => checkLabel(entry.text) === 'unknown')
    .map(entry => `${entry.file}:${entry.line} — « ${labelOf(entry.text)} : » n'est ni dans TRAINER_LEADS ni dans READER_WORDS (lib/reading/notes.ts)`)
}

/**
 * Shown lines that continue a hidden one: a line starting in lower case right after a trainer line of the same
 * paragraph reads as a fragment in the reading mode (« fonctionne hors ligne. »), as `file:line` reports.
 */
export function orphanContinuations(lines: readonly NotesLine[]): string[] {
  const problems: string[] = []
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!
    const current = lines[i]!
    if (previous.file !== current.file || previous.line + 1 !== current.line)
      continue
    const text = current.text.trim()
    if (!previous.text.trim() || /^\[click/.test(text) || /^[-*\d]/.test(text))
      continue
    // A sentence cut in two: the hidden line does not end one, the shown line starts in lower case.
    if (isTrainerLine(previous.text) && !isTrainerLine(current.text) && /^\p{Ll}/u.test(text) && !/[.!?:»)]\s*$/u.test(previous.text.trim()))
      problems.push(`${current.file}:${current.line} — « ${text.slice(0, 40)}… » continue une ligne réservée au formateur : le mode lecture n'en montrerait que la fin`)
  }
  return problems
}

const CLICK_MARK = /<span class="slidev-note-click-mark"[^>]*><\/span>/g

/**
 * The reader's part of a slide's rendered notes (`noteHTML`, as Slidev renders it with markdown-it), as HTML.
 *
 * Filtering the rendered HTML rather than the markdown keeps Slidev's own rendering (code, links, KaTeX) and needs
 * no second markdown pass at build time: markdown-it keeps each source line break inside a paragraph as a `\n`
 * and each `[click]` marker as an empty `span.slidev-note-click-mark`, so every paragraph can be cut back into its
 * source lines. Paragraphs: click markers become paragraph breaks, trainer lines are dropped. List items: an item
 * whose first line is for the trainer is dropped (a list left empty goes too), as is a trainer line continuing an item. Other blocks (code, tables, headings) are kept.
 * `parse` turns HTML into a document (DOMParser in the browser).
 */
export function readerNotesHtml(html: string, parse: (html: string) => Document): string {
  if (!html.trim())
    return ''
  const doc = parse(`<body>${html}</body>`)
  const body = doc.body
  for (const paragraph of [...body.querySelectorAll('p')]) {
    const pieces = paragraph.innerHTML.split(CLICK_MARK)
    const kept: string[] = []
    for (const piece of pieces) {
      const lines = piece.split('\n').filter((line) => {
        const text = textOf(doc, line)
        return text.trim() !== '' && !isTrainerLine(text)
      })
      if (lines.length)
        kept.push(lines.join('\n').trim())
    }
    if (kept.length === 0) {
      paragraph.remove()
      continue
    }
    const replacements = kept.map((inner) => {
      const p = doc.createElement('p')
      p.innerHTML = inner
      return p
    })
    paragraph.replaceWith(...replacements)
  }
  for (const item of [...body.querySelectorAll('li')]) {
    if (item.querySelector('p, pre, ul, ol, table, div')) {
      // A loose item: its paragraphs were filtered above; drop it if nothing is left.
      if (!(item.textContent ?? '').trim())
        item.remove()
      continue
    }
    // A tight item: the first line decides for the item; a trainer line continuing it goes alone.
    const lines = item.innerHTML.replace(CLICK_MARK, '\n').split('\n')
    const first = lines.findIndex(line => textOf(doc, line).trim() !== '')
    if (first < 0 || isTrainerLine(textOf(doc, lines[first]!))) {
      item.remove()
      continue
    }
    const kept = lines.filter((line, i) => i <= first || !isTrainerLine(textOf(doc, line)))
    if (kept.length !== lines.length)
      item.innerHTML = kept.join('\n').trim()
  }
  for (const list of [...body.querySelectorAll('ul, ol')]) {
    if (!list.querySelector('li'))
      list.remove()
  }
  for (const mark of [...body.querySelectorAll('.slidev-note-click-mark')])
    mark.remove()
  return body.innerHTML.trim()
}

function textOf(doc: Document, html: string): string {
  const span = doc.createElement('span')
  span.innerHTML = html
  return span.textContent ?? ''
}

/** The browser's parser, for `readerNotesHtml`. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}
