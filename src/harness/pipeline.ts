/**
 * The one chain from a run directory to its report, which `experiment run`, `experiment plot` and the
 * tests all go through: the figures first (from the run's Prometheus data and traces, from the
 * traces alone, or the stored summary.json where it is current), then the plots, then the report.
 */
import { analyzeRun, summaryOf } from './analysis/index.ts'
import type { AnalysisOptions, PlotOptions, RunSummary } from './analysis/index.ts'
import { collectRun } from './collect.ts'
import { plotRun } from './plots/index.ts'
import { writeReport } from './report.ts'

export interface ProcessedRun { summary: RunSummary, plots: string[], report: string }

export interface PipelineOptions {
  /**
   * Where the figures come from. `collect`: export metrics.csv from the run's Prometheus data, then
   * analyse (the end of `experiment run`); `analyse` (default): re-analyse the traces; `stored`: use
   * summary.json unless it is missing or older than the traces (`experiment plot`).
   */
  figures?: 'collect' | 'analyse' | 'stored'
  analysis?: Partial<AnalysisOptions>
  plots?: Partial<PlotOptions>
}

export async function processRun (runDir: string, options: PipelineOptions = {}): Promise<ProcessedRun> {
  const figures = options.figures ?? 'analyse'
  const summary = figures === 'collect'
    ? (await collectRun(runDir)).summary
    : figures === 'analyse' ? await analyzeRun(runDir, options.analysis) : undefined
  const plots = await plotRun(runDir, options.plots)
  const report = await writeReport(runDir)
  // plotRun re-analyses a stale summary.json itself, so after it the stored summary is current
  return { summary: summary ?? await summaryOf(runDir), plots, report }
}
