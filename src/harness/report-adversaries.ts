/**
 * The report's "Adversaries" section (summary.json `adversaries`, src/harness/analysis/adversaries.ts):
 * how long honest nodes stayed exposed to each role, what a node of each role sent, received and
 * burnt, and how a censor's or an eclipse's target fared against the other honest nodes.
 */
import type { AdversarySummary, VerdictStats } from './analysis/types.ts'
import { fmt, pct } from './report-format.ts'

const verdict = (v: VerdictStats): string => v.pairs === 0 ? 'never' : `${v.pairs} (${pct(v.share, 1)}): ${fmt(v.msP50 === null ? null : v.msP50 / 1000, ' s')} / ${fmt(v.msP90 === null ? null : v.msP90 / 1000, ' s')}`
const kib = (v: number | null): string => v === null ? 'n/a' : `${fmt(v / 1024, ' KiB', 0)}`

export function adversarySection (a: AdversarySummary): string[] {
  const out = ['## Adversaries', '',
    'Exposure: for each pair of an honest node and an attacker it connected to, the time from that connection to the',
    'honest node\'s gossipsub graylisting the attacker (its RPCs dropped unread) or pruning it from the room\'s mesh',
    '(`verdict` events). Pairs with the verdict (share of the connected pairs): p50 / p90 of the time.', '',
    '| role | attackers | connected pairs | graylisted | pruned from the mesh |', '|---|---|---|---|---|',
    ...Object.entries(a.verdicts).map(([role, v]) => `| ${role} | ${a.roles[role] ?? 0} | ${v.connectedPairs} | ${verdict(v.graylisted)} | ${verdict(v.pruned)} |`), '',
    'Cost per node over the run: gossip bytes sent and received (`p2p_chat_gossip_bytes_total`), and CPU time of the',
    'node host processes that held only that role (`processes.csv`; n/a when the role shared its processes).', '',
    '| role | nodes | sent | received | CPU |', '|---|---|---|---|---|',
    ...Object.entries(a.cost).map(([role, c]) => `| ${role} | ${c.nodes} | ${kib(c.bytesOutPerNode)} | ${kib(c.bytesInPerNode)} | ${c.cpuNodes > 0 ? fmt(c.cpuSPerNode, ' s', 2) : 'n/a'} |`), '']
  if (a.targets.length > 0) {
    out.push('Targets: a censor\'s or an eclipse\'s target against every other honest receiver, over the honest messages.', '',
      '| target | attacked by | delivery | latency p50 / p99 | the other honest nodes: delivery | latency p50 / p99 |', '|---|---|---|---|---|---|',
      ...a.targets.map(t => `| node ${t.node} | ${t.by} | ${pct(t.deliveryRatio, 1)} | ${fmt(t.latencyMsP50, ' ms')} / ${fmt(t.latencyMsP99, ' ms')} | ${pct(t.othersDeliveryRatio, 1)} | ${fmt(t.othersLatencyMsP50, ' ms')} / ${fmt(t.othersLatencyMsP99, ' ms')} |`), '')
  }
  return out
}
