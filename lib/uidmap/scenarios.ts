/**
 * The steps of the `<UidMap>` explainer (chapter 9): user `alice`, UID 1000, `/etc/subuid` line
 * `alice:100000:65536`. Maps are built by `build.ts` and printed as the kernel prints them; every host ID the
 * component shows is computed by `map.ts`, never written here (except in the terminal transcript, which a test
 * checks against the computation).
 */
import type { IdRange } from './parse'
import { identityMap, keepIdMap, rootlessMap } from './build'
import { compose, trace } from './map'
import { formatUidMap } from './parse'

const NB = '\u00A0'

export const USER = { name: 'alice', uid: 1000 } as const
export const SUBUID = { start: 100_000, count: 65_536 } as const
export const SUBUID_LINE = `${USER.name}:${SUBUID.start}:${SUBUID.count}`

export interface UidLevel {
  /** Namespace whose uid_map this is (its IDs are the `inside` column). */
  label: string
  ranges: IdRange[]
}

export interface UidStep {
  id: string
  /** Short title (stepper, print). */
  title: string
  /** How the container is started. */
  command: string
  /**
   * The container's map, then the maps of the namespaces above it up to the host, innermost first. The first
   * is what `cat /proc/self/uid_map` prints in the container (relative to its parent namespace).
   */
  levels: UidLevel[]
  /** ID highlighted at this step, and who it is in the container. */
  example: { id: number, who: string }
  /** One or two sentences. */
  note: string
  /** Host-side check: commands (`$ …`) and their output. */
  terminal?: string[]
}

const rootless = rootlessMap(USER.uid, SUBUID)
const ROOTLESS_LABEL = 'espace rootless'
/** postgres:18 keeps its data in /var/lib/postgresql/18/docker ($PGDATA), which the entrypoint sets to mode 0700. */
const PG_DIR = '$V/18'
const PG_FILE = `${PG_DIR}/docker/PG_VERSION`
const PG_RUN = 'podman run -d --name pg -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql docker.io/library/postgres:18'

export const steps: UidStep[] = [
  {
    id: 'rootful',
    title: 'Moteur rootful',
    command: 'docker run … (démon root) ou sudo podman run …',
    levels: [{ label: 'conteneur', ranges: identityMap() }],
    example: { id: 0, who: 'root' },
    note: `Pas d'espace de noms utilisateur (défaut de Docker, sans userns-remap)${NB}: l'UID${NB}0 du conteneur est l'UID${NB}0 de l'hôte. Un processus qui s'en échappe est root sur la machine.`,
  },
  {
    id: 'rootless',
    title: 'Podman rootless',
    command: `podman run … (par ${USER.name}, UID${NB}${USER.uid})`,
    levels: [{ label: 'conteneur', ranges: rootless }],
    example: { id: 0, who: 'root' },
    note: `root du conteneur = ${USER.name} sur l'hôte${NB}; les UID 1 à ${SUBUID.count} prennent sa plage de /etc/subuid, à partir de ${SUBUID.start}.`,
  },
  {
    id: 'postgres',
    title: 'Un utilisateur de l\'image',
    command: PG_RUN,
    levels: [{ label: 'conteneur', ranges: rootless }],
    example: { id: 999, who: 'postgres (image Debian)' },
    note: `L'image postgres:18 (Debian) lance le serveur en postgres, UID${NB}999. Sur l'hôte, c'est un UID de la plage subuid d'${USER.name}${NB}: aucun compte n'y correspond.`,
  },
  {
    id: 'keep-id',
    title: '--userns=keep-id',
    command: 'podman run --userns=keep-id -v .:/src …',
    levels: [
      { label: 'conteneur', ranges: keepIdMap(USER.uid, SUBUID.count) },
      { label: ROOTLESS_LABEL, ranges: rootless },
    ],
    example: { id: USER.uid, who: `${USER.name} (utilisateur par défaut)` },
    note: `${USER.name} garde son UID dans le conteneur et le processus tourne en ${USER.uid}:${USER.uid}${NB}: les fichiers créés dans /src lui appartiennent. Ce uid_map est relatif à l'espace rootless, où ${USER.name} est 0.`,
  },
  {
    id: 'hote',
    title: 'Vérifier sur l\'hôte',
    command: PG_RUN,
    levels: [{ label: 'conteneur', ranges: rootless }],
    example: { id: 999, who: 'postgres' },
    note: `Le dossier de données est à 100998, en 0700${NB}: ${USER.name} elle-même n'y entre pas. podman unshare entre dans l'espace rootless${NB}: on y revoit les UID du conteneur.`,
    terminal: [
      '$ podman top pg user huser | head -2',
      'USER        HUSER',
      'postgres    100998',
      '$ ps -eo uid,comm | grep -E \'conmon|postgres\' | head -2',
      `  ${USER.uid} conmon`,
      '100998 postgres',
      '$ V=~/.local/share/containers/storage/volumes/pgdata/_data',
      `$ ls -ln ${PG_DIR}`,
      'drwx------ 19 100998 100998 4096 … docker',
      `$ podman unshare ls -ln ${PG_FILE}`,
      '-rw------- 1 999 999 3 … PG_VERSION',
    ],
  },
]

/** The host's view of a step: its levels composed, container ID → host ID. */
export function hostRanges(step: UidStep): IdRange[] {
  return step.levels.slice(1).reduce((child, level) => compose(child, level.ranges), step.levels[0].ranges)
}

/** uid_map text of each level, as the kernel prints it. */
export function uidMapText(level: UidLevel): string {
  return formatUidMap(level.ranges)
}

/** Container ID through every level of the step, innermost first. */
export function traceStep(step: UidStep, id: number): ReturnType<typeof trace> {
  return trace(step.levels.map(l => l.ranges), id)
}
