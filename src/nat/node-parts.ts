/**
 * What NAT traversal adds to a chat node's libp2p, in one place so that create-node.ts only splices
 * it in: the circuit relay transport (reservations: see NatTraversal), WebRTC
 * private-to-private (ICE with our STUN servers only: its defaults are public servers), the relay
 * server when asked, and the traversal service. Gossipsub must run on limited (relayed)
 * connections, or a chat between two NATed peers would not flow before the upgrade, nor at all
 * between two symmetric NATs.
 */
import { circuitRelayServer, circuitRelayTransport } from '@libp2p/circuit-relay-v2'
import type { CircuitRelayService } from '@libp2p/circuit-relay-v2'
import { webRTC } from '@libp2p/webrtc'
import type { Connection, Libp2pEvents, TypedEventTarget } from '@libp2p/interface'
import type { Registry } from 'prom-client'
import { natMetrics } from './metrics.ts'
import type { NatInit, RelayServerLimits } from './options.ts'
import { natTraversal } from './traversal.ts'
import { releaseReservationsOnDisconnect } from './relay-reservations.ts'
import { dialerFinishesIceLast, rtcConfiguration } from './dtls-role.ts'
import type { NatTraversal, NatTraversalComponents } from './traversal.ts'

export type NatServices = {
  nat?: NatTraversal
  relay?: CircuitRelayService
}

export interface NatParts {
  listen: string[]
  transports: any[]
  services: { nat?: (components: any) => NatTraversal, relay?: (components: any) => CircuitRelayService }
  runOnLimitedConnection: boolean
  /** after createLibp2p: lets the traversal service re-run identify */
  attach: (libp2p: TypedEventTarget<Libp2pEvents> & { services: { identify: { identify: (c: Connection) => Promise<unknown> } } & NatServices }) => void
}

export function natParts (nat: NatInit | undefined, registry: Registry, relayLimits: RelayServerLimits): NatParts {
  if (nat == null) return { listen: [], transports: [], services: {}, runOnLimitedConnection: false, attach: () => {} }
  const stunServers = nat.disableUdp === true ? [] : (nat.stunServers ?? [])
  const udp = nat.disableUdp !== true
  const relayClient = nat.relayClient ?? true
  // the traversal service exists only once libp2p does; the WebRTC transport asks it at dial time
  const late: { traversal?: NatTraversal } = {}
  const services: NatParts['services'] = {
    nat: natTraversal({
      stunServers,
      udpPort: nat.udpPort ?? 0,
      directUpgrade: udp && (nat.directUpgrade ?? true),
      relayClient,
      stunIntervalMs: nat.stunIntervalMs,
      upgradeTimeoutMs: nat.upgradeTimeoutMs,
      metrics: natMetrics(registry)
    }) as (c: NatTraversalComponents) => NatTraversal
  }
  if (nat.relayServer === true) {
    services.relay = circuitRelayServer({
      maxInboundHopStreams: relayLimits.hopStreamsPerConnection,
      reservations: {
        maxReservations: relayLimits.reservations,
        defaultDurationLimit: relayLimits.circuitMs,
        defaultDataLimit: BigInt(relayLimits.circuitBytes)
      }
    })
  }
  return {
    // `/p2p-circuit` (reservations) is listened on by the traversal service once STUN says the node
    // is behind a NAT: listening makes the relay transport search the DHT for relays without end
    listen: udp ? ['/webrtc'] : [],
    transports: [
      circuitRelayTransport(),
      ...(udp
        ? [webRTC({
            rtcConfiguration: rtcConfiguration(stunServers.map(s => ({ urls: `stun:${s}` })), () => dialerFinishesIceLast(late.traversal?.classification()))
          })]
        : [])
    ],
    services,
    runOnLimitedConnection: true,
    attach (libp2p) {
      const traversal = libp2p.services.nat
      late.traversal = traversal
      if (traversal != null) traversal.reannounce = async (c) => { await libp2p.services.identify.identify(c) }
      if (libp2p.services.relay != null) releaseReservationsOnDisconnect(libp2p, libp2p.services.relay)
    }
  }
}
