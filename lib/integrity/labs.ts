import type { Problem } from '../deck/check'
import type { Fence } from '../deck/fences'
import type { Deck } from '../deck/load'
import type { BlockProblem } from './commands'
import type { ComposeOptions } from './compose'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { where } from '../deck/load'
import { checkShellBlock } from './commands'
import { checkCompose } from './compose'
import { checkDockerfile } from './dockerfile'
import { checkKube, isKubeYaml } from './kube'
import { checkQuadlet, QUADLET_EXTENSIONS } from './quadlet'
import { checkWorkflow, isWorkflowPath, isWorkflowYaml } from './workflow'

/**
 * The lab kit (`labs/` beside `slides.md`): the apps and starting files students work on.
 * Its Dockerfiles, Compose files, Quadlet units (`.container`, `.pod`, `.kube`, `.network`, `.volume`,
 * `.image`, `.build`), Kubernetes YAML files and shell scripts go through the same rules as the slides'
 * code blocks, its GitHub Actions workflows (`.github/workflows/*.yml`) through `workflow.ts`; a file whose name has a `.bad` part (`Dockerfile.bad`, `compose.bad.yaml`,
 * `notes-api.bad.container`) is an anti-example and must break at least one rule. The deck may only
 * name kit paths that exist, and a code block titled with a kit path
 * (```` ```dockerfile [labs/bad/Dockerfile.bad] bad ````) must show that file exactly: the file is the
 * source, the slide a checked copy.
 */

export const LAB_DIR = 'labs'
const SKIPPED_DIRS = new Set(['node_modules', '__pycache__', '.pytest_cache', '.git'])

export type LabFileKind = 'dockerfile' | 'compose' | 'quadlet' | 'kube' | 'shell' | 'workflow'

/**
 * The rules that apply to a kit file, from its name; a YAML file in `.github/workflows/` or, given its
 * `code`, with top-level `on` and `jobs` is a GitHub Actions workflow (never taken for a Compose file
 * or a manifest); another YAML file that is not a Compose file is a Kubernetes manifest when it sits in
 * a `kube/` folder or, given its `code`, has a top-level `apiVersion` and `kind`.
 */
export function labFileKind(path: string, code?: string): LabFileKind | undefined {
  const name = basename(path)
  if (isWorkflowPath(path) || (/\.ya?ml$/.test(name) && code !== undefined && isWorkflowYaml(code)))
    return 'workflow'
  if (/^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$/.test(name) || /\.(?:dockerfile|containerfile)$/i.test(name))
    return 'dockerfile'
  if (/^(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/.test(name))
    return 'compose'
  if (QUADLET_EXTENSIONS.some(ext => name.endsWith(ext)))
    return 'quadlet'
  if (/\.ya?ml$/.test(name) && (basename(dirname(path)) === 'kube' || (code !== undefined && isKubeYaml(code))))
    return 'kube'
  if (name.endsWith('.sh'))
    return 'shell'
  return undefined
}

/** `Dockerfile.bad`, `compose.bad.yaml`, `bad.sh`: wrong on purpose. */
export function isBadLabFile(path: string): boolean {
  return basename(path).split('.').includes('bad')
}

/** Every file of the kit, as paths relative to `root`, sorted (generated folders skipped). */
export function labKitFiles(root: string): string[] {
  const base = join(root, LAB_DIR)
  if (!existsSync(base))
    return []
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name))
          walk(path)
      }
      else if (entry.isFile()) {
        files.push(relative(root, path))
      }
    }
  }
  walk(base)
  return files.sort()
}

export interface LabKitReport {
  problems: Problem[]
  /** Kit files a rule applies to (Dockerfiles, Compose files, Quadlet units, Kubernetes YAML, shell scripts, workflows). */
  checked: number
  /** Anti-examples confirmed to break a rule. */
  bad: number
}

/** Rules per kind; `path` is the file's absolute path (a Compose file's paths are resolved from its directory). */
const RULES: Record<LabFileKind, (code: string, path: string) => BlockProblem[]> = {
  dockerfile: code => checkDockerfile(code),
  compose: (code, path) => checkCompose(code, { baseDir: dirname(path), fileName: basename(path) }),
  quadlet: (code, path) => checkQuadlet(code, { fileName: basename(path) }),
  kube: code => checkKube(code),
  shell: code => checkShellBlock('bash', code).problems,
  workflow: code => checkWorkflow(code),
}

/** Checks the kit's files with the rules of their kind (lines in messages are 1-based). */
export function checkLabKit(root: string): LabKitReport {
  return checkFiles(root, labKitFiles(root))
}

/**
 * The project's own container and CI files, beside `slides.md`: the course's image (`Containerfile`,
 * `Dockerfile`…), its Compose file (`compose.yaml`…) and its GitHub Actions workflows (`.github/workflows/*.yml`),
 * as paths relative to `root`, sorted. What the course asks of the students' files applies to its own.
 */
export function projectFiles(root: string): string[] {
  const files: string[] = []
  for (const entry of existsSync(root) ? readdirSync(root, { withFileTypes: true }) : []) {
    if (entry.isFile() && ['dockerfile', 'compose'].includes(labFileKind(entry.name) ?? ''))
      files.push(entry.name)
  }
  const workflows = join(root, '.github', 'workflows')
  for (const entry of existsSync(workflows) ? readdirSync(workflows, { withFileTypes: true }) : []) {
    if (entry.isFile() && /\.ya?ml$/.test(entry.name))
      files.push(join('.github', 'workflows', entry.name))
  }
  return files.sort()
}

/** Checks the project's own Containerfile, Compose file and workflows with the kit's rules. */
export function checkProjectFiles(root: string): LabKitReport {
  return checkFiles(root, projectFiles(root))
}

function checkFiles(root: string, files: string[]): LabKitReport {
  const report: LabKitReport = { problems: [], checked: 0, bad: 0 }
  for (const file of files) {
    const yaml = /\.ya?ml$/.test(file)
    const code = yaml ? readFileSync(join(root, file), 'utf-8') : undefined
    const kind = labFileKind(file, code)
    if (!kind)
      continue
    report.checked++
    const found = RULES[kind](code ?? readFileSync(join(root, file), 'utf-8'), join(root, file))
    if (isBadLabFile(file)) {
      if (found.length === 0)
        report.problems.push({ at: `${file}:1`, message: `anti-exemple du kit (nom en « .bad ») qu'aucune règle ne rejette : corriger le fichier ou le renommer` })
      else
        report.bad++
      continue
    }
    for (const p of found)
      report.problems.push({ at: `${file}:${p.line + 1}`, message: p.message })
  }
  return report
}

/** `labs/…` paths named anywhere in a slide (prose, commands, notes); trailing punctuation excluded. */
const LAB_PATH = /(?<![\w./-])labs\/[\w./-]*[\w-]/g
/** A fence title naming a kit file: `[labs/bad/Dockerfile.bad]`. */
const LAB_TITLE = /\[(labs\/[^\]\s]+)\]/

/** Kit paths the deck names anywhere (prose, commands, notes) must exist. */
export function labPathProblems(deck: Deck): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    slide.body.split('\n').forEach((text, index) => {
      for (const match of text.matchAll(LAB_PATH)) {
        if (!existsSync(join(deck.root, match[0])))
          problems.push({ at: where(deck, slide.filepath, slide.contentLine + index), message: `chemin « ${match[0]} » absent du kit de TP : créer le fichier ou corriger le chemin` })
      }
    })
  }
  return problems
}

/**
 * Where a Compose block of a slide lives, from its `[title]`: any title gives the file name (a block
 * titled `[compose.override.yaml]` is a development override); a kit path (`[labs/apps/notes-api/compose.yaml]`)
 * also gives the directory its paths are resolved from, when that directory exists. An untitled block has
 * neither: its paths are not checked.
 */
export function composeBlockOptions(root: string, meta: string): Pick<ComposeOptions, 'baseDir' | 'fileName'> {
  const title = /\[([^\]\s]+)\]/.exec(meta)?.[1]
  if (!title)
    return {}
  const kit = LAB_TITLE.exec(meta)?.[1]
  const dir = kit ? dirname(join(root, kit)) : undefined
  return { fileName: basename(title), ...(dir && existsSync(dir) && statSync(dir).isDirectory() ? { baseDir: dir } : {}) }
}

/**
 * A fence titled with a kit file must show that file line for line. Returns the problem located at the
 * first differing line, or nothing (no kit title, identical copy, or a missing file: reported by
 * `labPathProblems`).
 */
export function labCopyProblem(deck: Deck, fence: Fence): Problem | undefined {
  const title = LAB_TITLE.exec(fence.meta)?.[1]
  if (!title)
    return undefined
  const path = join(deck.root, title)
  if (!existsSync(path) || !statSync(path).isFile())
    return undefined
  const expected = readFileSync(path, 'utf-8').replace(/\n$/, '').split('\n')
  const shown = fence.code.split('\n')
  const differs = expected.findIndex((line, i) => line !== shown[i])
  const at = differs === -1 ? (shown.length === expected.length ? -1 : expected.length) : differs
  if (at === -1)
    return undefined
  return {
    at: where(deck, fence.slide.filepath, fence.codeLine + Math.min(at, shown.length)),
    message: `bloc titré « ${title} » différent du fichier du kit (ligne ${at + 1} : « ${shown[at] ?? '(fin du bloc)'} » au lieu de « ${expected[at] ?? '(fin du fichier)'} ») : recopier le fichier`,
  }
}
