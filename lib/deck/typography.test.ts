import { describe, expect, it } from 'vitest'
import { checkTypography, NBSP } from './typography'

const N = NBSP

describe('checkTypography', () => {
  it('accepts correct French prose', () => {
    const text = `# Pourquoi${N}?\n\nDeux options${N}: «${N}-d${N}» et «${N}--rm${N}»${N}; voilà${N}!`
    expect(checkTypography(text).issues).toEqual([])
  })

  it('replaces an ordinary space before : ; ? ! and reports line and column', () => {
    const { issues, fixed } = checkTypography('Intro\nObjectif : lancer ; voir ? oui !')
    expect(issues.map(i => `${i.line}:${i.column} ${i.message}`)).toEqual([
      '2:9 espace insécable attendue avant « : »',
      '2:18 espace insécable attendue avant « ; »',
      '2:25 espace insécable attendue avant « ? »',
      '2:31 espace insécable attendue avant « ! »',
    ])
    expect(fixed).toBe(`Intro\nObjectif${N}: lancer${N}; voir${N}? oui${N}!`)
  })

  it('inserts the missing space after a word, an inline code span or bold text', () => {
    const { fixed, issues } = checkTypography('Pourquoi? **Objectif**: `docker run`: lance')
    expect(fixed).toBe(`Pourquoi${N}? **Objectif**${N}: \`docker run\`${N}: lance`)
    expect(issues).toHaveLength(3)
  })

  it('fixes guillemets with ordinary or missing spaces', () => {
    expect(checkTypography('un « conteneur » et «image»').fixed).toBe(`un «${N}conteneur${N}» et «${N}image${N}»`)
  })

  it('leaves code, URLs, HTML tags, interpolations and table delimiters alone', () => {
    const text = [
      '```bash',
      'docker run -p 8080:80 nginx ; echo "a ? b"',
      '```',
      'Voir [la doc](https://docs.docker.com/a?b=c) et `a : b`.',
      '<div class="x" :style="{ a: 1 }">texte</div>',
      '| Option | Effet |',
      '| :--- | ---: |',
      '::right::',
      'Image `nginx:1.27` et https://example.com/a?x=1!',
    ].join('\n')
    expect(checkTypography(text).issues).toEqual([])
  })

  it('checks frontmatter values but not YAML keys', () => {
    const text = ['---', 'layout: chapter-cover', '# comment: in English', 'objectives:', '  - répondre : vite', 'title: \'Conteneurs : Docker\'', '---', '', '# Titre'].join('\n')
    const { fixed, issues } = checkTypography(text)
    expect(issues.map(i => i.line)).toEqual([5, 6])
    expect(fixed.split('\n')[4]).toBe(`  - répondre${N}: vite`)
    expect(fixed.split('\n')[1]).toBe('layout: chapter-cover')
  })

  it('checks the French text of qcm blocks, not their keys', () => {
    const text = ['```qcm', 'id: ch1-x', 'question: "Pourquoi ?"', 'options:', '  - text: "Oui !"', '    correct: true', '```'].join('\n')
    const { issues, fixed } = checkTypography(text)
    expect(issues.map(i => i.line)).toEqual([3, 5])
    expect(fixed.split('\n')[4]).toBe(`  - text: "Oui${N}!"`)
  })

  it('skips <style> and <script> blocks', () => {
    const text = ['<style>', '.a { color: red; }', 'h1 { margin: 0 ; }', '</style>', '<script setup>', 'const a = b ? c : d', '</script>', 'Fin : ok'].join('\n')
    expect(checkTypography(text).issues.map(i => i.line)).toEqual([8])
  })

  it('checks speaker notes, which are prose too', () => {
    expect(checkTypography('<!--\nAttention : erreur fréquente\n-->').issues).toHaveLength(1)
  })
})
