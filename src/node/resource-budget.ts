/**
 * What one node lets its peers make it hold, in one place (the shape of go-libp2p's resource
 * manager: limits for the whole node, per host address, per connection and per protocol).
 * docs/security.md has the same table with the attack each limit stops.
 *
 * The defaults are for a node on the public internet: a single host, however many connections it
 * opens, gets a bounded share of memory, streams and slots, and never all of them. Labs that put
 * many honest nodes behind one address (loopback rooms, the `local` runner) lift the per-host
 * limits with `LAB_RESOURCE_BUDGET` (CLI: `--limits lab`).
 */

export interface ResourceBudget {
  /** Inbound connections still in their upgrade (Noise, yamux) at once, all hosts. libp2p: 10. */
  pendingInbound: number
  /** Of those, from one IP address: a host that never finishes its handshakes holds this many slots, not all. */
  pendingInboundPerHost: number
  /** How long an inbound connection may take to finish Noise and yamux, ms. libp2p: 10 000. */
  upgradeTimeoutMs: number
  /** Open inbound connections from one IP address. go-libp2p's default for an IPv4 /32 is 8. */
  connectionsPerHost: number
  /** Inbound streams open at once on one connection (yamux). yamux: 1 000. */
  streamsPerConnection: number
  /** How long an inbound stream may take to agree on a protocol, ms. libp2p: 10 000. */
  protocolNegotiationTimeoutMs: number
  /** Inbound Kademlia streams at once on one connection. kad-dht: 32. */
  dhtStreamsPerConnection: number
  /** Largest Kademlia message read, bytes. kad-dht: 4 MiB; the largest honest one here (20 peers with their addresses) is a few KiB. */
  dhtMessageBytes: number
  /** Provider records and values the DHT stores for others, all peers together. kad-dht: unbounded (48 h each). */
  dhtRecords: number
  /** Provider records one peer may have stored here. */
  dhtProviderRecordsPerPeer: number
  /** Bytes of DHT requests one host may send per second (burst: four seconds' worth); ~45 bytes a FIND_NODE. kad-dht: unmetered. */
  dhtBytesPerHostPerSecond: number
  /** DHT requests one host may send per second (burst: four seconds' worth); a newcomer's routing-table refresh sends its bootstrap peer ~210/s for a few seconds. kad-dht: unmetered. */
  dhtRequestsPerHostPerSecond: number
  /** DHT requests one inbound stream may carry; kad-dht sends one per stream and waits for the answer. kad-dht: unlimited. */
  dhtRequestsPerStream: number
  /** Addresses the DHT may record for one peer (a merge beyond this keeps the first ones). Peer store: unbounded. */
  addressesPerPeer: number
  /** Relay reservations held by peers at one IP address (`--relay`). Relay server: no such limit. */
  relayReservationsPerHost: number
  /** Relay reservations at most (`--relay`), the last quarter of them kept for peers already in the room. */
  relayReservations: number
  /** Bytes one relayed connection may carry (`--relay`). libp2p: 128 KiB; chat needs more until the direct upgrade. */
  relayCircuitBytes: number
  /** How long one relayed connection may last, ms (`--relay`). libp2p: 2 min. */
  relayCircuitMs: number
  /** Relayed connections (hop streams) a connection may open through this relay at once (`--relay`). Relay server: unlimited. */
  relayHopStreamsPerConnection: number
  /**
   * History queries peers at one IP address may make per minute (burst: the same). Each answer can
   * be a 1 MiB page, and per-peer limits mean nothing to fresh identities: the dm/history flood row
   * of test/attacks.test.ts pulled 550-720 full pages in 10 s from 4 addresses before this limit.
   * A join costs a handful of queries.
   */
  historyQueriesPerHostPerMinute: number
}

export const DEFAULT_RESOURCE_BUDGET: ResourceBudget = {
  pendingInbound: 32,
  pendingInboundPerHost: 4,
  upgradeTimeoutMs: 5_000,
  connectionsPerHost: 8,
  streamsPerConnection: 128,
  protocolNegotiationTimeoutMs: 5_000,
  dhtStreamsPerConnection: 4,
  dhtMessageBytes: 64 * 1024,
  dhtRecords: 256,
  dhtProviderRecordsPerPeer: 8,
  dhtBytesPerHostPerSecond: 16 * 1024,
  dhtRequestsPerHostPerSecond: 256,
  dhtRequestsPerStream: 8,
  addressesPerPeer: 32,
  relayReservationsPerHost: 4,
  relayReservations: 64,
  relayCircuitBytes: 1024 * 1024,
  relayCircuitMs: 10 * 60_000,
  relayHopStreamsPerConnection: 8,
  historyQueriesPerHostPerMinute: 60
}

/** Per-host limits lifted: every node of a loopback lab shares 127.0.0.1. */
export const LAB_RESOURCE_BUDGET: Partial<ResourceBudget> = {
  pendingInbound: 256,
  pendingInboundPerHost: 256,
  connectionsPerHost: 100_000,
  dhtBytesPerHostPerSecond: 1024 * 1024 * 1024,
  dhtRequestsPerHostPerSecond: 1_000_000,
  relayReservationsPerHost: 100_000,
  historyQueriesPerHostPerMinute: 1_000_000
}

export const RESOURCE_BUDGET_KEYS = Object.keys(DEFAULT_RESOURCE_BUDGET) as Array<keyof ResourceBudget>

export function resourceBudget (overrides: Partial<ResourceBudget> = {}): ResourceBudget {
  return { ...DEFAULT_RESOURCE_BUDGET, ...overrides }
}
