import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../lib/deck/load'
import { checkTypography } from '../lib/deck/typography'

describe('french typography of the course', async () => {
  const deck = await loadDeck('slides.md')

  it('covers every markdown file of the deck', () => {
    expect(deck.files.length).toBeGreaterThan(1)
  })

  it.each(deck.files.map(file => [file.replace(`${deck.root}/`, ''), file]))('%s has no-break spaces where French needs them', (_name, file) => {
    const { issues } = checkTypography(readFileSync(file, 'utf-8'))
    const report = issues.map(i => `${file}:${i.line}:${i.column} : ${i.message}`).join('\n')
    expect(issues, `${report}\n→ npx tsx scripts/typography.ts --fix ${file}`).toEqual([])
  })
})
