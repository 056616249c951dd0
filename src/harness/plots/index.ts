/** plotRun: the run's charts as PNGs in RUN_DIR/plots (analyses the run first if summary.json is missing or older). */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { summaryOf } from '../analysis/analyze.ts'
import { DEFAULT_PLOT_OPTIONS } from '../analysis/options.ts'
import { deliveryOverTimeSpec, disseminationSpec, duplicatesSpec, latencyCdfSpec, peersMeshSpec, throughputSpec } from './charts.ts'
import { duplicatesPerNode, readDeliveries, readMessages, readPeerSeries } from './data.ts'
import { renderPng } from './render.ts'
import type { FaultBand } from './charts.ts'
import type { PlotOptions } from '../analysis/options.ts'

export const PLOT_FILES = ['latency-cdf.png', 'delivery-over-time.png', 'dissemination.png', 'throughput.png', 'peers-mesh.png', 'duplicates.png'] as const

/** @returns the paths of the PNGs written */
export async function plotRun (runDir: string, options: Partial<PlotOptions> = {}): Promise<string[]> {
  const o = { ...DEFAULT_PLOT_OPTIONS, ...options }
  const summary = await summaryOf(runDir)
  const [deliveries, messages] = [await readDeliveries(runDir), await readMessages(runDir)]
  const published = messages.map(m => m.publishedAtMs).filter(Number.isFinite)
  const originMs = summary.throughput.windowStartMs ?? published.reduce((a, b) => Math.min(a, b), Infinity)
  const endMs = Math.max(summary.throughput.windowEndMs ?? -Infinity, published.reduce((a, b) => Math.max(a, b), -Infinity))
  const spanMs = Math.max(1000, endMs - originMs)
  const faults: FaultBand[] = summary.faultWindows.map(f => ({ startS: (f.startMs - originMs) / 1000, endS: (Math.min(f.endMs, endMs) - originMs) / 1000, label: f.label }))
  const dupValues = summary.duplicates.source === 'traces'
    ? messages.map(m => m.duplicates).filter(Number.isFinite)
    : summary.duplicates.source === 'metrics' ? await duplicatesPerNode(runDir) : []

  const dir = join(runDir, 'plots')
  await mkdir(dir, { recursive: true })
  const charts: Array<[typeof PLOT_FILES[number], () => Promise<Parameters<typeof renderPng>[0]>]> = [
    ['latency-cdf.png', async () => latencyCdfSpec(deliveries.latency, deliveries.shortest, o)],
    ['delivery-over-time.png', async () => deliveryOverTimeSpec(messages, originMs, spanMs, faults, o)],
    ['dissemination.png', async () => disseminationSpec(messages, o)],
    ['throughput.png', async () => throughputSpec(published, deliveries.receivedAt, originMs, spanMs, faults, o)],
    ['peers-mesh.png', async () => peersMeshSpec(await readPeerSeries(runDir, originMs, o.maxPoints), faults, o)],
    ['duplicates.png', async () => duplicatesSpec(summary.duplicates.source, dupValues, o)]
  ]
  const written: string[] = []
  for (const [file, build] of charts) {
    const path = join(dir, file)
    await renderPng(await build(), path, o.scale)
    written.push(path)
  }
  return written
}
