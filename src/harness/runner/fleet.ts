/**
 * The run's node processes: `p2p-chat host` processes (several nodes each), driven through their
 * NDJSON command stdin; every line they print is appended to the run's traces verbatim and
 * parsed for the little the runner itself needs to know (who is up, who is in the room, how many
 * messages went out and arrived).
 */
import type { GossipsubKnobs } from '../../node/gossipsub-knobs.ts'
import { createWriteStream } from 'node:fs'
import type { WriteStream } from 'node:fs'
import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { TypedEventEmitter } from 'main-event'
import { cliEntry } from '../../lab/cli-entry.ts'
import { formatCommand, formatHostConfig, parseEventLine } from '../../node/host-protocol.ts'
import type { HostCommand, HostNodeConfig, HostStreamEvent } from '../../node/host-protocol.ts'

/** Starts a command somewhere (loopback, or inside a namespace) in its own process group. */
export type Spawner = (processIndex: number, cmd: string, args: string[]) => ChildProcess

export interface NodeStart {
  listen: string[]
  bootstrap: string[]
  identity: string
  metrics?: string
  /** the node's gossipsub knobs (the spec's `protocol`, by the node's group) */
  gossipsub?: Partial<GossipsubKnobs>
  topology?: { targetPeers?: number, lowWater?: number, highWater?: number }
  /** an adversary (the spec's `adversaries`); honest when absent */
  role?: { kind: 'silent' } | { kind: 'censor' | 'eclipse', peers: string[] } | { kind: 'spammer', ratePerS: number, invalid: boolean }
}

export interface NodeState {
  up: boolean
  addrs: string[]
  metricsUrl?: string
  roomPeers: number
  ready: boolean
}

export interface FleetEvents {
  /** a node printed `ready` (its addresses are known) */
  up: CustomEvent<number>
  /** anything that changes what the progress display or a wait looks at */
  change: CustomEvent<void>
  /** a host process died unexpectedly */
  crashed: CustomEvent<{ process: number, code: number | null, signal: string | null, stderr: string }>
}

export interface FleetInit {
  runDir: string
  nodeCount: number
  perProcess: number
  /** peer id of every node, by index (keys are made before the run) */
  peerIds: string[]
  /** the defaults of every node, typed; passed as `p2p-chat host --config JSON` */
  hostConfig: HostNodeConfig
  /** more flags for every `p2p-chat host` (the spec's `node.extraArgs`); a flag wins over `hostConfig` */
  hostArgs: string[]
  /** flags for the Node.js runtime of every host */
  nodeOptions?: string[]
}

interface HostProcess { child: ChildProcess, nodes: number[], stderr: string, exited: boolean }

export class Fleet extends TypedEventEmitter<FleetEvents> {
  readonly nodes: NodeState[]
  readonly processOf: number[]
  published = 0
  delivered = 0
  publishErrors = 0
  private readonly processes: HostProcess[] = []
  private readonly traces: WriteStream[] = []
  private readonly indexOfPeer = new Map<string, number>()
  private stopping = false
  private readonly spawner: Spawner
  private readonly init: FleetInit

  constructor (spawner: Spawner, init: FleetInit) {
    super()
    this.spawner = spawner
    this.init = init
    this.nodes = Array.from({ length: init.nodeCount }, () => ({ up: false, addrs: [], roomPeers: 0, ready: false }))
    this.processOf = Array.from({ length: init.nodeCount }, (_, i) => Math.floor(i / init.perProcess))
    init.peerIds.forEach((id, i) => this.indexOfPeer.set(id, i))
  }

  /** Starts the host processes (no nodes yet). */
  startProcesses (): void {
    const count = Math.ceil(this.init.nodeCount / this.init.perProcess)
    for (let p = 0; p < count; p++) {
      const args = [...(this.init.nodeOptions ?? []), cliEntry(), 'host', '--nodes', '0', '--config', formatHostConfig(this.init.hostConfig), ...this.init.hostArgs]
      const child = this.spawner(p, process.execPath, args)
      const host: HostProcess = { child, nodes: [], stderr: '', exited: false }
      for (let i = p * this.init.perProcess; i < Math.min(this.init.nodeCount, (p + 1) * this.init.perProcess); i++) host.nodes.push(i)
      const trace = createWriteStream(join(this.init.runDir, 'traces', `host-${p}.ndjson`), { flags: 'a' })
      this.traces.push(trace)
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { host.stderr = (host.stderr + chunk).slice(-4000) })
      createInterface({ input: child.stdout! }).on('line', line => {
        trace.write(line + '\n')
        this.onLine(line)
      })
      child.on('exit', (code, signal) => {
        host.exited = true
        for (const i of host.nodes) this.nodes[i].up = false
        if (!this.stopping) this.safeDispatchEvent('crashed', { detail: { process: p, code, signal, stderr: host.stderr } })
      })
      child.stdin?.on('error', () => { /* a dead host's stdin; the exit handler reports it */ })
      this.processes.push(host)
    }
  }

  startNode (index: number, start: NodeStart): void {
    this.command(index, { cmd: 'start', node: index, ...start })
  }

  publish (index: number, text: string, waitMs: number): void {
    this.command(index, { cmd: 'publish', node: index, text, waitMs })
  }

  kill (index: number): void {
    this.nodes[index].up = false
    this.nodes[index].ready = false
    this.command(index, { cmd: 'kill', node: index })
  }

  /** Freezes (SIGSTOP) or thaws (SIGCONT) the processes holding `nodes`; returns every node they hold. */
  signalProcessesOf (nodes: number[], signal: 'SIGSTOP' | 'SIGCONT'): number[] {
    const affected = new Set<number>()
    for (const p of new Set(nodes.map(n => this.processOf[n]))) {
      const host = this.processes[p]
      if (host.child.pid != null && !host.exited) process.kill(-host.child.pid, signal)
      for (const n of host.nodes) affected.add(n)
    }
    return [...affected].sort((a, b) => a - b)
  }

  pids (): number[] {
    return this.processes.flatMap(p => p.child.pid != null ? [p.child.pid] : [])
  }

  /** The host processes still running, by index, with their pids. */
  running (): Array<{ process: number, pid: number }> {
    return this.processes.flatMap((p, process) => p.child.pid != null && !p.exited ? [{ process, pid: p.child.pid }] : [])
  }

  /** Asks every host to stop its nodes cleanly, then kills what is left after `graceMs`. */
  async stop (graceMs = 5_000): Promise<void> {
    this.stopping = true
    const alive = this.processes.filter(p => !p.exited)
    for (const p of alive) {
      if (p.child.pid != null) {
        try { process.kill(-p.child.pid, 'SIGCONT') } catch { /* gone */ }
      }
      p.child.stdin?.end(formatCommand({ cmd: 'quit' }) + '\n')
    }
    await Promise.all(alive.map(async p => new Promise<void>(resolve => {
      if (p.exited) { resolve(); return }
      const timer = setTimeout(() => {
        try { if (p.child.pid != null) process.kill(-p.child.pid, 'SIGKILL') } catch { /* gone */ }
      }, graceMs)
      p.child.once('exit', () => { clearTimeout(timer); resolve() })
    })))
    await Promise.all(this.traces.map(async t => new Promise<void>(resolve => { t.end(resolve) })))
  }

  /** Kills every host process group at once (interrupt, crash). */
  killAll (): void {
    this.stopping = true
    for (const p of this.processes) {
      try { if (p.child.pid != null && !p.exited) process.kill(-p.child.pid, 'SIGKILL') } catch { /* gone */ }
    }
  }

  private command (index: number, command: HostCommand): void {
    const host = this.processes[this.processOf[index]]
    if (host == null || host.exited) return
    host.child.stdin?.write(formatCommand(command) + '\n')
  }

  private onLine (line: string): void {
    let e: HostStreamEvent
    try { e = parseEventLine(line, 'host') } catch { return } // not a protocol line: kept in the trace only
    if (e.event === 'host:ready') return
    const index = 'index' in e && e.index != null ? e.index : e.node != null ? this.indexOfPeer.get(e.node) : undefined
    if (index == null || this.nodes[index] == null) return
    const node = this.nodes[index]
    switch (e.event) {
      case 'ready':
        node.up = true
        node.addrs = e.addrs
        node.metricsUrl = e.metricsUrl
        this.safeDispatchEvent('up', { detail: index })
        break
      case 'stopped':
        node.up = false
        node.ready = false
        node.roomPeers = 0
        break
      case 'room:ready': node.ready = true; break
      case 'room:unready': node.ready = false; break
      case 'room:peer-joined':
      case 'room:peer-left':
        node.roomPeers = e.roomPeers
        break
      case 'published': this.published++; break
      case 'message': this.delivered++; break
      case 'error':
        if (e.kind === 'publish') this.publishErrors++
        break
      default: return
    }
    this.safeDispatchEvent('change')
  }
}
