import { describe, expect, it } from 'vitest'
import { identityMap, keepIdMap, rootlessMap } from './build'
import { formatUidMap } from './parse'

function text(ranges: { inside: number, outside: number, count: number }[]) {
  return ranges.map(r => `${r.inside} ${r.outside} ${r.count}`)
}

describe('map builders', () => {
  it('identity: what a rootful engine\'s container (and the host) prints', () => {
    expect(formatUidMap(identityMap())).toBe('         0          0 4294967295')
  })

  it('rootless: the user is 0, the subuid range starts at 1', () => {
    expect(text(rootlessMap(1000, { start: 100000, count: 65536 }))).toEqual(['0 1000 1', '1 100000 65536'])
    expect(text(rootlessMap(1000, { start: 100000, count: 0 }))).toEqual(['0 1000 1'])
  })

  it('keep-id for UID 1000 and 65536 subordinate IDs', () => {
    expect(text(keepIdMap(1000, 65536))).toEqual(['0 1 1000', '1000 0 1', '1001 1001 64536'])
  })

  it('keep-id matches what Podman printed or stored', () => {
    // Podman's commit « podman: add uid and gid options to keep-id » (containers/podman#15389):
    // `podman run --userns=keep-id:uid=11 … cat /proc/self/uid_map` → 0 1 11 / 11 0 1 / 12 12 65525.
    expect(text(keepIdMap(11, 65536))).toEqual(['0 1 11', '11 0 1', '12 12 65525'])
    // Podman 4.3 on this machine, `podman create --userns=keep-id` by a user with UID 1001 and 65536 subuids:
    // HostConfig.IDMappings.UidMap = ["0:1:1001", "1001:0:1", "1002:1002:64535"].
    expect(text(keepIdMap(1001, 65536))).toEqual(['0 1 1001', '1001 0 1', '1002 1002 64535'])
  })

  it('keep-id edge cases follow getRootlessKeepIDMapping (pkg/util/utils.go)', () => {
    expect(text(keepIdMap(1000, 0))).toEqual(['1000 0 1'])
    expect(text(keepIdMap(0, 65536))).toEqual(['0 0 1', '1 1 65536'])
    expect(text(keepIdMap(70000, 65536))).toEqual(['0 1 65536', '70000 0 1'])
  })
})
