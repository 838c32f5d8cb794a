import type { EolProduct } from './data/eol-images'
import { COURSE_DATE, EOL_PRODUCTS } from './data/eol-images'

export interface ImageRef {
  /** Repository without registry and without `library/` (`node`, `eclipse-temurin`, `ghcr.io/x/y` keeps its path). */
  name: string
  tag?: string
  digest?: string
}

/** Splits `registry/ns/name:tag@sha256:…`. Docker Hub's `docker.io/library/` prefix is dropped. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim()
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }
  const name = rest.replace(/^(?:docker\.io\/|index\.docker\.io\/)?(?:library\/)?/, '')
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) }
}

function findProduct(name: string): [string, EolProduct] | undefined {
  return Object.entries(EOL_PRODUCTS).find(([, p]) => p.images.includes(name))
}

function cycleOf(product: EolProduct, version: string) {
  const matches = product.cycles.filter(c => product.kind === 'codename'
    ? version === c.cycle || version.startsWith(`${c.cycle}-`) || version.startsWith(`${c.cycle}.`)
    : version === c.cycle || version.startsWith(`${c.cycle}.`) || version.startsWith(`${c.cycle}-`))
  return matches.sort((a, b) => b.cycle.length - a.cycle.length)[0]
}

function eolReason(productName: string, product: EolProduct, version: string, date: string): string | undefined {
  const cycle = cycleOf(product, version)
  if (cycle && cycle.eol <= date)
    return `${productName} ${cycle.cycle} est en fin de vie depuis le ${cycle.eol} (${product.source})`
  return undefined
}

/**
 * Why an image reference must not appear in a good example: end-of-life version (from the data
 * file, compared with COURSE_DATE), deprecated image, or an end-of-life distribution named in the
 * tag (`node:24-alpine3.20`, `rust:1-bullseye`). Returns undefined when fine.
 */
export function imageEolProblem(ref: string, date = COURSE_DATE): string | undefined {
  const { name, tag } = parseImageRef(ref)
  if (ref.includes('$'))
    return undefined
  const found = findProduct(name)
  if (found?.[1].deprecated)
    return found[1].deprecated
  if (tag && found) {
    const reason = eolReason(found[0], found[1], tag, date)
    if (reason)
      return reason
  }
  if (tag) {
    const alpine = /alpine(\d+\.\d+)/.exec(tag)
    if (alpine && name !== 'alpine') {
      const reason = eolReason('alpine', EOL_PRODUCTS.alpine, alpine[1], date)
      if (reason)
        return `variante ${reason}`
    }
    const debian = /(?:^|-)(stretch|buster|bullseye)(?:$|-)/.exec(tag)
    if (debian && name !== 'debian') {
      const reason = eolReason('debian', EOL_PRODUCTS.debian, debian[1], date)
      if (reason)
        return `variante ${reason}`
    }
  }
  return undefined
}

/** Implicit or `latest` tag (a digest pins the image). */
export function unpinnedProblem(ref: string): string | undefined {
  const { tag, digest } = parseImageRef(ref)
  if (digest || ref.includes('$'))
    return undefined
  if (tag === undefined)
    return `étiquette implicite (= latest) : épingler une version, par ex. « ${ref}:<version> »`
  if (tag === 'latest')
    return `étiquette « latest » : épingler une version`
  return undefined
}
