import { describe, expect, it } from 'vitest'
import { DEFAULT_CHROMIUM, resolveChromium } from './chromium'

describe('resolveChromium', () => {
  it('prefers CHROMIUM_PATH when it is executable', () => {
    expect(resolveChromium({ CHROMIUM_PATH: '/opt/chrome' }, p => p === '/opt/chrome')).toBe('/opt/chrome')
  })

  it('falls back to the Debian binary', () => {
    expect(resolveChromium({}, p => p === DEFAULT_CHROMIUM)).toBe(DEFAULT_CHROMIUM)
  })

  it('refuses a CHROMIUM_PATH that is not executable instead of silently using another browser', () => {
    expect(() => resolveChromium({ CHROMIUM_PATH: '/nope' }, () => false))
      .toThrow('CHROMIUM_PATH=/nope n\'est pas un exécutable.')
  })

  it('explains how to install Chromium when none is found', () => {
    expect(() => resolveChromium({}, () => false)).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/)
  })
})
