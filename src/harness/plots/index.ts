/** plotRun: the run's charts as PNGs in RUN_DIR/plots (analyses the run first if summary.json is missing or older). */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { TopLevelSpec } from 'vega-lite'
import { summaryOf } from '../analysis/analyze.ts'
import { downIntervals } from '../analysis/faults.ts'
import { DEFAULT_PLOT_OPTIONS } from '../analysis/options.ts'
import { readTopology } from '../analysis/read-run.ts'
import { deliveryOverTimeSpec, disseminationSpec, latencyCdfSpec, latencyOverTimeSpec } from './charts.ts'
import { duplicatesSpec, peersMeshSpec } from './node-charts.ts'
import { duplicatesPerNode, nodesDown, readDeliveries, readMessages, readPeerSeries } from './data.ts'
import { renderPng } from './render.ts'
import type { FaultBand } from './charts.ts'
import type { PlotOptions } from '../analysis/options.ts'

export const PLOT_FILES = ['latency-cdf.png', 'latency-over-time.png', 'delivery-over-time.png', 'dissemination.png', 'peers-mesh.png', 'duplicates.png'] as const
export type PlotFile = typeof PLOT_FILES[number]

/** @returns the paths of the PNGs written */
export async function plotRun (runDir: string, options: Partial<PlotOptions> = {}): Promise<string[]> {
  const o = { ...DEFAULT_PLOT_OPTIONS, ...options }
  const dir = join(runDir, 'plots')
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const [file, spec] of await chartSpecs(runDir, o)) {
    const path = join(dir, file)
    await renderPng(spec, path, o.scale)
    written.push(path)
  }
  return written
}

/** Every chart of the run as a vega-lite spec with its data inlined (the PNGs and report.html draw these). */
export async function chartSpecs (runDir: string, options: Partial<PlotOptions> = {}): Promise<Array<[PlotFile, TopLevelSpec]>> {
  const o = { ...DEFAULT_PLOT_OPTIONS, ...options }
  const summary = await summaryOf(runDir)
  const topology = await readTopology(runDir)
  const [deliveries, messages] = [await readDeliveries(runDir), await readMessages(runDir)]
  const published = messages.map(m => m.publishedAtMs).filter(Number.isFinite)
  const originMs = summary.throughput.windowStartMs ?? published.reduce((a, b) => Math.min(a, b), Infinity)
  const endMs = Math.max(summary.throughput.windowEndMs ?? -Infinity, published.reduce((a, b) => Math.max(a, b), -Infinity))
  const spanMs = Math.max(1000, endMs - originMs)
  const faults: FaultBand[] = summary.faultWindows.map(f => ({ startS: (f.startMs - originMs) / 1000, endS: (Math.min(f.endMs, endMs) - originMs) / 1000, label: f.label }))
  const dupValues = summary.duplicates.source === 'traces'
    ? messages.map(m => m.duplicates).filter(Number.isFinite)
    : summary.duplicates.source === 'metrics' ? await duplicatesPerNode(runDir) : []

  const groupByPeer = new Map(topology.nodes.map(n => [n.peerId, n.group ?? 'all']))
  const down = nodesDown(downIntervals(topology, endMs), originMs, spanMs)
  const peers = await readPeerSeries(runDir, originMs, o.maxPoints, node => groupByPeer.get(node) ?? 'not in topology')
  return [
    ['latency-cdf.png', latencyCdfSpec(deliveries, o)],
    ['latency-over-time.png', latencyOverTimeSpec(deliveries, originMs, spanMs, faults, o)],
    ['delivery-over-time.png', deliveryOverTimeSpec(messages, originMs, spanMs, faults, o)],
    ['dissemination.png', disseminationSpec(messages, o)],
    // a run without metrics (an interop run: its nodes expose none) has no peer series to draw
    ...(peers.connected.length > 0 || peers.mesh.length > 0 || topology.faults.length > 0 ? [['peers-mesh.png', peersMeshSpec(peers, down, spanMs / 1000, faults, o)] as [PlotFile, TopLevelSpec]] : []),
    ['duplicates.png', duplicatesSpec(summary.duplicates.source, dupValues, o)]
  ]
}
