import { describe, expect, it, vi } from 'vitest'
import { BACKGROUND_DELAY_MS } from '../preload/controller'
import { registerServiceWorkerWhenIdle } from './register'

describe('registerServiceWorkerWhenIdle', () => {
  it('registers only once the first seconds are over and the browser is idle', () => {
    vi.useFakeTimers()
    const register = vi.fn(async () => ({}) as ServiceWorkerRegistration)
    const idle: (() => void)[] = []
    const state = { requested: false }
    expect(registerServiceWorkerWhenIdle('/sw.js', { enabled: true, idle: t => idle.push(t), container: { register }, state })).toBe(true)
    // The presenter view asks a second time: still one registration.
    expect(registerServiceWorkerWhenIdle('/sw.js', { enabled: true, idle: t => idle.push(t), container: { register }, state })).toBe(false)
    expect(idle).toHaveLength(0)
    vi.advanceTimersByTime(BACKGROUND_DELAY_MS)
    expect(idle).toHaveLength(1)
    expect(register).not.toHaveBeenCalled()
    idle.shift()!()
    expect(register).toHaveBeenCalledWith('/sw.js')
    vi.useRealTimers()
  })

  it('does nothing outside a production build or without service worker support', () => {
    const register = vi.fn()
    expect(registerServiceWorkerWhenIdle('/sw.js', { enabled: false, idle: t => t(), container: { register }, state: { requested: false } })).toBe(false)
    expect(registerServiceWorkerWhenIdle('/sw.js', { enabled: true, idle: t => t(), container: undefined, state: { requested: false } })).toBe(false)
    expect(register).not.toHaveBeenCalled()
  })
})
