// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblems } from '../../lib/deck/check'
import { loadDeck } from '../../lib/deck/load'
import { checkIntegrity, formatStats } from '../../lib/integrity/check'

// The course deck, loaded once: every command, Compose file, Dockerfile, diagram and link is checked.
describe('content integrity of the course deck', async () => {
  const deck = await loadDeck('slides.md')
  const report = await checkIntegrity(deck)

  afterAll(() => {
    // Visible in the default `vitest run` output, so the growth of the course shows.
    // eslint-disable-next-line no-console
    console.log(formatStats(report.stats))
  })

  it('checks something (the deck has commands and links)', () => {
    expect(report.stats.commands).toBeGreaterThan(0)
    expect(report.stats.links).toBeGreaterThan(0)
  })

  it('has no integrity problem (file:line : message)', () => {
    expect(report.problems, `\n${formatProblems(report.problems)}`).toEqual([])
  })
})
