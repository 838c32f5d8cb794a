import type { From, Instruction } from 'dockerfile-ast'
import type { BlockProblem } from './commands'
import { DockerfileParser } from 'dockerfile-ast'
import { imageEolProblem, parseImageRef, unpinnedProblem } from './images'

/**
 * Rules for Dockerfile/Containerfile blocks (lines 0-based in the block):
 * - whole-file (skipped for `fragment`): a FROM exists; the final stage runs as a non-root USER;
 * - per instruction: FROM pinned (no implicit/latest tag; `scratch`, earlier stages and ARG-based
 *   tags resolved from their default), not end-of-life, image name in lower case, `AS` upper-case;
 *   no MAINTAINER; `apt-get update` and `apt-get install` in the same RUN with
 *   `rm -rf /var/lib/apt/lists/*` (or an apt cache mount); CMD/ENTRYPOINT in exec (JSON) form;
 *   `ENV key=value`; no secret baked into a layer (COPY/ADD of `.env`, SSH keys, `.npmrc`…; ENV/ARG
 *   named like a token, password or API key — `*_FILE` names pointing to a secret file are fine).
 */
export interface DockerfileOptions {
  fragment?: boolean
}

/** Official images a fragment may name without a tag only by mistake (other bare words may be stages). */
const OFFICIAL = new Set(['node', 'python', 'alpine', 'debian', 'ubuntu', 'nginx', 'postgres', 'mysql', 'redis', 'golang', 'rust', 'eclipse-temurin', 'openjdk', 'httpd', 'busybox', 'ruby', 'php', 'fedora', 'centos', 'mariadb', 'registry'])
const NON_ROOT_IMAGE = /nonroot|unprivileged|rootless/
const SECRET_FILE = /(?:^|\/)(?:\.env(?:\.[\w-]+)?|id_rsa|id_ed25519|id_ecdsa|[\w.-]+\.pem|[\w.-]+\.key|\.npmrc|\.netrc|\.pypirc)$/
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY/i

function line(inst: Instruction): number {
  return inst.getRange().start.line
}

export function checkDockerfile(code: string, options: DockerfileOptions = {}): BlockProblem[] {
  const problems: BlockProblem[] = []
  const dockerfile = DockerfileParser.parse(code)
  const report = (inst: Instruction, message: string) => problems.push({ line: line(inst), message })

  // Default values of ARGs declared before the first FROM, to resolve `FROM node:${NODE_VERSION}`.
  const args = new Map<string, string>()
  for (const arg of dockerfile.getInitialARGs()) {
    for (const prop of arg.getProperties()) {
      const value = prop.getValue()
      if (value !== null)
        args.set(prop.getName(), value.replace(/^["']|["']$/g, ''))
    }
  }
  const expand = (text: string) => text.replace(/\$\{?(\w+)(?::-([^}]*))?\}?/g, (all, name: string, fallback?: string) => args.get(name) ?? fallback ?? all)

  const froms = dockerfile.getFROMs()
  if (!options.fragment && froms.length === 0)
    problems.push({ line: 0, message: 'aucune instruction FROM : un Dockerfile complet commence par FROM (sinon marquer le bloc « fragment »)' })

  const stages = new Map<string, From>()
  const stageUser = new Map<From, string | undefined>()
  let currentFrom: From | undefined
  let currentUser: string | undefined

  const closeStage = () => {
    if (currentFrom)
      stageUser.set(currentFrom, currentUser)
  }

  for (const inst of dockerfile.getInstructions()) {
    const keyword = inst.getKeyword()
    const rawArgs = inst.getRawArgumentsContent() ?? ''
    switch (keyword) {
      case 'FROM': {
        closeStage()
        const from = inst as From
        currentFrom = from
        const image = from.getImage() ?? ''
        const resolved = expand(image)
        const base = stages.get(resolved.toLowerCase())
        currentUser = base ? stageUser.get(base) : undefined
        if (NON_ROOT_IMAGE.test(resolved))
          currentUser = 'nonroot'
        const as = /\s(as)\s+\S+\s*$/i.exec(rawArgs)
        if (as && as[1] !== 'AS')
          report(inst, `« FROM … ${as[1]} ${from.getBuildStage()} » : écrire « AS » en majuscules (cohérence avec les mots-clés ; BuildKit le signale)`)
        if (!base && resolved !== 'scratch' && !resolved.includes('$')) {
          const { name } = parseImageRef(resolved)
          if (name !== name.toLowerCase())
            report(inst, `image « ${image} » : un nom d'image s'écrit en minuscules`)
          const unpinned = unpinnedProblem(resolved)
          const maybeStage = options.fragment && !/[/.:]/.test(resolved) && !OFFICIAL.has(resolved.toLowerCase())
          if (unpinned && !maybeStage)
            report(inst, `FROM ${image} — ${unpinned}`)
          const eol = imageEolProblem(resolved)
          if (eol)
            report(inst, `FROM ${image}${resolved !== image ? ` (${resolved})` : ''} — ${eol}`)
        }
        const stage = from.getBuildStage()
        if (stage)
          stages.set(stage.toLowerCase(), from)
        break
      }
      case 'MAINTAINER':
        report(inst, 'MAINTAINER est obsolète : utiliser LABEL org.opencontainers.image.authors="…"')
        break
      case 'USER':
        currentUser = expand(rawArgs.trim()).split(':')[0]
        break
      case 'CMD':
      case 'ENTRYPOINT':
        if (!rawArgs.trim().startsWith('['))
          report(inst, `${keyword} en forme shell (« ${keyword} ${rawArgs.trim()} ») : utiliser la forme exec JSON, par ex. ${keyword} ["…", "…"] — le processus reçoit alors les signaux (PID 1)`)
        break
      case 'ENV':
        for (const prop of (inst as any).getProperties() as { getName: () => string, getAssignmentOperator: () => string | null }[]) {
          if (prop.getAssignmentOperator() === null)
            report(inst, `ENV ${prop.getName()} … : forme historique « ENV clé valeur » — écrire « ENV ${prop.getName()}=valeur »`)
          else if (SECRET_NAME.test(prop.getName()) && !/_FILE$/i.test(prop.getName()))
            report(inst, `ENV ${prop.getName()}=… : un secret dans ENV est lisible par docker image inspect — le fournir à l'exécution (secret, variable d'environnement du conteneur)`)
        }
        break
      case 'RUN': {
        // The raw arguments exclude flags such as --mount: read the instruction's own lines.
        const range = inst.getRange()
        checkApt(inst, code.split('\n').slice(range.start.line, range.end.line + 1).join('\n'), report)
        break
      }
      case 'COPY':
      case 'ADD': {
        const sources = inst.getArguments().map(a => a.getValue()).filter(v => !v.startsWith('--')).slice(0, -1)
        for (const source of sources) {
          if (SECRET_FILE.test(source))
            report(inst, `${keyword} ${source} : un secret copié dans une couche reste lisible dans l'image (docker save, docker history) — le fournir à l'exécution ou via RUN --mount=type=secret`)
        }
        break
      }
      case 'ARG':
        for (const prop of (inst as any).getProperties() as { getName: () => string }[]) {
          if (SECRET_NAME.test(prop.getName()) && !/_FILE$/i.test(prop.getName()))
            report(inst, `ARG ${prop.getName()} : une valeur passée par --build-arg reste visible dans docker history — utiliser RUN --mount=type=secret`)
        }
        break
    }
  }
  closeStage()

  if (!options.fragment && currentFrom) {
    const user = stageUser.get(currentFrom)
    if (user === undefined)
      report(currentFrom, 'l\'étape finale s\'exécute en root : ajouter « USER <utilisateur non root> » après l\'installation (ou marquer le bloc « fragment » s\'il s\'agit d\'un extrait)')
    else if (user === 'root' || user === '0')
      report(currentFrom, `l'étape finale s'exécute en root (USER ${user}) : terminer par « USER <utilisateur non root> »`)
  }
  return problems.sort((a, b) => a.line - b.line)
}

function checkApt(inst: Instruction, text: string, report: (inst: Instruction, message: string) => void) {
  const flat = text.replace(/\\\n/g, ' ')
  const update = /\bapt(?:-get)?\s+(?:-\S+\s+)*update\b/.test(flat)
  const install = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/.test(flat)
  const cacheMount = /--mount=type=cache\S*target=\/var\/(?:lib|cache)\/apt/.test(flat)
  if (update && !install)
    report(inst, 'RUN apt-get update sans apt-get install dans la même instruction : cette couche mise en cache rendrait l\'index des paquets périmé — les réunir dans un seul RUN')
  if (install && !update)
    report(inst, 'RUN apt-get install sans apt-get update dans la même instruction — les réunir dans un seul RUN')
  if (install && !cacheMount && !/rm\s+-(?:rf|fr)\s+\/var\/lib\/apt\/lists/.test(flat))
    report(inst, 'RUN apt-get install sans « rm -rf /var/lib/apt/lists/* » dans la même instruction : les index restent dans la couche')
}
