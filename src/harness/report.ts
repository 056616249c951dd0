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
import { adversarySection } from './report-adversaries.ts'
import { fmt, pct } from './report-format.ts'
import { writeHtmlReport } from './report-html.ts'
import type { PlotFile } from './plots/index.ts'
import type { ClassSummary, Quantiles, RunSummary, Topology } from './analysis/types.ts'
import { byGroupText, patternText, sizesText } from './workload.ts'

const EMULATION: Record<string, string> = {
  'nfqueue+nft': 'NFQUEUE delayer (per address pair delay and jitter) + nftables loss, on this kernel without netem',
  'tc-netem': '`tc netem` on each link (kernels with netem: real clusters)',
  none: 'none: loopback, no shaping (local runner)'
}

const PLOT_CAPTIONS: Record<PlotFile, string> = {
  'latency-cdf.png': 'Latency CDF: fault-free and fault-window deliveries apart, with the physical limit (shortest path over the link delays)',
  'latency-over-time.png': 'Latency by publish time, fault windows shaded: where it comes back down, the room has recovered',
  'delivery-over-time.png': 'Delivered within 1 s, within 5 s and eventually, by publish time',
  'dissemination.png': 'Time to reach 50/90/99/100 % of the expected receivers',
  'peers-mesh.png': 'Connected peers and mesh size over time (median and range per group), and nodes down',
  'duplicates.png': 'Duplicates'
}

const gib = (v: number | null | undefined): string => v === null || v === undefined ? 'n/a' : `${(v / 2 ** 30).toFixed(2)} GiB`
const q3 = (q: Quantiles, unit: string, digits = 1): string => `${fmt(q.p50, unit, digits)} / ${fmt(q.p90, unit, digits)} / ${fmt(q.p99, unit, digits)}`
const p50p99 = (q: Quantiles, unit: string, digits = 1): string => `${fmt(q.p50, unit, digits)} / ${fmt(q.p99, unit, digits)}`

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

const onOff = (v: unknown): string => v === true ? 'on' : 'off'
/** How each protocol knob reads in the setup table, in the order it is listed. */
const KNOB_TEXT: Array<(k: Record<string, any>) => string> = [
  k => `D ${k.D} (Dlo ${k.Dlo}, Dhi ${k.Dhi}, Dscore ${k.Dscore}, Dout ${k.Dout}, Dlazy ${k.Dlazy})`,
  k => `heartbeat ${k.heartbeatIntervalMs} ms`,
  k => `mcache ${k.mcacheLength} heartbeats, gossip ${k.mcacheGossip}`,
  k => `fanout TTL ${k.fanoutTTLMs / 1000} s, seen TTL ${k.seenTTLMs / 1000} s`,
  k => `flood publish ${onOff(k.floodPublish)}`,
  k => `IDONTWANT ${k.idontwant === true ? `on (>= ${k.idontwantMinBytes} B)` : 'off'}`,
  k => `opportunistic graft ${onOff(k.opportunisticGraft)}`,
  k => `scoring ${String(k.scoring)}`,
  k => `validation delay ${k.validationDelayMs} ms`,
  k => `target peers ${k.targetPeers}, watermarks ${k.lowWater}/${k.highWater}`
]

/** What the spec said of its adversaries: a spammer's rate and kind, a censor's target. */
function adversaryDetail (spec: Record<string, any>): string {
  const list: any[] = Array.isArray(spec.adversaries) ? spec.adversaries : []
  return list.filter(a => a.count > 0).map(a => a.role === 'spammer' ? `spammer: ${String(a.ratePerS)}/s, ${a.invalid === true ? 'invalid' : 'valid'} messages`
    : a.role === 'censor' ? `censor of ${a.target != null ? `node ${String(a.target)}` : 'the first publisher'}`
      : a.role === 'eclipse' ? `eclipse of ${a.target != null ? `node ${String(a.target)}` : 'the first honest bystander'}` : 'silent: receives, never forwards').join('; ')
}

/** The spec's protocol knobs: every one for the default, what differs for each group. */
function protocolRows (spec: Record<string, any>): string[] {
  const p = spec.protocol
  if (typeof p?.default !== 'object' || p.default === null) return []
  const text = (k: Record<string, any>): string[] => KNOB_TEXT.map(f => f(k))
  const base = text(p.default)
  const rows = [`| protocol | ${base.join(', ')} |`]
  for (const [group, k] of Object.entries(p.groups ?? {})) {
    const differs = text(k as Record<string, any>).filter((t, i) => t !== base[i])
    rows.push(`| protocol, group ${group} | ${differs.length > 0 ? `${differs.join(', ')}; the rest as the default` : 'as the default'} |`)
  }
  return rows
}

/** "60 s at 2 msg/s from 10 publishers", with the spec's pattern and publishers by group when it has them. */
function workloadText (spec: Record<string, any>, durationS: number | null, w: NonNullable<Topology['workload']>): string {
  const pattern = spec.workload?.pattern
  const bursts = pattern !== undefined && pattern !== 'constant'
  const byGroup = byGroupText(spec.workload?.publishersByGroup)
  return `${fmt(durationS, ' s', 0)} at ${fmt(w.ratePerS, ' msg/s', 2)}${bursts ? ` on average, in ${patternText(pattern)},` : ''} from ${w.publishers?.length ?? '?'} publishers` +
    (byGroup !== undefined ? ` (by group: ${byGroup})` : '')
}

/** "50/50 Mbit/s (up/down) on 24 nodes, 1,024/1,024 Mbit/s on 8 nodes", or "none". */
function rateCaps (t: Topology): string {
  const count = new Map<string, number>()
  const rate = (v: number | undefined): string => v === undefined ? 'uncapped' : fmt(v, '', 2)
  for (const n of t.nodes) {
    if (n.uplinkMbps === undefined && n.downlinkMbps === undefined) continue
    const key = `${rate(n.uplinkMbps)}/${rate(n.downlinkMbps)} Mbit/s`
    count.set(key, (count.get(key) ?? 0) + 1)
  }
  const links = (t.links.bandwidthMbps ?? []).flat().filter(v => v > 0)
  const perLink = links.length === 0 ? '' : `${count.size > 0 ? '; ' : ''}per link ${fmt(Math.min(...links), '', 2)}${Math.min(...links) !== Math.max(...links) ? `-${fmt(Math.max(...links), '', 2)}` : ''} Mbit/s on ${links.length} of ${t.nodes.length * (t.nodes.length - 1)} one-way links`
  if (count.size === 0) return perLink === '' ? 'none' : perLink
  const capped = [...count.values()].reduce((a, b) => a + b, 0)
  return `${[...count].map(([k, c]) => `${k} on ${c} node${c === 1 ? '' : 's'}`).join(', ')} (up/down)${capped < t.nodes.length ? ', none on the others' : ''}${perLink}`
}

const nodesText = (nodes: number[]): string => `${nodes.length === 1 ? 'node' : 'nodes'} ${nodes.join(', ')}`

/** The fault timeline as a reader says it: "kill node 20", "partition a | b". */
export function faultRows (t: Topology, originMs: number): string[] {
  const at = (ms: number): string => fmt((ms - originMs) / 1000, ' s')
  return t.faults.map(f => {
    const nodes = f.nodes ?? []
    const what = f.kind === 'partition' ? `partition ${(f.groups ?? []).map(g => g.join(' + ')).join(' from ')}`
      : f.kind === 'heal' ? 'heal the partition'
        : f.kind === 'freeze' ? `freeze ${nodesText(nodes)} (SIGSTOP of their process)`
          : f.kind === 'thaw' ? `thaw ${nodesText(nodes)}`
            : `${f.kind} ${nodesText(nodes)}`
    return `| ${at(f.atMs)} | ${what} | ${f.untilMs !== undefined ? at(f.untilMs) : ''} |`
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

/**
 * Only the start-up (or the end) saturated the box: that matters for the one figure it measures,
 * the set-up time, so it is said there and nowhere else; null when it did not happen.
 */
export function startupSaturationNote (s: RunSummary): string | null {
  const m = s.machine
  if (m.saturated || !m.saturatedWholeRun) return null
  return `the start-up saturated the CPU (${pct(m.saturatedShareWholeRun, 1)} of the run's samples at or above the threshold, ` +
    `${pct(m.saturatedShare, 1)} of the workload's): this time measures the box as much as the stack`
}

function resultsTable (s: RunSummary, withFaults: boolean): string[] {
  const { faultFree, faultWindows, all } = s.byFaultClass
  const rows: Array<[string, (c: ClassSummary) => string]> = [
    ['messages', c => String(c.messages)],
    ['delivered eventually', c => pct(c.deliveryRatio, 3)],
    ['delivered within 1 s', c => pct(c.within1s, 2)],
    ['delivered within 5 s', c => pct(c.within5s, 2)],
    ['latency p50 / p90 / p99', c => q3(c.latencyMs, ' ms')],
    ['latency / shortest path p50 / p99', c => p50p99(c.latencyOverShortestPath, '×', 2)],
    ['per-hop overhead p50 / p99', c => p50p99(c.perHopOverheadMs, ' ms', 2)],
    ['time to 50 % / 100 % of receivers (median)', c => `${fmt(c.t50MsP50, ' ms')} / ${fmt(c.t100MsP50, ' ms')}`]
  ]
  const expected = `${s.deliveryRatio.reached} of ${s.deliveryRatio.expected} expected deliveries made.`
  if (!withFaults) return ['| figure | value |', '|---|---|', ...rows.map(([name, f]) => `| ${name} | ${f(all)} |`), '', expected]
  return [
    '| figure | fault-free messages | messages in or near a fault window | all |', '|---|---|---|---|',
    ...rows.map(([name, f]) => `| ${name} | ${f(faultFree)} | ${f(faultWindows)} | ${f(all)} |`),
    '', `${expected} A message is *fault-free* when it was published more than ${s.deliveryRatio.faultMarginMs / 1000} s away from every ` +
    'fault window (the mesh needs a few heartbeats to notice and repair). The fault windows\' column is what the faults cost; the fault-free column is the room at work.'
  ]
}

export async function renderReport (runDir: string, s: RunSummary): Promise<string> {
  const manifest = await readManifest(runDir)
  const topology = await readTopology(runDir)
  const spec = await readSpec(runDir)
  const originMs = s.throughput.windowStartMs ?? manifest.startedAtMs ?? 0
  const w = topology.workload
  const durationS = w !== undefined ? (w.endedAtMs - w.startedAtMs) / 1000 : null
  const groups = new Set(topology.nodes.map(n => n.group).filter(g => g !== undefined))
  const name = typeof spec.name === 'string' ? spec.name : basename(runDir)
  const out: string[] = [`# ${name}`, '',
    `Experiment report of \`${basename(runDir)}\`${manifest.startedAtMs !== undefined ? `, run ${new Date(manifest.startedAtMs).toISOString()}` : ''}. ` +
    '`report.html` beside it has the same charts to hover, zoom and toggle fault windows in.', '']
  if (s.machine.saturated) out.push(saturationWarning(s))
  const meshed = typeof manifest.meshedAfterMs === 'number' ? `${fmt(manifest.meshedAfterMs / 1000, ' s')} after the first process started`
    : manifest.interop !== undefined ? 'not measured (interop nodes do not report their mesh; the scenario\'s script waits instead)' : 'never (within the deadline)'
  const startupNote = startupSaturationNote(s)

  out.push('## Setup', '', '| | |', '|---|---|',
    `| nodes | ${topology.nodes.length}${groups.size > 1 ? ` in ${groups.size} groups (${[...groups].join(', ')})` : ''} (${topology.nodes.filter(n => n.bootstrap === true).length} bootstrap) |`,
    `| runner, transport | ${manifest.runner ?? 'n/a'}, ${String(spec.transport ?? 'n/a')} |`,
    `| emulation path | ${EMULATION[manifest.emulation ?? ''] ?? manifest.emulation ?? 'n/a'} |`,
    `| link delay (one way) | ${matrixRange(topology.links.delayMs, ' ms')} |`,
    `| link jitter | ${matrixRange(topology.links.jitterMs, ' ms')} |`,
    `| link loss | ${matrixRange(topology.links.lossPct, ' %')} |`,
    `| link rate cap | ${rateCaps(topology)} |`,
    `| workload | ${w === undefined ? 'n/a' : workloadText(spec, durationS, w)} |`,
    `| message size (text) | ${sizesText(spec.workload?.payloadBytes)} |`,
    ...protocolRows(spec),
    ...(s.adversaries !== undefined ? [`| adversaries | ${Object.entries(s.adversaries.roles).map(([r, c]) => `${c} ${r}`).join(', ')} (${adversaryDetail(spec)}); **every figure below is the honest nodes'** |`] : []),
    `| room meshed (every node ready with >= 3 room peers) | ${meshed}${startupNote !== null ? `; ${startupNote}` : ''} |`,
    `| p2p-chat, Node, libp2p | ${manifest.p2pChatVersion ?? 'n/a'} (${manifest.gitCommit ?? 'no commit'}), ${manifest.node ?? 'n/a'}, ${Object.entries(manifest.libp2p ?? {}).map(([k, v]) => `${k} ${v}`).join(', ') || 'n/a'} |`,
    `| seed, kernel, cores | ${manifest.seed ?? 'n/a'}, ${manifest.kernel ?? 'n/a'}, ${manifest.cores ?? 'n/a'} |`,
    `| run | ${manifest.startedAtMs !== undefined ? new Date(manifest.startedAtMs).toISOString() : 'n/a'} to ${manifest.endedAtMs !== undefined ? new Date(manifest.endedAtMs).toISOString() : 'n/a'} |`, '')
  const withFaults = topology.faults.length > 0
  if (withFaults) out.push('### Faults', '', '| at (s after the workload started) | fault | until |', '|---|---|---|', ...faultRows(topology, originMs), '')

  out.push('## Results', '', ...resultsTable(s, withFaults), '',
    `Throughput: ${fmt(s.throughput.publishedPerS, ' msg/s', 2)} published, ${fmt(s.throughput.deliveriesPerS, ' deliveries/s', 1)}. ` +
    `Duplicates (${s.duplicates.source}): ${s.duplicates.total ?? 'n/a'} in total, ${fmt(s.duplicates.perMessage, '', 2)} per message, ${fmt(s.duplicates.perDelivery, '', 2)} per delivery.`, '')

  const ff = s.byFaultClass.faultFree
  out.push('## Physical limit', '',
    'For every delivery, the *shortest path* is the least one-way delay over the emulated link matrix from publisher to',
    'receiver, and the *path delay* the sum of link delays along the hops the message actually took (rebuilt from each',
    'receiver\'s propagation source). Latency / shortest path says how far from the physical optimum the room delivers;',
    'per-hop overhead, (latency - path delay) / hops, isolates what each hop costs in the implementation (verification,',
    `queueing, scheduling) from what the network costs.${withFaults ? ' **Measured from fault-free deliveries only**: a partition\'s wait is not a cost of the implementation.' : ''}`, '',
    '| | p50 | p90 | p99 |', '|---|---|---|---|',
    `| measured latency | ${q3(ff.latencyMs, ' ms').split(' / ').join(' | ')} |`,
    `| shortest path (physical limit, all deliveries) | ${q3(s.shortestPathMs, ' ms').split(' / ').join(' | ')} |`,
    `| path delay of the hops taken (all deliveries) | ${q3(s.pathDelayMs, ' ms').split(' / ').join(' | ')} |`,
    `| latency / shortest path | ${q3(ff.latencyOverShortestPath, '×', 2).split(' / ').join(' | ')} |`,
    `| per-hop overhead | ${q3(ff.perHopOverheadMs, ' ms', 2).split(' / ').join(' | ')} |`, '',
    `Hops: ${Object.entries(s.hops).map(([h, c]) => `${h}: ${c}`).join(', ') || 'none'} ` +
    `(hop path rebuilt for ${s.perHopOverheadMs.count} of ${s.deliveries.total} deliveries).`, '')
  if (s.groupPairs.length > 0) {
    out.push('### By group pair (fault-free deliveries)', '',
      '| publisher and receiver | deliveries | latency p50 / p99 | shortest path p50 | latency / shortest p50 | per-hop overhead p50 / p99 |', '|---|---|---|---|---|---|',
      ...s.groupPairs.map(g => `| ${g.inside ? `inside ${g.pair}` : g.pair} | ${g.deliveries} | ${p50p99(g.latencyMs, ' ms')} | ${fmt(g.shortestPathMsP50, ' ms')} | ${fmt(g.latencyOverShortestPath.p50, '×', 2)} | ${p50p99(g.perHopOverheadMs, ' ms', 2)} |`), '')
  }

  if (s.adversaries?.verdicts !== undefined) out.push(...adversarySection(s.adversaries))

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
    ...((t.duplicatesOfUnknownMessages ?? 0) > 0 ? [`- ${t.duplicatesOfUnknownMessages} copies counted of messages no node published or delivered (rejected junk, such as an invalid spammer's): not room messages, left out of every figure.`] : []),
    ...(s.adversaries !== undefined ? [`- ${s.adversaries.nodes} adversaries: their deliveries are not counted (their receipts still rebuild the hop paths through them), and the ${s.adversaries.messagesLeftOut} messages they published are left out.`] : []),
    `- ${s.messages.withoutPublishedEvent} messages without their publisher's \`published\` event; ${s.deliveries.repeated} repeated deliveries (same message, same receiver) ignored; ${t.unknownPeers} peers not in topology.json.`, '')
  return out.join('\n')
}

/** Writes RUN_DIR/report.md and report.html (analysing the run first if summary.json is missing or older); returns its path. */
export async function writeReport (runDir: string): Promise<string> {
  const summary = await summaryOf(runDir)
  const path = join(runDir, 'report.md')
  await writeFile(`${path}.tmp`, await renderReport(runDir, summary))
  await rename(`${path}.tmp`, path)
  await writeHtmlReport(runDir)
  return path
}
