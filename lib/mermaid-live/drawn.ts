/**
 * The build-time drawings of live diagrams (scripts/diagrams.ts, lib/mermaid-live/prerender.ts), for the browser:
 * each file is its own chunk, fetched when its diagram is shown (never part of what slide 1 loads, and left out of
 * the offline precache: a diagram whose drawings cannot be fetched is drawn by mermaid, which is precached).
 */
export type DrawnVariant = 'light' | 'dark'

type Loader = () => Promise<unknown>

const files: Record<string, Loader> = import.meta.glob('../../generated/diagrams/drawn-*.json', { import: 'default' })

/** `files` keyed by `<key>-<variant>`. */
export function indexDrawn(found: Record<string, Loader>): Map<string, Loader> {
  const index = new Map<string, Loader>()
  for (const [path, load] of Object.entries(found)) {
    const name = /drawn-([0-9a-f]+-(?:light|dark))\.json$/.exec(path)?.[1]
    if (name)
      index.set(name, load)
  }
  return index
}

const index = indexDrawn(files)
const loaded = new Map<string, Promise<string[] | null>>()

/**
 * The SVG of every step of a diagram in one theme, or null when there is none for this build (the caller then
 * draws with mermaid). A fetch that fails (offline) is not remembered, so it is tried again later.
 */
export function loadDrawn(key: string, variant: DrawnVariant, from: Map<string, Loader> = index): Promise<string[] | null> {
  const name = `${key}-${variant}`
  const load = from.get(name)
  if (!load)
    return Promise.resolve(null)
  let pending = loaded.get(name)
  if (!pending) {
    pending = load().then(
      svgs => Array.isArray(svgs) && svgs.every(s => typeof s === 'string') ? svgs as string[] : null,
      () => {
        loaded.delete(name)
        return null
      },
    )
    loaded.set(name, pending)
  }
  return pending
}
