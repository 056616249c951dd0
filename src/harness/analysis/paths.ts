/**
 * The physical limit: one-way delays over the emulated link matrix. A delivery's path delay is the
 * sum of configured link delays along the hops it took; its shortest path is the least such sum
 * over any route (Dijkstra on the dense matrix, O(n²) per publisher: 250 nodes take microseconds).
 * Jitter is zero-mean around the configured delay, so neither figure includes it.
 */

export type DelayMatrix = ReadonlyArray<ReadonlyArray<number | null>>

const linkDelay = (m: DelayMatrix, from: number, to: number): number => {
  const d = m[from]?.[to]
  return typeof d === 'number' && Number.isFinite(d) && d >= 0 ? d : Infinity
}

/** Shortest one-way delay from `source` to every node; Infinity where unreachable. */
export function shortestDelaysFrom (m: DelayMatrix, source: number): Float64Array {
  const n = m.length
  const dist = new Float64Array(n).fill(Infinity)
  const done = new Uint8Array(n)
  dist[source] = 0
  for (let round = 0; round < n; round++) {
    let u = -1
    for (let i = 0; i < n; i++) if (done[i] === 0 && (u === -1 || dist[i] < dist[u])) u = i
    if (u === -1 || dist[u] === Infinity) break
    done[u] = 1
    for (let v = 0; v < n; v++) {
      const alt = dist[u] + linkDelay(m, u, v)
      if (alt < dist[v]) dist[v] = alt
    }
  }
  return dist
}

/** Caches one Dijkstra per source, since every publisher's messages share it. */
export class ShortestPaths {
  private readonly matrix: DelayMatrix
  private readonly cache = new Map<number, Float64Array>()

  constructor (matrix: DelayMatrix) {
    this.matrix = matrix
  }

  delay (from: number, to: number): number {
    let d = this.cache.get(from)
    if (d === undefined) {
      d = shortestDelaysFrom(this.matrix, from)
      this.cache.set(from, d)
    }
    return d[to] ?? Infinity
  }
}

/** Sum of link delays along a path of node indices; Infinity when a step has no link. */
export function pathDelay (m: DelayMatrix, path: readonly number[]): number {
  let sum = 0
  for (let i = 1; i < path.length; i++) sum += linkDelay(m, path[i - 1], path[i])
  return sum
}
