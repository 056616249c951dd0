/**
 * The comparison's charts: every variant's latency CDF overlaid (its trials' deliveries pooled), and
 * per axis each figure against the axis' values, the mean over trials with its 95 % interval as an
 * error bar, one line per combination of the other axes.
 */
import type { TopLevelSpec } from 'vega-lite'
import { cdfPoints } from './data.ts'
import { SERIES_COLORS } from './charts.ts'
import type { Figure, Variant } from '../compare.ts'

const LOG_FLOOR_MS = 0.1

export function compareCdfSpec (curves: Array<{ variant: string, latency: number[] }>, maxPoints: number): TopLevelSpec {
  const values = curves.flatMap(c => cdfPoints(c.latency, maxPoints).map(p => ({ ms: Math.max(LOG_FLOOR_MS, p.ms), fraction: p.fraction, variant: `${c.variant} (${c.latency.length})` })))
  return {
    width: 640,
    height: 320,
    title: { text: 'Delivery latency CDF by variant', subtitle: 'every trial\'s deliveries pooled (count in brackets); log axis' },
    data: { values },
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
    encoding: {
      x: { field: 'ms', type: 'quantitative', title: 'one-way latency (ms, log scale)', scale: { type: 'log', nice: false } },
      y: { field: 'fraction', type: 'quantitative', title: 'fraction of deliveries', scale: { domain: [0, 1] } },
      color: { field: 'variant', type: 'nominal', title: null, scale: { range: SERIES_COLORS }, legend: { orient: 'bottom', direction: 'vertical' } }
    }
  } as TopLevelSpec
}

/** Each figure against `axis`, one small chart per figure stacked. */
export function byAxisSpec (axis: string, otherAxes: string[], variants: Variant[], figures: Figure[]): TopLevelSpec {
  const label = (v: unknown): string => typeof v === 'string' ? v : JSON.stringify(v)
  const rows = variants.flatMap(v => figures.map(f => {
    const e = v.figures[f.key]
    return {
      figure: `${f.label}${f.unit !== '' ? ` (${f.unit})` : ''}`,
      x: label(v.axes[axis]),
      others: otherAxes.map(a => `${a}=${label(v.axes[a])}`).join(', ') || 'all',
      mean: e.mean,
      lo: e.mean != null && e.halfWidth != null ? e.mean - e.halfWidth : e.mean,
      hi: e.mean != null && e.halfWidth != null ? e.mean + e.halfWidth : e.mean,
      trials: e.n
    }
  })).filter(r => r.mean != null)
  const order = [...new Set(variants.map(v => label(v.axes[axis])))]
  const x = { field: 'x', type: 'ordinal', title: axis, sort: order }
  return {
    title: { text: `Figures by ${axis}`, subtitle: 'mean over trials; bars: 95 % confidence interval (Student\'s t); lines: the other axes' },
    data: { values: rows },
    facet: { row: { field: 'figure', type: 'nominal', title: null, sort: [...new Set(rows.map(r => r.figure))], header: { labelAngle: 0, labelAlign: 'left', labelFontWeight: 'bold' } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 420,
      height: 140,
      layer: [
        { mark: { type: 'rule' }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: null }, y2: { field: 'hi' }, color: { field: 'others', type: 'nominal', title: null, scale: { range: SERIES_COLORS } } } },
        { mark: { type: 'line', point: true }, encoding: { x, y: { field: 'mean', type: 'quantitative', title: null, scale: { zero: false } }, color: { field: 'others', type: 'nominal', title: null, scale: { range: SERIES_COLORS }, legend: { orient: 'bottom', direction: 'vertical' } }, tooltip: [{ field: 'x', title: axis }, { field: 'others' }, { field: 'mean', format: '.4~f' }, { field: 'lo', format: '.4~f' }, { field: 'hi', format: '.4~f' }, { field: 'trials' }] } }
      ]
    }
  } as unknown as TopLevelSpec
}
