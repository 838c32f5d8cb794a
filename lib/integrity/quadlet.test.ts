import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { QUADLET_REFERENCE, QUADLET_TYPES } from './data/quadlet-keys'
import { checkQuadlet, isQuadletBlock, parseUnitFile, quadletTypeOfCode, quadletTypeOfName } from './quadlet'

const dir = resolve(import.meta.dirname, '../../tests/fixtures/integrity/quadlet')
/** `line: message` (1-based lines) for a fixture, checked under its own file name. */
function check(name: string): string[] {
  return checkQuadlet(readFileSync(resolve(dir, name), 'utf-8'), { fileName: name }).map(p => `${p.line + 1}: ${p.message}`)
}
const REF = `podman-systemd.unit(5), Podman ${QUADLET_REFERENCE.podman}`

describe('systemd unit syntax', () => {
  it('reads sections, repeated keys and continued values, and skips comments and empty lines', () => {
    const unit = parseUnitFile(readFileSync(resolve(dir, 'good.container'), 'utf-8'))
    expect(unit.problems).toEqual([])
    expect(unit.sections.map(s => s.name)).toEqual(['Unit', 'Container', 'Service', 'Quadlet', 'X-Notes', 'Install'])
    const container = unit.sections[1]
    expect(container.entries.filter(e => e.key === 'Environment')).toEqual([
      { key: 'Environment', value: 'A=1', line: 7 },
      { key: 'Environment', value: 'B=2 C=3', line: 8 },
    ])
    expect(container.entries.map(e => e.key)).toEqual(['Image', 'Environment', 'Environment', 'PublishPort', 'Volume', 'Network'])
  })

  it('reports a key outside any section and a line that is neither a header nor Key=value', () => {
    expect(check('broken-syntax.network')).toEqual([
      '1: « Subnet=10.89.0.0/24 » avant toute section : une clé appartient à une section ([Unit], [Container]…)',
      '3: ligne « Subnet 10.89.0.0/24 » : ni « [Section] », ni « Clé=valeur », ni commentaire (# ou ;)',
    ])
  })
})

describe('unit type', () => {
  it('comes from the file name or fence title, else from the Podman section present', () => {
    expect(quadletTypeOfName('labs/apps/notes-api/quadlet/notes-db.container')).toBe('container')
    expect(quadletTypeOfName('notes-api.bad.container')).toBe('container')
    expect(quadletTypeOfName('web.kube')).toBe('kube')
    expect(quadletTypeOfName('compose.yaml')).toBeUndefined()
    expect(quadletTypeOfCode('[Unit]\nDescription=x\n[Pod]\nPodName=x\n')).toBe('pod')
    expect(quadletTypeOfCode('[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n')).toBeUndefined()
    expect(isQuadletBlock('[Volume]\n', undefined)).toBe(true)
    expect(isQuadletBlock('[database]\nhost=db\n', undefined)).toBe(false)
    expect(isQuadletBlock('Image=x\n', 'x.container')).toBe(true)
  })

  it('states the Podman version of its reference and covers every unit type of that version', () => {
    expect(QUADLET_REFERENCE.url).toBe('https://docs.podman.io/en/v5.6.0/markdown/podman-systemd.unit.5.html')
    expect(Object.keys(QUADLET_TYPES).sort()).toEqual(['build', 'container', 'image', 'kube', 'network', 'pod', 'volume'])
    for (const type of Object.values(QUADLET_TYPES))
      expect(new Set(type.keys).size, type.section).toBe(type.keys.length)
  })
})

describe('quadlet rules', () => {
  it('accepts a unit that follows the reference', () => {
    expect(check('good.container')).toEqual([])
  })

  it('rejects keys unknown to the section, with the key to write instead', () => {
    expect(check('unknown-key.container')).toEqual([
      `3: clé « Ports » dans [Container] inconnue — Quadlet refuse le fichier (« unsupported key »), ${REF} ; écrire « PublishPort= »`,
      `4: clé « Restart » dans [Container] : c'est une clé systemd de la section [Service] — Quadlet refuse le fichier (« unsupported key »), ${REF} ; la placer dans [Service]`,
      `5: clé « image » dans [Container] inconnue — Quadlet refuse le fichier (« unsupported key »), ${REF} ; écrire « Image= »`,
      `6: clé « RemapUsers » dans [Container] : obsolète (${REF}) — utiliser « UserNS= »`,
    ])
  })

  it('rejects sections of another unit type or of no service, and keys [Quadlet] and [Install] do not take', () => {
    expect(check('wrong-section.container')).toEqual([
      '7: section [Pod] dans un fichier .container : elle appartient aux fichiers .pod — Quadlet ne la lit pas ici ; les clés de ce fichier vont dans [Container]',
      '10: section [Timer] dans un fichier .container : Quadlet en génère un .service, qui ne lit que [Unit], [Service] et [Install] (plus [Container] et [Quadlet] pour Quadlet, [X-…] pour des extensions) — systemd l\'ignorerait',
      `14: clé « DefaultDependency » dans [Quadlet] inconnue — Quadlet refuse le fichier, ${REF} (seule clé : DefaultDependencies)`,
      `18: clé « Also » dans [Install] : le générateur Quadlet n'applique que Alias, WantedBy, RequiredBy, UpheldBy, DefaultInstance (${REF}) — elle serait ignorée`,
    ])
  })

  it('requires Image= in a .container, Yaml= in a .kube, Image= in a .image, ImageTag= and a context in a .build', () => {
    expect(check('no-image.container')).toEqual([
      `4: fichier .container sans « Image= » dans [Container] : clé obligatoire, l'image que le service exécute — Quadlet ne génère pas le service (${REF})`,
      '6: PublishPort=99999:80 invalide — port 99999 hors de la plage 1-65535',
    ])
    expect(check('required.kube')).toEqual([`1: fichier .kube sans « Yaml= » dans [Kube] : clé obligatoire, le fichier YAML Kubernetes que « podman kube play » lance (${REF})`])
    expect(check('required.image')).toEqual([`1: fichier .image sans « Image= » dans [Image] : clé obligatoire, l'image à télécharger (${REF})`])
    expect(check('required.build')).toEqual([
      `1: fichier .build sans « ImageTag= » dans [Build] : clé obligatoire, le nom de l'image construite (${REF})`,
      `1: fichier .build sans « File= » dans [Build] : il faut File= ou SetWorkingDirectory= (le contexte de construction) (${REF})`,
    ])
    // An excerpt (`fragment`) may leave the required keys out.
    expect(checkQuadlet('[Container]\nPublishPort=8080:80\n', { fileName: 'x.container', fragment: true })).toEqual([])
    expect(checkQuadlet('[Container]\nMemory=512m\n', { fileName: 'labs/x/notes-db.container.d/10-memory.conf' })).toEqual([])
    // Without a [Container] section at all, the problem is located at the end of the block.
    expect(checkQuadlet('[Unit]\nDescription=x\n', { fileName: 'x.container' })[0]).toMatchObject({ line: 1 })
  })

  it('wants a fully qualified, pinned image', () => {
    expect(check('short-name.container')).toEqual([
      `2: Image=postgres : nom court — s'il faut télécharger l'image, Podman lancé par systemd n'a pas de terminal pour demander le registre et le service échoue ; écrire le nom complet, comme le recommande ${REF} (docker.io/library/…, quay.io/…, localhost/… pour une image construite sur la machine), exigé aussi par AutoUpdate=registry`,
      '2: Image=postgres — étiquette implicite (= latest) : épingler une version, par ex. « postgres:<version> »',
    ])
    expect(checkQuadlet('[Container]\nImage=localhost/notes-api:dev\n', { fileName: 'a.container' })).toEqual([])
    expect(checkQuadlet('[Container]\nImage=notes.build\n', { fileName: 'a.container' })).toEqual([])
  })
})
