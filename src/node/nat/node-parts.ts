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
import { isIPv6 } from 'node:net'
import { multiaddr } from '@multiformats/multiaddr'
import { natMetrics } from './metrics.ts'
import type { NatInit, RelayServerLimits } from './options.ts'
import { natTraversal } from './traversal.ts'
import { releaseReservationsOnDisconnect } from './relay-reservations.ts'
import { dialerFinishesIceLast, rtcConfiguration } from './dtls-role.ts'
import type { NatTraversal, NatTraversalComponents } from './traversal.ts'
import type { NatClassification } from './classify.ts'

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

/**
 * Where NAT traversal's own UDP sockets (STUN discovery, WebRTC ICE) bind, given the node's listen
 * addresses: a node must listen only where it is told. Without explicit addresses, or with a
 * wildcard one (0.0.0.0, ::), every interface (undefined); else the first IPv4 host asked for, else
 * the first IPv6 one (STUN discovery is IPv4 only, so such a node runs none).
 */
export function natUdpHost (listen: string[] | undefined): string | undefined {
  if (listen == null) return undefined
  const hosts = listen.flatMap(a => {
    const first = multiaddr(a).getComponents()[0]
    return first?.name === 'ip4' || first?.name === 'ip6' ? [{ family: first.name, host: first.value ?? '' }] : []
  })
  if (hosts.length === 0 || hosts.some(h => h.host === '0.0.0.0' || h.host === '::')) return undefined
  return (hosts.find(h => h.family === 'ip4') ?? hosts[0]).host
}

/**
 * natParts' one place of late binding: the WebRTC transport, built before libp2p, asks at dial time
 * for the NAT classification of the traversal service, which libp2p creates; bound once in
 * `attach` (before start, so no dial finds it unbound; until then it answers "not classified").
 */
class NatLinks {
  #traversal?: NatTraversal

  bind (traversal: NatTraversal | undefined): void {
    this.#traversal = traversal
  }

  classification (): NatClassification | undefined {
    return this.#traversal?.classification()
  }
}

/** `listen`: the node's own listen addresses, when given explicitly (see natUdpHost). */
export function natParts (nat: NatInit | undefined, registry: Registry, relayLimits: RelayServerLimits, listen?: string[]): NatParts {
  if (nat == null) return { listen: [], transports: [], services: {}, runOnLimitedConnection: false, attach: () => {} }
  const udpHost = natUdpHost(listen)
  const stunServers = nat.disableUdp === true || (udpHost != null && isIPv6(udpHost)) ? [] : (nat.stunServers ?? [])
  const udp = nat.disableUdp !== true
  const relayClient = nat.relayClient ?? true
  const links = new NatLinks()
  const services: NatParts['services'] = {
    nat: natTraversal({
      stunServers,
      udpPort: nat.udpPort ?? 0,
      udpHost,
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
            rtcConfiguration: rtcConfiguration(stunServers.map(s => ({ urls: `stun:${s}` })), () => dialerFinishesIceLast(links.classification()), udpHost)
          })]
        : [])
    ],
    services,
    runOnLimitedConnection: true,
    attach (libp2p) {
      const traversal = libp2p.services.nat
      links.bind(traversal)
      if (traversal != null) traversal.reannounce = async (c) => { await libp2p.services.identify.identify(c) }
      if (libp2p.services.relay != null) releaseReservationsOnDisconnect(libp2p, libp2p.services.relay)
    }
  }
}
