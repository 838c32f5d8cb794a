/**
 * Decides, for one change between two builds, which steps of a Dockerfile come from the build cache.
 * Model (docs.docker.com/build/cache/invalidation): an instruction is reused when its text is unchanged,
 * its parent step was reused and, for COPY/ADD, the checksums of the copied files are unchanged.
 * The first step that misses invalidates every later step of its stage; a rebuilt stage invalidates
 * the steps that copy from it. Stages the target does not need are skipped (BuildKit, Buildah).
 */
import type { Step } from './parse'
import { isIgnored, sourceCovers } from './paths'

/** What changed since the previous build. */
export type Change
  /** A file of the build context was modified. */
  = | { kind: 'file', path: string }
  /** The instruction starting at `line` was rewritten as `text`. */
    | { kind: 'edit', line: number, text: string }
  /** A newer image was published for `image` and the build runs with `--pull`. */
    | { kind: 'pull', image: string }
  /** Something outside the build context changed (package repository, remote API): invisible to the cache. */
    | { kind: 'outside' }
  /** Nothing changed: the second build of the same sources. */
    | { kind: 'none' }

export type Status = 'cached' | 'miss' | 'rebuild' | 'skipped'

export interface StepResult {
  step: Step
  /** Text shown for the step (the new text for an edited line). */
  text: string
  status: Status
  /** Why the step has this status (French, for the learner). */
  reason: string
  /** An expensive step (dependency install, compilation): rebuilding it costs real time. */
  heavy: boolean
}

export interface SimulationOptions {
  /** `.dockerignore` / `.containerignore` patterns of the build context. */
  ignore?: readonly string[]
  /** Stage name to build (`--target`); defaults to the last stage. */
  target?: string
}

export interface Simulation {
  results: StepResult[]
  counts: Record<Status, number>
  /** Number of heavy steps that must run again. */
  heavyRerun: number
  /** First step whose own inputs changed, if any. */
  firstMiss?: StepResult
  /** One-sentence French summary of the outcome. */
  summary: string
}

const HEAVY = /\b(?:npm (?:ci|install|run build)|yarn install|pnpm install|pip install|apt-get install|apk add|dnf install|go build|go mod download|mvn|gradle|cargo build)\b/

export function isHeavy(step: Step): boolean {
  return step.keyword === 'RUN' && HEAVY.test(step.args)
}

/** The stage a reference (`build`, or an index `0`) points to, or undefined for an external image. */
function stageOf(ref: string, steps: readonly Step[]): number | undefined {
  const name = ref.toLowerCase()
  const named = steps.find(step => step.stageName === name)
  if (named)
    return named.stage
  if (/^\d+$/.test(ref)) {
    const index = Number(ref)
    if (steps.some(step => step.keyword === 'FROM' && step.stage === index))
      return index
  }
  return undefined
}

/** Stages the target needs: itself plus every stage it starts FROM or copies --from, recursively. */
function neededStages(steps: readonly Step[], target: number): Set<number> {
  const needed = new Set<number>()
  const visit = (stage: number): void => {
    if (needed.has(stage))
      return
    needed.add(stage)
    for (const step of steps) {
      if (step.stage !== stage)
        continue
      const refs = [...(step.image ? [step.image] : []), ...(step.flags.from ?? [])]
      for (const ref of refs) {
        const dependency = stageOf(ref, steps)
        if (dependency !== undefined && dependency !== stage)
          visit(dependency)
      }
    }
  }
  visit(target)
  return needed
}

function validate(change: Change, steps: readonly Step[]): void {
  if (change.kind === 'edit' && !steps.some(step => step.line === change.line))
    throw new Error(`Modification impossible : aucune instruction ne commence à la ligne ${change.line}.`)
  if (change.kind === 'pull' && !steps.some(step => step.image === change.image))
    throw new Error(`Modification impossible : aucun FROM n'utilise l'image « ${change.image} ».`)
  if (change.kind === 'file' && change.path.trim() === '')
    throw new Error('Modification impossible : chemin de fichier vide.')
}

export function simulate(steps: readonly Step[], change: Change, options: SimulationOptions = {}): Simulation {
  validate(change, steps)
  const ignore = options.ignore ?? []
  const lastStage = Math.max(...steps.map(step => step.stage))
  let target = lastStage
  if (options.target !== undefined) {
    const found = stageOf(options.target, steps)
    if (found === undefined)
      throw new Error(`Cible « ${options.target} » introuvable : aucune étape FROM … AS ${options.target}.`)
    target = found
  }
  const needed = neededStages(steps, target)
  // A global ARG (stage -1) is always evaluated.
  needed.add(-1)

  const dirtyStages = new Set<number>()
  const results: StepResult[] = []
  const fileIgnored = change.kind === 'file' && isIgnored(ignore, change.path)

  for (const step of steps) {
    const edited = change.kind === 'edit' && change.line === step.line
    const text = edited ? change.text : step.text
    const heavy = isHeavy(step)
    const push = (status: Status, reason: string): void => {
      results.push({ step, text, status, reason, heavy })
      if (status === 'miss' || status === 'rebuild')
        dirtyStages.add(step.stage)
    }

    if (step.stage > target || !needed.has(step.stage)) {
      push('skipped', 'Étape de build inutile pour la cible : elle n\'est pas construite.')
      continue
    }
    if (step.keyword !== 'FROM' && dirtyStages.has(step.stage)) {
      push('rebuild', 'Une instruction précédente de cette étape a changé : son cache ne peut plus servir.')
      continue
    }
    if (edited) {
      push('miss', 'Le texte de l\'instruction a changé : la clé de cache est différente.')
      continue
    }
    if (step.keyword === 'FROM') {
      const parent = stageOf(step.image ?? '', steps)
      if (parent !== undefined && dirtyStages.has(parent))
        push('miss', 'Elle part d\'une étape de build reconstruite.')
      else if (change.kind === 'pull' && change.image === step.image)
        push('miss', 'Avec --pull, une nouvelle version de l\'image de base est téléchargée : tout ce qui suit est à refaire.')
      else
        push('cached', 'Même image de base que lors du build précédent.')
      continue
    }
    if (step.keyword === 'COPY' || step.keyword === 'ADD') {
      const from = step.flags.from?.[0]
      if (from !== undefined) {
        const source = stageOf(from, steps)
        if (source !== undefined && dirtyStages.has(source))
          push('miss', `Elle copie depuis l'étape « ${from} », qui a été reconstruite.`)
        else
          push('cached', `Les fichiers copiés depuis « ${from} » n'ont pas changé.`)
        continue
      }
      if (change.kind === 'file' && (step.sources ?? []).some(source => sourceCovers(source, change.path))) {
        if (fileIgnored)
          push('cached', `${change.path} est exclu par le fichier .dockerignore\u00A0: il n'entre pas dans le contexte.`)
        else
          push('miss', `Elle copie ${change.path}, dont le contenu a changé (somme de contrôle différente).`)
        continue
      }
      push('cached', 'Même instruction, mêmes fichiers copiés.')
      continue
    }
    push('cached', step.kind === 'metadata'
      ? 'Même instruction (métadonnée, pas de couche de fichiers).'
      : 'Même texte d\'instruction : le cache ne regarde pas au-delà.')
  }

  const counts: Record<Status, number> = { cached: 0, miss: 0, rebuild: 0, skipped: 0 }
  for (const result of results)
    counts[result.status] += 1
  const heavyRerun = results.filter(r => r.heavy && (r.status === 'miss' || r.status === 'rebuild')).length
  const firstMiss = results.find(r => r.status === 'miss')
  return { results, counts, heavyRerun, firstMiss, summary: summarize(change, counts, heavyRerun, firstMiss, fileIgnored) }
}

function plural(n: number, singular: string, pluralForm: string): string {
  return `${n} ${n > 1 ? pluralForm : singular}`
}

function summarize(change: Change, counts: Record<Status, number>, heavyRerun: number, firstMiss: StepResult | undefined, fileIgnored: boolean): string {
  if (firstMiss === undefined) {
    if (change.kind === 'outside')
      return 'Tout vient du cache : le changement est hors du contexte et les textes des RUN sont identiques. Les paquets restent ceux du premier build (il faut --pull ou --no-cache).'
    if (change.kind === 'file' && fileIgnored)
      return `Tout vient du cache\u00A0: ${change.path} est exclu du contexte par .dockerignore.`
    if (change.kind === 'file')
      return `Tout vient du cache\u00A0: aucune instruction COPY/ADD ne copie ${change.path}.`
    return 'Tout vient du cache : aucune entrée d\'étape n\'a changé.'
  }
  const rerun = counts.miss + counts.rebuild
  const heavy = heavyRerun > 0 ? `, dont ${plural(heavyRerun, 'étape lourde', 'étapes lourdes')}` : ''
  return `Premier échec de cache à la ligne ${firstMiss.step.line}\u00A0: ${plural(counts.cached, 'étape réutilisée', 'étapes réutilisées')}, ${plural(rerun, 'étape réexécutée', 'étapes réexécutées')}${heavy}.`
}
