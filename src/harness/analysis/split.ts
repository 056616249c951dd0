/**
 * The headline figures split by what the network was doing: messages published clear of every
 * fault window (fault-free) against those published in or near one, and, with groups, deliveries
 * inside a group against those across groups. A partition's 10 s must show as the partition's,
 * not as the implementation's latency or per-hop cost.
 */
import { quantileSorted, quantiles, ratio, round, sortedCopy } from './stats.ts'
import type { ClassSummary, GroupPairSummary } from './types.ts'

/** Per-delivery distributions of one class of deliveries. */
export class Distributions {
  latency: number[] = []
  overShortest: number[] = []
  overhead: number[] = []
  shortest: number[] = []

  add (latency: number, shortest: number, overhead: number): void {
    if (Number.isFinite(latency)) {
      this.latency.push(latency)
      if (Number.isFinite(shortest) && shortest > 0) this.overShortest.push(latency / shortest)
    }
    if (Number.isFinite(shortest)) this.shortest.push(shortest)
    if (Number.isFinite(overhead)) this.overhead.push(overhead)
  }
}

/** Per-message totals of one class of messages. */
export class MessageTotals {
  messages = 0
  expected = 0
  reached = 0
  within1s = 0
  within5s = 0
  t50: number[] = []
  t100: number[] = []

  /** `latencies`: of the expected receivers that got the message. */
  add (expected: number, latencies: readonly number[], t50: number, t100: number): void {
    this.messages++
    this.expected += expected
    this.reached += latencies.length
    this.within1s += latencies.filter(l => l <= 1000).length
    this.within5s += latencies.filter(l => l <= 5000).length
    if (Number.isFinite(t50)) this.t50.push(t50)
    if (Number.isFinite(t100)) this.t100.push(t100)
  }
}

const p50 = (v: number[]): number | null => round(quantileSorted(sortedCopy(v), 0.5))

export function classSummary (d: Distributions, m: MessageTotals): ClassSummary {
  return {
    messages: m.messages,
    deliveryRatio: ratio(m.reached, m.expected),
    within1s: ratio(m.within1s, m.expected),
    within5s: ratio(m.within5s, m.expected),
    latencyMs: quantiles(d.latency),
    latencyOverShortestPath: quantiles(d.overShortest),
    perHopOverheadMs: quantiles(d.overhead),
    t50MsP50: p50(m.t50),
    t100MsP50: p50(m.t100)
  }
}

/** "a" inside a group, "a ↔ b" across (links are symmetric, so the order does not matter). */
export function pairKey (from: string, to: string): string {
  return from === to ? from : [from, to].sort().join(' ↔ ')
}

export function groupPairSummaries (pairs: ReadonlyMap<string, Distributions>): GroupPairSummary[] {
  return [...pairs.entries()]
    .sort(([a], [b]) => Number(a.includes('↔')) - Number(b.includes('↔')) || a.localeCompare(b))
    .map(([pair, d]) => ({
      pair,
      inside: !pair.includes('↔'),
      deliveries: d.latency.length,
      latencyMs: quantiles(d.latency),
      shortestPathMsP50: p50(d.shortest),
      latencyOverShortestPath: quantiles(d.overShortest),
      perHopOverheadMs: quantiles(d.overhead)
    }))
}
