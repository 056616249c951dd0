/** Order statistics on plain number arrays. Quantiles interpolate linearly between ranks (R type 7, numpy's default). */
import type { Quantiles } from './types.ts'

export function sortedCopy (values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort()
}

/** q in [0, 1] of an ascending array; null when empty. */
export function quantileSorted (sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length
  if (n === 0) return null
  const pos = (n - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.min(lo + 1, n - 1)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

export function quantiles (values: ArrayLike<number>): Quantiles {
  const s = sortedCopy(values)
  return {
    count: s.length,
    p50: round(quantileSorted(s, 0.5)),
    p90: round(quantileSorted(s, 0.9)),
    p99: round(quantileSorted(s, 0.99)),
    max: s.length === 0 ? null : round(s[s.length - 1])
  }
}

export function mean (values: ArrayLike<number>): number | null {
  if (values.length === 0) return null
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]
  return sum / values.length
}

/** Rounds to 3 decimals (µs for ms figures) so files stay readable and diffs stable. */
export function round (v: number | null, digits = 3): number | null {
  if (v === null || !Number.isFinite(v)) return null
  const f = 10 ** digits
  return Math.round(v * f) / f
}

export function ratio (num: number, den: number): number | null {
  return den > 0 ? round(num / den, 6) : null
}
