import { accessSync, constants } from 'node:fs'
import process from 'node:process'

export const DEFAULT_CHROMIUM = '/usr/bin/chromium'

/** Flags the system Chromium needs headless as root on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

/**
 * The Chromium used for PDF export and browser tests: `CHROMIUM_PATH` if set, else /usr/bin/chromium.
 * Never downloads a browser; fails with instructions instead.
 */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = isExecutable): string {
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    if (exists(fromEnv))
      return fromEnv
    throw new Error(`CHROMIUM_PATH=${fromEnv} n'est pas un exécutable. Corrigez la variable ou retirez-la pour utiliser ${DEFAULT_CHROMIUM}.`)
  }
  if (exists(DEFAULT_CHROMIUM))
    return DEFAULT_CHROMIUM
  throw new Error(`Chromium introuvable : installez-le avec « sudo apt-get install -y chromium » (Debian/Ubuntu) ou indiquez son chemin avec CHROMIUM_PATH=/chemin/vers/chromium.`)
}
