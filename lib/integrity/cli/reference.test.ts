import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_FIXTURES, loadTools } from './reference'

describe('cLI references', () => {
  const tools = loadTools()

  it('come from the real tools: Docker 28.2 client and Podman 4.3', () => {
    expect(tools.docker.version).toMatch(/^28\.2\./)
    expect(tools.podman.version).toMatch(/^4\.3\./)
    expect(Object.keys(tools.docker.commands).length).toBeGreaterThan(100)
    expect(Object.keys(tools.podman.commands).length).toBeGreaterThan(150)
  })

  it('record aliases (docker ps = docker container ls) and typed flags', () => {
    expect(tools.docker.aliases.ps).toBe('container ls')
    expect(tools.docker.aliases.run).toBe('container run')
    const run = tools.docker.commands['container run']
    expect(run.flags).toContainEqual({ long: 'publish', short: 'p', type: 'list' })
    expect(run.flags).toContainEqual({ long: 'detach', short: 'd' })
    expect(tools.docker.globalFlags).toContainEqual({ long: 'host', short: 'H', type: 'list' })
    expect(tools.podman.globalFlags).toContainEqual({ long: 'remote', short: 'r' })
  })

  it('extend them with the overlay, every entry documented by an official https page', () => {
    const overlay = JSON.parse(readFileSync(resolve(CLI_FIXTURES, 'overlay.json'), 'utf-8'))
    const entries = ['docker', 'podman'].flatMap(t => overlay[t].commands as { path: string, source?: string }[])
    for (const entry of entries)
      expect(entry.source, entry.path).toMatch(/^https:\/\/(?:docs\.docker\.com|docs\.podman\.io|github\.com)\//)
    expect(tools.docker.commands['compose up'].source).toBe('https://docs.docker.com/reference/cli/docker/compose/up/')
    expect(tools.docker.commands['image build'].flags).toContainEqual({ long: 'check' })
    expect(tools.podman.commands['compose up']).toBeDefined()
    expect(tools['docker-compose'].legacy).toMatch(/docker compose/)
    expect(tools['podman-compose'].commands.up).toBeDefined()
  })

  it('include kubectl 1.32 from its help: global options everywhere, aliases, options with an optional value', () => {
    expect(tools.kubectl.version).toMatch(/^1\.32\./)
    expect(tools.kubectl.origin).toMatch(/kubectl options/)
    expect(tools.kubectl.persistentGlobalFlags).toBe(true)
    expect(tools.kubectl.interspersed).toBe(true)
    expect(Object.keys(tools.kubectl.commands).length).toBeGreaterThan(90)
    expect(tools.kubectl.globalFlags).toContainEqual({ long: 'namespace', short: 'n', type: 'string' })
    expect(tools.kubectl.aliases['create deploy']).toBe('create deployment')
    expect(tools.kubectl.commands['rollout restart']).toBeDefined()
    const get = tools.kubectl.commands.get.flags
    expect(get).toContainEqual({ long: 'all-namespaces', short: 'A' })
    expect(get).toContainEqual({ long: 'output', short: 'o', type: 'string' })
    expect(get.map(f => f.long)).not.toContain('wide')
    expect(tools.kubectl.commands.apply.flags).toContainEqual({ long: 'dry-run', type: 'string', optionalValue: true })
    expect(tools.kubectl.commands.apply.flags).toContainEqual({ long: 'validate', type: 'string', optionalValue: true })
  })

  it('describe kind from the overlay only, each command with its page on kind.sigs.k8s.io', () => {
    const overlay = JSON.parse(readFileSync(resolve(CLI_FIXTURES, 'overlay.json'), 'utf-8'))
    for (const entry of overlay.kind.commands as { path: string, source: string }[])
      expect(entry.source, entry.path).toMatch(/^https:\/\/kind\.sigs\.k8s\.io\/docs\//)
    expect(tools.kind.origin).toMatch(/kind\.sigs\.k8s\.io/)
    expect(tools.kind.commands.create.subcommands).toEqual(['cluster'])
    expect(tools.kind.commands['create cluster'].flags).toContainEqual({ long: 'wait', type: 'duration' })
    expect(tools.kind.commands['load docker-image'].flags).toContainEqual({ long: 'nodes', type: 'strings' })
    expect(tools.kind.globalFlags).toContainEqual({ long: 'verbosity', short: 'v', type: 'int32' })
  })

  it('does not know the seed\'s invented options and commands', () => {
    expect(tools.podman.commands['machine init'].flags.map(f => f.long)).not.toContain('rootless')
    expect(tools.podman.commands['machine init'].flags.map(f => f.long)).toContain('rootful')
    expect(tools.podman.globalFlags.map(f => f.long)).not.toContain('rootless')
    expect(tools.podman.commands.config).toBeUndefined()
  })
})
