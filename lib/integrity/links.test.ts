import type { DeckSlide } from '../deck/load'
import { describe, expect, it } from 'vitest'
import { externalLinkProblem, findHyperlinks, internalLinkProblem, linkKind } from './links'

function slide(body: string, frontmatter: Record<string, any> = {}, frontmatterLines: Record<string, number> = {}): DeckSlide {
  return { no: 1, filepath: '/x/slides.md', contentLine: 10, indexInFile: 1, body, frontmatter, frontmatterLines }
}

describe('hyperlinks', () => {
  it('finds markdown links, autolinks, <a href>, bare URLs and frontmatter URLs, with lines', () => {
    const s = slide([
      'Voir [la doc](https://docs.docker.com/engine/) et <https://podman.io/docs>.',
      '<a href="https://github.com/containers/podman">dépôt</a> ou https://kubernetes.io/docs/.',
      '`https://example.com/in-code` et ![img](/pic.png)',
      '```bash',
      'curl https://example.com/in-fence',
      '```',
      '<!-- notes : debootstrap noble ./rootfs http://archive.ubuntu.com/ubuntu -->',
    ].join('\n'), { info: 'Source : https://12factor.net/config' }, { info: 3 })
    expect(findHyperlinks(slide(s.body, s.frontmatter, s.frontmatterLines)).map(l => `${l.line} ${l.kind} ${l.target}`)).toEqual([
      '3 frontmatter https://12factor.net/config',
      '10 markdown https://docs.docker.com/engine/',
      '10 autolink https://podman.io/docs',
      '11 html https://github.com/containers/podman',
      '11 bare https://kubernetes.io/docs/',
    ])
  })

  it('accepts only valid https URLs on the reviewed domains (subdomains explicit)', () => {
    expect(externalLinkProblem('https://docs.docker.com/compose/')).toBeUndefined()
    expect(externalLinkProblem('http://docs.docker.com/')).toBe('lien « http://docs.docker.com/ » : seul https:// est accepté')
    expect(externalLinkProblem('https://evil.docker.com/')).toBe('lien « https://evil.docker.com/ » : domaine « evil.docker.com » hors de la liste revue (lib/integrity/data/allowed-domains.ts)')
    expect(externalLinkProblem('https://')).toBe('URL invalide « https:// »')
  })

  it('resolves internal targets to slide numbers and routeAlias only', () => {
    const aliases = new Set(['images'])
    expect(internalLinkProblem('#images', 20, aliases)).toBeUndefined()
    expect(internalLinkProblem('/12', 20, aliases)).toBeUndefined()
    expect(internalLinkProblem('/schema.svg', 20, aliases)).toBeUndefined()
    expect(internalLinkProblem('#21', 20, aliases)).toBe('lien interne « #21 » : ni numéro de diapositive (1-20) ni routeAlias — écrire <Link to="alias">')
    expect(internalLinkProblem('#un-titre', 20, aliases)).toBe('lien interne « #un-titre » : ni numéro de diapositive (1-20) ni routeAlias — écrire <Link to="alias">')
  })

  it('classifies targets', () => {
    expect(['https://x.org', '//cdn.x', '#a', '/3', './f.md', 'mailto:a@b.c'].map(linkKind)).toEqual(['external', 'external', 'internal', 'internal', 'other', 'other'])
  })
})
