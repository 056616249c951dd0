/**
 * Options of the direct-message service, with their defaults in one place (`DEFAULT_DM_OPTIONS`).
 */
import type { PeerId } from '@libp2p/interface'
import { DEFAULT_NICK, DEFAULT_VALIDATION_LIMITS, DM_POLICIES } from '../options.ts'
import type { DmPolicy, ValidationLimits } from '../options.ts'
import { DEFAULT_MAX_TRACKED_PEERS } from '../peer-rate-limit.ts'

export const DM_PROTOCOL = '/p2p-chat/dm/1.0.0'

export { DM_POLICIES }
export type { DmPolicy }

export interface DirectMessagesOptions {
  /** Protocol id. Default: `/p2p-chat/dm/1.0.0`. */
  protocol: string
  /** Nickname put into every DM payload sent. Default: `anon`. */
  nick: string
  /** The room's payload rules, applied to DMs both ways. Default: `DEFAULT_VALIDATION_LIMITS`. */
  limits: ValidationLimits
  /** Read at every inbound DM, so the node can change it at run time. Default: `() => 'all'`. */
  policy: () => DmPolicy
  /**
   * Whether `peer` is in our room, for policy `room`; may wait (up to the node's own bound) for a
   * fresh connection's subscription to arrive, and must settle when `signal` aborts.
   * Default: nobody is (policy `room` then refuses everyone).
   */
  isRoomPeer: (peer: PeerId, signal: AbortSignal) => Promise<boolean>
  /** Whether `peer` is in our room now, without waiting: who gets the slots strangers may not take. Default: nobody. */
  isRoomPeerNow: (peer: PeerId) => boolean
  /** Largest DirectMessage frame accepted, bytes (a 2 KiB text plus key, signature, framing fits). Default: 4096. */
  maxMessageBytes: number
  /** Inbound DMs per peer per minute (token bucket, bursts up to the same number). Default: 20. */
  perPeerPerMinute: number
  /** Peers whose buckets are kept; beyond it the longest idle one is forgotten. Default: 1024. */
  maxTrackedPeers: number
  /** Inbound DM streams per connection at once. Default: 2. */
  maxInboundStreams: number
  /** Outbound DM streams per connection at once (sends to a peer run one at a time). Default: 2. */
  maxOutboundStreams: number
  /** Inbound DM exchanges at once, node-wide; beyond it a DM is answered `rate_limited`. Default: 32. */
  maxConcurrentInbound: number
  /**
   * Of those, exchanges with peers not in our room now, at most. Measured without it: a DM flood from
   * 32 fresh identities (test/attacks.test.ts, dm-flood) held all 32 slots, each for the 2 s a stranger
   * is waited for, and a room peer's DMs got `rate_limited` 6-9 times in 10. Default: 16.
   */
  maxStrangerInbound: number
  /** Strangers waited for at once (their room subscription may still be on its way); beyond it refused at once. Default: 8. */
  maxMembershipWaits: number
  /** Deadline of one exchange (dial, request, ack), on both sides, ms. Default: 10 000. */
  timeoutMs: number
  /** Sends to one peer waiting or in flight at most; beyond it `send` rejects at once (`queue_full`). Default: 8. */
  maxPendingPerPeer: number
  /**
   * Take and send DMs over limited (circuit relay) connections too: how a DM reaches a peer behind
   * a NAT before (or without) a direct path. Default: false (the node sets it with NAT traversal).
   */
  runOnLimitedConnection: boolean
}

export type DirectMessagesInit = Partial<DirectMessagesOptions>

export const DEFAULT_DM_OPTIONS: Readonly<DirectMessagesOptions> = Object.freeze({
  protocol: DM_PROTOCOL,
  nick: DEFAULT_NICK,
  limits: DEFAULT_VALIDATION_LIMITS,
  policy: () => 'all',
  isRoomPeer: async () => false,
  isRoomPeerNow: () => false,
  maxMessageBytes: 4096,
  perPeerPerMinute: 20,
  maxTrackedPeers: DEFAULT_MAX_TRACKED_PEERS,
  maxInboundStreams: 2,
  maxOutboundStreams: 2,
  maxConcurrentInbound: 32,
  maxStrangerInbound: 16,
  maxMembershipWaits: 8,
  timeoutMs: 10_000,
  maxPendingPerPeer: 8,
  runOnLimitedConnection: false
})
