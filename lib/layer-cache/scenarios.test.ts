import { describe, expect, it } from 'vitest'
import { findScenario, prepareScenario, runScenario, scenarios } from './scenarios'

describe('layer-cache scenarios', () => {
  it('have unique ids and unique change ids', () => {
    expect(new Set(scenarios.map(s => s.id)).size).toBe(scenarios.length)
    for (const scenario of scenarios)
      expect(new Set(scenario.changes.map(c => c.id)).size).toBe(scenario.changes.length)
  })

  it.each(scenarios.map(s => [s.id, s] as const))('%s parses and every change applies', (_, scenario) => {
    const prepared = prepareScenario(scenario)
    expect(prepared.steps.length).toBeGreaterThan(3)
  })

  it('good vs bad order: the same code change costs a dependency reinstall only in the bad order', () => {
    const good = runScenario(prepareScenario(findScenario('bon-ordre')), 'code')
    const bad = runScenario(prepareScenario(findScenario('mauvais-ordre')), 'code')
    expect(good.heavyRerun).toBe(0)
    expect(bad.heavyRerun).toBe(1)
  })

  it('good order: README.md is excluded by the ignore file, the libpq5 fix is invisible', () => {
    const good = prepareScenario(findScenario('bon-ordre'))
    expect(runScenario(good, 'readme').firstMiss).toBeUndefined()
    expect(runScenario(good, 'apt').firstMiss).toBeUndefined()
    expect(runScenario(good, 'cmd').counts.miss + runScenario(good, 'cmd').counts.rebuild).toBe(1)
  })

  it('bad order without ignore file: a commit in .git/ invalidates COPY . .', () => {
    const bad = prepareScenario(findScenario('mauvais-ordre'))
    expect(runScenario(bad, 'git').firstMiss?.step.keyword).toBe('COPY')
  })

  it('multi-stage: a test change is skipped for runtime and rebuilt for --target test', () => {
    const multi = prepareScenario(findScenario('multi-etapes'))
    expect(runScenario(multi, 'test').firstMiss).toBeUndefined()
    expect(runScenario(multi, 'test', 'test').firstMiss?.step.text).toBe('COPY . .')
  })

  it('reports unknown scenario and change ids', () => {
    expect(() => findScenario('nope')).toThrow('Scénario de cache inconnu « nope »')
    expect(() => runScenario(prepareScenario(findScenario('bon-ordre')), 'nope')).toThrow('modification inconnue « nope »')
  })

  it('prepareScenario rejects a change that does not fit its Dockerfile', () => {
    const broken = { ...findScenario('bon-ordre'), changes: [{ id: 'x', label: 'x', change: { kind: 'edit' as const, line: 99, text: 'RUN true' } }] }
    expect(() => prepareScenario(broken)).toThrow('ligne 99')
  })
})
