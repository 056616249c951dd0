/** The q-quantile of an ascending array (the lower one where it falls between two samples). */
export function quantile (sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
