/**
 * The delivery charts, one vega-lite spec each. Inputs are already reduced (data.ts); times on
 * the x axis are seconds since the workload started. Fault windows are shaded on every time chart
 * (a `showFaults` parameter the interactive report binds to a checkbox). Latency axes are
 * logarithmic: a partition's seconds and the physical limit's milliseconds both stay readable.
 */
import type { TopLevelSpec } from 'vega-lite'
import { bucketMs, cdfPoints, latencyBands } from './data.ts'
import type { DeliveryColumns, MessageRow } from './data.ts'
import type { PlotOptions } from '../analysis/options.ts'

export interface FaultBand { startS: number, endS: number, label: string }

// pale and apart from the series colours below, so a shaded window never reads as a series
const FAULT_COLORS = ['#f0e442', '#bbbbbb', '#d4b9da', '#a6dba0', '#fdd0a2', '#c6dbef']
/** distinct hues (Okabe-Ito), told apart also in grey and by colour-blind readers */
export const SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000']
export const TIME_AXIS = 'time since workload start (s)'
/** log axes cannot show 0: latencies below this are drawn at it */
const LOG_FLOOR_MS = 0.1

export const size = (o: PlotOptions): { width: number, height: number } => ({ width: o.width, height: o.height })

/** The fault-window toggle every time chart declares (the HTML report binds it to a checkbox). */
export const FAULT_PARAM = { name: 'showFaults', value: true }

/** A shaded rectangle per fault window, colour-keyed in its own legend. */
export function faultLayer (faults: readonly FaultBand[]): any[] {
  if (faults.length === 0) return []
  return [{
    data: { values: faults.map(f => ({ ...f })) },
    mark: { type: 'rect', opacity: { expr: 'showFaults ? 0.35 : 0' } },
    encoding: {
      x: { field: 'startS', type: 'quantitative' },
      x2: { field: 'endS' },
      color: { field: 'label', type: 'nominal', title: 'fault window', scale: { range: FAULT_COLORS }, legend: { orient: 'bottom', direction: 'vertical' } }
    }
  }]
}

const series = (title: string, domain: string[], range: unknown[]): any => ({ field: 'series', type: 'nominal', title, scale: { domain, range }, sort: null })

export function latencyCdfSpec (d: DeliveryColumns, o: PlotOptions): TopLevelSpec {
  const clear = d.latency.filter((_, i) => d.faultFree[i])
  const faulted = d.latency.filter((_, i) => !d.faultFree[i])
  const curves: Array<[string, number[]]> = [
    [`fault-free messages (${clear.length} deliveries)`, clear],
    [`messages in or near a fault window (${faulted.length})`, faulted],
    ['physical limit: shortest path over link delays', d.shortest]
  ]
  const shown = curves.filter(([, v]) => v.length > 0)
  const values = shown.flatMap(([name, v]) => cdfPoints(v, o.maxPoints).map(p => ({ ms: Math.max(LOG_FLOOR_MS, p.ms), fraction: p.fraction, series: name })))
  const zeroLimit = d.shortest.length > 0 && d.shortest.every(v => v <= 0)
  return {
    ...size(o),
    title: { text: 'Delivery latency CDF', subtitle: `publish to receipt, one clock; log axis${zeroLimit ? '; no link delays: the physical limit is 0 ms, drawn at the axis floor' : ''}` },
    data: { values },
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
    encoding: {
      x: { field: 'ms', type: 'quantitative', title: 'one-way latency (ms, log scale)', scale: { type: 'log', nice: false } },
      y: { field: 'fraction', type: 'quantitative', title: 'fraction of deliveries', scale: { domain: [0, 1] } },
      color: { ...series('', shown.map(([n]) => n), [SERIES_COLORS[0], SERIES_COLORS[1], '#555555'].filter((_, i) => curves[i][1].length > 0)), legend: { orient: 'bottom', direction: 'vertical' } },
      strokeDash: { ...series('', shown.map(([n]) => n), [[1, 0], [1, 0], [6, 4]].filter((_, i) => curves[i][1].length > 0)), legend: { orient: 'bottom', direction: 'vertical' } }
    }
  } as TopLevelSpec
}

/** Latency against publish time: recovery from a fault is visible where the band comes down. */
export function latencyOverTimeSpec (d: DeliveryColumns, originMs: number, spanMs: number, faults: readonly FaultBand[], o: PlotOptions): TopLevelSpec {
  const step = bucketMs(spanMs, Math.min(o.maxPoints, 240))
  const bands = latencyBands(d.publishedAt, d.latency, originMs, step)
  const values = bands.flatMap(b => [
    { tS: b.tS, ms: Math.max(LOG_FLOOR_MS, b.max), series: 'slowest' },
    { tS: b.tS, ms: Math.max(LOG_FLOOR_MS, b.p90), series: 'p90' },
    { tS: b.tS, ms: Math.max(LOG_FLOOR_MS, b.p50), series: 'median' }
  ])
  return {
    ...size(o),
    title: { text: 'Latency by publish time', subtitle: `deliveries of the messages published in each ${step / 1000} s; log axis` },
    params: [FAULT_PARAM],
    layer: [
      ...faultLayer(faults),
      {
        data: { values },
        mark: { type: 'line', strokeWidth: 1.8, point: { size: 14 } },
        encoding: {
          x: { field: 'tS', type: 'quantitative', title: TIME_AXIS, scale: { domain: [0, spanMs / 1000] } },
          y: { field: 'ms', type: 'quantitative', title: 'latency (ms, log scale)', scale: { type: 'log', nice: false } },
          stroke: { ...series('deliveries', ['median', 'p90', 'slowest'], [SERIES_COLORS[0], SERIES_COLORS[2], SERIES_COLORS[1]]), legend: { orient: 'bottom' } }
        }
      }
    ],
    resolve: { scale: { color: 'independent' } }
  } as TopLevelSpec
}

/** Within 1 s, within 5 s and eventually, by publish time: eventual delivery alone hides a partition. */
export function deliveryOverTimeSpec (messages: readonly MessageRow[], originMs: number, spanMs: number, faults: readonly FaultBand[], o: PlotOptions): TopLevelSpec {
  const step = bucketMs(spanMs, Math.min(o.maxPoints, 120))
  const buckets = new Map<number, { expected: number, reached: number, s1: number, s5: number }>()
  for (const m of messages) {
    if (!(m.expected > 0) || !Number.isFinite(m.publishedAtMs)) continue
    const b = Math.floor((m.publishedAtMs - originMs) / step)
    const x = buckets.get(b) ?? { expected: 0, reached: 0, s1: 0, s5: 0 }
    x.expected += m.expected
    x.reached += Math.min(m.reached, m.expected)
    x.s1 += Number.isFinite(m.within1s) ? m.within1s : 0
    x.s5 += Number.isFinite(m.within5s) ? m.within5s : 0
    buckets.set(b, x)
  }
  const names = ['eventually', 'within 5 s', 'within 1 s']
  const values: Array<{ tS: number, ratio: number | null, series: string }> = []
  const keys = [...buckets.keys()]
  // empty buckets stay as gaps (null breaks the line) instead of a slope between distant points
  for (let b = Math.min(...keys); b <= Math.max(...keys); b++) {
    const x = buckets.get(b)
    const tS = (b + 0.5) * step / 1000
    const r = (v: number): number | null => x === undefined ? null : v / x.expected
    values.push({ tS, ratio: r(x?.reached ?? 0), series: names[0] }, { tS, ratio: r(x?.s5 ?? 0), series: names[1] }, { tS, ratio: r(x?.s1 ?? 0), series: names[2] })
  }
  const lowest = values.reduce((a, v) => Math.min(a, v.ratio ?? 1), 1)
  return {
    ...size(o),
    title: { text: 'Delivery over time', subtitle: `receivers reached / expected, messages grouped by publish time in ${step / 1000} s buckets` },
    params: [FAULT_PARAM],
    layer: [
      ...faultLayer(faults),
      {
        data: { values },
        mark: { type: 'line', point: { size: 16 }, strokeWidth: 2 },
        encoding: {
          x: { field: 'tS', type: 'quantitative', title: TIME_AXIS, scale: { domain: [0, spanMs / 1000] } },
          y: { field: 'ratio', type: 'quantitative', title: 'delivery ratio', scale: { domain: [Math.min(0.9, Math.floor(lowest * 10) / 10), 1] } },
          stroke: { ...series('delivered', names, [SERIES_COLORS[2], SERIES_COLORS[0], SERIES_COLORS[1]]), legend: { orient: 'bottom' } },
          strokeDash: { ...series('delivered', names, [[1, 0], [6, 3], [2, 2]]), legend: { orient: 'bottom' } }
        }
      }
    ],
    resolve: { scale: { color: 'independent' } }
  } as TopLevelSpec
}

export function disseminationSpec (messages: readonly MessageRow[], o: PlotOptions): TopLevelSpec {
  const counted = messages.filter(m => m.expected > 0)
  const maxExpected = counted.reduce((a, m) => Math.max(a, m.expected), 0)
  // with at most 100 expected receivers, 99 % of them is all of them: the two curves are one
  const merge99 = maxExpected > 0 && maxExpected <= 100
  const shares = (['t50', 't90', ...(merge99 ? [] : ['t99']), 't100'] as const) as ReadonlyArray<'t50' | 't90' | 't99' | 't100'>
  const label = { t50: '50 %', t90: '90 %', t99: '99 %', t100: merge99 ? '99 % = 100 %' : '100 %' }
  const names: string[] = []
  const values = shares.flatMap(k => {
    const times = counted.map(m => m.t[k]).filter(Number.isFinite)
    const reach = counted.length > 0 ? times.length / counted.length : 0
    const name = `${label[k]} of receivers (${(reach * 100).toFixed(1)} % of messages got there)`
    names.push(name)
    return cdfPoints(times, o.maxPoints, reach).map(p => ({ ms: Math.max(LOG_FLOOR_MS, p.ms), fraction: p.fraction, series: name }))
  })
  return {
    ...size(o),
    title: {
      text: 'Dissemination: time to reach a share of the expected receivers',
      subtitle: `CDF over ${counted.length} messages, log axis; a curve ends below 1 when some messages never reached that share${merge99 ? `; with ${maxExpected} receivers or fewer, 99 % means all of them` : ''}`
    },
    data: { values },
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
    encoding: {
      x: { field: 'ms', type: 'quantitative', title: 'time since publish (ms, log scale)', scale: { type: 'log', nice: false } },
      y: { field: 'fraction', type: 'quantitative', title: 'fraction of messages', scale: { domain: [0, 1] } },
      color: { ...series('share of expected receivers reached', names, SERIES_COLORS.slice(0, names.length)), legend: { orient: 'bottom', direction: 'vertical' } },
      strokeDash: { ...series('share of expected receivers reached', names, [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3]].slice(0, names.length)), legend: { orient: 'bottom', direction: 'vertical' } }
    }
  } as TopLevelSpec
}
