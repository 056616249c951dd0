/**
 * Room benchmark: N nodes on loopback (TCP only, all bootstrapping from node 0, no RTT pings),
 * `rate` messages per second from random nodes for `duration` seconds. The nodes run in P
 * processes of `p2p-chat host` (P = N: one process per node, the issue-9 setup; P < N: several
 * nodes per process). Everything is measured from the nodes' NDJSON events (`peer:connected`,
 * `published`, `message`) and /proc, never from inside the nodes.
 *
 *   node bench/room.ts --nodes 67 --rate 2 --duration 60 [--processes 67] [--node-flags "..."]
 *
 * Prints delivery, latency p50/p99, CPU of the room idle and under load, total RSS and PSS, the
 * time until every node has >= 3 peers, and the median connections per node.
 */
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { cpus } from 'node:os'
import { machineJiffies, memoryMb, totalCpuSeconds } from './proc.ts'
import { cliEntry } from '../src/lab/cli-entry.ts'
import { parseEventLine } from '../src/node/host-protocol.ts'
import type { HostStreamEvent } from '../src/node/host-protocol.ts'

const EVENTS = 'ready,host:ready,error,peer:connected,peer:disconnected,room:ready,published,message'

export interface RoomBenchOptions {
  nodes: number
  processes?: number
  rate?: number
  durationS?: number
  idleS?: number
  settleS?: number
  /** V8 / Node flags for every node process. */
  nodeFlags?: string[]
  /** Extra `p2p-chat host` flags for every process. */
  hostArgs?: string[]
  /** Give up waiting for >= 3 peers per node after this long. */
  convergeTimeoutS?: number
  log?: (line: string) => void
}

export interface RoomBenchResult {
  nodes: number
  processes: number
  published: number
  publishFailures: number
  deliveryShare: number
  latencyP50Ms: number
  latencyP99Ms: number
  /** CPU of all node processes, in % of one core. */
  idleCpuPercent: number
  loadedCpuPercent: number
  /**
   * The room's CPU above idle during the workload, per delivered message (ms of one core): what one
   * delivery costs, duplicates and forwarding included. Divided by one secp256k1 verify's time of the
   * same run it is the machine-independent hop cost `npm run bench` prints.
   */
  cpuMsPerDelivery: number
  /** The rest of the machine (other users' work) during the windows, % of one core. */
  othersIdleCpuPercent: number
  othersLoadedCpuPercent: number
  rssMb: number
  pssMb: number
  /** From the first process spawn; and from the moment the last node was up. */
  allThreePeersS: number | undefined
  allThreePeersAfterLastUpS: number | undefined
  startupS: number
  medianConnections: number
  maxConnections: number
}

interface HostProc {
  child: ChildProcessWithoutNullStreams
  /** global node index -> local index */
  first: number
  count: number
  ready: Promise<void>
  exited: Promise<void>
}

const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

function quantile (sorted: number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

export async function roomBenchmark (opts: RoomBenchOptions): Promise<RoomBenchResult> {
  const n = opts.nodes
  const p = Math.min(opts.processes ?? n, n)
  const rate = opts.rate ?? 2
  const durationS = opts.durationS ?? 60
  const log = opts.log ?? ((line: string) => { process.stderr.write(line + '\n') })
  // the compiled CLI (npm run build) saves ~29 MB per process, but only when it is up to date
  const entry = cliEntry()

  const peersOf = new Map<string, Set<string>>()
  const nodeOfPeer = new Map<string, { proc: HostProc, local: number }>()
  const published = new Map<string, { node: string, sentAtMs: number }>()
  const received = new Map<string, Set<string>>()
  const latencies: number[] = []
  let publishFailures = 0
  const errors: string[] = []
  const procs: HostProc[] = []
  let firstAddr: string | undefined
  let onFirstAddr: (() => void) | undefined

  const handle = (proc: HostProc, e: HostStreamEvent): void => {
    switch (e.event) {
      case 'ready':
        if (e.node == null) break
        nodeOfPeer.set(e.node, { proc, local: e.index })
        peersOf.set(e.node, peersOf.get(e.node) ?? new Set())
        if (firstAddr == null && proc === procs[0] && e.index === 0) {
          firstAddr = e.addrs[0]
          onFirstAddr?.()
        }
        break
      case 'peer:connected': {
        const set = peersOf.get(e.node) ?? new Set<string>()
        set.add(e.peerId)
        peersOf.set(e.node, set)
        break
      }
      case 'peer:disconnected': peersOf.get(e.node)?.delete(e.peerId); break
      case 'published': published.set(e.id, { node: e.node, sentAtMs: e.sentAtMs }); break
      case 'message': {
        const set = received.get(e.id) ?? new Set<string>()
        if (!set.has(e.node)) latencies.push(e.latencyMs)
        set.add(e.node)
        received.set(e.id, set)
        break
      }
      case 'error':
        if (e.kind === 'publish') publishFailures++
        else errors.push(`${e.kind}: ${e.message}`)
        break
    }
  }

  const spawnHost = (first: number, count: number, bootstrap: string[]): HostProc => {
    const args = [...(opts.nodeFlags ?? []), entry, 'host', '--nodes', String(count), '--tcp-only', '--ping-interval', '0',
      '--events', EVENTS, '--room', 'bench-room', ...bootstrap.flatMap(b => ['--bootstrap', b]),
      ...(first === 0 ? ['--bootstrap-first'] : []), ...(opts.hostArgs ?? [])]
    const child = spawn(process.execPath, args, { stdio: 'pipe', detached: true })
    let resolveReady!: () => void
    const proc: HostProc = {
      child,
      first,
      count,
      ready: new Promise(resolve => { resolveReady = resolve }),
      exited: new Promise(resolve => { child.on('exit', () => { resolve() }) })
    }
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { if (/ERROR/.test(chunk)) errors.push(chunk.trim().slice(0, 300)) })
    createInterface({ input: child.stdout }).on('line', line => {
      let e: HostStreamEvent
      try { e = parseEventLine(line, 'host') } catch { return }
      if (e.event === 'host:ready') resolveReady()
      handle(proc, e)
    })
    child.on('exit', () => { resolveReady() })
    procs.push(proc)
    return proc
  }

  const killAll = (): void => {
    for (const proc of procs) { try { process.kill(-proc.child.pid!, 'SIGKILL') } catch { /* gone */ } }
  }
  process.once('exit', killAll)

  try {
    const t0 = performance.now()
    const sizes = Array.from({ length: p }, (_, i) => Math.floor(n / p) + (i < n % p ? 1 : 0))
    const firstReady = new Promise<void>(resolve => { onFirstAddr = resolve })
    const starts = [spawnHost(0, sizes[0], [])]
    await Promise.race([firstReady, starts[0].exited])
    if (firstAddr == null) throw new Error(`the first host process exited before its node 0 was up: ${errors.join('; ')}`)
    // cold starts cost ~0.5 s of CPU each: keep about one per core in flight
    const inFlight = new Set<Promise<void>>()
    let next = sizes[0]
    for (let i = 1; i < p; i++) {
      while (inFlight.size >= cpus().length) await Promise.race(inFlight)
      const proc = spawnHost(next, sizes[i], [firstAddr])
      next += sizes[i]
      const ready = proc.ready.then(() => { inFlight.delete(ready) })
      inFlight.add(ready)
    }
    await Promise.all(procs.map(async pr => pr.ready))
    const lastUp = performance.now()
    const startupS = (lastUp - t0) / 1000
    const up = [...nodeOfPeer.keys()]
    if (up.length !== n) throw new Error(`only ${up.length} of ${n} nodes came up: ${errors.slice(0, 3).join('; ')}`)
    log(`room: ${n} nodes in ${p} processes up after ${startupS.toFixed(1)} s; waiting for >= 3 peers each`)

    let allThreePeersS: number | undefined
    const deadline = performance.now() + (opts.convergeTimeoutS ?? 180) * 1000
    while (performance.now() < deadline) {
      if (up.every(id => (peersOf.get(id)?.size ?? 0) >= 3)) {
        allThreePeersS = (performance.now() - t0) / 1000
        break
      }
      await sleep(250)
    }
    log(`room: every node has >= 3 peers: ${allThreePeersS != null ? `${allThreePeersS.toFixed(1)} s` : 'not within the deadline'}`)

    const pids = procs.map(pr => pr.child.pid!)
    const window = async (seconds: number, during?: () => Promise<void>): Promise<{ room: number, others: number, elapsed: number }> => {
      const [c0, m0, w0] = [await totalCpuSeconds(pids), await machineJiffies(), performance.now()]
      await Promise.all([sleep(seconds * 1000), during?.()])
      const [c1, m1, w1] = [await totalCpuSeconds(pids), await machineJiffies(), performance.now()]
      const elapsed = (w1 - w0) / 1000
      const room = (c1 - c0) / elapsed * 100
      const machine = (m1.busy - m0.busy) / (m1.total - m0.total) * cpus().length * 100
      return { room, others: Math.max(0, machine - room), elapsed }
    }

    await sleep((opts.settleS ?? 10) * 1000)
    const idle = await window(opts.idleS ?? 20)
    log(`room: idle CPU ${idle.room.toFixed(1)} % of a core (rest of the machine ${idle.others.toFixed(1)} %)`)

    const publishers = [...nodeOfPeer.values()]
    const load = await window(durationS, async () => {
      const total = Math.round(durationS * rate)
      const start = performance.now()
      for (let i = 0; i < total; i++) {
        const wait = start + i * 1000 / rate - performance.now()
        if (wait > 0) await sleep(wait)
        const { proc, local } = publishers[Math.floor(Math.random() * publishers.length)]
        proc.child.stdin.write(JSON.stringify({ cmd: 'publish', node: local, text: `bench ${i}` }) + '\n')
      }
    })
    const memory = await Promise.all(pids.map(async pid => memoryMb(pid).catch(() => ({ rssMb: 0, pssMb: 0, anonMb: 0 }))))
    const connections = up.map(id => peersOf.get(id)?.size ?? 0).sort((a, b) => a - b)
    await sleep(5_000) // late deliveries
    log(`room: loaded CPU ${load.room.toFixed(1)} % of a core (rest of the machine ${load.others.toFixed(1)} %)`)

    let delivered = 0
    for (const [id] of published) delivered += received.get(id)?.size ?? 0
    latencies.sort((a, b) => a - b)
    if (errors.length > 0) log(`room: ${errors.length} errors, first: ${errors[0]}`)
    return {
      nodes: n,
      processes: p,
      published: published.size,
      publishFailures,
      deliveryShare: published.size === 0 ? 0 : delivered / (published.size * (n - 1)),
      latencyP50Ms: quantile(latencies, 0.5),
      latencyP99Ms: quantile(latencies, 0.99),
      idleCpuPercent: idle.room,
      loadedCpuPercent: load.room,
      cpuMsPerDelivery: delivered === 0 ? NaN : Math.max(0, load.room - idle.room) / 100 * load.elapsed * 1000 / delivered,
      othersIdleCpuPercent: idle.others,
      othersLoadedCpuPercent: load.others,
      rssMb: memory.reduce((a, m) => a + m.rssMb, 0),
      pssMb: memory.reduce((a, m) => a + m.pssMb, 0),
      allThreePeersS,
      allThreePeersAfterLastUpS: allThreePeersS != null ? allThreePeersS - startupS : undefined,
      startupS,
      medianConnections: quantile(connections, 0.5),
      maxConnections: connections[connections.length - 1]
    }
  } finally {
    for (const proc of procs) proc.child.stdin.end(JSON.stringify({ cmd: 'quit' }) + '\n')
    await Promise.race([Promise.all(procs.map(async pr => pr.exited)), sleep(15_000)])
    killAll()
    process.removeListener('exit', killAll)
  }
}

export function formatRoomResult (r: RoomBenchResult, rate: number, durationS: number): string[] {
  const f = (x: number | undefined, d = 1): string => x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(d)
  return [
    `room of ${r.nodes} nodes in ${r.processes} process${r.processes === 1 ? '' : 'es'} on loopback (TCP, bootstrap from node 0, no pings), ${rate} msg/s for ${durationS} s:`,
    `  delivery ${f(r.deliveryShare * 100, 2)} % of ${r.published} messages x ${r.nodes - 1} receivers${r.publishFailures > 0 ? ` (${r.publishFailures} publishes failed)` : ''}   (goal: 100 %)`,
    `  latency p50 ${f(r.latencyP50Ms)} ms   p99 ${f(r.latencyP99Ms)} ms   (goal: <= 10 / <= 50 ms)`,
    `  CPU per delivered message (above idle): ${f(r.cpuMsPerDelivery, 2)} ms`,
    `  CPU of the room: idle ${f(r.idleCpuPercent)} %, loaded ${f(r.loadedCpuPercent)} % of one core   (goal: <= 20 / <= 60 %; rest of the machine meanwhile: ${f(r.othersIdleCpuPercent)} / ${f(r.othersLoadedCpuPercent)} %)`,
    `  memory: RSS ${f(r.rssMb / 1024, 2)} GB total (${f(r.rssMb / r.nodes)} MB per node), PSS ${f(r.pssMb / 1024, 2)} GB   (goal: RSS <= 5 GB)`,
    `  every node has >= 3 peers after ${f(r.allThreePeersS)} s (all up after ${f(r.startupS)} s)   (goal: <= 30 s)`,
    `  connections per node: median ${r.medianConnections}, max ${r.maxConnections}`
  ]
}

const USAGE = `usage: node bench/room.ts [--nodes N] [--processes P] [--rate MSG_PER_S] [--duration S] [--idle S]
                          [--node-flags "FLAGS"] [--host-args "ARGS"]
  --nodes N          nodes in the room (default 67)
  --processes P      \`p2p-chat host\` processes they run in (default: N, one per node)
  --rate R           messages per second from random nodes (default 2)
  --duration S       seconds of load (default 60)
  --idle S           seconds of the idle window after convergence (default 20)
  --node-flags F     Node.js flags for every host process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
  --host-args A      extra \`p2p-chat host\` arguments (e.g. "--inbound-per-host 1000 --stagger-ms 100")
`

function usageError (message: string): never {
  process.stderr.write(`room.ts: ${message}\n${USAGE}`)
  process.exit(2)
}

/** The value of a numeric flag, or a usage error naming the flag. */
function positive (flag: string, value: string, integer = false): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) usageError(`--${flag} ${value}: expected a positive ${integer ? 'integer' : 'number'}`)
  return n
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let v
  try {
    v = parseArgs({
      options: {
        help: { type: 'boolean', short: 'h' },
        nodes: { type: 'string', default: '67' },
        processes: { type: 'string' },
        rate: { type: 'string', default: '2' },
        duration: { type: 'string', default: '60' },
        idle: { type: 'string', default: '20' },
        'node-flags': { type: 'string', default: '' },
        'host-args': { type: 'string', default: '' }
      }
    }).values
  } catch (err) {
    usageError((err as Error).message)
  }
  if (v.help === true) {
    process.stdout.write(USAGE)
    process.exit(0)
  }
  const nodes = positive('nodes', v.nodes, true)
  const rate = positive('rate', v.rate)
  const durationS = positive('duration', v.duration)
  const result = await roomBenchmark({
    nodes,
    processes: v.processes != null ? positive('processes', v.processes, true) : nodes,
    rate,
    durationS,
    idleS: positive('idle', v.idle),
    nodeFlags: v['node-flags'].split(' ').filter(Boolean),
    hostArgs: v['host-args'].split(' ').filter(Boolean)
  })
  process.stdout.write(formatRoomResult(result, rate, durationS).join('\n') + '\n' + JSON.stringify(result) + '\n')
}
