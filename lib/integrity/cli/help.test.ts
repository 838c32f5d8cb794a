import { describe, expect, it } from 'vitest'
import { parseFlagLine, parseHelp } from './help'

describe('cobra help parser', () => {
  it('reads boolean and typed flags, with or without a short name', () => {
    expect(parseFlagLine('  -d, --detach                           Run container in background')).toEqual({ long: 'detach', short: 'd' })
    expect(parseFlagLine('  -p, --publish list                     Publish a container\'s port(s)')).toEqual({ long: 'publish', short: 'p', type: 'list' })
    expect(parseFlagLine('      --name string                      Assign a name')).toEqual({ long: 'name', type: 'string' })
    expect(parseFlagLine('  -f, --file pathname or URL             pathname or URL of a Dockerfile')).toEqual({ long: 'file', short: 'f', type: 'pathname or URL' })
    expect(parseFlagLine('                                         -1 for unlimited)')).toBeUndefined()
  })

  it('reads Docker\'s layout: usage, aliases as full paths, options', () => {
    const page = parseHelp('docker', 'Usage:  docker container ls [OPTIONS]\n\nList containers\n\nAliases:\n  docker container ls, docker container list, docker ps\n\nOptions:\n  -a, --all             Show all containers\n  -n, --last int        Show n last created containers (includes all\n                        states) (default -1)\n')
    expect(page.usage).toBe('container ls [OPTIONS]')
    expect(page.aliases).toEqual(['container ls', 'container list', 'ps'])
    expect(page.flags).toEqual([{ long: 'all', short: 'a' }, { long: 'last', short: 'n', type: 'int' }])
  })

  it('reads Podman\'s layout: sub-commands and sibling aliases', () => {
    const page = parseHelp('podman', 'Manage a virtual machine\n\nUsage:\n  podman machine [command]\n\nAvailable Commands:\n  info        Display machine host info\n  init        Initialize a virtual machine\n  auto-update Auto update\n')
    expect(page.subcommands).toEqual(['info', 'init', 'auto-update'])
    expect(page.usage).toBe('machine [command]')
  })
})
