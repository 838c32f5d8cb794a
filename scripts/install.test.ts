import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// A plain `npm install` must not download a browser: the project uses the system Chromium (scripts/chromium.ts).
// Slidev imports its browser driver by the name `playwright-chromium`, whose real package downloads Chrome for
// Testing in an install script; package.json aliases that name to playwright-core, which has no install script.

interface LockEntry { name?: string, version?: string, hasInstallScript?: boolean }
const lock = JSON.parse(readFileSync(resolve(__dirname, '../package-lock.json'), 'utf-8')) as { packages: Record<string, LockEntry> }

/** Packages known to fetch a browser or a driver from the internet when installed. */
const BROWSER_DOWNLOADERS = ['playwright', 'playwright-chromium', 'playwright-firefox', 'playwright-webkit', 'puppeteer', 'chromedriver', 'electron']

function browserDownloads(packages: Record<string, LockEntry>): string[] {
  return Object.entries(packages)
    .filter(([path, entry]) => {
      const installed = entry.name ?? path.split('node_modules/').pop()!
      return entry.hasInstallScript && BROWSER_DOWNLOADERS.includes(installed)
    })
    .map(([path, entry]) => `${path} (${entry.name ?? 'same name'}@${entry.version})`)
}

describe('npm install', () => {
  it('installs no package whose install script downloads a browser', () => {
    expect(browserDownloads(lock.packages)).toEqual([])
  })

  it('gives Slidev a playwright-chromium that is playwright-core, without install script', () => {
    const entry = lock.packages['node_modules/playwright-chromium']
    expect(entry?.name).toBe('playwright-core')
    expect(entry?.hasInstallScript).toBeUndefined()
  })

  it('detects the real playwright-chromium, whose install script downloads Chrome for Testing', () => {
    expect(browserDownloads({ 'node_modules/playwright-chromium': { version: '1.65.0', hasInstallScript: true } }))
      .toEqual(['node_modules/playwright-chromium (same name@1.65.0)'])
  })

  it('the aliased package exposes the chromium launcher Slidev uses for export', async () => {
    const { chromium } = await import('playwright-chromium')
    expect(typeof chromium.launch).toBe('function')
  })
})
