/** Run analysis: traces, topology and metrics of a run directory -> CSVs and summary.json. */
export { analyzeRun, summaryOf, SUMMARY_FORMAT, DELIVERY_COLUMNS, MESSAGE_COLUMNS } from './analyze.ts'
export { RunDirError } from './errors.ts'
export { DEFAULT_ANALYSIS_OPTIONS, DEFAULT_PLOT_OPTIONS } from './options.ts'
export type { AnalysisOptions, PlotOptions } from './options.ts'
export type { RunSummary, Topology, Manifest, Fault, Quantiles, MachineSummary } from './types.ts'
