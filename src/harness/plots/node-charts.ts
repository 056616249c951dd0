/**
 * The per-node charts: peers and mesh size (per group, with their spread, and how many nodes were
 * down), and duplicates.
 */
import type { TopLevelSpec } from 'vega-lite'
import { FAULT_PARAM, SERIES_COLORS, TIME_AXIS, faultLayer, size } from './charts.ts'
import type { FaultBand } from './charts.ts'
import type { NodeStatPoint, PeerSeries } from './data.ts'
import type { PlotOptions } from '../analysis/options.ts'

function statPanel (title: string, points: readonly NodeStatPoint[], groups: string[], domain: [number, number], faults: readonly FaultBand[], o: PlotOptions): any {
  const colour = { field: 'group', type: 'nominal', title: 'group', scale: { domain: groups, range: SERIES_COLORS.slice(0, groups.length) }, legend: groups.length > 1 ? { orient: 'bottom' } : null }
  const x = { field: 'tS', type: 'quantitative', title: TIME_AXIS, scale: { domain } }
  return {
    width: o.width,
    height: Math.round(o.height * 0.55),
    title: { text: title, fontSize: 12 },
    layer: [
      ...faultLayer(faults),
      { data: { values: points }, mark: { type: 'area', opacity: 0.18, interpolate: 'step-after', clip: true }, encoding: { x, y: { field: 'min', type: 'quantitative', title: 'peers' }, y2: { field: 'max' }, fill: colour } },
      { data: { values: points }, mark: { type: 'line', strokeWidth: 1.8, interpolate: 'step-after', clip: true }, encoding: { x, y: { field: 'median', type: 'quantitative' }, stroke: colour } }
    ]
  }
}

export function peersMeshSpec (peers: PeerSeries, down: Array<{ tS: number, down: number }>, spanS: number, faults: readonly FaultBand[], o: PlotOptions): TopLevelSpec {
  const groups = [...new Set([...peers.connected, ...peers.mesh].map(p => p.group))].sort()
  const perGroup = groups.length > 1 ? ' per group' : ''
  // the start-up (before the workload, negative times) is part of the story: the mesh forming
  const firstS = [...peers.connected, ...peers.mesh].reduce((a, p) => Math.min(a, p.tS), 0)
  const domain: [number, number] = [firstS, spanS]
  return {
    title: { text: 'Peers and mesh size over time', subtitle: `from metrics.csv, per scrape: the median node${perGroup} (line) and the range from the fewest to the most (band); a down node has no sample` },
    params: [FAULT_PARAM],
    vconcat: [
      statPanel('connected peers (p2p_chat_connected_peers, all transports)', peers.connected, groups, domain, faults, o),
      statPanel('gossipsub mesh peers in the room (p2p_chat_mesh_peers)', peers.mesh, groups, domain, faults, o),
      {
        width: o.width,
        height: Math.round(o.height * 0.3),
        title: { text: 'nodes down (killed or frozen)', fontSize: 12 },
        layer: [...faultLayer(faults), {
          data: { values: down },
          mark: { type: 'line', interpolate: 'step-after', color: '#000000', strokeWidth: 1.5 },
          encoding: { x: { field: 'tS', type: 'quantitative', title: TIME_AXIS, scale: { domain } }, y: { field: 'down', type: 'quantitative', title: 'nodes', axis: { tickMinStep: 1 } } }
        }]
      }
    ],
    // one legend for the fault windows, one for the groups
    resolve: { scale: { color: 'shared', fill: 'shared', stroke: 'shared' }, legend: { color: 'shared', fill: 'shared', stroke: 'shared' } }
  } as TopLevelSpec
}

/** A whole-number bin width giving ~30 bins over the values' range. */
function niceBinStep (values: readonly number[]): number {
  const range = Math.max(...values) - Math.min(...values)
  const raw = Math.max(1, range / 30)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 5, 10].map(m => m * magnitude).find(s => s >= raw) ?? raw
}

export function duplicatesSpec (source: 'traces' | 'metrics' | 'none', values: readonly number[], o: PlotOptions): TopLevelSpec {
  if (source === 'none' || values.length === 0) {
    return { ...size(o), title: 'Duplicates', data: { values: [{ text: 'no duplicate counts in traces or metrics.csv' }] }, mark: { type: 'text', fontSize: 14 }, encoding: { text: { field: 'text' } } } as TopLevelSpec
  }
  const perMessage = source === 'traces'
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  const bin = perMessage ? { step: niceBinStep(values) } : { maxbins: 30 }
  const meanText = perMessage ? mean.toFixed(1) : mean.toFixed(2)
  return {
    ...size(o),
    title: perMessage
      ? { text: 'Duplicates per message', subtitle: `copies received after the first, summed over all receivers; ${values.length} messages, mean ${meanText}` }
      : { text: 'Duplicates per received message, by node', subtitle: `p2p_chat_duplicate_messages_total / accepted messages over the run (metrics.csv); ${values.length} nodes, mean ${meanText}` },
    layer: [
      {
        data: { values: values.map(v => ({ v })) },
        mark: { type: 'bar', color: '#8c6bb1', binSpacing: 1 },
        encoding: {
          x: { field: 'v', type: 'quantitative', bin, title: perMessage ? 'duplicates of one message' : 'duplicates per received message' },
          y: { aggregate: 'count', type: 'quantitative', title: perMessage ? 'messages' : 'nodes', axis: { tickMinStep: 1 } }
        }
      },
      {
        data: { values: [{ mean, label: `mean ${meanText}` }] },
        layer: [
          { mark: { type: 'rule', color: SERIES_COLORS[1], strokeWidth: 2, strokeDash: [5, 3] }, encoding: { x: { field: 'mean', type: 'quantitative' } } },
          { mark: { type: 'text', color: SERIES_COLORS[1], align: 'left', dx: 4, baseline: 'bottom', y: -3 }, encoding: { x: { field: 'mean', type: 'quantitative' }, text: { field: 'label' } } }
        ]
      }
    ]
  } as TopLevelSpec
}
