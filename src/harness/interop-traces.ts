/**
 * An interop run as one of our own run directories: the nodes' framework logs
 * (`hosts/nodeN/interop-node.stdout`) rewritten as trace lines the analysis reads
 * (src/harness/analysis/traces.ts), next to `topology.json` (peer ids, the delay matrix the links
 * had, regions as groups), so the same pipeline as `experiment run` gives latency from publish, hop
 * paths, per-hop overhead, the CSVs, plots and report.
 *
 * What each trace line comes from: `published` from our node's `Published Message`; `message` (first
 * arrival per node) from the time of its first `Received Message` and the sender in its `Delivered
 * Message`; `duplicate` from the arrivals after the first (every arrival at the publisher is one).
 * The framework's logs carry no publisher, so a message without a `Published Message` line (logs of
 * another implementation) cannot be measured from publish: it is counted and left out.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { linesOf, logFiles, parseRfc3339Ms } from './interop-analysis.ts'
import type { InteropNetwork } from './interop-network.ts'
import type { Topology } from './analysis/types.ts'
import { interopPeerId } from '../interop/identity.ts'

interface NodeLog {
  nodeId: number
  peerId: string
  published: Map<string, number>
  /** per message: first arrival time, count of arrivals */
  arrivals: Map<string, { firstMs: number, count: number }>
  /** per message: the peer its first copy came from */
  sources: Map<string, string>
}

async function readNodeLog (file: string): Promise<NodeLog | undefined> {
  const log: NodeLog = { nodeId: -1, peerId: '', published: new Map(), arrivals: new Map(), sources: new Map() }
  for await (const line of linesOf(file)) {
    let e: any
    try { e = line === undefined ? undefined : JSON.parse(line) } catch { continue }
    if (typeof e !== 'object' || e === null || typeof e.msg !== 'string') continue
    if (e.msg === 'PeerID' && typeof e.node_id === 'number' && typeof e.id === 'string') {
      log.nodeId = e.node_id
      log.peerId = e.id
      continue
    }
    const timeMs = typeof e.time === 'string' ? parseRfc3339Ms(e.time) : undefined
    if (timeMs === undefined || typeof e.id !== 'string' || e.id === '') continue
    if (e.msg === 'Published Message') log.published.set(e.id, timeMs)
    else if (e.msg === 'Received Message') {
      const a = log.arrivals.get(e.id)
      if (a === undefined) log.arrivals.set(e.id, { firstMs: timeMs, count: 1 })
      else a.count++
    } else if (e.msg === 'Delivered Message' && typeof e.from === 'string' && !log.sources.has(e.id)) log.sources.set(e.id, e.from)
  }
  return log.nodeId >= 0 ? log : undefined
}

export interface InteropTraceResult {
  topology: Topology
  /** messages with a publisher's `Published Message` line */
  messages: number
  /** the first messages by publish time, left out (`skip`) */
  skipped: number
  /** messages received but never published in these logs */
  withoutPublisher: number
}

/**
 * Writes `traces/nodeN.ndjson` and `topology.json` into the run folder from its hosts' logs.
 * `addresses` and `network` describe the namespaces the nodes ran in, by node id.
 */
export async function writeInteropTraces (out: string, network: InteropNetwork, addresses: string[], opts: { skip?: number } = {}): Promise<InteropTraceResult> {
  const logs = (await Promise.all((await logFiles(out)).map(readNodeLog))).filter(l => l !== undefined)
  logs.sort((a, b) => a.nodeId - b.nodeId)
  // every node of the run is in the topology, also one that never logged: its peer id is derived
  const peerIds = await Promise.all(network.delayMs.map(async (_, i) => (await interopPeerId(i)).toString()))
  const publisherOf = new Map<string, { peerId: string, atMs: number }>()
  for (const l of logs) for (const [id, atMs] of l.published) publisherOf.set(id, { peerId: l.peerId, atMs })
  // the framework's --skip: the first messages are warm-up, left out of its figures and of ours
  const skipped = [...publisherOf].sort((a, b) => a[1].atMs - b[1].atMs).slice(0, opts.skip ?? 0).map(([id]) => id)
  for (const id of skipped) publisherOf.delete(id)
  const received = new Set(logs.flatMap(l => [...l.arrivals.keys()]))
  await mkdir(join(out, 'traces'), { recursive: true })
  for (const l of logs) {
    const lines: Array<{ ts: number, text: string }> = []
    const line = (event: string, ts: number, fields: Record<string, unknown>): void => { lines.push({ ts, text: JSON.stringify({ event, node: l.peerId, ts, ...fields }) }) }
    for (const [id, atMs] of l.published) if (publisherOf.has(id)) line('published', atMs, { id, publishedAtMs: atMs })
    for (const [id, a] of l.arrivals) {
      const publisher = publisherOf.get(id)
      if (publisher === undefined) continue
      const own = publisher.peerId === l.peerId
      if (!own) line('message', a.firstMs, { id, from: publisher.peerId, receivedAtMs: a.firstMs, ...(l.sources.has(id) ? { propagationSource: l.sources.get(id) } : {}) })
      const duplicates = own ? a.count : a.count - 1
      if (duplicates > 0) line('duplicate', a.firstMs, { id, count: duplicates })
    }
    lines.sort((a, b) => a.ts - b.ts)
    await writeFile(join(out, 'traces', `node${l.nodeId}.ndjson`), lines.map(x => x.text + '\n').join(''))
  }
  const publishTimes = [...publisherOf.values()].map(p => p.atMs)
  const [first, last] = [Math.min(...publishTimes), Math.max(...publishTimes)]
  const topology: Topology = {
    nodes: peerIds.map((peerId, i) => ({
      index: i,
      peerId,
      address: addresses[i],
      ...(network.regions[i] !== undefined ? { group: network.regions[i] } : {}),
      ...(network.mbit[i] !== undefined ? { uplinkMbps: network.mbit[i], downlinkMbps: network.mbit[i] } : {}),
      ...(network.classes[i] !== undefined ? { class: network.classes[i] } : {})
    })),
    links: { delayMs: network.delayMs },
    faults: [],
    ...(publishTimes.length > 0
      ? {
          workload: {
            startedAtMs: first,
            endedAtMs: last,
            ...(last > first ? { ratePerS: (publishTimes.length - 1) / ((last - first) / 1000) } : {}),
            publishers: [...new Set([...publisherOf.values()].map(p => peerIds.indexOf(p.peerId)))]
          }
        }
      : {})
  }
  await writeFile(join(out, 'topology.json'), JSON.stringify(topology, null, 2) + '\n')
  return { topology, messages: publisherOf.size, skipped: skipped.length, withoutPublisher: [...received].filter(id => !publisherOf.has(id) && !skipped.includes(id)).length }
}
