import type { BlockProblem } from './commands'
import type { QuadletType } from './data/quadlet-keys'
import { publishProblem } from './commands'
import { INSTALL_KEYS, KEY_HINTS, QUADLET_REFERENCE, QUADLET_SECTION_KEYS, QUADLET_TYPES, SYSTEMD_SECTIONS, SYSTEMD_SERVICE_KEYS, SYSTEMD_UNIT_KEYS, UNTABLED } from './data/quadlet-keys'
import { imageEolProblem, unpinnedProblem } from './images'

/**
 * Quadlet unit files (`.container`, `.pod`, `.kube`, `.network`, `.volume`, `.build`, `.image`),
 * checked against podman-systemd.unit(5) (reference and version in `data/quadlet-keys.ts`): sections
 * allowed for the unit's type, keys of Podman's section and of `[Quadlet]`/`[Install]`, required keys,
 * and, like the other checkers, a pinned, maintained image and well-formed published ports.
 */

export const QUADLET_EXTENSIONS = Object.keys(QUADLET_TYPES).map(type => `.${type}`)
const REF = `podman-systemd.unit(5), Podman ${QUADLET_REFERENCE.podman}`

export interface UnitEntry {
  key: string
  value: string
  /** 0-based line of the key (the first line of a continued value). */
  line: number
}

export interface UnitSection {
  name: string
  line: number
  entries: UnitEntry[]
}

export interface ParsedUnit {
  sections: UnitSection[]
  problems: BlockProblem[]
}

/**
 * systemd's unit file syntax (systemd.syntax(7)): `[Section]` headers, `Key=Value` lines, comments
 * starting with `#` or `;`, empty lines, a value continued on the next line by a final backslash
 * (comment lines inside a continuation are skipped). Keys may repeat: every entry is kept, in order.
 */
export function parseUnitFile(code: string): ParsedUnit {
  const sections: UnitSection[] = []
  const problems: BlockProblem[] = []
  const lines = code.split('\n')
  let current: UnitSection | undefined
  for (let i = 0; i < lines.length; i++) {
    const start = i
    let text = lines[i].replace(/\r$/, '').trim()
    if (text === '' || text.startsWith('#') || text.startsWith(';'))
      continue
    while (text.endsWith('\\') && i + 1 < lines.length) {
      text = text.slice(0, -1).trimEnd()
      i++
      const next = lines[i].replace(/\r$/, '')
      if (/^\s*[#;]/.test(next)) {
        text += ' \\'
        continue
      }
      text += ` ${next.trim()}`
    }
    const header = /^\[([^\]]+)\]$/.exec(text)
    if (header) {
      current = { name: header[1], line: start, entries: [] }
      sections.push(current)
      continue
    }
    const eq = text.indexOf('=')
    if (eq <= 0) {
      problems.push({ line: start, message: `ligne « ${text} » : ni « [Section] », ni « Clé=valeur », ni commentaire (# ou ;)` })
      continue
    }
    if (!current) {
      problems.push({ line: start, message: `« ${text} » avant toute section : une clé appartient à une section ([Unit], [Container]…)` })
      continue
    }
    current.entries.push({ key: text.slice(0, eq).trim(), value: text.slice(eq + 1).trim(), line: start })
  }
  return { sections, problems }
}

/** Unit type from a file name or a fence title (`notes-db.container`, `[labs/…/x.kube]`). */
export function quadletTypeOfName(name: string | undefined): QuadletType | undefined {
  const ext = /\.(\w+)$/.exec(name ?? '')?.[1]
  return ext && ext in QUADLET_TYPES ? ext as QuadletType : undefined
}

const SECTION_TYPE = new Map(Object.entries(QUADLET_TYPES).map(([type, t]) => [t.section, type as QuadletType]))

/** Unit type from the Podman sections present (`[Container]` → container), when there is exactly one kind. */
export function quadletTypeOfCode(code: string): QuadletType | undefined {
  const types = new Set<QuadletType>()
  for (const match of code.matchAll(/^\s*\[(\w+)\]\s*$/gm)) {
    const type = SECTION_TYPE.get(match[1])
    if (type)
      types.add(type)
  }
  return types.size === 1 ? [...types][0] : undefined
}

/** True when an `ini`/`systemd` block is a Quadlet unit (from its title, or a Podman section in its code). */
export function isQuadletBlock(code: string, title?: string): boolean {
  return quadletTypeOfName(title) !== undefined || /^\s*\[(?:Container|Pod|Kube|Network|Volume|Build|Image)\]\s*$/m.test(code)
}

export interface QuadletOptions {
  /** File name or fence title: gives the unit type (else the sections present do). */
  fileName?: string
  /** An excerpt: required keys are not checked (nor in a drop-in, `x.container.d/10-override.conf`). */
  fragment?: boolean
}

function keyProblem(key: string, section: string, type: QuadletType): string {
  const where = `clé « ${key} » dans [${section}]`
  const refused = `Quadlet refuse le fichier (« unsupported key »), ${REF}`
  if ((SYSTEMD_SERVICE_KEYS as readonly string[]).includes(key))
    return `${where} : c'est une clé systemd de la section [Service] — ${refused} ; la placer dans [Service]`
  if ((SYSTEMD_UNIT_KEYS as readonly string[]).includes(key))
    return `${where} : c'est une clé systemd de la section [Unit] — ${refused} ; la placer dans [Unit]`
  const keys = [...QUADLET_TYPES[type].keys, ...UNTABLED[type].keys]
  const hint = KEY_HINTS[key] && keys.includes(KEY_HINTS[key])
    ? KEY_HINTS[key]
    : keys.find(k => k.toLowerCase() === key.toLowerCase())
  return `${where} inconnue — ${refused}${hint ? ` ; écrire « ${hint}= »` : ''}`
}

/** `docker.io/library/postgres:17`, `localhost/app:1`, `x.image`, `x.build`: a registry is named. */
function isFullyQualified(image: string): boolean {
  if (/\.(?:image|build)$/.test(image))
    return true
  const first = image.split('/')[0]
  return image.includes('/') && (first === 'localhost' || first.includes('.') || first.includes(':'))
}

function imageProblems(entry: UnitEntry, autoUpdate: boolean): BlockProblem[] {
  const image = entry.value
  const out: BlockProblem[] = []
  if (image === '' || image.includes('%') || /\.(?:image|build)$/.test(image))
    return out
  if (!isFullyQualified(image))
    out.push({ line: entry.line, message: `Image=${image} : nom court — s'il faut télécharger l'image, Podman lancé par systemd n'a pas de terminal pour demander le registre et le service échoue ; écrire le nom complet, comme le recommande ${REF} (docker.io/library/…, quay.io/…, localhost/… pour une image construite sur la machine)${autoUpdate ? ', exigé aussi par AutoUpdate=registry' : ''}` })
  const unpinned = unpinnedProblem(image)
  if (unpinned)
    out.push({ line: entry.line, message: `Image=${image} — ${unpinned}` })
  const eol = imageEolProblem(image)
  if (eol)
    out.push({ line: entry.line, message: `Image=${image} — ${eol}` })
  return out
}

/** Checks a Quadlet unit. Lines are 0-based in the block; nothing is reported when the type is unknown. */
export function checkQuadlet(code: string, options: QuadletOptions = {}): BlockProblem[] {
  const type = quadletTypeOfName(options.fileName) ?? quadletTypeOfCode(code)
  const { sections, problems } = parseUnitFile(code)
  if (!type) {
    const podman = sections.filter(s => SECTION_TYPE.has(s.name))
    if (podman.length > 1)
      problems.push({ line: podman[1].line, message: `sections [${podman.map(s => s.name).join('], [')}] dans le même fichier : un fichier Quadlet décrit une seule unité, son extension (.container, .pod…) dit laquelle` })
    return problems
  }
  const own = QUADLET_TYPES[type].section
  const ownKeys = new Set(QUADLET_TYPES[type].keys)
  const untabled = new Set(UNTABLED[type].keys)
  const deprecated = new Set(UNTABLED[type].deprecated ?? [])
  const values = (key: string) => sections.filter(s => s.name === own).flatMap(s => s.entries.filter(e => e.key === key))

  for (const section of sections) {
    if (section.name === own) {
      for (const entry of section.entries) {
        if (deprecated.has(entry.key))
          problems.push({ line: entry.line, message: `clé « ${entry.key} » dans [${own}] : obsolète (${REF}) — utiliser ${entry.key === 'VolatileTmp' ? '« Tmpfs=/tmp »' : '« UserNS= »'}` })
        else if (!ownKeys.has(entry.key) && !untabled.has(entry.key))
          problems.push({ line: entry.line, message: keyProblem(entry.key, own, type) })
      }
    }
    else if (section.name === 'Quadlet') {
      for (const entry of section.entries) {
        if (!(QUADLET_SECTION_KEYS as readonly string[]).includes(entry.key))
          problems.push({ line: entry.line, message: `clé « ${entry.key} » dans [Quadlet] inconnue — Quadlet refuse le fichier, ${REF} (seule clé : ${QUADLET_SECTION_KEYS.join(', ')})` })
      }
    }
    else if (section.name === 'Install') {
      for (const entry of section.entries) {
        if (!(INSTALL_KEYS as readonly string[]).includes(entry.key))
          problems.push({ line: entry.line, message: `clé « ${entry.key} » dans [Install] : le générateur Quadlet n'applique que ${INSTALL_KEYS.join(', ')} (${REF}) — elle serait ignorée` })
      }
    }
    else if (SECTION_TYPE.has(section.name)) {
      problems.push({ line: section.line, message: `section [${section.name}] dans un fichier .${type} : elle appartient aux fichiers .${SECTION_TYPE.get(section.name)} — Quadlet ne la lit pas ici ; les clés de ce fichier vont dans [${own}]` })
    }
    else if (!(SYSTEMD_SECTIONS as readonly string[]).includes(section.name) && !section.name.startsWith('X-')) {
      problems.push({ line: section.line, message: `section [${section.name}] dans un fichier .${type} : Quadlet en génère un .service, qui ne lit que [Unit], [Service] et [Install] (plus [${own}] et [Quadlet] pour Quadlet, [X-…] pour des extensions) — systemd l'ignorerait` })
    }
  }

  const ownSections = sections.filter(s => s.name === own)
  const lastLine = Math.max(0, code.replace(/\n$/, '').split('\n').length - 1)
  const anchor = ownSections[0]?.line ?? lastLine
  if (!options.fragment && !/\.conf$/.test(options.fileName ?? '')) {
    const missing = (key: string, why: string) => problems.push({ line: anchor, message: `fichier .${type} sans « ${key}= »${ownSections.length ? ` dans [${own}]` : ` (ni même de section [${own}])`} : ${why} (${REF})` })
    const has = (key: string) => values(key).some(e => e.value !== '')
    switch (type) {
      case 'container':
        if (!has('Image') && !has('Rootfs'))
          missing('Image', 'clé obligatoire, l\'image que le service exécute — Quadlet ne génère pas le service')
        else if (has('Image') && has('Rootfs'))
          problems.push({ line: values('Rootfs')[0].line, message: `Image= et Rootfs= ensemble : Quadlet refuse le fichier, il faut l'un ou l'autre (${REF})` })
        break
      case 'kube':
        if (!has('Yaml'))
          missing('Yaml', 'clé obligatoire, le fichier YAML Kubernetes que « podman kube play » lance')
        break
      case 'image':
        if (!has('Image'))
          missing('Image', 'clé obligatoire, l\'image à télécharger')
        break
      case 'build': {
        if (!has('ImageTag'))
          missing('ImageTag', 'clé obligatoire, le nom de l\'image construite')
        const workdir = sections.some(s => s.name === 'Service' && s.entries.some(e => e.key === 'WorkingDirectory'))
        if (!has('File') && !has('SetWorkingDirectory') && !workdir)
          missing('File', 'il faut File= ou SetWorkingDirectory= (le contexte de construction)')
        break
      }
      case 'volume':
        if (values('Driver').some(e => e.value === 'image') && !has('Image'))
          missing('Image', 'Driver=image demande Image=')
        break
    }
  }

  if (type === 'container' || type === 'image') {
    const autoUpdate = values('AutoUpdate').some(e => e.value === 'registry')
    for (const entry of values('Image'))
      problems.push(...imageProblems(entry, autoUpdate))
  }
  if (type === 'container' || type === 'pod' || type === 'kube') {
    for (const entry of values('PublishPort')) {
      const reason = publishProblem(entry.value)
      if (reason)
        problems.push({ line: entry.line, message: `PublishPort=${entry.value} invalide — ${reason}` })
    }
  }
  return problems.sort((a, b) => a.line - b.line)
}
