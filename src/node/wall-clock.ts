/**
 * Wall-clock time with sub-millisecond steps, for timestamps that are compared with other
 * processes' (publish and receive times of one message on two nodes).
 *
 * `performance.now()` is sub-millisecond but drifts from the wall clock (~56 ppm measured here:
 * 0.2 s after an hour); `Date.now()` follows the wall clock but is whole milliseconds, and a 1 ms
 * step is as large as the per-hop cost an experiment measures. So the offset between the two is
 * estimated: every reading says the true offset lies in `[Date.now() - now, Date.now() + 1 - now)`,
 * the intersection of the readings narrows it (widened by the drift allowance as it ages), and the
 * middle of what is left is used. A wall clock that steps (NTP, suspend) empties the intersection,
 * which then starts over from the latest reading. At load, one busy wait (under a millisecond) for
 * Date.now() to tick pins the offset to within a microsecond at once.
 */
/** Allowed rate difference between the two clocks: 100 ppm, above the ~56 ppm measured. */
const DRIFT_ALLOWANCE = 1e-4

let low = -Infinity
let high = Infinity
let lastMono = performance.now()

/** Waits for Date.now() to tick (at most ~2 ms): the tick is a known instant on the wall clock. */
function calibrate (): void {
  let previousMono = performance.now()
  const start = Date.now()
  for (;;) {
    const mono = performance.now()
    const wall = Date.now()
    if (wall !== start) {
      // the previous reading was before the tick, this one after it
      low = wall - mono
      high = wall - previousMono
      lastMono = mono
      return
    }
    if (mono - lastMono > 2) return
    previousMono = mono
  }
}
calibrate()

export function wallClockMs (): number {
  const mono = performance.now()
  const wall = Date.now()
  const widen = (mono - lastMono) * DRIFT_ALLOWANCE
  lastMono = mono
  low = Math.max(low - widen, wall - mono)
  high = Math.min(high + widen, wall + 1 - mono)
  if (low >= high) {
    low = wall - mono
    high = wall + 1 - mono
  }
  return mono + (low + high) / 2
}
