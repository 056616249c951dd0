/**
 * The framework's stdout: one JSON object per line, `time` (RFC 3339 in UTC with microseconds: the
 * analysis parses it with Python's `datetime.fromisoformat`, and one of its checks orders lines by the
 * string), `level`, `msg`, and the event's fields. Diagnostics go to stderr, never here.
 */
import { writeSync } from 'node:fs'
import { wallClockMs } from '../node/wall-clock.ts'

/** `2026-12-02T05:31:07.123456Z` for a wall-clock time in (fractional) ms. */
export function rfc3339Micros (ms: number): string {
  const whole = Math.floor(ms)
  const micros = Math.min(999, Math.floor((ms - whole) * 1000))
  return new Date(whole).toISOString().replace('Z', `${String(micros).padStart(3, '0')}Z`)
}

export function interopLine (msg: string, fields: Record<string, unknown>, ms = wallClockMs()): string {
  return JSON.stringify({ time: rfc3339Micros(ms), level: 'INFO', msg, ...fields })
}

/** Writes a line to stdout synchronously: a `process.exit` right after cannot lose it. */
export function logInterop (msg: string, fields: Record<string, unknown>): void {
  writeSync(1, interopLine(msg, fields) + '\n')
}

/** The decimal of the big-endian u64 in a message's first 8 bytes: the framework's message id. */
export function interopMessageId (data: Uint8Array): string {
  if (data.byteLength < 8) return ''
  return new DataView(data.buffer, data.byteOffset, 8).getBigUint64(0, false).toString()
}
