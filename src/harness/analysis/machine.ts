/** Whole-machine CPU and memory of the run (machine.csv) and the saturation verdict. */
import { join } from 'node:path'
import { readCsv } from './read-run.ts'
import { mean, round } from './stats.ts'
import type { AnalysisOptions } from './options.ts'
import type { MachineSummary } from './types.ts'

export interface MachineSample { tsMs: number, cpuBusyPct: number, memUsedBytes: number }

export async function readMachine (runDir: string): Promise<MachineSample[]> {
  const out: MachineSample[] = []
  for await (const r of readCsv(join(runDir, 'machine.csv'))) {
    const s = { tsMs: Number(r.ts_ms), cpuBusyPct: Number(r.cpu_busy_pct), memUsedBytes: Number(r.mem_used_bytes) }
    if (r.ts_ms !== '' && Number.isFinite(s.tsMs) && Number.isFinite(s.cpuBusyPct)) out.push(s)
  }
  return out.sort((a, b) => a.tsMs - b.tsMs)
}

export function saturationRule (o: AnalysisOptions): string {
  return `cpu_busy_pct >= ${o.saturationCpuPct} in more than ${o.saturationShare * 100} % of the machine.csv samples of the workload window`
}

/** The share (0..1) of `cpu` samples at or above the threshold; null without samples. */
function hotShare (cpu: readonly number[], o: AnalysisOptions): number | null {
  return cpu.length > 0 ? cpu.filter(c => c >= o.saturationCpuPct).length / cpu.length : null
}

/**
 * The saturation verdict looks at the workload window only (the whole run when it is unknown): the
 * latency, delivery and dissemination figures come from there, and a start-up that pegs the CPU
 * (every node handshaking at once) says nothing about them. The whole run's share is kept beside it.
 */
export function summarizeMachine (samples: readonly MachineSample[], o: AnalysisOptions, window?: { startMs: number, endMs: number }): MachineSummary {
  const cpu = samples.map(s => s.cpuBusyPct)
  const mem = samples.map(s => s.memUsedBytes).filter(Number.isFinite)
  const windowCpu = window === undefined ? cpu : samples.filter(s => s.tsMs >= window.startMs && s.tsMs <= window.endMs).map(s => s.cpuBusyPct)
  const share = hotShare(windowCpu, o)
  const wholeRunShare = hotShare(cpu, o)
  return {
    samples: samples.length,
    cpuBusyPctMax: cpu.length > 0 ? round(cpu.reduce((a, b) => Math.max(a, b)), 1) : null,
    cpuBusyPctMean: round(mean(cpu), 1),
    memUsedBytesMax: mem.length > 0 ? mem.reduce((a, b) => Math.max(a, b)) : null,
    memUsedBytesMean: mem.length > 0 ? Math.round(mean(mem) ?? 0) : null,
    verdictWindow: window ?? null,
    verdictSamples: windowCpu.length,
    verdictCpuBusyPctMean: round(mean(windowCpu), 1),
    saturated: share !== null && share > o.saturationShare,
    saturatedShare: round(share, 4),
    saturatedShareWholeRun: round(wholeRunShare, 4),
    saturatedWholeRun: wholeRunShare !== null && wholeRunShare > o.saturationShare,
    saturationRule: saturationRule(o)
  }
}
