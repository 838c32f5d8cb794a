/** Calls a task later; injected in tests. */
export type IdleScheduler = (task: () => void) => void

/** Calls `task` once the browser is idle, at most `timeoutMs` later (a short timer where idle callbacks are missing). */
export function idleWithin(timeoutMs: number): IdleScheduler {
  return (task) => {
    const idle = (globalThis as any).requestIdleCallback as ((cb: () => void, opts?: { timeout: number }) => number) | undefined
    if (idle)
      idle(task, { timeout: timeoutMs })
    else
      setTimeout(task, 200)
  }
}

/** Background work that can wait: imports of far slides, the offline precache. */
export const whenIdle: IdleScheduler = idleWithin(5000)
