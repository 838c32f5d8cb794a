// Prints the number of slides of the deck, as Slidev's parser sees it (used by .ci/run to check PDFs).
import process from 'node:process'
import { loadDeck } from '../lib/deck/load'

const deck = await loadDeck(process.argv[2] ?? 'slides.md')
console.log(deck.slides.length)
