import type { IdleScheduler } from '../slides/idle'
import { afterFirstPaint } from '../preload/controller'
import { whenIdle } from '../slides/idle'

const page = { requested: false }

/**
 * Registers the service worker built by vite.config.ts (vite-plugin-pwa) once the first slide has loaded and the
 * browser is idle: its precache downloads the whole site, which must not compete with the first paint.
 * Once per page (the presenter view renders the slides twice). Returns false where nothing is registered: no
 * service worker support, not a production build, or already requested.
 */
export function registerServiceWorkerWhenIdle(
  url: string,
  options: { enabled: boolean, idle?: IdleScheduler, container?: Pick<ServiceWorkerContainer, 'register'>, state?: { requested: boolean } },
): boolean {
  const container = options.container ?? (typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined)
  const state = options.state ?? page
  if (!options.enabled || !container || state.requested)
    return false
  state.requested = true
  afterFirstPaint(() => {
    container.register(url).catch((error: unknown) => {
      console.warn(`Service worker non enregistré (${url}) : le site ne fonctionnera pas hors ligne.`, error)
    })
  }, options.idle ?? whenIdle)
  return true
}
