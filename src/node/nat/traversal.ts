/**
 * The node's NAT traversal service (a libp2p service):
 *
 * - discovery: the STUN loop (discovery.ts), its findings as events, metrics and observed addresses;
 * - relay: reports the slots circuit-relay-v2 reserved (the transport makes them, listening on
 *   `/p2p-circuit`) and every relayed (limited) connection;
 * - direct path: the dialer of a relayed connection dials the same peer over WebRTC through the
 *   same relay (`.../p2p-circuit/webrtc/p2p/<peer>`): SDP goes over the relayed connection, ICE
 *   punches through both NATs with the candidates the STUN servers gave. Once it is up the relayed
 *   connection is closed, and identify runs again on the direct one, so that protocols (gossipsub)
 *   whose streams lived on the relayed connection open them on the direct one. When ICE fails
 *   (symmetric NATs) the relayed connection stays and the chat runs over it (`nat:fallback`).
 *
 * Why not @libp2p/dcutr: in Node it cannot punch (TCP lacks SO_REUSEPORT for outgoing sockets;
 * @chainsafe/libp2p-quic dials from another socket than it listens on). See docs/nat.md.
 */
import { TypedEventEmitter } from 'main-event'
import { multiaddr } from '@multiformats/multiaddr'
import type { Connection, Libp2pEvents, PeerId, Startable, TypedEventTarget } from '@libp2p/interface'
import type { AddressManager, ConnectionManager, TransportManager } from '@libp2p/interface-internal'
import { StunDiscovery } from './discovery.ts'
import type { NatClassification } from './classify.ts'
import type { NatEventBody } from './events.ts'
import type { NatMetrics } from './metrics.ts'
import { NAT_DEFAULTS } from './options.ts'

export interface NatTraversalComponents {
  peerId: PeerId
  addressManager: AddressManager
  connectionManager: ConnectionManager
  transportManager: TransportManager
  events: TypedEventTarget<Libp2pEvents>
}

export interface NatTraversalInit {
  stunServers: string[]
  udpPort: number
  /** Local IPv4 address of the STUN discovery socket. Default: every interface. */
  udpHost?: string
  directUpgrade: boolean
  /**
   * Reserve slots on relays once STUN finds a NAT. Not before, and not on an open node: a
   * `/p2p-circuit` listener searches the DHT for relays with random walks for as long as it has
   * none, which kept an idle node at ~60 % of a core.
   */
  relayClient: boolean
  stunIntervalMs?: number
  upgradeTimeoutMs?: number
  metrics: NatMetrics
}

export interface NatTraversalEvents {
  nat: CustomEvent<NatEventBody>
}

export interface NatTraversal extends TypedEventEmitter<NatTraversalEvents> {
  classification: () => NatClassification | undefined
  /** false when the node has no STUN servers (`--stun-server none`, `--disable-udp`): no classification will come */
  discovering: () => boolean
  /** re-runs identify on a connection (set by the node: identify is a sibling service) */
  reannounce?: (connection: Connection) => Promise<void>
}

const isWebRtc = (c: Connection): boolean => /\/webrtc(\/|$)/.test(c.remoteAddr.toString())
const isRelayed = (c: Connection): boolean => c.remoteAddr.toString().includes('/p2p-circuit') && !isWebRtc(c)
const relayOf = (addr: string): string => /\/p2p\/([^/]+)\/p2p-circuit/.exec(addr)?.[1] ?? 'unknown'

class NatTraversalService extends TypedEventEmitter<NatTraversalEvents> implements NatTraversal, Startable {
  private readonly components: NatTraversalComponents
  private readonly init: NatTraversalInit
  private readonly discovery: StunDiscovery
  private readonly relayedSince = new Map<string, number>()
  private readonly upgrading = new Set<string>()
  private readonly reservations = new Set<string>()
  private running = false
  reannounce?: (connection: Connection) => Promise<void>

  constructor (components: NatTraversalComponents, init: NatTraversalInit) {
    super()
    this.components = components
    this.init = init
    this.discovery = new StunDiscovery({
      servers: init.stunServers,
      udpPort: init.udpPort,
      udpHost: init.udpHost,
      intervalMs: init.stunIntervalMs ?? NAT_DEFAULTS.stunIntervalMs,
      addresses: components.addressManager,
      listenAddrs: () => components.addressManager.getAddresses(),
      emit: e => { this.emit(e) },
      metrics: init.metrics
    })
  }

  readonly [Symbol.toStringTag] = 'p2p-chat/nat-traversal'

  classification (): NatClassification | undefined {
    return this.discovery.classification
  }

  discovering (): boolean {
    return this.init.stunServers.length > 0
  }

  private emit (body: NatEventBody): void {
    this.safeDispatchEvent('nat', { detail: body })
    if (body.event === 'nat:type' && body.type !== 'open') void this.listenOnRelays()
  }

  private listeningOnRelays = false

  private async listenOnRelays (): Promise<void> {
    if (!this.init.relayClient || this.listeningOnRelays || !this.running) return
    this.listeningOnRelays = true
    try {
      await this.components.transportManager.listen([multiaddr('/p2p-circuit')])
    } catch (err) {
      this.listeningOnRelays = false
      this.emit({ event: 'nat:fallback', peerId: '', reason: `cannot listen on relays: ${(err as Error).message}` })
    }
  }

  private readonly onOpen = ({ detail: conn }: CustomEvent<Connection>): void => {
    const peer = conn.remotePeer.toString()
    if (isRelayed(conn)) {
      this.relayedSince.set(peer, Date.now())
      this.init.metrics.traversal('relayed')
      this.emit({ event: 'nat:relayed', peerId: peer, relay: relayOf(conn.remoteAddr.toString()), direction: conn.direction })
      if (conn.direction === 'outbound') void this.upgrade(conn)
    } else if (isWebRtc(conn) && conn.direction === 'inbound') {
      const since = this.relayedSince.get(peer)
      this.emit({ event: 'nat:direct', peerId: peer, ms: since != null ? Date.now() - since : 0, remoteAddr: conn.remoteAddr.toString(), direction: 'inbound' })
    }
  }

  private readonly onClose = ({ detail: conn }: CustomEvent<Connection>): void => {
    if (!isRelayed(conn)) return
    // protocols whose streams ran on the relayed connection reopen them on the direct one
    const direct = this.components.connectionManager.getConnections(conn.remotePeer).find(c => c.status === 'open' && c.limits == null && !isRelayed(c))
    if (direct != null) void this.reannounce?.(direct).catch(() => {})
  }

  private readonly onSelfUpdate = (): void => {
    const now = new Set<string>()
    for (const addr of this.components.addressManager.getAddresses()) {
      const s = addr.toString()
      if (!s.includes('/p2p-circuit') || s.includes('/webrtc')) continue
      const relay = relayOf(s)
      now.add(relay)
      if (!this.reservations.has(relay)) this.emit({ event: 'nat:reservation', relay, address: s })
    }
    this.reservations.clear()
    for (const r of now) this.reservations.add(r)
    this.init.metrics.setReservations(now.size)
  }

  private async upgrade (relayed: Connection): Promise<void> {
    const peer = relayed.remotePeer.toString()
    if (!this.init.directUpgrade) {
      this.init.metrics.traversal('fallback')
      this.emit({ event: 'nat:fallback', peerId: peer, reason: 'direct upgrade disabled (--disable-udp)' })
      return
    }
    if (this.upgrading.has(peer)) return
    const existing = this.components.connectionManager.getConnections(relayed.remotePeer).find(c => c.limits == null && !isRelayed(c))
    if (existing != null) return
    this.upgrading.add(peer)
    const started = this.relayedSince.get(peer) ?? Date.now()
    this.init.metrics.traversal('punch')
    this.emit({ event: 'nat:punch', peerId: peer })
    const target = multiaddr(relayed.remoteAddr.toString().replace(/\/p2p\/[^/]+$/, '') + `/webrtc/p2p/${peer}`)
    try {
      const signal = AbortSignal.timeout(this.init.upgradeTimeoutMs ?? NAT_DEFAULTS.upgradeTimeoutMs)
      let direct = await this.components.connectionManager.openConnection(target, { force: true, signal })
      // connection:open fires before the dial that made the relayed connection leaves libp2p's dial
      // queue, and a dial to a peer already in the queue joins it: ask again once it has left
      for (let i = 0; i < 20 && !isWebRtc(direct); i++) {
        await new Promise(resolve => setTimeout(resolve, 50))
        direct = await this.components.connectionManager.openConnection(target, { force: true, signal })
      }
      if (!isWebRtc(direct)) throw new Error(`the dial returned ${direct.remoteAddr.toString()}, not a WebRTC connection`)
      const ms = Date.now() - started
      this.init.metrics.traversal('direct')
      this.init.metrics.timeToDirect(ms)
      this.emit({ event: 'nat:direct', peerId: peer, ms, remoteAddr: direct.remoteAddr.toString(), direction: 'outbound' })
      for (const c of this.components.connectionManager.getConnections(relayed.remotePeer)) {
        if (isRelayed(c)) await c.close().catch(() => { c.abort(new Error('replaced by a direct connection')) })
      }
    } catch (err) {
      if (!this.running) return
      this.init.metrics.traversal('fallback')
      this.emit({ event: 'nat:fallback', peerId: peer, reason: (err as Error).message.split('\n')[0] })
    } finally {
      this.upgrading.delete(peer)
    }
  }

  async start (): Promise<void> {
    this.running = true
    this.components.events.addEventListener('connection:open', this.onOpen)
    this.components.events.addEventListener('connection:close', this.onClose)
    this.components.events.addEventListener('self:peer:update', this.onSelfUpdate)
    await this.discovery.start()
  }

  async stop (): Promise<void> {
    this.running = false
    this.components.events.removeEventListener('connection:open', this.onOpen)
    this.components.events.removeEventListener('connection:close', this.onClose)
    this.components.events.removeEventListener('self:peer:update', this.onSelfUpdate)
    this.discovery.stop()
  }
}

export function natTraversal (init: NatTraversalInit): (components: NatTraversalComponents) => NatTraversal {
  return (components) => new NatTraversalService(components, init)
}
