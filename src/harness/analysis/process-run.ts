/** analyze -> plot -> report in one call: what `p2p-chat experiment plot` after a run needs. */
import { analyzeRun } from './analyze.ts'
import { plotRun } from '../plots/index.ts'
import { writeReport } from '../report.ts'
import type { AnalysisOptions, PlotOptions } from './options.ts'
import type { RunSummary } from './types.ts'

export interface ProcessedRun { summary: RunSummary, plots: string[], report: string }

export async function processRun (runDir: string, options: { analysis?: Partial<AnalysisOptions>, plots?: Partial<PlotOptions> } = {}): Promise<ProcessedRun> {
  const summary = await analyzeRun(runDir, options.analysis)
  const plots = await plotRun(runDir, options.plots)
  const report = await writeReport(runDir)
  return { summary, plots, report }
}
