/**
 * The spec's `workload:`: how many nodes publish (in all or per group), when (at a constant rate or
 * in bursts), and how large each message is (one size, or sizes drawn by weight). Its type, schema
 * and checks, and the draws the plan makes from it; src/harness/spec.ts puts it into the whole spec
 * and src/harness/plan.ts into the plan.
 */
import { DEFAULT_VALIDATION_LIMITS } from '../node/options.ts'
import type { PlannedNode } from './node-layout.ts'
import { SpecError } from './spec-knobs.ts'

/** One size of a size distribution: `bytes` of text, drawn with probability weight / (sum of weights). */
export interface PayloadSize { bytes: number, weight: number }

/**
 * When messages are published. `constant`: every 1 / ratePerS s. `bursts`: `size` messages every
 * `everyS` s, `spacingMs` apart within a burst (0: back to back); the mean rate is size / everyS.
 */
export type PublishPattern = 'constant' | { kind: 'bursts', everyS: number, size: number, spacingMs: number }

export interface WorkloadSpec {
  /** how many nodes publish (chosen with the seed, never a bootstrap node when others exist); default min(10, nodes.count), or the sum of publishersByGroup */
  publishers: number
  /** publishers per group, each drawn with the seed from the group's non-bootstrap nodes; a group not named has none */
  publishersByGroup?: Record<string, number>
  /** messages per second, all publishers together; with bursts, their mean rate */
  ratePerS: number
  /** text bytes per message: one size, or sizes drawn by weight */
  payloadBytes: number | PayloadSize[]
  pattern: PublishPattern
  durationS: number
  /** after every node is up, before the first message: the mesh forms */
  warmupS: number
  /** after the last message, for stragglers */
  cooldownS: number
}

/** The largest message a workload may publish, bytes of text (the nodes' text limit is raised to fit). */
export const MAX_PAYLOAD_BYTES = 64 * 1024
const MAX_RATE_PER_S = 10_000
const DEFAULT_PUBLISHERS = 10
const DEFAULT_RATE_PER_S = 2

const payloadBytes = { type: 'integer', minimum: 1, maximum: MAX_PAYLOAD_BYTES } as const

export const WORKLOAD_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    publishers: { type: 'integer', minimum: 1 },
    publishersByGroup: { type: 'object', additionalProperties: { type: 'integer', minimum: 0, maximum: 1000 } },
    // no schema default: with bursts the rate is theirs, and a rate the spec gives must agree (checkWorkload)
    ratePerS: { type: 'number', exclusiveMinimum: 0, maximum: MAX_RATE_PER_S },
    // one size, or a list of sizes with weights: the keywords of each type apply to that type only
    payloadBytes: {
      type: ['integer', 'array'],
      default: 64,
      minimum: 1,
      maximum: MAX_PAYLOAD_BYTES,
      minItems: 1,
      maxItems: 64,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['bytes'],
        properties: { bytes: payloadBytes, weight: { type: 'number', exclusiveMinimum: 0, maximum: 1_000_000, default: 1 } }
      }
    },
    pattern: {
      default: 'constant',
      if: { type: 'string' },
      then: { enum: ['constant', 'bursts'] },
      else: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'everyS', 'size'],
        properties: {
          kind: { enum: ['bursts'] },
          everyS: { type: 'number', exclusiveMinimum: 0, maximum: 86_400 },
          size: { type: 'integer', minimum: 1, maximum: 100_000 },
          spacingMs: { type: 'number', minimum: 0, maximum: 60_000, default: 0 }
        }
      }
    },
    durationS: { type: 'number', exclusiveMinimum: 0, maximum: 86_400, default: 60 },
    warmupS: { type: 'number', minimum: 0, maximum: 3600, default: 15 },
    cooldownS: { type: 'number', minimum: 0, maximum: 3600, default: 5 }
  }
} as const

/**
 * What the schema cannot say, and the defaults that depend on other fields: the publishers (in all
 * and per group) against the nodes there are, the rate against the bursts, the sizes unique.
 * `nodes` is the spec's layout (node-layout.ts), bootstrap nodes marked.
 */
export function checkWorkload (w: WorkloadSpec, nodes: readonly PlannedNode[]): void {
  const fail = (msg: string): never => { throw new SpecError(msg) }
  if ((w.pattern as unknown) === 'bursts') fail('workload.pattern: bursts need their shape: { kind: bursts, everyS, size, spacingMs }')
  if (typeof w.pattern === 'object') {
    const { everyS, size, spacingMs } = w.pattern
    const lastMs = (size - 1) * spacingMs
    if (lastMs >= everyS * 1000) fail(`workload.pattern.spacingMs: a burst of ${size} messages ${spacingMs} ms apart lasts ${lastMs} ms, not less than everyS (${everyS} s): bursts would overlap`)
    const mean = size / everyS
    if (mean > MAX_RATE_PER_S) fail(`workload.pattern: size / everyS is ${mean} messages a second, at most ${MAX_RATE_PER_S}`)
    if (w.ratePerS !== undefined && Math.abs(w.ratePerS - mean) > 1e-9 * mean) {
      fail(`workload.ratePerS: ${w.ratePerS} disagrees with the bursts' mean rate (size / everyS = ${mean}); leave it out or make it agree`)
    }
    w.ratePerS ??= mean
  }
  w.ratePerS ??= DEFAULT_RATE_PER_S

  if (Array.isArray(w.payloadBytes)) {
    const seen = new Set<number>()
    w.payloadBytes.forEach((s, i) => {
      if (seen.has(s.bytes)) fail(`workload.payloadBytes[${i}].bytes: ${s.bytes} is listed twice`)
      seen.add(s.bytes)
    })
  }

  const byGroup = w.publishersByGroup
  if (byGroup != null) {
    let sum = 0
    for (const [group, count] of Object.entries(byGroup)) {
      const members = nodes.filter(n => n.group === group)
      if (members.length === 0) fail(`workload.publishersByGroup.${group}: no group named ${JSON.stringify(group)}`)
      const candidates = members.filter(n => !n.bootstrap).length
      if (count > candidates) fail(`workload.publishersByGroup.${group}: ${count} publishers, but group ${group} has ${candidates} non-bootstrap node${candidates === 1 ? '' : 's'}`)
      sum += count
    }
    if (sum === 0) fail('workload.publishersByGroup: names no publisher (the counts add up to 0)')
    if (w.publishers !== undefined && w.publishers !== sum) fail(`workload.publishers: ${w.publishers} disagrees with workload.publishersByGroup (${sum} in all); give one, or make them agree`)
    w.publishers = sum
  }
  w.publishers ??= Math.min(DEFAULT_PUBLISHERS, nodes.length)
  if (w.publishers > nodes.length) fail(`workload.publishers: must be at most nodes.count (${nodes.length})`)
}

/** The largest text a workload publishes, bytes. */
export function largestPayload (w: Pick<WorkloadSpec, 'payloadBytes'>): number {
  return Array.isArray(w.payloadBytes) ? Math.max(...w.payloadBytes.map(s => s.bytes)) : w.payloadBytes
}

/**
 * The text limit every node of a run gets: the room's default, or the largest message the
 * workload publishes when that is larger (a node refuses, and does not forward, a longer text).
 */
export function maxTextBytesOf (w: Pick<WorkloadSpec, 'payloadBytes'>): number {
  return Math.max(DEFAULT_VALIDATION_LIMITS.maxTextBytes, largestPayload(w))
}

/** The publish times, ms after the workload starts, in order. */
export function publishTimes (w: Pick<WorkloadSpec, 'pattern' | 'ratePerS' | 'durationS'>): number[] {
  const endMs = w.durationS * 1000
  const out: number[] = []
  if (w.pattern === 'constant') {
    // summed, not multiplied: the times every spec before bursts was planned with
    const intervalMs = 1000 / w.ratePerS
    for (let t = 0; t < endMs; t += intervalMs) out.push(Math.round(t))
    return out
  }
  if (typeof w.pattern !== 'object') return out
  const { everyS, size, spacingMs } = w.pattern
  for (let burst = 0; burst * everyS * 1000 < endMs; burst++) {
    for (let j = 0; j < size; j++) {
      const t = burst * everyS * 1000 + j * spacingMs
      // a burst the workload's end cuts is cut: no message is published after durationS
      if (t < endMs) out.push(Math.round(t))
    }
  }
  return out
}

const sizeText = (bytes: number): string => bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} B`

/** The message sizes as the report's setup table says them: "64 B", or "1 KiB 80 %, 16 KiB 20 % (by weight)". */
export function sizesText (sizes: unknown): string {
  if (typeof sizes === 'number') return sizeText(sizes)
  if (!Array.isArray(sizes) || sizes.length === 0) return 'n/a'
  const list = sizes.map(s => ({ bytes: Number(s?.bytes), weight: Number(s?.weight ?? 1) }))
  const total = list.reduce((a, s) => a + s.weight, 0)
  return `${list.map(s => `${sizeText(s.bytes)} ${Number((100 * s.weight / total).toFixed(1))} %`).join(', ')} (drawn by weight)`
}

/** The publish pattern as the report says it: "constant rate", or "bursts of 10 every 5 s, 20 ms apart". */
export function patternText (pattern: unknown): string {
  if (pattern === undefined || pattern === 'constant') return 'constant rate'
  if (typeof pattern !== 'object' || pattern === null) return String(pattern)
  const p = pattern as Record<string, unknown>
  const spacing = Number(p.spacingMs ?? 0)
  return `bursts of ${String(p.size)} every ${String(p.everyS)} s, ${spacing === 0 ? 'back to back' : `${spacing} ms apart`}`
}

/** `publishersByGroup` as the report says it: "a 3, b 0"; undefined without it. */
export function byGroupText (byGroup: unknown): string | undefined {
  if (typeof byGroup !== 'object' || byGroup === null) return undefined
  return Object.entries(byGroup).map(([g, n]) => `${g} ${String(n)}`).join(', ')
}
