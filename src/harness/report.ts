/**
 * writeReport: RUN_DIR/report.md from summary.json, manifest.json, topology.json and spec.yaml,
 * with the plots embedded by relative path. Every figure it quotes is in summary.json, so a reader
 * can trace each number to a file and each file to its definition (docs/experiments.md).
 */
import { access, readFile, writeFile, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { summaryOf } from './analysis/analyze.ts'
import { readManifest, readTopology } from './analysis/read-run.ts'
import { quantileSorted, sortedCopy } from './analysis/stats.ts'
import { PLOT_FILES } from './plots/index.ts'
import type { Quantiles, RunSummary, Topology } from './analysis/types.ts'

const EMULATION: Record<string, string> = {
  'nfqueue+nft': 'NFQUEUE delayer (per address pair delay and jitter) + nftables loss, on this kernel without netem',
  'tc-netem': '`tc netem` on each link (kernels with netem: real clusters)',
  none: 'none: loopback, no shaping (local runner)'
}

const PLOT_CAPTIONS: Record<typeof PLOT_FILES[number], string> = {
  'latency-cdf.png': 'Latency CDF, with the physical limit (shortest path over the link delays) drawn in',
  'delivery-over-time.png': 'Delivery ratio over time, fault windows shaded',
  'dissemination.png': 'Time to reach 50/90/99/100 % of the expected receivers',
  'throughput.png': 'Messages published and deliveries per second',
  'peers-mesh.png': 'Connected peers and mesh size over time (median and minimum across nodes)',
  'duplicates.png': 'Duplicates'
}

const fmt = (v: number | null | undefined, unit = '', digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${Number(v.toFixed(digits)).toLocaleString('en-US')}${unit}`
const pct = (v: number | null | undefined, digits = 2): string => v === null || v === undefined ? 'n/a' : `${(v * 100).toFixed(digits)} %`
const gib = (v: number | null | undefined): string => v === null || v === undefined ? 'n/a' : `${(v / 2 ** 30).toFixed(2)} GiB`
const q3 = (q: Quantiles, unit: string, digits = 1): string => `${fmt(q.p50, unit, digits)} / ${fmt(q.p90, unit, digits)} / ${fmt(q.p99, unit, digits)}`

/** min / median / max of the off-diagonal entries that are links. */
function matrixRange (m: Array<Array<number | null>> | undefined, unit: string): string {
  if (m === undefined) return 'n/a'
  const v: number[] = []
  m.forEach((row, i) => row.forEach((x, j) => { if (i !== j && typeof x === 'number' && x >= 0) v.push(x) }))
  if (v.length === 0) return 'n/a'
  const s = sortedCopy(v)
  const [lo, mid, hi] = [s[0], quantileSorted(s, 0.5) ?? 0, s[s.length - 1]]
  return lo === hi ? `${fmt(lo, unit, 2)} on every link` : `${fmt(lo, unit, 2)} min, ${fmt(mid, unit, 2)} median, ${fmt(hi, unit, 2)} max`
}

function faultLines (t: Topology, originMs: number): string[] {
  if (t.faults.length === 0) return ['none']
  const at = (ms: number): string => `t=${fmt((ms - originMs) / 1000, ' s')}`
  return t.faults.map(f => {
    const who = f.nodes !== undefined ? ` nodes ${f.nodes.join(', ')}` : f.groups !== undefined ? ` groups ${f.groups.map(g => `[${g.join(', ')}]`).join(' / ')}` : ''
    return `${f.kind}${who} at ${at(f.atMs)}${f.untilMs !== undefined ? ` until ${at(f.untilMs)}` : ''}`
  })
}

async function readSpec (runDir: string): Promise<Record<string, any>> {
  try {
    const s = parseYaml(await readFile(join(runDir, 'spec.yaml'), 'utf8'))
    return typeof s === 'object' && s !== null ? s : {}
  } catch {
    return {}
  }
}

/** The spec's transport wherever the lead's schema puts it (top level or under nodes). */
function transportOf (spec: Record<string, any>): string {
  const t = spec.transport ?? spec.nodes?.transport
  if (t === undefined) return 'n/a'
  return Array.isArray(t) ? t.join(', ') : typeof t === 'object' ? JSON.stringify(t) : String(t)
}

export function saturationWarning (s: RunSummary): string {
  const m = s.machine
  return [
    '> [!WARNING]',
    '> # ⚠ THE MACHINE WAS SATURATED DURING THIS RUN ⚠',
    `> CPU was at or above the saturation threshold in **${pct(m.saturatedShare, 1)}** of the workload window's samples (rule: ${m.saturationRule};`,
    `> mean ${fmt(m.verdictCpuBusyPctMean, ' %')} there). **Latency, dissemination and perhaps delivery below`,
    '> measure this box, not the protocol.** Rerun with fewer nodes, a lower rate or on more cores before drawing conclusions.',
    ''
  ].join('\n')
}

/** A quieter note when only the start-up (or the end) saturated the box: set-up times measure the box, the workload figures do not. */
export function startupSaturationNote (s: RunSummary): string | null {
  const m = s.machine
  if (m.saturated || !m.saturatedWholeRun) return null
  return [
    '> [!NOTE]',
    `> The CPU was at or above the saturation threshold in ${pct(m.saturatedShareWholeRun, 1)} of all samples, but in only ${pct(m.saturatedShare, 1)} of the`,
    `> workload window's (mean ${fmt(m.verdictCpuBusyPctMean, ' %')}): the start-up, not the measurement, loaded the box. Set-up times measure the box too.`,
    ''
  ].join('\n')
}

export async function renderReport (runDir: string, s: RunSummary): Promise<string> {
  const manifest = await readManifest(runDir)
  const topology = await readTopology(runDir)
  const spec = await readSpec(runDir)
  const originMs = s.throughput.windowStartMs ?? manifest.startedAtMs ?? 0
  const w = topology.workload
  const durationS = w !== undefined ? (w.endedAtMs - w.startedAtMs) / 1000 : null
  const groups = new Set(topology.nodes.map(n => n.group).filter(g => g !== undefined))
  const out: string[] = [`# Experiment report: ${basename(runDir)}`, '']
  if (s.machine.saturated) out.push(saturationWarning(s))
  const note = startupSaturationNote(s)
  if (note !== null) out.push(note)

  out.push('## Setup', '', '| | |', '|---|---|',
    `| nodes | ${topology.nodes.length}${groups.size > 1 ? ` in ${groups.size} groups` : ''} (${topology.nodes.filter(n => n.bootstrap === true).length} bootstrap) |`,
    `| runner | ${manifest.runner ?? 'n/a'} |`,
    `| emulation path | ${EMULATION[manifest.emulation ?? ''] ?? manifest.emulation ?? 'n/a'} |`,
    `| transport | ${transportOf(spec)} |`,
    `| link delay (one way) | ${matrixRange(topology.links.delayMs, ' ms')} |`,
    `| link jitter | ${matrixRange(topology.links.jitterMs, ' ms')} |`,
    `| link loss | ${matrixRange(topology.links.lossPct, ' %')} |`,
    `| workload | ${w === undefined ? 'n/a' : `${fmt(durationS, ' s', 0)} at ${fmt(w.ratePerS, ' msg/s', 2)} from ${w.publishers?.length ?? '?'} publishers`} |`,
    `| faults (t from workload start) | ${faultLines(topology, originMs).join('<br>')} |`,
    `| p2p-chat, Node, libp2p | ${manifest.p2pChatVersion ?? 'n/a'} (${manifest.gitCommit ?? 'no commit'}), ${manifest.node ?? 'n/a'}, ${Object.entries(manifest.libp2p ?? {}).map(([k, v]) => `${k} ${v}`).join(', ') || 'n/a'} |`,
    `| seed, kernel, cores | ${manifest.seed ?? 'n/a'}, ${manifest.kernel ?? 'n/a'}, ${manifest.cores ?? 'n/a'} |`,
    `| run | ${manifest.startedAtMs !== undefined ? new Date(manifest.startedAtMs).toISOString() : 'n/a'} to ${manifest.endedAtMs !== undefined ? new Date(manifest.endedAtMs).toISOString() : 'n/a'} |`, '')

  const d = s.dissemination
  out.push('## Results', '', '| figure | value |', '|---|---|',
    `| messages published / deliveries | ${s.messages.published} / ${s.deliveries.total} |`,
    `| delivery ratio, overall | ${pct(s.deliveryRatio.overall, 3)} (${s.deliveryRatio.reached} of ${s.deliveryRatio.expected} expected) |`,
    `| delivery ratio, fault-free windows | ${pct(s.deliveryRatio.faultFree, 3)} (${s.deliveryRatio.faultFreeMessages} messages published > ${s.deliveryRatio.faultMarginMs / 1000} s from any fault) |`,
    `| latency p50 / p90 / p99 / max | ${q3(s.latencyMs, ' ms')} / ${fmt(s.latencyMs.max, ' ms')} |`,
    `| dissemination, median time to 50 / 90 / 99 / 100 % | ${fmt(d.t50MsP50, ' ms')} / ${fmt(d.t90MsP50, ' ms')} / ${fmt(d.t99MsP50, ' ms')} / ${fmt(d.t100MsP50, ' ms')} |`,
    `| dissemination, p99 time to 100 % | ${fmt(d.t100MsP99, ' ms')} |`,
    `| throughput | ${fmt(s.throughput.publishedPerS, ' msg/s', 2)} published, ${fmt(s.throughput.deliveriesPerS, ' deliveries/s', 1)} |`,
    `| duplicates (${s.duplicates.source}) | ${s.duplicates.total ?? 'n/a'} in total, ${fmt(s.duplicates.perMessage, '', 2)} per message, ${fmt(s.duplicates.perDelivery, '', 2)} per delivery |`, '')

  out.push('## Physical limit', '',
    'For every delivery, the *shortest path* is the least one-way delay over the emulated link matrix from publisher to',
    'receiver, and the *path delay* the sum of link delays along the hops the message actually took (rebuilt from each',
    'receiver\'s propagation source). Latency / shortest path says how far from the physical optimum the room delivers;',
    'per-hop overhead, (latency - path delay) / hops, isolates what each hop costs in the implementation (verification,',
    'queueing, scheduling) from what the network costs.', '',
    '| | p50 | p90 | p99 |', '|---|---|---|---|',
    `| measured latency | ${q3(s.latencyMs, ' ms').split(' / ').join(' | ')} |`,
    `| shortest path (physical limit) | ${q3(s.shortestPathMs, ' ms').split(' / ').join(' | ')} |`,
    `| path delay of the hops taken | ${q3(s.pathDelayMs, ' ms').split(' / ').join(' | ')} |`,
    `| latency / shortest path | ${q3(s.latencyOverShortestPath, '×', 2).split(' / ').join(' | ')} |`,
    `| per-hop overhead | ${q3(s.perHopOverheadMs, ' ms', 2).split(' / ').join(' | ')} |`, '',
    `Hops: ${Object.entries(s.hops).map(([h, c]) => `${h}: ${c}`).join(', ') || 'none'} ` +
    `(hop path rebuilt for ${s.perHopOverheadMs.count} of ${s.deliveries.total} deliveries).`, '')

  out.push('## Plots', '')
  for (const file of PLOT_FILES) {
    if (await access(join(runDir, 'plots', file)).then(() => true, () => false)) out.push(`### ${PLOT_CAPTIONS[file]}`, '', `![${PLOT_CAPTIONS[file]}](plots/${file})`, '')
  }

  const m = s.machine
  const window = m.verdictWindow !== null ? 'workload window' : 'verdict window'
  const verdict = m.verdictSamples === 0
    ? 'no samples, so no verdict.'
    : `${m.saturated ? '**saturated**' : 'not saturated'} (${pct(m.saturatedShare, 1)} of the window's samples; ${pct(m.saturatedShareWholeRun, 1)} of the whole run's).`
  out.push('## Machine', '', '| | mean | max |', '|---|---|---|',
    `| CPU busy (all cores), whole run | ${fmt(m.cpuBusyPctMean, ' %')} | ${fmt(m.cpuBusyPctMax, ' %')} |`,
    `| CPU busy (all cores), ${m.verdictWindow !== null ? window : `${window} (whole run: no workload window known)`} | ${fmt(m.verdictCpuBusyPctMean, ' %')} | |`,
    `| memory used | ${gib(m.memUsedBytesMean)} | ${gib(m.memUsedBytesMax)} |`, '',
    `${m.samples} samples in machine.csv, ${m.verdictSamples} in the ${window}. Saturation rule: ${m.saturationRule}; ${verdict}`, '')

  const t = s.traces
  out.push('## Data quality', '',
    `- ${t.lines} trace lines in ${t.files} files; ${t.malformedLines} malformed and skipped${t.malformedLines > 0 ? ` (${Object.entries(t.malformedByFile).map(([f, c]) => `${f}: ${c}`).join(', ')})` : ''}.`,
    `- ${s.hops.unknown ?? 0} deliveries without a hop path (a forwarder's receipt missing from the traces, or a loop).`,
    `- ${s.messages.withoutPublishedEvent} messages without their publisher's \`published\` event; ${s.deliveries.repeated} repeated deliveries (same message, same receiver) ignored; ${t.unknownPeers} peers not in topology.json.`, '')
  return out.join('\n')
}

/** Writes RUN_DIR/report.md (analysing the run first if summary.json is missing or older); returns its path. */
export async function writeReport (runDir: string): Promise<string> {
  const summary = await summaryOf(runDir)
  const path = join(runDir, 'report.md')
  await writeFile(`${path}.tmp`, await renderReport(runDir, summary))
  await rename(`${path}.tmp`, path)
  return path
}
