/** A run's headline figures as the CLI prints them after `experiment run`, `collect` and each run of a sweep. */
import type { RunSummary } from '../harness/analysis/index.ts'
import type { ClassSummary } from '../harness/analysis/types.ts'

export function summaryLines (s: RunSummary): string {
  const pct = (x: number | null): string => x == null ? 'n/a' : `${(x * 100).toFixed(3)} %`
  const ms = (x: number | null): string => x == null ? 'n/a' : `${x.toFixed(1)} ms`
  const line = (what: string, c: ClassSummary): string =>
    `${what}: delivery ${pct(c.deliveryRatio)} (within 1 s ${pct(c.within1s)}), latency p50 ${ms(c.latencyMs.p50)} p99 ${ms(c.latencyMs.p99)}, ` +
    `latency/shortest path p50 ${c.latencyOverShortestPath.p50?.toFixed(2) ?? 'n/a'}, per-hop overhead p50 ${ms(c.perHopOverheadMs.p50)} p99 ${ms(c.perHopOverheadMs.p99)}`
  const { faultFree, faultWindows, all } = s.byFaultClass
  // with faults, a partition's wait must not read as the implementation's latency
  return faultWindows.messages > 0
    ? [line('fault-free', faultFree), line('fault windows', faultWindows)].join('\n')
    : line('all messages', all)
}
