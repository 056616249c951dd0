/**
 * go-libp2p-pubsub's `GossipSubParams` (the JSON of the framework's `initGossipSub`, go field names,
 * durations in nanoseconds) onto @libp2p/gossipsub 17's options. A field js has no knob for is
 * reported, never silently dropped: the node prints it on stderr and goes on with js's fixed value.
 */
import type { GossipsubOpts } from '@libp2p/gossipsub'

type Unit = 'count' | 'ns' | 'bytes' | 'factor'
type JsKey = keyof GossipsubOpts

interface Mapping { js?: JsKey, unit: Unit, note?: string }

/** Every field of go's GossipSubParams (script_instruction.py), with its js option or why there is none. */
export const GO_GOSSIPSUB_PARAMS: Readonly<Record<string, Mapping>> = {
  D: { js: 'D', unit: 'count' },
  Dlo: { js: 'Dlo', unit: 'count' },
  Dhi: { js: 'Dhi', unit: 'count' },
  Dscore: { js: 'Dscore', unit: 'count' },
  Dout: { js: 'Dout', unit: 'count' },
  Dlazy: { js: 'Dlazy', unit: 'count' },
  HistoryLength: { js: 'mcacheLength', unit: 'count' },
  HistoryGossip: { js: 'mcacheGossip', unit: 'count' },
  GossipFactor: { js: 'gossipFactor', unit: 'factor' },
  HeartbeatInterval: { js: 'heartbeatInterval', unit: 'ns' },
  FanoutTTL: { js: 'fanoutTTL', unit: 'ns' },
  PrunePeers: { js: 'prunePeers', unit: 'count' },
  PruneBackoff: { js: 'pruneBackoff', unit: 'ns' },
  UnsubscribeBackoff: { js: 'unsubcribeBackoff', unit: 'ns' },
  DirectConnectTicks: { js: 'directConnectTicks', unit: 'count' },
  OpportunisticGraftTicks: { js: 'opportunisticGraftTicks', unit: 'count' },
  OpportunisticGraftPeers: { js: 'opportunisticGraftPeers', unit: 'count' },
  GraftFloodThreshold: { js: 'graftFloodThreshold', unit: 'ns' },
  IWantFollowupTime: { js: 'gossipsubIWantFollowupMs', unit: 'ns' },
  IDontWantMessageThreshold: { js: 'idontwantMinDataSize', unit: 'bytes' },
  MaxIDontWantMessages: { js: 'idontwantMaxMessages', unit: 'count', note: 'js: IDONTWANT ids kept per peer per heartbeat, go: per heartbeat too' },
  // applied after start by rescheduling the first heartbeat (interop-node.ts), not a constructor option
  HeartbeatInitialDelay: { unit: 'ns', note: 'applied: the first heartbeat is rescheduled after start' },
  GossipRetransmission: { unit: 'count', note: 'js: fixed at 3' },
  SlowHeartbeatWarning: { unit: 'factor', note: 'js: no slow-heartbeat warning' },
  Connectors: { unit: 'count', note: 'js: no peer-exchange connector pool' },
  MaxPendingConnections: { unit: 'count', note: 'js: no peer-exchange connector pool' },
  ConnectionTimeout: { unit: 'ns', note: 'js: no peer-exchange connector pool' },
  DirectConnectInitialDelay: { unit: 'ns', note: 'js: fixed at 1 s' },
  MaxIHaveLength: { unit: 'count', note: 'js: fixed at 5 000' },
  MaxIHaveMessages: { unit: 'count', note: 'js: fixed at 10' },
  MaxIDontWantLength: { unit: 'count', note: 'js: only a decoding bound (decodeRpcLimits)' },
  IDontWantMessageTTL: { unit: 'count', note: 'js: IDONTWANT entries are pruned after mcacheLength heartbeats' }
}

/**
 * go's defaults where they differ from js's, applied first so that a scenario that leaves a field
 * out runs what the go, rust and nim nodes run.
 */
export const GO_DEFAULTS: Partial<GossipsubOpts> = { Dlo: 5, idontwantMinDataSize: 1024 }

export interface MappedParams {
  options: Partial<GossipsubOpts>
  /** the first heartbeat's delay, ms, when the scenario sets one */
  heartbeatInitialDelayMs?: number
  /** `Field: why` for each field given that js cannot honour */
  unsupported: string[]
  /** fields that are not GossipSubParams at all */
  unknown: string[]
}

export function mapGossipSubParams (params: Record<string, number>): MappedParams {
  const options: Record<string, number> = { ...GO_DEFAULTS } as Record<string, number>
  const unsupported: string[] = []
  const unknown: string[] = []
  let heartbeatInitialDelayMs: number | undefined
  for (const [field, value] of Object.entries(params)) {
    const mapping = GO_GOSSIPSUB_PARAMS[field]
    if (mapping == null) {
      unknown.push(field)
      continue
    }
    const converted = mapping.unit === 'ns' ? value / 1e6 : value
    if (field === 'HeartbeatInitialDelay') heartbeatInitialDelayMs = converted
    else if (mapping.js != null) options[mapping.js] = converted
    else unsupported.push(`${field}: ${mapping.note ?? 'no js counterpart'}`)
  }
  return { options: options as Partial<GossipsubOpts>, heartbeatInitialDelayMs, unsupported, unknown }
}
