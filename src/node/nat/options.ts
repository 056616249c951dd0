/**
 * NAT traversal options with their defaults, in one place. A node without `nat` in its init runs
 * none of it; with `nat: {}` it reserves relay slots and upgrades relayed connections to direct
 * (WebRTC) ones, but still sends no STUN request: the library never contacts a STUN server it was
 * not given. Only the CLI defaults to public servers (PUBLIC_STUN_SERVERS).
 */

export interface NatInit {
  /** STUN servers as HOST:PORT, first one primary (RFC 5780 tests when it has OTHER-ADDRESS). Default: none (no discovery). */
  stunServers?: string[]
  /** Local UDP port of the discovery socket. Default: 0 (OS-chosen). */
  udpPort?: number
  /** No UDP at all: no STUN discovery and no WebRTC direct upgrade (relay only). Default: false. */
  disableUdp?: boolean
  /** Serve as a circuit relay v2 (for nodes with a public address). Default: false. */
  relayServer?: boolean
  /** Once STUN finds a NAT: reserve a slot on the relays this node connects to (its bootstrap nodes first) and listen on it. Default: true. */
  relayClient?: boolean
  /** Upgrade relayed connections to direct WebRTC ones (ICE with the STUN servers above). Default: true unless disableUdp. */
  directUpgrade?: boolean
  /** Re-check the mapped address this often, ms. Default: 60 000. */
  stunIntervalMs?: number
  /** How long one upgrade attempt may take (signalling over the relay + ICE), ms. Default: 15 000. */
  upgradeTimeoutMs?: number
}

/** What the CLI uses without --stun-server (never the library, never a test). */
export const PUBLIC_STUN_SERVERS = ['stun.l.google.com:19302', 'global.stun.twilio.com:3478']

export const NAT_DEFAULTS = {
  stunIntervalMs: 60_000,
  /** backoff after a failed STUN round: first retry after initialMs, doubling up to maxMs */
  stunBackoff: { initialMs: 1_000, maxMs: 60_000 },
  upgradeTimeoutMs: 15_000
} as const

/** What the relay server may hold (the node's resource budget, src/node/resource-budget.ts). */
export interface RelayServerLimits {
  reservations: number
  circuitBytes: number
  circuitMs: number
  hopStreamsPerConnection: number
}
