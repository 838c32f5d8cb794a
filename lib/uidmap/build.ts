/**
 * The maps the course shows, built the way the engines build them:
 * - rootful: no user namespace, the initial namespace's identity map `0 0 4294967295`;
 * - rootless Podman: the user's own UID becomes 0, then the `/etc/subuid` range from 1
 *   (`podman unshare cat /proc/self/uid_map`);
 * - `--userns=keep-id`: Podman's `getRootlessKeepIDMapping` (pkg/util/utils.go), written relative to the rootless
 *   namespace, where the user is 0 and the subordinate IDs are 1…count.
 */
import type { IdRange } from './parse'
import { checkRanges, ID_LIMIT } from './parse'

export interface SubIdRange {
  /** First subordinate ID on the host (`/etc/subuid`: `alice:100000:65536` → 100000). */
  start: number
  count: number
}

/** `0 0 4294967295`: every ID is itself (rootful engines, the host). */
export function identityMap(): IdRange[] {
  return checkRanges([{ inside: 0, outside: 0, count: ID_LIMIT }])
}

/** Rootless namespace of a user: `0 uid 1` and `1 subStart count`. */
export function rootlessMap(uid: number, sub: SubIdRange): IdRange[] {
  return checkRanges([
    { inside: 0, outside: uid, count: 1 },
    ...(sub.count > 0 ? [{ inside: 1, outside: sub.start, count: sub.count }] : []),
  ])
}

/**
 * `--userns=keep-id[:uid=N]` for a rootless user with `subCount` subordinate IDs: container `uid` is the user
 * (0 in the rootless namespace), container 0…uid−1 take the subordinate IDs 1…uid, the IDs after `uid` keep
 * their number. `uid` defaults to the user's own UID; it is also the user the process runs as.
 */
export function keepIdMap(uid: number, subCount: number): IdRange[] {
  const ranges: Omit<IdRange, 'line'>[] = []
  if (subCount > 0 && uid !== 0)
    ranges.push({ inside: 0, outside: 1, count: Math.min(uid, subCount) })
  ranges.push({ inside: uid, outside: 0, count: 1 })
  if (subCount > uid)
    ranges.push({ inside: uid + 1, outside: uid + 1, count: subCount - uid })
  return checkRanges(ranges)
}
