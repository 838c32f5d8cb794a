// Opt-in reachability check of every external hyperlink of the deck (not part of CI: needs a network).
// Usage: npm run check:links:online [-- slides.md]. HEAD first, GET when HEAD is refused; bounded timeout and concurrency.
import process from 'node:process'
import { loadDeck, where } from '../lib/deck/load'
import { findHyperlinks, linkKind } from '../lib/integrity/links'

const TIMEOUT_MS = 10_000
const CONCURRENCY = 4

async function probe(url: string): Promise<string | undefined> {
  for (const method of ['HEAD', 'GET'] as const) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { 'user-agent': 'conteneurs-docker-podman link check' } })
      if (response.ok)
        return undefined
      if (method === 'GET' || ![403, 405, 501].includes(response.status))
        return `HTTP ${response.status}`
    }
    catch (error) {
      if (method === 'GET')
        return (error as Error).name === 'TimeoutError' ? `pas de réponse en ${TIMEOUT_MS / 1000} s` : (error as Error).message
    }
  }
  return undefined
}

const deck = await loadDeck(process.argv[2] ?? 'slides.md')
const byUrl = new Map<string, string[]>()
for (const slide of deck.slides) {
  for (const link of findHyperlinks(slide)) {
    if (linkKind(link.target) === 'external' && link.target.startsWith('http'))
      byUrl.set(link.target, [...(byUrl.get(link.target) ?? []), where(deck, slide.filepath, link.line)])
  }
}
const urls = [...byUrl.keys()]
const failures: string[] = []
let next = 0
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  while (next < urls.length) {
    const url = urls[next++]
    const problem = await probe(url)
    if (problem)
      failures.push(`${byUrl.get(url)!.join(', ')} : ${url} — ${problem}`)
  }
}))
console.log(`${urls.length} URL externes vérifiées, ${failures.length} en échec.`)
for (const failure of failures.sort()) console.log(failure)
process.exitCode = failures.length ? 1 : 0
