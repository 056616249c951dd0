/**
 * Last-resort cleanup for what tests start: child processes and temp dirs. `after` hooks do the
 * orderly work; this also runs when the test process exits early or is interrupted (the test
 * runner passes on SIGINT/SIGTERM), where `after` hooks never run.
 */
import { rmSync } from 'node:fs'

const tasks = new Set<() => void>()

export function onCleanup (task: () => void): () => void {
  tasks.add(task)
  return () => { tasks.delete(task) }
}

export function cleanupTempDir (dir: string): void {
  onCleanup(() => { rmSync(dir, { recursive: true, force: true }) })
}

function runAll (): void {
  for (const task of tasks) {
    try { task() } catch { /* keep cleaning */ }
  }
  tasks.clear()
}

process.on('exit', runAll)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    runAll()
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1))
  })
}
