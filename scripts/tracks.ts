// Generates the entry decks of the presentation tracks from the slides' frontmatter (lib/deck/tracks.ts):
// slides.2j.md and slides.1j.md, next to slides.md, each with its generated agenda. They are build products
// (gitignored): regenerate them after any change to the pages.
// Usage: tsx scripts/tracks.ts [--deck slides.md] [--report] [--check]
//   --report  minutes and slides per chapter in each track (for authors choosing what a track keeps)
//   --check   validate durations, tracks and budgets without writing anything
// Exits 1, with file:line and reason, when a slide lacks a duration or a track exceeds its budget.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadDeck } from '../lib/deck/load'
import { buildTrackDeck } from '../lib/deck/track-deck'
import { chapterReport, checkTrackData, clock, TRACK_IDS } from '../lib/deck/tracks'

const { values } = parseArgs({
  options: {
    deck: { type: 'string', default: 'slides.md' },
    report: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
})

const deck = await loadDeck(values.deck)
if (values.report)
  console.log(chapterReport(deck))

const problems = checkTrackData(deck)
if (problems.length) {
  console.error(problems.map(p => `${p.at} : ${p.message}`).join('\n'))
  console.error(`\n${problems.length} problème(s) dans les durées et parcours des diapositives.`)
  process.exit(1)
}

let failed = false
for (const track of TRACK_IDS) {
  const built = buildTrackDeck(deck, track)
  const summary = built.days.map(day => `jour ${day.day} : ${day.teaching} min de contenu, fin ${clock(day.end)}`).join(' ; ')
  if (built.problems.length) {
    failed = true
    console.error(built.problems.join('\n'))
  }
  if (!values.check) {
    const file = join(deck.root, `slides.${track}.md`)
    writeFileSync(file, built.markdown)
    console.log(`${file} : ${built.slides} diapositives (${summary})`)
  }
  else {
    console.log(`parcours ${track} : ${built.slides} diapositives (${summary})`)
  }
}
process.exit(failed ? 1 : 0)
