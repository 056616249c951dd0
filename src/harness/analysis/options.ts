/** Every tunable of the analysis with its default, in one place. */
export interface AnalysisOptions {
  /**
   * A message published within this many ms before a fault starts or after it ends is not
   * "fault-free": the mesh needs a few heartbeats (1 s each) to notice and repair. Default 5000.
   */
  faultMarginMs: number
  /** A machine sample at or above this CPU busy percentage (of all cores) counts as saturated. Default 90. */
  saturationCpuPct: number
  /** The run is flagged saturated when more than this share (0..1) of the workload window's samples is saturated. Default 0.1. */
  saturationShare: number
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  faultMarginMs: 5000,
  saturationCpuPct: 90,
  saturationShare: 0.1
}

export interface PlotOptions {
  /** Pixel width/height of each chart's plotting area (the PNG is larger: axes, legend, scale). */
  width: number
  height: number
  /** Device pixels per chart pixel. Default 2, crisp on high-density screens and in print. */
  scale: number
  /** Most points one line gets; longer series are reduced to quantiles or buckets. Default 400. */
  maxPoints: number
}

export const DEFAULT_PLOT_OPTIONS: PlotOptions = {
  width: 640,
  height: 320,
  scale: 2,
  maxPoints: 400
}
