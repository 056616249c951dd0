/**
 * The lifecycle both labs share (the netns lab, src/lab/netns, and the NAT lab, src/lab/nat): the
 * namespaces named `<prefix>*` belong to one lab, a process 'exit' hook removes them should the lab
 * still exist when the process ends (also through process.exit() in a signal handler), every
 * process is started in its own process group inside a namespace, and destroy kills those groups
 * and removes the namespaces, once.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { cleanPrefixSync } from './netns/clean.ts'

export class LabLifecycle {
  readonly prefix: string
  #destroyed = false
  readonly #children = new Set<ChildProcess>()
  readonly #exitHook = (): void => { if (!this.#destroyed) cleanPrefixSync(this.prefix) }

  /** `cleanupOnExit` false: no exit hook (the caller removes the lab itself) */
  constructor (prefix: string, cleanupOnExit: boolean) {
    this.prefix = prefix
    if (cleanupOnExit) process.on('exit', this.#exitHook)
  }

  /** true once the lab is destroyed, or its set-up failed */
  get destroyed (): boolean { return this.#destroyed }

  /** starts `cmd` inside namespace `ns`, in its own process group, killed by destroy() */
  spawn (ns: string, cmd: string, args: string[], options: SpawnOptions): ChildProcess {
    // `ip netns exec` execs cmd in place: the pid is cmd's, and detached makes it a group leader
    const child = spawn('ip', ['netns', 'exec', ns, cmd, ...args], { ...options, detached: true })
    this.#children.add(child)
    child.on('exit', () => this.#children.delete(child))
    return child
  }

  /**
   * Kills every process group spawned here and removes the lab's namespaces; `beforeKill` runs
   * first (the netns lab stops its delayer). Idempotent: a second call does nothing.
   */
  destroy (beforeKill?: () => void): void {
    if (this.#destroyed) return
    this.#destroyed = true
    process.off('exit', this.#exitHook)
    beforeKill?.()
    for (const child of this.#children) {
      if (child.pid != null) try { process.kill(-child.pid, 'SIGKILL') } catch { /* gone */ }
    }
    cleanPrefixSync(this.prefix)
  }
}
