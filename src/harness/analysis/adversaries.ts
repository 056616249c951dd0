/**
 * What the adversaries of a run did and what they cost, beside the honest nodes' figures:
 * - verdicts: per role, how long an honest node stayed exposed to an attacker: from its (latest)
 *   connection to the attacker to its gossipsub graylisting it, or pruning it from the mesh
 *   (`verdict` trace events, src/node/peer-verdicts.ts);
 * - cost: per role and for the honest nodes, gossip bytes sent and received per node
 *   (p2p_chat_gossip_bytes_total) and CPU seconds per node (processes.csv; only for processes
 *   whose nodes all play the one role, so exact with `nodes.perProcess: 1`);
 * - targets: a censor's or an eclipse's target, its own delivery and latency against the other
 *   honest nodes'.
 */
import { join } from 'node:path'
import { counterIncreaseByNode, METRIC, readMetricSamples } from './metrics.ts'
import { readCsv } from './read-run.ts'
import { quantiles, ratio, round, mean } from './stats.ts'
import type { AdversaryContact, MessageTrace, TraceIndex } from './traces.ts'
import type { AdversarySummary, Topology, VerdictStats } from './types.ts'


export interface AdversaryInputs {
  topology: Topology
  traces: TraceIndex
  adversaries: ReadonlySet<number>
  messagesLeftOut: number
  expectedOf: (m: MessageTrace) => Set<number>
}

export async function adversarySummary (runDir: string, inputs: AdversaryInputs): Promise<AdversarySummary> {
  const { topology, adversaries } = inputs
  const roleOf = (i: number): string => topology.nodes[i]?.role ?? 'honest'
  const roles: Record<string, number> = {}
  for (const i of adversaries) roles[roleOf(i)] = (roles[roleOf(i)] ?? 0) + 1
  return {
    nodes: adversaries.size,
    roles,
    messagesLeftOut: inputs.messagesLeftOut,
    verdicts: verdictFigures(inputs.traces.contacts, roleOf),
    cost: await costFigures(runDir, topology, roleOf),
    targets: targetFigures(inputs)
  }
}

/** Per role: exposure times from each honest node's latest connection to an attacker to its verdict on it. */
function verdictFigures (contacts: readonly AdversaryContact[], roleOf: (i: number) => string): AdversarySummary['verdicts'] {
  const connectedAt = new Map<string, number>()
  const first = new Map<string, { graylisted?: number, pruned?: number }>()
  for (const c of [...contacts].sort((a, b) => a.ts - b.ts)) {
    const pair = `${c.node}:${c.adversary}`
    if (c.kind === 'connected') {
      if (!first.has(pair)) first.set(pair, {})
      connectedAt.set(pair, c.ts)
      continue
    }
    const since = connectedAt.get(pair)
    const verdicts = first.get(pair)
    if (since === undefined || verdicts === undefined || verdicts[c.kind] !== undefined) continue
    verdicts[c.kind] = c.ts - since
  }
  const exposures = new Map<string, { connectedPairs: number, graylisted: number[], pruned: number[] }>()
  for (const [pair, v] of first) {
    const role = roleOf(Number(pair.split(':')[1]))
    const r = exposures.get(role) ?? { connectedPairs: 0, graylisted: [], pruned: [] }
    exposures.set(role, r)
    r.connectedPairs++
    if (v.graylisted !== undefined) r.graylisted.push(v.graylisted)
    if (v.pruned !== undefined) r.pruned.push(v.pruned)
  }
  const stats = (ms: number[], pairs: number): VerdictStats => {
    const q = quantiles(ms)
    return { pairs: ms.length, share: ratio(ms.length, pairs), msP50: q.p50, msP90: q.p90, msMax: q.max }
  }
  return Object.fromEntries([...exposures].map(([role, r]) => [role, {
    connectedPairs: r.connectedPairs,
    graylisted: stats(r.graylisted, r.connectedPairs),
    pruned: stats(r.pruned, r.connectedPairs)
  }]))
}

/** Bytes per node from the metrics, CPU per node from processes.csv, by role ("honest" included). */
async function costFigures (runDir: string, topology: Topology, roleOf: (i: number) => string): Promise<AdversarySummary['cost']> {
  const samples = (await readMetricSamples(runDir, [METRIC.gossipBytes])).get(METRIC.gossipBytes) ?? []
  const out = counterIncreaseByNode(samples, l => l.direction === 'out')
  const into = counterIncreaseByNode(samples, l => l.direction === 'in')
  const cpuOfProcess = await processCpu(runDir)
  const rolesOfProcess = new Map<number, Set<string>>()
  const nodesOfProcess = new Map<number, number>()
  for (const n of topology.nodes) {
    if (n.process === undefined) continue
    const set = rolesOfProcess.get(n.process) ?? new Set()
    set.add(roleOf(n.index))
    rolesOfProcess.set(n.process, set)
    nodesOfProcess.set(n.process, (nodesOfProcess.get(n.process) ?? 0) + 1)
  }
  const byRole = new Map<string, typeof topology.nodes>()
  for (const n of topology.nodes) byRole.set(roleOf(n.index), [...(byRole.get(roleOf(n.index)) ?? []), n])
  const cost: AdversarySummary['cost'] = {}
  for (const [role, nodes] of byRole) {
    const cpu: number[] = []
    for (const [p, set] of rolesOfProcess) {
      const s = cpuOfProcess.get(p)
      if (set.size === 1 && set.has(role) && s !== undefined) cpu.push(s / (nodesOfProcess.get(p) ?? 1))
    }
    const values = (m: Map<string, number>): number[] => nodes.flatMap(n => m.has(n.peerId) ? [m.get(n.peerId) as number] : [])
    cost[role] = {
      nodes: nodes.length,
      bytesOutPerNode: round(mean(values(out)), 0),
      bytesInPerNode: round(mean(values(into)), 0),
      cpuSPerNode: round(mean(cpu), 3),
      cpuNodes: cpu.length
    }
  }
  return cost
}

/** CPU seconds each host process used over the run (its last sample minus its first). */
async function processCpu (runDir: string): Promise<Map<number, number>> {
  const span = new Map<number, { first: number, last: number }>()
  for await (const r of readCsv(join(runDir, 'processes.csv'))) {
    const p = Number(r.process)
    const cpu = Number(r.cpu_s)
    if (!Number.isInteger(p) || !Number.isFinite(cpu)) continue
    const s = span.get(p)
    if (s === undefined) span.set(p, { first: cpu, last: cpu })
    else s.last = cpu
  }
  return new Map([...span].map(([p, s]) => [p, s.last - s.first]))
}

/** A target's own figures against every other honest receiver's, over the honest messages. */
function targetFigures ({ topology, traces, adversaries, expectedOf }: AdversaryInputs): AdversarySummary['targets'] {
  const targets = new Map<number, string>()
  for (const n of topology.nodes) if (n.target !== undefined && adversaries.has(n.index)) targets.set(n.target, n.role ?? '')
  return [...targets].sort((a, b) => a[0] - b[0]).map(([target, role]) => {
    const own: number[] = []
    const others: number[] = []
    let ownExpected = 0
    let othersExpected = 0
    for (const m of traces.messages.values()) {
      const expected = expectedOf(m)
      for (const r of expected) {
        const at = m.byReceiver.get(r)
        const latency = at === undefined ? undefined : m.receivedAtMs[at] - m.publishedAtMs
        if (r === target) {
          ownExpected++
          if (latency !== undefined) own.push(latency)
        } else {
          othersExpected++
          if (latency !== undefined) others.push(latency)
        }
      }
    }
    const q = quantiles(own)
    const o = quantiles(others)
    return {
      node: target,
      by: role,
      deliveryRatio: ratio(own.length, ownExpected),
      latencyMsP50: q.p50,
      latencyMsP99: q.p99,
      othersDeliveryRatio: ratio(others.length, othersExpected),
      othersLatencyMsP50: o.p50,
      othersLatencyMsP99: o.p99
    }
  })
}
