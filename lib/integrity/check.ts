import type { Problem } from '../deck/check'
import type { Fence } from '../deck/fences'
import type { Deck } from '../deck/load'
import type { BlockProblem } from './commands'
import { deckFences } from '../deck/fences'
import { where } from '../deck/load'
import { checkShellBlock } from './commands'
import { checkCompose, isComposeYaml } from './compose'
import { checkDockerfile } from './dockerfile'
import { checkKube, isKubeYaml } from './kube'
import { checkLabKit, checkProjectFiles, composeBlockOptions, labCopyProblem, labFileKind, labPathProblems } from './labs'
import { externalLinkProblem, findHyperlinks, internalLinkProblem, linkKind } from './links'
import { bracedMarkerMessage, misplacedMarkerMessage, scanMarkers } from './markers'
import { checkLiveMermaid } from './mermaid'
import { checkQuadlet, isQuadletBlock } from './quadlet'
import { SHELL_LANGS } from './shell'
import { checkWorkflow } from './workflow'

export const DOCKERFILE_LANGS = ['dockerfile', 'containerfile', 'docker']
export const YAML_LANGS = ['yaml', 'yml']
/** Languages of Quadlet unit blocks (systemd's INI syntax). */
export const UNIT_LANGS = ['ini', 'systemd']

/** What the suite checked, to show the growth of the course. */
export interface IntegrityStats {
  shellBlocks: number
  commands: number
  composeFiles: number
  dockerfiles: number
  /** Quadlet units (`.container`, `.pod`, `.kube`…). */
  quadletUnits: number
  /** Kubernetes YAML files (each may hold several documents). */
  kubeManifests: number
  diagrams: number
  links: number
  badBlocks: number
  /** Lab kit files (`labs/`) checked by the same rules. */
  labFiles: number
  /** The project's own Containerfile, compose.yaml and GitHub workflows, beside slides.md. */
  projectFiles: number
}

export interface IntegrityReport {
  problems: Problem[]
  stats: IntegrityStats
}

type Kind = 'shell' | 'dockerfile' | 'compose' | 'kube' | 'quadlet' | 'mermaid' | 'workflow'

/** `[labs/…/x.container]` or `[x.container] {2|3}`: the file name a block is titled with. */
function fenceTitle(meta: string): string | undefined {
  return /\[([^\]\s]+)\]/.exec(meta)?.[1]
}

function kindOf(fence: Fence): Kind | undefined {
  if ((SHELL_LANGS as readonly string[]).includes(fence.lang))
    return 'shell'
  if (DOCKERFILE_LANGS.includes(fence.lang))
    return 'dockerfile'
  // A block titled with a kit workflow (`[labs/capstone/.github/workflows/ci.yml]`, `[labs/bad/ci.bad.yml]`).
  // Untitled workflows are not checked: chapter 1 shows `@v6` tags before explaining SHA pins.
  const title = fenceTitle(fence.meta)
  if (YAML_LANGS.includes(fence.lang) && title?.startsWith('labs/') && labFileKind(title, fence.code) === 'workflow')
    return 'workflow'
  if (YAML_LANGS.includes(fence.lang) && isComposeYaml(fence.code))
    return 'compose'
  if (YAML_LANGS.includes(fence.lang) && isKubeYaml(fence.code))
    return 'kube'
  if (UNIT_LANGS.includes(fence.lang) && isQuadletBlock(fence.code, fenceTitle(fence.meta)))
    return 'quadlet'
  if (fence.lang === 'mermaid')
    return 'mermaid'
  return undefined
}

const RULE_FAMILY: Record<Kind, string> = {
  shell: 'règle de commande',
  dockerfile: 'règle Dockerfile',
  compose: 'règle Compose (schéma ou règle du cours)',
  kube: 'règle Kubernetes (schéma ou règle du cours)',
  quadlet: 'règle Quadlet (podman-systemd.unit ou règle du cours)',
  mermaid: 'analyse mermaid',
  workflow: 'règle de workflow GitHub Actions',
}

/**
 * Runs every integrity checker over the deck's code blocks, prose links, lab kit (`labs/`) and the project's own
 * Containerfile, compose.yaml and GitHub workflows (beside slides.md).
 */
export async function checkIntegrity(deck: Deck): Promise<IntegrityReport> {
  const problems: Problem[] = []
  const stats: IntegrityStats = { shellBlocks: 0, commands: 0, composeFiles: 0, dockerfiles: 0, quadletUnits: 0, kubeManifests: 0, diagrams: 0, links: 0, badBlocks: 0, labFiles: 0, projectFiles: 0 }
  const at = (fence: Fence, line: number) => where(deck, fence.slide.filepath, fence.codeLine + line)

  for (const fence of deckFences(deck)) {
    const scan = scanMarkers(fence.meta)
    const markers = { bad: scan.markers.has('bad'), fragment: scan.markers.has('fragment') }
    for (const marker of scan.braced)
      problems.push({ at: where(deck, fence.slide.filepath, fence.line), message: bracedMarkerMessage(marker, fence.lang) })
    for (const { marker, lost } of scan.beforeRange)
      problems.push({ at: where(deck, fence.slide.filepath, fence.line), message: misplacedMarkerMessage(marker, fence.lang, lost) })
    const copy = labCopyProblem(deck, fence)
    if (copy)
      problems.push(copy)
    const kind = kindOf(fence)
    if (!kind) {
      if (markers.bad)
        problems.push({ at: where(deck, fence.slide.filepath, fence.line), message: `bloc ${fence.lang || 'sans langage'} marqué « bad » : aucune règle ne vérifie ce langage (bash/shellsession, dockerfile, yaml Compose ou Kubernetes, ini/systemd Quadlet, mermaid)` })
      continue
    }
    let found: BlockProblem[] = []
    switch (kind) {
      case 'shell': {
        const result = checkShellBlock(fence.lang, fence.code)
        stats.shellBlocks++
        stats.commands += result.invocations.length
        found = result.problems
        break
      }
      case 'dockerfile':
        stats.dockerfiles++
        found = checkDockerfile(fence.code, { fragment: markers.fragment })
        break
      case 'compose':
        stats.composeFiles++
        found = checkCompose(fence.code, { fragment: markers.fragment, ...composeBlockOptions(deck.root, fence.meta) })
        break
      case 'kube':
        stats.kubeManifests++
        found = checkKube(fence.code, { fragment: markers.fragment })
        break
      case 'quadlet':
        stats.quadletUnits++
        found = checkQuadlet(fence.code, { fileName: fenceTitle(fence.meta), fragment: markers.fragment })
        break
      case 'mermaid':
        stats.diagrams++
        found = await checkLiveMermaid(fence.code)
        break
      case 'workflow':
        found = checkWorkflow(fence.code)
        break
    }
    if (markers.bad) {
      stats.badBlocks++
      if (found.length === 0)
        problems.push({ at: where(deck, fence.slide.filepath, fence.line), message: `bloc ${fence.lang} marqué « bad » mais aucune ${RULE_FAMILY[kind]} ne le rejette : corriger l'anti-exemple ou retirer le marqueur` })
      continue
    }
    for (const p of found)
      problems.push({ at: at(fence, p.line), message: p.message })
  }

  const aliases = new Set(deck.slides.map(s => s.frontmatter.routeAlias).filter((a): a is string => typeof a === 'string'))
  for (const slide of deck.slides) {
    for (const link of findHyperlinks(slide)) {
      const kind = linkKind(link.target)
      if (kind === 'other')
        continue
      stats.links++
      const reason = kind === 'external'
        ? externalLinkProblem(link.target)
        : internalLinkProblem(link.target, deck.slides.length, aliases)
      if (reason)
        problems.push({ at: where(deck, slide.filepath, link.line), message: reason })
    }
  }

  const kit = checkLabKit(deck.root)
  problems.push(...kit.problems, ...labPathProblems(deck))
  stats.labFiles = kit.checked
  stats.badBlocks += kit.bad
  const project = checkProjectFiles(deck.root)
  problems.push(...project.problems)
  stats.projectFiles = project.checked
  return { problems, stats }
}

/** A one-screen summary of what was checked (printed by the deck test). */
export function formatStats(stats: IntegrityStats): string {
  const rows: [string, number][] = [
    ['commandes docker/podman/compose/kubectl/kind', stats.commands],
    ['blocs shell', stats.shellBlocks],
    ['fichiers Compose', stats.composeFiles],
    ['Dockerfile', stats.dockerfiles],
    ['unités Quadlet', stats.quadletUnits],
    ['manifestes Kubernetes', stats.kubeManifests],
    ['diagrammes mermaid', stats.diagrams],
    ['liens', stats.links],
    ['fichiers du kit de TP (labs/)', stats.labFiles],
    ['Containerfile, compose.yaml et workflows du projet', stats.projectFiles],
    ['anti-exemples « bad » confirmés', stats.badBlocks],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  return ['Intégrité du contenu — éléments vérifiés :', ...rows.map(([label, n]) => `  ${label.padEnd(width)}  ${String(n).padStart(5)}`)].join('\n')
}
