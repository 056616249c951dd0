/**
 * analyzeRun: traces + topology (+ metrics.csv, machine.csv) -> deliveries.csv, messages.csv,
 * summary.json. Definitions of every column and figure: docs/experiments-analysis.md.
 */
import { readFile, writeFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { adversarySummary } from './adversaries.ts'
import { CsvWriter } from './csv-writer.ts'
import { downIntervals, faultWindows, isDownAt, nearFault } from './faults.ts'
import { readMachine, summarizeMachine } from './machine.ts'
import { METRIC, counterIncreaseByNode, readMetricSamples } from './metrics.ts'
import { DEFAULT_ANALYSIS_OPTIONS } from './options.ts'
import { pathDelay, ShortestPaths } from './paths.ts'
import { listTraceFiles, readManifest, readTopology } from './read-run.ts'
import { quantiles, ratio, round, sortedCopy, quantileSorted } from './stats.ts'
import { TraceIndexer, hopPath } from './traces.ts'
import { Distributions, MessageTotals, classSummary, groupPairSummaries, pairKey } from './split.ts'
import type { AnalysisOptions } from './options.ts'
import type { MessageTrace, TraceIndex } from './traces.ts'
import type { RunSummary, Topology } from './types.ts'

export const DELIVERY_COLUMNS = ['message_id', 'publisher', 'receiver', 'published_at_ms', 'received_at_ms', 'latency_ms', 'hops',
  'propagation_source', 'path_delay_ms', 'shortest_path_ms', 'per_hop_overhead_ms', 'fault_free'] as const
export const MESSAGE_COLUMNS = ['message_id', 'publisher', 'published_at_ms', 'receivers_expected', 'receivers_reached', 'delivery_ratio',
  't50_ms', 't90_ms', 't99_ms', 't100_ms', 'duplicates', 'fault_free', 'reached_within_1s', 'reached_within_5s', 'bytes'] as const

/** Bumped whenever summary.json changes shape; see summaryOf. */
export const SUMMARY_FORMAT = 6

const maxOf = (v: number[]): number => v.reduce((a, b) => Math.max(a, b), -Infinity)
const minOf = (v: number[]): number => v.reduce((a, b) => Math.min(a, b), Infinity)

/** Accumulates the per-delivery distributions the summary quotes. */
class DeliveryStats {
  latency: number[] = []
  overShortest: number[] = []
  overhead: number[] = []
  pathDelay: number[] = []
  shortest: number[] = []
  hops: Record<string, number> = {}
  total = 0
  toExpected = 0
  receivedAt: number[] = []
  faultFree = new Distributions()
  faultWindows = new Distributions()
  /** fault-free deliveries by group pair */
  pairs = new Map<string, Distributions>()
}

interface DeliveryContext {
  expectedOf: (m: MessageTrace) => Set<number>
  faultFree: (m: MessageTrace) => boolean
  /** adversaries' node indices: their deliveries are not the room's (analysis of honest nodes) */
  adversaries: ReadonlySet<number>
}

async function writeDeliveries (runDir: string, topology: Topology, traces: TraceIndex, { expectedOf, faultFree, adversaries }: DeliveryContext): Promise<DeliveryStats> {
  const stats = new DeliveryStats()
  const matrix = topology.links.delayMs
  const n = traces.topologyNodes
  const shortest = new ShortestPaths(matrix)
  const ids = traces.peerIds
  const out = await CsvWriter.create(join(runDir, 'deliveries.csv'), DELIVERY_COLUMNS)
  try {
    const groupOf = (i: number): string | undefined => topology.nodes[i]?.group
    const grouped = new Set(topology.nodes.map(node => node.group)).size > 1
    for (const m of traces.messages.values()) {
      const expected = expectedOf(m)
      const clear = faultFree(m)
      for (let i = 0; i < m.receivers.length; i++) {
        const receiver = m.receivers[i]
        // an adversary's receipt still rebuilds the hop paths through it (hopPath), but is no delivery
        if (adversaries.has(receiver)) continue
        const latency = m.receivedAtMs[i] - m.publishedAtMs
        const path = hopPath(m, i)
        const hops = path === undefined ? undefined : path.length - 1
        const known = (v: number): boolean => v >= 0 && v < n
        const pDelay = path !== undefined && path.every(known) ? pathDelay(matrix, path) : NaN
        const sp = known(m.publisher) && known(receiver) ? shortest.delay(m.publisher, receiver) : NaN
        const overhead = hops !== undefined && Number.isFinite(pDelay) ? (latency - pDelay) / hops : NaN
        stats.total++
        if (expected.has(receiver)) stats.toExpected++
        stats.hops[hops ?? 'unknown'] = (stats.hops[hops ?? 'unknown'] ?? 0) + 1
        stats.receivedAt.push(m.receivedAtMs[i])
        if (Number.isFinite(latency)) {
          stats.latency.push(latency)
          if (Number.isFinite(sp) && sp > 0) stats.overShortest.push(latency / sp)
        }
        if (Number.isFinite(overhead)) stats.overhead.push(overhead)
        if (Number.isFinite(pDelay)) stats.pathDelay.push(pDelay)
        if (Number.isFinite(sp)) stats.shortest.push(sp)
        ;(clear ? stats.faultFree : stats.faultWindows).add(latency, sp, overhead)
        const [from, to] = [groupOf(m.publisher), groupOf(receiver)]
        if (clear && grouped && from !== undefined && to !== undefined) {
          const key = pairKey(from, to)
          if (!stats.pairs.has(key)) stats.pairs.set(key, new Distributions())
          stats.pairs.get(key)!.add(latency, sp, overhead)
        }
        await out.row([m.id, ids[m.publisher], ids[receiver], m.publishedAtMs, m.receivedAtMs[i], latency, hops,
          ids[m.sources[i]], pDelay, sp, overhead, clear ? 1 : 0])
      }
    }
  } catch (err) {
    await out.abort()
    throw err
  }
  await out.close()
  return stats
}

/** Time until `share` of the expected receivers had the message; NaN if it never got there. */
function timeToShare (sortedLatencies: Float64Array, expected: number, share: number): number {
  const k = Math.ceil(share * expected)
  return k > 0 && sortedLatencies.length >= k ? sortedLatencies[k - 1] : NaN
}

export async function analyzeRun (runDir: string, options: Partial<AnalysisOptions> = {}): Promise<RunSummary> {
  const o = { ...DEFAULT_ANALYSIS_OPTIONS, ...options }
  const topology = await readTopology(runDir)
  const manifest = await readManifest(runDir)
  const indexer = new TraceIndexer(topology)
  const files = await listTraceFiles(runDir)
  for (const f of files) await indexer.addFile(f)
  const traces = indexer.finish()

  const published = [...traces.messages.values()].map(m => m.publishedAtMs).filter(Number.isFinite)
  const runEndMs = topology.workload?.endedAtMs ?? manifest.endedAtMs ?? (published.length > 0 ? maxOf(published) : 0)
  const runEndForFaults = Math.max(runEndMs, manifest.endedAtMs ?? 0)
  const windows = faultWindows(topology, runEndForFaults)
  const down = downIntervals(topology, runEndForFaults)
  const n = traces.topologyNodes
  // adversaries are neither expected receivers nor counted publishers: the figures are the honest nodes'
  const adversaries = new Set(topology.nodes.filter(node => node.role !== undefined && node.role !== 'honest').map(node => node.index))
  let adversaryMessages = 0
  for (const [id, m] of traces.messages) {
    if (adversaries.has(m.publisher)) {
      traces.messages.delete(id)
      adversaryMessages++
    }
  }

  const expectedCache = new Map<MessageTrace, Set<number>>()
  const expectedOf = (m: MessageTrace): Set<number> => {
    let s = expectedCache.get(m)
    if (s === undefined) {
      s = new Set()
      for (let i = 0; i < n; i++) if (i !== m.publisher && !adversaries.has(i) && !isDownAt(down, i, m.publishedAtMs)) s.add(i)
      expectedCache.set(m, s)
    }
    return s
  }

  const faultFreeOf = (m: MessageTrace): boolean => !nearFault(windows, m.publishedAtMs, o.faultMarginMs)
  const delivery = await writeDeliveries(runDir, topology, traces, { expectedOf, faultFree: faultFreeOf, adversaries })
  const totals = { faultFree: new MessageTotals(), faultWindows: new MessageTotals(), all: new MessageTotals() }

  const dup = await duplicatesFigures(runDir, traces, delivery.total)
  const msgOut = await CsvWriter.create(join(runDir, 'messages.csv'), MESSAGE_COLUMNS)
  const t: Record<'t50' | 't90' | 't99' | 't100', number[]> = { t50: [], t90: [], t99: [], t100: [] }
  let expectedSum = 0; let reachedSum = 0; let ffExpected = 0; let ffReached = 0; let ffMessages = 0
  for (const m of traces.messages.values()) {
    const expected = expectedOf(m)
    const lat: number[] = []
    m.receivers.forEach((r, i) => { if (expected.has(r)) lat.push(m.receivedAtMs[i] - m.publishedAtMs) })
    const sorted = sortedCopy(lat)
    const times = { t50: timeToShare(sorted, expected.size, 0.5), t90: timeToShare(sorted, expected.size, 0.9), t99: timeToShare(sorted, expected.size, 0.99), t100: timeToShare(sorted, expected.size, 1) }
    for (const k of Object.keys(t) as Array<keyof typeof t>) if (Number.isFinite(times[k])) t[k].push(times[k])
    const faultFree = faultFreeOf(m)
    expectedSum += expected.size; reachedSum += lat.length
    if (faultFree) { ffExpected += expected.size; ffReached += lat.length; ffMessages++ }
    totals[faultFree ? 'faultFree' : 'faultWindows'].add(expected.size, lat, times.t50, times.t100)
    totals.all.add(expected.size, lat, times.t50, times.t100)
    await msgOut.row([m.id, traces.peerIds[m.publisher], m.publishedAtMs, expected.size, lat.length, ratio(lat.length, expected.size),
      times.t50, times.t90, times.t99, times.t100, traces.hasDuplicateEvents ? (m.duplicates ?? 0) : undefined, faultFree ? 1 : 0,
      lat.filter(l => l <= 1000).length, lat.filter(l => l <= 5000).length, m.bytes])
  }
  await msgOut.close()

  const wStart = topology.workload?.startedAtMs ?? (published.length > 0 ? minOf(published) : null)
  const wEnd = topology.workload?.endedAtMs ?? (published.length > 0 ? maxOf(published) : null)
  const seconds = wStart !== null && wEnd !== null && wEnd > wStart ? (wEnd - wStart) / 1000 : null
  const inWindow = (ts: number): boolean => wStart !== null && wEnd !== null && ts >= wStart && ts <= wEnd
  const p50 = (v: number[]): number | null => round(quantileSorted(sortedCopy(v), 0.5))
  const malformed = Object.values(traces.malformedByFile).reduce((a, b) => a + b, 0)

  const summary: RunSummary = {
    format: SUMMARY_FORMAT,
    runDir,
    nodes: n,
    messages: { published: traces.messages.size, withoutPublishedEvent: [...traces.messages.values()].filter(m => !m.hasPublishedEvent).length },
    deliveries: { total: delivery.total, toExpected: delivery.toExpected, repeated: traces.repeatedDeliveries },
    deliveryRatio: {
      overall: ratio(reachedSum, expectedSum),
      faultFree: ratio(ffReached, ffExpected),
      faultFreeMessages: ffMessages,
      faultMarginMs: o.faultMarginMs,
      expected: expectedSum,
      reached: reachedSum
    },
    latencyMs: quantiles(delivery.latency),
    latencyOverShortestPath: quantiles(delivery.overShortest),
    perHopOverheadMs: quantiles(delivery.overhead),
    byFaultClass: {
      faultFree: classSummary(delivery.faultFree, totals.faultFree),
      faultWindows: classSummary(delivery.faultWindows, totals.faultWindows),
      all: classSummary(Object.assign(new Distributions(), { latency: delivery.latency, overShortest: delivery.overShortest, overhead: delivery.overhead, shortest: delivery.shortest }), totals.all)
    },
    groupPairs: groupPairSummaries(delivery.pairs),
    pathDelayMs: quantiles(delivery.pathDelay),
    shortestPathMs: quantiles(delivery.shortest),
    hops: delivery.hops,
    dissemination: { t50MsP50: p50(t.t50), t90MsP50: p50(t.t90), t99MsP50: p50(t.t99), t100MsP50: p50(t.t100), t100MsP99: round(quantileSorted(sortedCopy(t.t100), 0.99)) },
    throughput: {
      windowStartMs: wStart,
      windowEndMs: wEnd,
      publishedPerS: seconds === null ? null : round(published.filter(inWindow).length / seconds),
      deliveriesPerS: seconds === null ? null : round(delivery.receivedAt.filter(inWindow).length / seconds)
    },
    duplicates: dup,
    faultWindows: windows,
    machine: summarizeMachine(await readMachine(runDir), o, wStart !== null && wEnd !== null ? { startMs: wStart, endMs: wEnd } : undefined),
    traces: { files: files.length, lines: traces.lines, malformedLines: malformed, malformedByFile: traces.malformedByFile, unknownPeers: traces.peerIds.length - n, duplicatesOfUnknownMessages: traces.duplicatesOfUnknownMessages },
    ...(adversaries.size > 0 ? { adversaries: await adversarySummary(runDir, { topology, traces, adversaries, messagesLeftOut: adversaryMessages, expectedOf }) } : {})
  }
  const path = join(runDir, 'summary.json')
  await writeFile(`${path}.tmp`, JSON.stringify(summary, null, 2) + '\n')
  await rename(`${path}.tmp`, path)
  return summary
}

async function duplicatesFigures (runDir: string, traces: TraceIndex, deliveries: number): Promise<RunSummary['duplicates']> {
  const messages = traces.messages.size
  if (traces.hasDuplicateEvents) {
    let total = 0
    for (const m of traces.messages.values()) total += m.duplicates ?? 0
    return { source: 'traces', total, perMessage: ratio(total, messages), perDelivery: ratio(total, deliveries) }
  }
  const samples = (await readMetricSamples(runDir, [METRIC.duplicates])).get(METRIC.duplicates) ?? []
  if (samples.length === 0) return { source: 'none', total: null, perMessage: null, perDelivery: null }
  let total = 0
  for (const v of counterIncreaseByNode(samples).values()) total += v
  return { source: 'metrics', total, perMessage: ratio(total, messages), perDelivery: ratio(total, deliveries) }
}

/**
 * RUN_DIR's summary: summary.json when this version of the analysis wrote it, else a fresh
 * analysis (which rewrites it), so `plot` on an older run directory never renders missing fields.
 */
export async function summaryOf (runDir: string): Promise<RunSummary> {
  const stored = await readFile(join(runDir, 'summary.json'), 'utf8').then(text => JSON.parse(text) as Partial<RunSummary>, () => undefined)
  return stored?.format === SUMMARY_FORMAT ? stored as RunSummary : analyzeRun(runDir)
}
