/**
 * The node under attack: the real CLI (`src/cli/main.ts run --json`), started by a shell that first
 * moves itself into a fresh memory cgroup and (optionally) lowers its file-descriptor limit, then
 * execs the runtime. It runs in its own process group, which is killed when the test ends or the
 * test process exits, and the cgroup is removed after it.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { request } from 'node:http'
import { MAIN, addrWith, isEvent } from './cli.ts'
import type { ChatEvent } from './cli.ts'
import { parseEventLine } from '../../src/node/host-protocol.ts'
import { onCleanup } from './cleanup.ts'
import { createMemoryCgroup } from './memory-cgroup.ts'
import type { CgroupSupport, MemoryCgroup } from './memory-cgroup.ts'

export const MiB = 1024 * 1024
/** The memory the k3d manifests give a node (deploy/k3d/room/bootstrap.yaml). */
export const TARGET_MEMORY_LIMIT = 384 * MiB

// $0 = procs file, $1 = fd limit (0: unchanged), then the command
const JOIN_AND_EXEC = 'echo $$ > "$0" || exit 97; if [ "$1" != 0 ]; then ulimit -n "$1" || exit 98; fi; shift; exec "$@"'

export interface TargetOptions {
  /** Extra CLI flags (`--relay`). */
  args?: string[]
  /** `ulimit -n` for the node (0 or absent: inherit). */
  nofile?: number
  limitBytes?: number
  support: CgroupSupport
}

export class TargetNode {
  readonly cgroup: MemoryCgroup
  readonly child: ChildProcess
  /** Every event except `rejected`, which is only counted (a flood prints one per message). */
  readonly events: ChatEvent[] = []
  rejectedLines = 0
  stderr = ''
  readonly exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }>
  exitInfo: { code: number | null, signal: NodeJS.Signals | null, atMs: number } | undefined
  private waiters: Array<() => void> = []
  private readonly forget: () => void

  constructor (options: TargetOptions) {
    this.cgroup = createMemoryCgroup(options.limitBytes ?? TARGET_MEMORY_LIMIT, options.support)
    const args = ['run', '--no-stdin', '--json', '--tcp-only', '--listen', '/ip4/127.0.0.1/tcp/0', '--metrics', '127.0.0.1:0', '--stun-server', 'none', ...(options.args ?? [])]
    this.child = spawn('/bin/sh', ['-c', JOIN_AND_EXEC, this.cgroup.procsFile, String(options.nofile ?? 0), process.execPath, MAIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, NO_COLOR: '1', P2P_CHAT_STUN_SERVERS: 'none' }
    })
    const pid = this.child.pid
    this.forget = onCleanup(() => { if (pid != null) killGroup(pid) })
    this.exited = new Promise(resolve => {
      this.child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal, atMs: Date.now() }
        resolve({ code, signal })
        this.notify()
      })
    })
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { this.stderr = (this.stderr + chunk).slice(-20_000) })
    createInterface({ input: this.child.stdout! }).on('line', line => {
      if (line.includes('"event":"rejected"')) {
        this.rejectedLines++
        return
      }
      if (!line.startsWith('{')) return
      try { this.events.push(parseEventLine(line, 'run')) } catch { return }
      this.notify()
    })
  }

  get alive (): boolean { return this.exitInfo == null }

  private notify (): void { for (const w of this.waiters) w() }

  async waitFor<E extends ChatEvent> (predicate: (e: ChatEvent) => e is E, what: string, timeoutMs: number, from?: number): Promise<E>
  async waitFor (predicate: (e: ChatEvent) => boolean, what: string, timeoutMs: number, from?: number): Promise<ChatEvent>
  async waitFor (predicate: (e: ChatEvent) => boolean, what: string, timeoutMs: number, from = 0): Promise<ChatEvent> {
    const check = (): ChatEvent | undefined => this.events.slice(from).find(predicate)
    const found = check()
    if (found != null) return found
    return new Promise((resolve, reject) => {
      const waiter = (): void => {
        const value = check()
        if (value != null) { done(); resolve(value) } else if (!this.alive) { done(); reject(new Error(`target exited (${JSON.stringify(this.exitInfo)}) before ${what}\n${this.stderr.slice(-2000)}`)) }
      }
      const timer = setTimeout(() => { done(); reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} at the target`)) }, timeoutMs)
      const done = (): void => { clearTimeout(timer); this.waiters = this.waiters.filter(w => w !== waiter) }
      this.waiters.push(waiter)
    })
  }

  /** Waits for `ready`: the peer id, the TCP address and the /healthz URL. */
  async ready (timeoutMs = 30_000): Promise<{ peerId: string, addr: string, metricsUrl: string, healthzUrl: string }> {
    const e = await this.waitFor(isEvent('ready'), 'ready', timeoutMs)
    const metricsUrl = e.metricsUrl
    if (metricsUrl == null) throw new Error('the target\'s ready line has no metricsUrl')
    return { peerId: e.peerId, addr: addrWith(e.addrs, '/tcp/'), metricsUrl, healthzUrl: metricsUrl.replace(/\/metrics$/, '/healthz') }
  }

  /** Kills the process group and removes the cgroup. */
  async stop (): Promise<void> {
    if (this.child.pid != null) killGroup(this.child.pid)
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([this.exited, new Promise(resolve => { timer = setTimeout(resolve, 5_000) })])
    clearTimeout(timer)
    this.forget()
    await this.cgroup.remove()
  }
}

export function killGroup (pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try { process.kill(-pid, signal) } catch { /* group gone */ }
}

/**
 * One GET on a fresh connection (no keep-alive: a reused socket would hide an accept queue the
 * node no longer serves). Resolves with the latency, or with an error string after `timeoutMs`.
 */
export async function probeHttp (url: string, timeoutMs = 1_000): Promise<{ ok: boolean, ms: number, error?: string }> {
  const started = performance.now()
  return new Promise(resolve => {
    let settled = false
    const finish = (ok: boolean, error?: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      req.destroy()
      resolve({ ok, ms: Math.round(performance.now() - started), ...(error != null ? { error } : {}) })
    }
    const req = request(url, { agent: false, headers: { connection: 'close' } }, res => {
      let body = ''
      res.setEncoding('utf8').on('data', (c: string) => { body += c }).on('end', () => {
        finish(res.statusCode === 200 && body === 'ok\n', res.statusCode === 200 ? undefined : `HTTP ${res.statusCode}`)
      })
    })
    req.on('error', err => { finish(false, err.message) })
    const timer = setTimeout(() => { finish(false, `no answer within ${timeoutMs} ms`) }, timeoutMs)
    req.end()
  })
}

/** Samples /healthz every `everyMs` until stopped; `stop()` returns the samples. */
export function sampleHealth (url: string, everyMs = 1_000): { stop(): Promise<Array<{ ok: boolean, ms: number, error?: string }>> } {
  const samples: Array<{ ok: boolean, ms: number, error?: string }> = []
  let running = true
  const loop = (async () => {
    while (running) {
      const t0 = Date.now()
      samples.push(await probeHttp(url))
      const wait = everyMs - (Date.now() - t0)
      if (wait > 0 && running) await new Promise(resolve => setTimeout(resolve, wait))
    }
  })()
  return {
    async stop () {
      running = false
      await loop
      return samples
    }
  }
}
