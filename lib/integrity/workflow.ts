import type { Node } from 'yaml'
import type { BlockProblem } from './commands'
import { isMap, isPair, isScalar, isSeq } from 'yaml'
import { dedupe } from './compose'
import { parseYamlBlock } from './yaml'

/**
 * GitHub Actions workflow files of the lab kit (`.github/workflows/*.yml` under `labs/`), checked
 * against the workflow syntax (docs.github.com, « Workflow syntax for GitHub Actions ») and the
 * course's supply-chain rules (lines 0-based in the file):
 * - the YAML parses; `on` and a non-empty `jobs` map are present;
 * - each job has `runs-on` and `steps`, or `uses` (a reusable workflow); each step has `uses` or `run`;
 * - every remote action or reusable workflow (`owner/repo[/path]@ref`) is pinned to a full 40-hex
 *   commit SHA, with the version in a comment on the same line (`@<sha> # v4.2.2`); a Docker action
 *   (`docker://image`) is pinned by digest (`@sha256:…`); local actions (`./path`) are fine;
 * - `permissions` is declared for the workflow or for every job, and is never `write-all`;
 * - `runs-on` does not name a moving `-latest` runner image (same reason as `latest` for an image).
 */

/** `.github/workflows/ci.yml`, `labs/capstone/.github/workflows/release.yaml`. */
export function isWorkflowPath(path: string): boolean {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)
}

/** A workflow outside `.github/workflows/` (an anti-example such as `labs/bad/ci.bad.yml`): top-level `on:` and `jobs:`. */
export function isWorkflowYaml(code: string): boolean {
  return /^["']?on["']?\s*:/m.test(code) && /^jobs\s*:/m.test(code)
}

const SHA = /^[0-9a-f]{40}$/
const DIGEST = /@sha256:[0-9a-f]{64}$/
/** Owner, repository, optional path inside it: `actions/checkout`, `github/codeql-action/init`. */
const REMOTE = /^[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?$/

/** Why a `uses:` value is not pinned, or undefined when it is (or is local). */
export function usesProblem(uses: string, where: 'step' | 'job' = 'step'): string | undefined {
  const value = uses.trim()
  if (value.startsWith('./'))
    return undefined
  if (value.startsWith('docker://')) {
    if (DIGEST.test(value))
      return undefined
    return `« uses: ${value} » : image Docker épinglée par une étiquette, qui peut changer — l'épingler par condensé (docker://image@sha256:…)`
  }
  const at = value.lastIndexOf('@')
  const name = at === -1 ? value : value.slice(0, at)
  const ref = at === -1 ? undefined : value.slice(at + 1)
  const what = where === 'job' ? 'workflow réutilisable' : 'action'
  const pinned = where === 'job' ? 'épinglé' : 'épinglée'
  if (!REMOTE.test(name))
    return `« uses: ${value} » : ${what} illisible — attendu « propriétaire/dépôt[/chemin]@<SHA> », « ./chemin » ou « docker://image@sha256:… »`
  if (ref === undefined || ref === '')
    return `« uses: ${value} » : ${what} sans version (@…) — GitHub la refuse ; l'épingler par le SHA complet d'un commit`
  if (SHA.test(ref))
    return undefined
  if (/^[0-9a-f]{7,39}$/i.test(ref))
    return `« uses: ${value} » : SHA abrégé — GitHub n'accepte que le SHA complet (40 caractères hexadécimaux)`
  return `« uses: ${value} » : ${what} ${pinned} par « ${ref} », une étiquette ou une branche qui peut être déplacée — l'épingler par le SHA complet du commit (40 caractères hexadécimaux), la version en commentaire (« @<SHA> # v1.2.3 »)`
}

/** Checks a GitHub Actions workflow file. Lines are 0-based. */
export function checkWorkflow(code: string): BlockProblem[] {
  const problems: BlockProblem[] = []
  const { doc, counter, problems: invalid } = parseYamlBlock(code)
  if (invalid.length)
    return invalid
  const lines = code.split('\n')
  const lineOf = (node: unknown): number => {
    const range = (node as Node | undefined)?.range
    return range ? counter.linePos(range[0]).line - 1 : 0
  }
  /** The key node and value node of `key` in a YAML map node (`on` may be read as a boolean by YAML 1.1 tools). */
  const entry = (map: unknown, key: string): { key: Node, value: unknown } | undefined => {
    if (!isMap(map))
      return undefined
    const pair = map.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === key)
    return pair ? { key: pair.key as Node, value: pair.value } : undefined
  }
  const report = (node: unknown, message: string) => problems.push({ line: lineOf(node), message })

  const root = doc.contents
  if (!isMap(root)) {
    problems.push({ line: 0, message: 'un workflow GitHub Actions est un objet YAML (clés name, on, permissions, jobs)' })
    return problems
  }
  const on = entry(root, 'on') ?? entry(root, 'true')
  if (!on)
    problems.push({ line: 0, message: 'clé « on » absente : sans déclencheur (push, pull_request…), le workflow ne s\'exécute jamais' })

  const jobs = entry(root, 'jobs')
  if (!jobs || !isMap(jobs.value) || jobs.value.items.length === 0) {
    problems.push({ line: jobs ? lineOf(jobs.key) : 0, message: 'clé « jobs » absente ou vide : un workflow contient au moins un job' })
    return dedupe(problems)
  }

  const permissions = entry(root, 'permissions')
  if (permissions && isScalar(permissions.value) && permissions.value.value === 'write-all')
    report(permissions.key, '« permissions: write-all » : tous les droits pour le jeton GITHUB_TOKEN — déclarer le minimum (contents: read, puis packages: write pour le seul job qui pousse)')

  for (const pair of jobs.value.items) {
    if (!isPair(pair) || !isScalar(pair.key))
      continue
    const id = String(pair.key.value)
    const job = pair.value
    if (!isMap(job)) {
      report(pair.key, `job « ${id} » : un job est un objet (runs-on, steps…)`)
      continue
    }
    const reusable = entry(job, 'uses')
    const runsOn = entry(job, 'runs-on')
    const steps = entry(job, 'steps')
    const jobPermissions = entry(job, 'permissions')
    if (!permissions && !jobPermissions)
      report(pair.key, `job « ${id} » : « permissions » déclarées ni pour le workflow ni pour ce job — le jeton GITHUB_TOKEN reçoit alors les droits par défaut du dépôt, parfois en écriture ; déclarer le minimum (permissions: contents: read)`)
    if (jobPermissions && isScalar(jobPermissions.value) && jobPermissions.value.value === 'write-all')
      report(jobPermissions.key, `job « ${id} » : « permissions: write-all » — déclarer le minimum nécessaire`)

    if (reusable) {
      const value = isScalar(reusable.value) ? String(reusable.value.value) : ''
      const reason = value.startsWith('./') ? undefined : usesProblem(value, 'job')
      if (reason)
        report(reusable.value, `job « ${id} » : ${reason}`)
      else if (!value.startsWith('./'))
        versionComment(reusable.value, `job « ${id} »`)
      continue
    }
    if (!runsOn)
      report(pair.key, `job « ${id} » : « runs-on » absent — la machine qui exécute le job (par ex. ubuntu-24.04), ou « uses » pour un workflow réutilisable`)
    else if (isScalar(runsOn.value) && String(runsOn.value.value).endsWith('-latest'))
      report(runsOn.value, `job « ${id} » : « runs-on: ${runsOn.value.value} » suit la dernière image du runner, qui change sans prévenir — nommer la version (par ex. ubuntu-24.04)`)
    if (!steps || !isSeq(steps.value) || steps.value.items.length === 0) {
      report(steps?.key ?? pair.key, `job « ${id} » : « steps » absent ou vide — les étapes du job (uses: ou run:)`)
      continue
    }
    steps.value.items.forEach((step, k) => {
      if (!isMap(step)) {
        report(step, `job « ${id} », étape ${k + 1} : une étape est un objet (uses: ou run:)`)
        return
      }
      const uses = entry(step, 'uses')
      const run = entry(step, 'run')
      if (!uses && !run)
        report(step, `job « ${id} », étape ${k + 1} : ni « uses » ni « run » — GitHub refuse le workflow`)
      else if (uses && run)
        report(step, `job « ${id} », étape ${k + 1} : « uses » et « run » ensemble — une étape fait l'un ou l'autre`)
      if (uses) {
        const value = isScalar(uses.value) ? String(uses.value.value) : ''
        const reason = usesProblem(value)
        if (reason)
          report(uses.value, `job « ${id} », étape ${k + 1} : ${reason}`)
        else if (!value.startsWith('./') && !value.startsWith('docker://'))
          versionComment(uses.value, `job « ${id} », étape ${k + 1}`)
      }
    })
  }
  return dedupe(problems)

  /** A SHA says nothing to a reader: the version goes in a comment on the same line (`# v4.2.2`). */
  function versionComment(node: unknown, where: string) {
    const line = lineOf(node)
    const comment = /\s#(.*)$/.exec(lines[line] ?? '')?.[1] ?? ''
    if (!/\bv?\d+(?:\.\d+)*\b/.test(comment))
      problems.push({ line, message: `${where} : SHA sans la version en commentaire — écrire « @<SHA> # v1.2.3 » (la version épinglée, lisible par les relecteurs et par Dependabot ou Renovate)` })
  }
}
