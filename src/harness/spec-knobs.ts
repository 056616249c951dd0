/**
 * The parts of an experiment spec that set what each node is: its protocol knobs (`protocol:`), its
 * link rates (`links.bandwidth`) and whether it is an adversary (`adversaries:`). Their types,
 * schemas and checks; src/harness/spec.ts puts them into the whole spec.
 */
import { ChatError } from '../node/errors.ts'
import { DEFAULT_GOSSIPSUB_KNOBS, GossipsubKnobError, resolveGossipsubKnobs } from '../node/gossipsub-knobs.ts'
import type { GossipsubKnobs } from '../node/gossipsub-knobs.ts'
import { DEFAULT_CONNECTION_LIMITS, DEFAULT_DISCOVERY_TARGET_PEERS } from '../node/options.ts'
import { NODE_CLASS_PRESETS } from './regions.ts'

export class SpecError extends ChatError {
  static name = 'SpecError'
  static culpritFirst = true

  constructor (message: string) {
    super(message)
  }
}

/** A node's link rates, Mbit/s; a direction left out is not capped. */
export interface BandwidthCap { uplinkMbps?: number, downlinkMbps?: number }

/** What a spec's `protocol:` sets per node: gossipsub's knobs and the ones that shape the topology. */
export interface ProtocolKnobs extends GossipsubKnobs {
  /** random walks run while a node has fewer connections */
  targetPeers: number
  /** connection trimming: from above highWater down to lowWater */
  lowWater: number
  highWater: number
}

export const DEFAULT_PROTOCOL_KNOBS: Readonly<ProtocolKnobs> = Object.freeze({
  ...DEFAULT_GOSSIPSUB_KNOBS,
  targetPeers: DEFAULT_DISCOVERY_TARGET_PEERS,
  lowWater: DEFAULT_CONNECTION_LIMITS.lowWater,
  highWater: DEFAULT_CONNECTION_LIMITS.highWater
})

/** The spec's `protocol`: every node's knobs, and per group those that differ; complete once validated. */
export interface ProtocolSpec { default: ProtocolKnobs, groups: Record<string, ProtocolKnobs> }

export interface BandwidthSpec { default?: BandwidthCap, groups?: Record<string, BandwidthCap>, classes?: string }

export type AdversarySpec =
  | { role: 'silent', count: number }
  /** drops the messages of node `target` (default: the first publisher) */
  | { role: 'censor', count: number, target?: number }
  /** `ratePerS` messages a second of its own, valid chat lines or (`invalid`) junk every receiver rejects */
  | { role: 'spammer', count: number, ratePerS: number, invalid: boolean }
  /** silent sybils that dial node `target` and keep their connections to it (default: the first honest node that neither bootstraps nor publishes) */
  | { role: 'eclipse', count: number, target?: number }

const mbps = { type: 'number', exclusiveMinimum: 0, maximum: 100_000 } as const
const bandwidthCap = { type: 'object', additionalProperties: false, properties: { uplinkMbps: mbps, downlinkMbps: mbps } } as const

const degree = { type: 'integer', minimum: 0, maximum: 1000 } as const
const durationMs = { type: 'number', minimum: 0, maximum: 86_400_000 } as const
/** `protocol.default` and each `protocol.groups.NAME`: no schema defaults, the node's are filled in by checkConsistency */
export const PROTOCOL_KNOBS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    D: degree,
    Dlo: degree,
    Dhi: degree,
    Dscore: degree,
    Dout: degree,
    Dlazy: degree,
    heartbeatIntervalMs: durationMs,
    mcacheLength: degree,
    mcacheGossip: degree,
    fanoutTTLMs: durationMs,
    seenTTLMs: durationMs,
    floodPublish: { type: 'boolean' },
    idontwant: { type: 'boolean' },
    idontwantMinBytes: { type: 'integer', minimum: 0 },
    opportunisticGraft: { type: 'boolean' },
    scoring: { enum: ['chat-room', 'off'] },
    validationDelayMs: { type: 'number', minimum: 0, maximum: 10_000 },
    targetPeers: degree,
    lowWater: degree,
    highWater: degree
  }
} as const

/** `links.bandwidth` */
export const BANDWIDTH_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { default: bandwidthCap, groups: { type: 'object', additionalProperties: bandwidthCap }, classes: { enum: Object.keys(NODE_CLASS_PRESETS) } }
} as const

export const ADVERSARIES_SCHEMA = {
  type: 'array',
  default: [],
  items: {
    type: 'object',
    required: ['role', 'count'],
    discriminator: { propertyName: 'role' },
    oneOf: [
      { additionalProperties: false, properties: { role: { const: 'silent' }, count: { type: 'integer', minimum: 0, maximum: 1000 } } },
      { additionalProperties: false, properties: { role: { const: 'censor' }, count: { type: 'integer', minimum: 0, maximum: 1000 }, target: { type: 'integer', minimum: 0 } } },
      { additionalProperties: false, properties: { role: { const: 'eclipse' }, count: { type: 'integer', minimum: 0, maximum: 1000 }, target: { type: 'integer', minimum: 0 } } },
      { additionalProperties: false, properties: { role: { const: 'spammer' }, count: { type: 'integer', minimum: 0, maximum: 1000 }, ratePerS: { type: 'number', exclusiveMinimum: 0, maximum: 10_000, default: 10 }, invalid: { type: 'boolean', default: true } } }
    ]
  }
}

/** Rate caps are per namespace: they need the netns runner and one node per namespace. */
export function checkBandwidth (b: BandwidthSpec | undefined, groups: Set<string>, runner: string, perProcess: number): void {
  if (b == null) return
  if (b.classes != null && (b.default != null || b.groups != null)) throw new SpecError('links.bandwidth.classes: give either classes or default/groups, not both')
  for (const name of Object.keys(b.groups ?? {})) if (!groups.has(name)) throw new SpecError(`links.bandwidth.groups.${name}: no group named ${JSON.stringify(name)}`)
  if (runner !== 'netns') throw new SpecError('links.bandwidth: needs runner: netns (loopback has no links to cap)')
  if (perProcess !== 1) throw new SpecError(`links.bandwidth: needs nodes.perProcess: 1 (a cap is per namespace, and ${perProcess} nodes would share one)`)
}

/** Caps per link (`links.default.bandwidthMbps`, `links.groups[i].bandwidthMbps`) shape a node's own egress: netns, one node per namespace. */
export function checkLinkCaps (links: { default: { bandwidthMbps?: number }, groups: Array<{ bandwidthMbps?: number }> }, runner: string, perProcess: number): void {
  const at = links.default.bandwidthMbps != null ? 'links.default.bandwidthMbps' : links.groups.findIndex(g => g.bandwidthMbps != null) >= 0 ? `links.groups[${links.groups.findIndex(g => g.bandwidthMbps != null)}].bandwidthMbps` : undefined
  if (at === undefined) return
  if (runner !== 'netns') throw new SpecError(`${at}: needs runner: netns (loopback has no links to cap)`)
  if (perProcess !== 1) throw new SpecError(`${at}: needs nodes.perProcess: 1 (a cap is on a namespace's link, and ${perProcess} nodes would share it)`)
}

/** Adversaries and publishers both come from the non-bootstrap nodes, apart; a censor's or an eclipse's target exists. */
export function checkAdversaries (adversaries: AdversarySpec[], nodes: number, nonBootstrap: number, publishers: number): void {
  const count = adversaries.reduce((n, a) => n + a.count, 0)
  if (count > 0 && count + publishers > nonBootstrap) {
    throw new SpecError(`adversaries: ${count} adversaries and ${publishers} publishers need ${count + publishers} non-bootstrap nodes, there are ${nonBootstrap}`)
  }
  adversaries.forEach((a, i) => {
    if ((a.role === 'censor' || a.role === 'eclipse') && a.target != null && a.target >= nodes) throw new SpecError(`adversaries[${i}].target: node ${a.target} does not exist (nodes.count is ${nodes})`)
  })
}

function completeKnobs (at: string, given: Partial<ProtocolKnobs>): ProtocolKnobs {
  const { targetPeers, lowWater, highWater, ...gossipsub } = given
  let knobs: GossipsubKnobs
  try {
    knobs = resolveGossipsubKnobs(gossipsub)
  } catch (err) {
    if (err instanceof GossipsubKnobError) throw new SpecError(`${at}.${err.message}`)
    throw err
  }
  const topology = { targetPeers: targetPeers ?? DEFAULT_PROTOCOL_KNOBS.targetPeers, lowWater: lowWater ?? DEFAULT_PROTOCOL_KNOBS.lowWater, highWater: highWater ?? DEFAULT_PROTOCOL_KNOBS.highWater }
  if (topology.lowWater > topology.highWater) throw new SpecError(`${at}.lowWater: ${topology.lowWater} must be <= highWater (${topology.highWater})`)
  return { ...knobs, ...topology }
}

/** `protocol` completed: the default's knobs filled in, each group's from the default and its own. */
export function resolveProtocol (protocol: { default: Partial<ProtocolKnobs>, groups: Record<string, Partial<ProtocolKnobs>> }, groups: Set<string>): ProtocolSpec {
  const given = protocol.default
  const out: ProtocolSpec = { default: completeKnobs('protocol.default', given), groups: {} }
  for (const [name, own] of Object.entries(protocol.groups)) {
    if (!groups.has(name)) throw new SpecError(`protocol.groups.${name}: no group named ${JSON.stringify(name)}`)
    // what the spec gave, not the completed default: a group's own D re-derives the degrees neither names
    out.groups[name] = completeKnobs(`protocol.groups.${name}`, { ...given, ...own })
  }
  return out
}

/** The knobs of a group's nodes. */
export function protocolOf (protocol: ProtocolSpec, group: string): ProtocolKnobs {
  return protocol.groups[group] ?? protocol.default
}
