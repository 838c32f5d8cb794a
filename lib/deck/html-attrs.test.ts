import { describe, expect, it } from 'vitest'
import { applyHtmlAttrs } from './html-attrs'

describe('applyHtmlAttrs', () => {
  it('replaces Slidev\'s static lang="en" with the headmatter\'s', () => {
    expect(applyHtmlAttrs('<!DOCTYPE html>\n<html lang="en">\n<head></head></html>', { lang: 'fr' }))
      .toBe('<!DOCTYPE html>\n<html lang="fr">\n<head></head></html>')
  })

  it('keeps other attributes, adds new ones, drops null/false, escapes values', () => {
    expect(applyHtmlAttrs('<html lang="en" class="x">', { 'lang': 'fr', 'dir': 'ltr', 'class': null, 'data-t': 'a"b' }))
      .toBe('<html lang="fr" dir="ltr" data-t="a&quot;b">')
  })

  it('fails clearly on a page without <html> or a bad attribute name', () => {
    expect(() => applyHtmlAttrs('<body></body>', { lang: 'fr' })).toThrow('sans balise <html>')
    expect(() => applyHtmlAttrs('<html>', { 'on click': 'x' })).toThrow('nom d\'attribut invalide « on click »')
  })
})
