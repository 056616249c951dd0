/**
 * Wall-clock time with sub-millisecond steps, for receive timestamps that are compared with other
 * processes' send times. `performance.timeOrigin + performance.now()` drifts from the wall clock
 * by the monotonic clock's rate difference (~56 ppm measured here: 0.2 s after an hour), so the
 * monotonic clock is re-anchored to `Date.now()` every second.
 */
const REANCHOR_MS = 1_000

let anchorWall = Date.now()
let anchorMono = performance.now()

export function wallClockMs (): number {
  const mono = performance.now()
  if (mono - anchorMono > REANCHOR_MS) {
    anchorWall = Date.now()
    anchorMono = performance.now()
    return anchorWall
  }
  return anchorWall + (mono - anchorMono)
}
