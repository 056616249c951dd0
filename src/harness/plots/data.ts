/**
 * Reads what the charts need from a run directory and reduces it to a few hundred points per
 * series: CDFs become quantile points, time series become buckets, so a run with hundreds of
 * thousands of deliveries plots as fast as a small one.
 */
import { join } from 'node:path'
import { readCsv } from '../analysis/read-run.ts'
import { METRIC, readMetricSamples, counterIncreaseByNode } from '../analysis/metrics.ts'
import { quantileSorted, sortedCopy } from '../analysis/stats.ts'

export interface CdfPoint { ms: number, fraction: number }

/** `points` quantiles of `values` (plus the extremes), scaled so the top is `reach` (<= 1). */
export function cdfPoints (values: ArrayLike<number>, points: number, reach = 1): CdfPoint[] {
  const s = sortedCopy(values)
  if (s.length === 0) return []
  const steps = Math.min(points, s.length)
  const out: CdfPoint[] = [{ ms: s[0], fraction: 0 }]
  for (let i = 1; i <= steps; i++) {
    const q = i / steps
    out.push({ ms: quantileSorted(s, q) ?? 0, fraction: q * reach })
  }
  return out
}

/** A bucket width in ms from a "nice" list that keeps a span under `maxBuckets`. */
export function bucketMs (spanMs: number, maxBuckets: number): number {
  return niceStepAtLeast(spanMs / maxBuckets)
}

/** The smallest "nice" step (1 s, 2 s, 5 s, 10 s, ... 1 h) of at least `ms`. */
export function niceStepAtLeast (ms: number): number {
  const nice = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600].map(s => s * 1000)
  return nice.find(b => b >= ms) ?? Math.ceil(ms / 3_600_000) * 3_600_000
}

/** Per delivery with a latency: latency, publish time and whether its message was fault-free; shortest paths apart. */
export interface DeliveryColumns { latency: number[], publishedAt: number[], faultFree: boolean[], shortest: number[], receivedAt: number[] }

export async function readDeliveries (runDir: string): Promise<DeliveryColumns> {
  const out: DeliveryColumns = { latency: [], publishedAt: [], faultFree: [], shortest: [], receivedAt: [] }
  for await (const r of readCsv(join(runDir, 'deliveries.csv'))) {
    const lat = Number(r.latency_ms)
    if (r.latency_ms !== '' && Number.isFinite(lat)) {
      out.latency.push(lat)
      out.publishedAt.push(Number(r.published_at_ms))
      out.faultFree.push(r.fault_free === '1')
    }
    const sp = Number(r.shortest_path_ms)
    if (r.shortest_path_ms !== '' && Number.isFinite(sp)) out.shortest.push(sp)
    const at = Number(r.received_at_ms)
    if (r.received_at_ms !== '' && Number.isFinite(at)) out.receivedAt.push(at)
  }
  return out
}

export interface MessageRow { publishedAtMs: number, expected: number, reached: number, within1s: number, within5s: number, t: Record<'t50' | 't90' | 't99' | 't100', number>, duplicates: number }

export async function readMessages (runDir: string): Promise<MessageRow[]> {
  const out: MessageRow[] = []
  const num = (s: string | undefined): number => s === undefined || s === '' ? NaN : Number(s)
  for await (const r of readCsv(join(runDir, 'messages.csv'))) {
    out.push({
      publishedAtMs: num(r.published_at_ms),
      expected: num(r.receivers_expected),
      reached: num(r.receivers_reached),
      within1s: num(r.reached_within_1s),
      within5s: num(r.reached_within_5s),
      t: { t50: num(r.t50_ms), t90: num(r.t90_ms), t99: num(r.t99_ms), t100: num(r.t100_ms) },
      duplicates: num(r.duplicates)
    })
  }
  return out
}

/** One time bucket of one group: the median, minimum and maximum across its nodes. */
export interface NodeStatPoint { tS: number, group: string, median: number, min: number, max: number }

/**
 * Per time bucket of `stepMs` and per group: each node's gauge summed over its label sets (the
 * last sample of each series in the bucket), then the median, minimum and maximum across the
 * group's nodes seen in that bucket. A node that is down has no sample and is not counted.
 */
export function acrossNodes (samples: ReadonlyArray<{ tsMs: number, node: string, labels: Record<string, string>, value: number }>, stepMs: number, originMs: number, groupOf: (node: string) => string = () => 'all'): NodeStatPoint[] {
  const byBucket = new Map<number, Map<string, { node: string, value: number }>>()
  for (const s of samples) {
    const b = Math.round((s.tsMs - originMs) / stepMs)
    const series = byBucket.get(b) ?? new Map<string, { node: string, value: number }>()
    series.set(s.node + '\u0000' + Object.entries(s.labels).sort().join(';'), { node: s.node, value: s.value })
    byBucket.set(b, series)
  }
  const out: NodeStatPoint[] = []
  for (const b of [...byBucket.keys()].sort((x, y) => x - y)) {
    const perNode = new Map<string, number>()
    for (const { node, value } of byBucket.get(b)!.values()) perNode.set(node, (perNode.get(node) ?? 0) + value)
    const byGroup = new Map<string, number[]>()
    for (const [node, value] of perNode) {
      const g = groupOf(node)
      if (!byGroup.has(g)) byGroup.set(g, [])
      byGroup.get(g)!.push(value)
    }
    const tS = b * stepMs / 1000
    for (const [group, list] of [...byGroup].sort(([a], [c]) => a.localeCompare(c))) {
      const values = sortedCopy(list)
      out.push({ tS, group, median: quantileSorted(values, 0.5) ?? 0, min: values[0], max: values[values.length - 1] })
    }
  }
  return out
}

/** The scrape interval: the median gap between one node's consecutive samples of a metric. */
export function scrapeStepMs (samples: ReadonlyArray<{ tsMs: number, node: string }>): number {
  const first = samples[0]?.node
  const ts = [...new Set(samples.filter(s => s.node === first).map(s => s.tsMs))].sort((a, b) => a - b)
  const gaps = ts.slice(1).map((t, i) => t - ts[i]).filter(g => g > 0)
  return quantileSorted(sortedCopy(gaps), 0.5) ?? 1000
}

export interface PeerSeries { connected: NodeStatPoint[], mesh: NodeStatPoint[] }

export async function readPeerSeries (runDir: string, originMs: number, maxPoints: number, groupOf?: (node: string) => string): Promise<PeerSeries> {
  const m = await readMetricSamples(runDir, [METRIC.connectedPeers, METRIC.meshPeers])
  const connected = m.get(METRIC.connectedPeers) ?? []
  const mesh = m.get(METRIC.meshPeers) ?? []
  const all = [...connected, ...mesh]
  let step = scrapeStepMs(connected.length > 0 ? connected : mesh)
  if (all.length > 0) {
    const span = all.reduce((a, s) => Math.max(a, s.tsMs), -Infinity) - all.reduce((a, s) => Math.min(a, s.tsMs), Infinity)
    while (span / step > maxPoints) step *= 2
  }
  return { connected: acrossNodes(connected, step, originMs, groupOf), mesh: acrossNodes(mesh, step, originMs, groupOf) }
}

/** Per node: duplicates received per accepted message, from the counters' increases. */
export async function duplicatesPerNode (runDir: string): Promise<number[]> {
  const m = await readMetricSamples(runDir, [METRIC.duplicates, METRIC.received])
  const dups = counterIncreaseByNode(m.get(METRIC.duplicates) ?? [])
  const received = counterIncreaseByNode(m.get(METRIC.received) ?? [], l => l.outcome === 'accept')
  const out: number[] = []
  for (const [node, d] of dups) {
    const r = received.get(node) ?? 0
    if (r > 0) out.push(d / r)
  }
  return out
}

/** How many nodes are down (killed, frozen) at each step from 0 to `spanMs`, as a step series. */
export function nodesDown (down: ReadonlyMap<number, ReadonlyArray<[number, number]>>, originMs: number, spanMs: number): Array<{ tS: number, down: number }> {
  const edges = new Set<number>([originMs, originMs + spanMs])
  for (const list of down.values()) for (const [s, e] of list) { edges.add(s); edges.add(e) }
  return [...edges].filter(t => t >= originMs && t <= originMs + spanMs).sort((a, b) => a - b).map(t => ({
    tS: (t - originMs) / 1000,
    down: [...down.values()].filter(list => list.some(([s, e]) => t >= s && t < e)).length
  }))
}

/** Per bucket of publish time: p50, p90 and the maximum of the latencies published in it. */
export function latencyBands (publishedAt: readonly number[], latency: readonly number[], originMs: number, stepMs: number): Array<{ tS: number, p50: number, p90: number, max: number }> {
  const buckets = new Map<number, number[]>()
  publishedAt.forEach((p, i) => {
    const b = Math.floor((p - originMs) / stepMs)
    if (!buckets.has(b)) buckets.set(b, [])
    buckets.get(b)!.push(latency[i])
  })
  return [...buckets.keys()].sort((a, b) => a - b).map(b => {
    const s = sortedCopy(buckets.get(b)!)
    return { tS: (b + 0.5) * stepMs / 1000, p50: quantileSorted(s, 0.5) ?? 0, p90: quantileSorted(s, 0.9) ?? 0, max: s[s.length - 1] }
  })
}
