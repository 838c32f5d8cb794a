import type { Deck } from './load'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { listChapters } from './chapters'
import { where } from './load'
import { findLinks, findResourceLoads, isLocalAsset, isRemote } from './references'

export interface Problem {
  /** `file:line` relative to the deck root. */
  at: string
  message: string
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(p => `${p.at} : ${p.message}`).join('\n')
}

/** Structural checks of a deck: chapter covers, internal links, local assets, no remote resource. */
export function checkDeck(deck: Deck, publicDir = join(deck.root, 'public')): Problem[] {
  const problems: Problem[] = []
  const aliases = new Set<string>()
  for (const slide of deck.slides) {
    const alias = slide.frontmatter.routeAlias
    if (typeof alias === 'string') {
      if (aliases.has(alias))
        problems.push({ at: where(deck, slide.filepath, slide.contentLine), message: `routeAlias « ${alias} » déjà utilisé par une autre diapositive` })
      aliases.add(alias)
    }
  }

  try {
    listChapters(deck.slides)
  }
  catch (error) {
    problems.push({ at: deck.entry, message: (error as Error).message })
  }

  for (const slide of deck.slides) {
    for (const link of findLinks(slide)) {
      const target = link.target.trim()
      const asNumber = Number(target)
      const ok = /^\d+$/.test(target)
        ? asNumber >= 1 && asNumber <= deck.slides.length
        : aliases.has(target)
      if (!ok)
        problems.push({ at: where(deck, slide.filepath, link.line), message: `<Link to="${target}"> ne mène à aucune diapositive (ni routeAlias ni numéro entre 1 et ${deck.slides.length})` })
    }
    for (const ref of findResourceLoads(slide)) {
      if (isRemote(ref.target)) {
        problems.push({ at: where(deck, slide.filepath, ref.line), message: `ressource chargée depuis le réseau (${ref.kind}) : ${ref.target} — la placer dans public/` })
      }
      else if (isLocalAsset(ref.target)) {
        const path = ref.target.split(/[?#]/)[0]
        const file = path.startsWith('/') ? join(publicDir, path) : resolve(publicDir, path)
        if (!existsSync(file))
          problems.push({ at: where(deck, slide.filepath, ref.line), message: `fichier introuvable dans public/ (${ref.kind}) : ${ref.target}` })
      }
    }
  }
  return problems
}
