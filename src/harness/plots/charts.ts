/**
 * One vega-lite spec per chart. Inputs are already reduced (data.ts); times on the x axis are
 * seconds since the workload started. Fault windows are shaded on every time chart.
 */
import type { TopLevelSpec } from 'vega-lite'
import { bucketMs, cdfPoints, niceStepAtLeast } from './data.ts'
import type { MessageRow, NodeStatPoint, PeerSeries } from './data.ts'
import { quantileSorted, sortedCopy } from '../analysis/stats.ts'
import type { PlotOptions } from '../analysis/options.ts'

export interface FaultBand { startS: number, endS: number, label: string }

const FAULT_COLORS = ['#f4a582', '#92c5de', '#b2abd2', '#a6dba0', '#fddbc7', '#d1e5f0']

function size (o: PlotOptions): { width: number, height: number } {
  return { width: o.width, height: o.height }
}

/** A shaded rectangle per fault window, colour-keyed in its own legend. */
function faultLayer (faults: readonly FaultBand[]): any[] {
  if (faults.length === 0) return []
  return [{
    data: { values: faults.map(f => ({ ...f })) },
    mark: { type: 'rect', opacity: 0.35 },
    encoding: {
      x: { field: 'startS', type: 'quantitative' },
      x2: { field: 'endS' },
      color: { field: 'label', type: 'nominal', title: 'fault window', scale: { range: FAULT_COLORS }, legend: { orient: 'bottom', direction: 'vertical' } }
    }
  }]
}

const series = (title: string, range: string[]): any => ({ field: 'series', type: 'nominal', title, scale: { range } })

export function latencyCdfSpec (latency: number[], shortest: number[], o: PlotOptions): TopLevelSpec {
  const measured = cdfPoints(latency, o.maxPoints).map(p => ({ ...p, series: 'measured latency' }))
  const limit = cdfPoints(shortest, o.maxPoints).map(p => ({ ...p, series: 'physical limit (shortest path over link delays)' }))
  const sorted = sortedCopy(latency)
  const p999 = quantileSorted(sorted, 0.999) ?? 0
  const max = sorted[sorted.length - 1] ?? 0
  // a few stragglers (a restarted node catching up) would squash the body of the curve
  const clip = max > 1.5 * p999 && p999 > 0 ? Math.ceil(p999 * 1.2) : undefined
  const values = [...measured, ...limit].filter(p => clip === undefined || p.ms <= clip)
  return {
    ...size(o),
    title: { text: 'Delivery latency CDF', subtitle: `${latency.length} deliveries, publish to receipt, one clock${clip !== undefined ? `; x axis cut at ${clip} ms (max ${Math.round(max)} ms)` : ''}` },
    data: { values },
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
    encoding: {
      x: { field: 'ms', type: 'quantitative', title: 'one-way latency (ms)', scale: { domainMin: 0, ...(clip !== undefined ? { domainMax: clip } : {}) } },
      y: { field: 'fraction', type: 'quantitative', title: 'fraction of deliveries', scale: { domain: [0, 1] } },
      color: { ...series('', ['#1f77b4', '#7f7f7f']), legend: { orient: 'bottom' } },
      strokeDash: { ...series('', [[1, 0], [6, 4]] as any), legend: { orient: 'bottom' } }
    }
  } as TopLevelSpec
}

export function deliveryOverTimeSpec (messages: readonly MessageRow[], originMs: number, spanMs: number, faults: readonly FaultBand[], o: PlotOptions): TopLevelSpec {
  const step = bucketMs(spanMs, Math.min(o.maxPoints, 120))
  const buckets = new Map<number, { expected: number, reached: number, messages: number }>()
  for (const m of messages) {
    if (!(m.expected > 0) || !Number.isFinite(m.publishedAtMs)) continue
    const b = Math.floor((m.publishedAtMs - originMs) / step)
    const x = buckets.get(b) ?? { expected: 0, reached: 0, messages: 0 }
    x.expected += m.expected; x.reached += Math.min(m.reached, m.expected); x.messages++
    buckets.set(b, x)
  }
  const keys = [...buckets.keys()]
  const values: Array<{ tS: number, ratio: number | null }> = []
  // empty buckets stay as gaps (null breaks the line) instead of a slope between distant points
  for (let b = keys.reduce((a, k) => Math.min(a, k), Infinity); b <= keys.reduce((a, k) => Math.max(a, k), -Infinity); b++) {
    const x = buckets.get(b)
    values.push({ tS: (b + 0.5) * step / 1000, ratio: x === undefined ? null : x.reached / x.expected })
  }
  const lowest = values.reduce((a, v) => Math.min(a, v.ratio ?? 1), 1)
  return {
    ...size(o),
    title: { text: 'Delivery ratio over time', subtitle: `receivers reached / receivers expected, messages grouped by publish time in ${step / 1000} s buckets` },
    layer: [
      ...faultLayer(faults),
      {
        data: { values },
        mark: { type: 'line', point: { size: 18 }, color: '#1f77b4', strokeWidth: 2 },
        encoding: {
          x: { field: 'tS', type: 'quantitative', title: 'time since workload start (s)' },
          y: { field: 'ratio', type: 'quantitative', title: 'delivery ratio', scale: { domain: [Math.min(0.9, Math.floor(lowest * 10) / 10), 1] } }
        }
      }
    ]
  } as TopLevelSpec
}

export function disseminationSpec (messages: readonly MessageRow[], o: PlotOptions): TopLevelSpec {
  const counted = messages.filter(m => m.expected > 0)
  const labels = { t50: '50 %', t90: '90 %', t99: '99 %', t100: '100 %' } as const
  const values = (Object.keys(labels) as Array<keyof typeof labels>).flatMap(k => {
    const times = counted.map(m => m.t[k]).filter(Number.isFinite)
    const reach = counted.length > 0 ? times.length / counted.length : 0
    return cdfPoints(times, o.maxPoints, reach).map(p => ({ ...p, series: `${labels[k]} of receivers (${(reach * 100).toFixed(1)} % of messages got there)` }))
  })
  return {
    ...size(o),
    title: { text: 'Dissemination: time to reach 50/90/99/100 % of expected receivers', subtitle: `CDF over ${counted.length} messages; a curve ends below 1 when some messages never reached that share` },
    data: { values },
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
    encoding: {
      x: { field: 'ms', type: 'quantitative', title: 'time since publish (ms)', scale: { domainMin: 0 } },
      y: { field: 'fraction', type: 'quantitative', title: 'fraction of messages', scale: { domain: [0, 1] } },
      color: { ...series('share of expected receivers reached', ['#9ecae1', '#4292c6', '#2171b5', '#08306b']), sort: null, legend: { orient: 'bottom', direction: 'vertical' } }
    }
  } as TopLevelSpec
}

/** Counts per bucket divided by the part of the bucket inside [0, spanMs): edges are not under-counted. */
function perSecond (timesMs: readonly number[], originMs: number, spanMs: number, step: number): Array<{ tS: number, rate: number }> {
  const buckets = Math.ceil(spanMs / step)
  const counts = new Array<number>(buckets).fill(0)
  for (const t of timesMs) {
    const b = Math.floor((t - originMs) / step)
    if (b >= 0 && b < buckets && t - originMs < spanMs) counts[b]++
  }
  return counts.map((c, b) => ({ tS: (b + 0.5) * step / 1000, rate: c * 1000 / (Math.min(spanMs, (b + 1) * step) - b * step) }))
}

function timePanel (title: string, yTitle: string, values: object[], spanMs: number, faults: readonly FaultBand[], o: PlotOptions, line: object): any {
  return {
    width: o.width,
    height: Math.round(o.height * 0.6),
    title: { text: title, fontSize: 12 },
    layer: [...faultLayer(faults), { data: { values }, mark: { type: 'line', strokeWidth: 1.5, ...line }, encoding: { x: { field: 'tS', type: 'quantitative', title: 'time since workload start (s)', scale: { domain: [0, spanMs / 1000] } }, y: { field: 'rate', type: 'quantitative', title: yTitle } } }]
  }
}

export function throughputSpec (publishedAtMs: readonly number[], receivedAtMs: readonly number[], originMs: number, spanMs: number, faults: readonly FaultBand[], o: PlotOptions): TopLevelSpec {
  // at least ~10 publishes per bucket on average, or the rate line is all sampling noise
  const tenPublishes = publishedAtMs.length > 0 ? 10 * spanMs / publishedAtMs.length : 0
  const step = Math.max(bucketMs(spanMs, o.maxPoints), niceStepAtLeast(tenPublishes))
  return {
    title: { text: 'Throughput', subtitle: `per second, averaged over ${step / 1000} s buckets` },
    vconcat: [
      timePanel('messages published', 'messages/s', perSecond(publishedAtMs, originMs, spanMs, step), spanMs, faults, o, { color: '#1f77b4', point: { size: 12 } }),
      timePanel('deliveries (one message at one receiver)', 'deliveries/s', perSecond(receivedAtMs, originMs, spanMs, step), spanMs, faults, o, { color: '#2ca02c', point: { size: 12 } })
    ],
    resolve: { scale: { color: 'shared' } }
  } as TopLevelSpec
}

function statPanel (title: string, points: readonly NodeStatPoint[], faults: readonly FaultBand[], o: PlotOptions): any {
  return {
    width: o.width,
    height: Math.round(o.height * 0.6),
    title: { text: title, fontSize: 12 },
    layer: [...faultLayer(faults), {
      data: { values: points.map(p => ({ ...p, series: `${p.stat} across nodes` })) },
      mark: { type: 'line', strokeWidth: 1.5, interpolate: 'step-after' },
      encoding: {
        x: { field: 'tS', type: 'quantitative', title: 'time since workload start (s)' },
        y: { field: 'value', type: 'quantitative', title: 'peers' },
        strokeDash: { field: 'series', type: 'nominal', title: '', scale: { range: [[1, 0], [4, 3]] }, legend: { orient: 'bottom' } }
      }
    }]
  }
}

export function peersMeshSpec (peers: PeerSeries, faults: readonly FaultBand[], o: PlotOptions): TopLevelSpec {
  return {
    title: { text: 'Peers and mesh size over time', subtitle: 'from metrics.csv: median and minimum across nodes per scrape' },
    vconcat: [
      statPanel('connected peers (p2p_chat_connected_peers, all transports)', peers.connected, faults, o),
      statPanel('gossipsub mesh peers in the room (p2p_chat_mesh_peers)', peers.mesh, faults, o)
    ],
    resolve: { scale: { color: 'shared', strokeDash: 'shared' }, legend: { color: 'shared', strokeDash: 'shared' } }
  } as TopLevelSpec
}

export function duplicatesSpec (source: 'traces' | 'metrics' | 'none', values: readonly number[], o: PlotOptions): TopLevelSpec {
  if (source === 'none' || values.length === 0) {
    return { ...size(o), title: 'Duplicates', data: { values: [{ text: 'no duplicate counts in traces or metrics.csv' }] }, mark: { type: 'text', fontSize: 14 }, encoding: { text: { field: 'text' } } } as TopLevelSpec
  }
  const perMessage = source === 'traces'
  return {
    ...size(o),
    title: perMessage
      ? { text: 'Duplicates per message', subtitle: `copies received after the first, summed over all receivers; ${values.length} messages` }
      : { text: 'Duplicates per received message, by node', subtitle: `p2p_chat_duplicate_messages_total / accepted messages over the run (metrics.csv); ${values.length} nodes` },
    data: { values: values.map(v => ({ v })) },
    mark: { type: 'bar', color: '#9467bd' },
    encoding: {
      x: { field: 'v', type: 'quantitative', bin: perMessage ? { maxbins: 40, minstep: 1 } : { maxbins: 40 }, axis: perMessage ? { format: 'd' } : {}, title: perMessage ? 'duplicates of one message' : 'duplicates per received message' },
      y: { aggregate: 'count', type: 'quantitative', title: perMessage ? 'messages' : 'nodes', axis: { tickMinStep: 1 } }
    }
  } as TopLevelSpec
}
