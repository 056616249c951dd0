/**
 * Reads series out of metrics.csv (`ts_ms,node,metric,labels,value`, Prometheus samples the runner
 * exported). Only the wanted metric's lines are parsed; the file can hold millions of samples.
 */
import { join } from 'node:path'
import { parseCsvLine, parseLabels, readLines } from './read-run.ts'

export interface Sample { tsMs: number, node: string, labels: Record<string, string>, value: number }

/** Every sample of the named metrics, in file order. */
export async function readMetricSamples (runDir: string, metrics: readonly string[]): Promise<Map<string, Sample[]>> {
  const out = new Map<string, Sample[]>(metrics.map(m => [m, []]))
  let columns: Record<string, number> | undefined
  try {
    for await (const line of readLines(join(runDir, 'metrics.csv'))) {
      if (columns === undefined) {
        columns = Object.fromEntries(parseCsvLine(line).map((h, i) => [h.trim(), i]))
        continue
      }
      if (!metrics.some(m => line.includes(m))) continue
      const f = parseCsvLine(line)
      const list = out.get(f[columns.metric])
      const value = Number(f[columns.value])
      const tsMs = Number(f[columns.ts_ms])
      if (list === undefined || !Number.isFinite(value) || !Number.isFinite(tsMs)) continue
      list.push({ tsMs, node: f[columns.node], labels: parseLabels(f[columns.labels] ?? ''), value })
    }
  } catch (err: any) {
    if (err.code !== 'ENOENT') throw err
  }
  return out
}

/**
 * Increase of a counter per node over the samples given, summed over label sets, counting a drop
 * (a restarted process) as a reset to zero, as Prometheus' `increase` does.
 */
export function counterIncreaseByNode (samples: readonly Sample[], labelFilter: (l: Record<string, string>) => boolean = () => true): Map<string, number> {
  const series = new Map<string, Sample[]>()
  for (const s of samples) {
    if (!labelFilter(s.labels)) continue
    const key = s.node + '\u0000' + Object.entries(s.labels).sort().map(([k, v]) => `${k}=${v}`).join(';')
    const list = series.get(key) ?? []
    list.push(s)
    series.set(key, list)
  }
  const out = new Map<string, number>()
  for (const list of series.values()) {
    list.sort((a, b) => a.tsMs - b.tsMs)
    let inc = 0
    for (let i = 1; i < list.length; i++) {
      const d = list[i].value - list[i - 1].value
      inc += d >= 0 ? d : list[i].value
    }
    out.set(list[0].node, (out.get(list[0].node) ?? 0) + inc)
  }
  return out
}

export const METRIC = {
  duplicates: 'p2p_chat_duplicate_messages_total',
  received: 'p2p_chat_messages_received_total',
  connectedPeers: 'p2p_chat_connected_peers',
  meshPeers: 'p2p_chat_mesh_peers',
  gossipBytes: 'p2p_chat_gossip_bytes_total'
} as const
