/**
 * Assembles a chat node: libp2p with TCP and QUIC, Noise, yamux, identify, ping, Kademlia, GossipSub
 * and the project's services, plus the room and the metrics that watch it.
 */
import { createLibp2p } from 'libp2p'
import { dnsaddrResolver } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import type { TCPSocketOptions } from '@libp2p/tcp'
import { quic } from '@chainsafe/libp2p-quic'
import { lazyTransport } from './lazy-quic.ts'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import { kadDHT, passthroughMapper, removePrivateAddressesMapper, removePublicAddressesMapper } from '@libp2p/kad-dht'
import type { prometheusMetrics } from '@libp2p/prometheus-metrics'
import { Registry } from 'prom-client'
import type { GossipSub } from '@libp2p/gossipsub'
import type { SingleKadDHT } from '@libp2p/kad-dht'
import type { Ping } from '@libp2p/ping'
import type { Identify } from '@libp2p/identify'
import type { Libp2p } from '@libp2p/interface'
import { bootstrapDialer } from './bootstrap-dialer.ts'
import type { BootstrapDialer } from './bootstrap-dialer.ts'
import { discoveryWalk } from './discovery-walk.ts'
import type { DiscoveryWalk } from './discovery-walk.ts'
import { rttProbe } from './rtt-probe.ts'
import { onePingPerPeer } from './one-ping-per-peer.ts'
import { connectionTrimmer } from './connection-trimmer.ts'
import { stopClosestPeerTagger } from './dht-closest-peers.ts'
import type { ConnectionTrimmer } from './connection-trimmer.ts'
import type { RttProbe } from './rtt-probe.ts'
import { hostDnsResolver } from './dns-resolver.ts'
import { resolveGossipsubKnobs } from './gossipsub-knobs.ts'
import { DuplicateTally } from './duplicate-tally.ts'
import type { GossipsubKnobs } from './gossipsub-knobs.ts'
import { ChatRoom } from './chat-room.ts'
import { NodeLinks } from './node-links.ts'
import { RoomPresence } from './room-presence.ts'
import { chatNodeEvents } from './node-events.ts'
import type { ChatNodeEvents, FeatureEvents } from './node-events.ts'
import { TypedEventEmitter } from 'main-event'
import { KnownPeers } from './known-peers.ts'
import { chatMessaging } from './messaging.ts'
import type { Messaging } from './messaging.ts'
import { chatMetrics } from './metrics.ts'
import type { ChatMetrics } from './metrics.ts'
import { gossipsubService } from './gossipsub-service.ts'
import { IGNORE_REASONS, REJECT_REASONS } from './chat-payload.ts'
import { CHAT_ROOM_SCORE_THRESHOLDS } from './scoring.ts'
import { transportOf } from './transport.ts'
import { generateIdentity } from './identity.ts'
import { checkRuntimePatchOptions } from './patches/index.ts'
import { oneWritePerFrame } from './one-write-per-frame.ts'
import { prefixLogger } from '@libp2p/logger'
import { peerIdFromString } from '@libp2p/peer-id'
import {
  DEFAULT_CONNECTION_LIMITS, DEFAULT_DHT_PROTOCOL_PREFIX, DEFAULT_DISCOVERY_TARGET_PEERS, DEFAULT_LISTEN_QUIC, DEFAULT_LISTEN_TCP, DEFAULT_NICK, DEFAULT_ROOM,
  PING_MAX_OUTBOUND_STREAMS, topicForRoom, DEFAULT_DM_POLICY, DEFAULT_HISTORY_OPTIONS, validationLimits
} from './options.ts'
import type { ChatNodeInit, ConnectionLimits, DhtAddressFilter, HistoryOptions, ValidationLimits } from './options.ts'
import { resourceBudget } from './resource-budget.ts'
import { directMessages } from './dm/index.ts'
import type { DirectMessages } from './dm/index.ts'
import { chatHistory, HistoryStore } from './history/index.ts'
import type { ChatHistory } from './history/index.ts'
import { MemoryDatastore } from 'datastore-core'
import type { Datastore } from 'interface-datastore'
import { messagingMetrics as createMessagingMetrics } from './messaging-metrics.ts'
import type { MessagingMetrics } from './messaging-metrics.ts'
import { historyStatusName } from './messaging-events.ts'
import type { ResourceBudget } from './resource-budget.ts'
import { withDhtLimits } from './dht-limits.ts'
import { nodeDefences } from './node-defences.ts'
import type { IpLimits } from './ip-limits.ts'
import type { PeerPenalties } from './peer-penalties.ts'
import type { Defences } from './node-defences.ts'
import { natParts } from './nat/node-parts.ts'
import { startAiming } from './node-role.ts'
import type { NatParts, NatServices } from './nat/node-parts.ts'
import type { RelayServerLimits } from './nat/options.ts'

export type ChatServices = {
  identify: Identify
  ping: Ping
  dht: SingleKadDHT
  pubsub: GossipSub
  bootstrap: BootstrapDialer
  discovery: DiscoveryWalk
  rttProbe: RttProbe
  trimmer: ConnectionTrimmer
  dm: DirectMessages
  history: ChatHistory
} & NatServices

export interface ChatNode {
  libp2p: Libp2p<ChatServices>
  room: ChatRoom
  /** Everything the node reports, as one typed stream of JSON-ready events (see node-events.ts). */
  events: TypedEventEmitter<ChatNodeEvents>
  registry: Registry
  metrics: ChatMetrics
  /** Room history and direct messages (messaging.ts). */
  messaging: Messaging
  start(): Promise<void>
  stop(): Promise<void>
}

const DHT_MAPPERS: Record<DhtAddressFilter, typeof passthroughMapper> = {
  all: passthroughMapper,
  'public-only': removePrivateAddressesMapper,
  'private-only': removePublicAddressesMapper
}

/**
 * @libp2p/tcp hands `dialOpts` to `net.connect` as they are; its type lists only a few of
 * net.connect's options, `localAddress` (the source address of a dial) is one it leaves out.
 */
function tcpDialOptions (dialFrom: string | undefined): TCPSocketOptions {
  const options: TCPSocketOptions & { localAddress?: string } = dialFrom != null ? { localAddress: dialFrom } : {}
  return options
}

let metricsModuleInstances = 0

/**
 * @libp2p/prometheus-metrics keeps its metric objects in a module-level map keyed by name, so a
 * second node in the same process would reuse the first node's metrics: its own registry would
 * lack them, and the first would count both nodes. ESM caches modules by URL, so each node loads
 * its own instance of the module under a distinct query string.
 */
async function isolatedPrometheusMetrics (): Promise<typeof prometheusMetrics> {
  const url = `${import.meta.resolve('@libp2p/prometheus-metrics')}?node=${++metricsModuleInstances}`
  const module: { prometheusMetrics: typeof prometheusMetrics } = await import(url)
  return module.prometheusMetrics
}

function relayLimitsOf (budget: ResourceBudget): RelayServerLimits {
  return {
    reservations: budget.relayReservations,
    circuitBytes: budget.relayCircuitBytes,
    circuitMs: budget.relayCircuitMs,
    hopStreamsPerConnection: budget.relayHopStreamsPerConnection
  }
}

/** createChatNode's inputs with their defaults applied. */
interface NodeSettings {
  transports: { tcp: boolean, quic: boolean }
  room: string
  topic: string
  limits: ValidationLimits
  registry: Registry
  budget: ResourceBudget
  nat: NatParts
  fullMetrics: boolean
  connectionLimits: ConnectionLimits
  listen: string[]
  /** libp2p's (peer store, DHT records) and the history store's */
  datastore: Datastore
  history: HistoryOptions
  /** undefined: history is off (`maxMessages` 0) */
  historyStore?: HistoryStore
  gossipsub: GossipsubKnobs
  duplicates: DuplicateTally
}

function nodeSettings (init: ChatNodeInit): NodeSettings {
  const transports = init.transports ?? { tcp: true, quic: true }
  const room = init.room ?? DEFAULT_ROOM
  const registry = init.registry ?? new Registry()
  const budget = resourceBudget(init.limits)
  const datastore = init.datastore ?? new MemoryDatastore()
  const history = { ...DEFAULT_HISTORY_OPTIONS, ...init.history }
  const topic = topicForRoom(room)
  return {
    datastore,
    history,
    gossipsub: resolveGossipsubKnobs(init.gossipsub),
    duplicates: new DuplicateTally(),
    historyStore: history.maxMessages > 0 ? new HistoryStore({ datastore, topic, maxMessages: history.maxMessages, maxAgeMs: history.maxAgeMs }) : undefined,
    transports,
    room,
    topic,
    limits: validationLimits(init.validation),
    registry,
    budget,
    // with explicit listen addresses, NAT traversal binds its UDP sockets only there
    nat: natParts(init.nat, registry, relayLimitsOf(budget), init.listen),
    fullMetrics: init.metrics ?? false,
    connectionLimits: { ...DEFAULT_CONNECTION_LIMITS, ...init.connections },
    listen: init.listen ?? [
      ...(transports.tcp ? DEFAULT_LISTEN_TCP : []),
      ...(transports.quic ? DEFAULT_LISTEN_QUIC : [])
    ]
  }
}

function chatServices (init: ChatNodeInit, settings: NodeSettings, metrics: ChatMetrics, messagingMetrics: MessagingMetrics, defences: Defences, links: NodeLinks) {
  const { budget, connectionLimits } = settings
  return {
    identify: identify(),
    // one ping per peer at a time: kad-dht, the RTT probe and a flush share it (one-ping-per-peer.ts)
    ping: onePingPerPeer(ping({ maxOutboundStreams: PING_MAX_OUTBOUND_STREAMS })),
    dht: withDhtLimits(kadDHT({
      protocol: `${init.dhtProtocolPrefix ?? DEFAULT_DHT_PROTOCOL_PREFIX}/kad/1.0.0`,
      clientMode: false,
      peerInfoMapper: DHT_MAPPERS[init.dhtAddressFilter ?? 'all'],
      initialQuerySelfInterval: 500,
      maxInboundStreams: budget.dhtStreamsPerConnection,
      // a patch-package option (patches/, docs/upstream.md)
      maxMessageSize: budget.dhtMessageBytes
    }), budget, defences.dhtLimits) as (components: any) => SingleKadDHT,
    pubsub: gossipsubService({ ...settings, runOnLimitedConnection: settings.nat.runOnLimitedConnection }, metrics, defences.penalties, links),
    bootstrap: bootstrapDialer({ list: init.bootstrap ?? [], redialBelowPeers: init.discoveryTargetPeers ?? DEFAULT_DISCOVERY_TARGET_PEERS }),
    discovery: discoveryWalk({ targetPeers: init.discoveryTargetPeers, intervalMs: init.discoveryIntervalMs }),
    trimmer: connectionTrimmer({
      lowWater: connectionLimits.lowWater,
      highWater: connectionLimits.highWater,
      gracePeriodMs: connectionLimits.gracePeriodMs,
      protectedPeers: () => new Set(links.meshPeers()),
      preferredPeers: () => new Set(links.topicPeers().map(String))
    }),
    dm: directMessages({
      nick: init.nick ?? DEFAULT_NICK,
      limits: settings.limits,
      policy: () => init.dmPolicy ?? DEFAULT_DM_POLICY,
      isRoomPeer: async (peer, signal) => await links.isRoomPeer(peer, signal),
      isRoomPeerNow: (peer) => links.isRoomPeerNow(peer),
      runOnLimitedConnection: settings.nat.runOnLimitedConnection
    }),
    // not over relayed connections: a page (up to 1 MiB) is more than a relay's circuit allows
    history: chatHistory({
      store: () => settings.historyStore,
      room: settings.room,
      requestsPerHostPerMinute: settings.budget.historyQueriesPerHostPerMinute,
      onServed: (status) => { messagingMetrics.historyQueries.inc({ role: 'served', status: historyStatusName(status) }) }
    }),
    rttProbe: rttProbe({
      intervalMs: init.pingIntervalMs,
      onRtt: (rttMs) => { metrics.pingRtt.observe(rttMs / 1000) }
    }),
    ...settings.nat.services
  }
}

async function createChatLibp2p (init: ChatNodeInit, settings: NodeSettings, metrics: ChatMetrics, messagingMetrics: MessagingMetrics, defences: Defences, links: NodeLinks): Promise<Libp2p<ChatServices>> {
  const { transports, budget, connectionLimits, nat, registry } = settings
  const { ipLimits, penalties } = defences
  return await createLibp2p({
    start: false,
    privateKey: init.privateKey ?? await generateIdentity(),
    datastore: settings.datastore,
    addresses: { listen: [...settings.listen, ...nat.listen], appendAnnounce: init.announce ?? [] },
    transports: [
      ...(transports.tcp ? [tcp({ dialOpts: tcpDialOptions(init.dialFrom) })] : []),
      // created on first listen or dial: nothing UDP is bound for a node that uses no QUIC (lazy-quic.ts)
      ...(transports.quic ? [lazyTransport(quic())] : []),
      ...nat.transports
    ],
    connectionEncrypters: [oneWritePerFrame(noise())],
    streamMuxers: [yamux({ maxInboundStreams: budget.streamsPerConnection })],
    connectionManager: {
      resolvers: { dnsaddr: dnsaddrResolver, dns: hostDnsResolver() },
      maxConnections: connectionLimits.maxConnections,
      inboundConnectionThreshold: connectionLimits.inboundPerHostPerSecond,
      maxIncomingPendingConnections: budget.pendingInbound,
      inboundUpgradeTimeout: budget.upgradeTimeoutMs,
      inboundStreamProtocolNegotiationTimeout: budget.protocolNegotiationTimeoutMs
    },
    connectionGater: {
      ...ipLimits.gater(),
      denyInboundEncryptedConnection: (peer) => penalties.refused(peer.toString()),
      denyDialPeer: (peer) => penalties.refused(peer.toString())
    },
    ...(settings.fullMetrics ? { metrics: (await isolatedPrometheusMetrics())({ registry, preserveExistingMetrics: true }) } : {}),
    // rtt-probe.ts pings (and drops dead connections) instead, at --ping-interval
    connectionMonitor: { enabled: false },
    ...(init.logPrefix != null ? { logger: prefixLogger(init.logPrefix) } : {}),
    services: chatServices(init, settings, metrics, messagingMetrics, defences, links)
  })
}

/** What the host limits need to see of the running node. */
function bindIpLimits (ipLimits: IpLimits, libp2p: Libp2p<ChatServices>, links: NodeLinks): void {
  ipLimits.bind({
    inboundAddrs: () => libp2p.getConnections().filter(c => c.direction === 'inbound').map(c => c.remoteAddr),
    reservations: () => [...(libp2p.services.relay?.reservations.entries() ?? [])].map(([peer, r]) => ({ peer: peer.toString(), addr: r.addr })),
    addrsOf: (peer) => libp2p.getConnections(peer).map(c => c.remoteAddr),
    inRoom: (peer) => links.topicPeers().some(p => p.equals(peer))
  })
}

function joinRoom (init: ChatNodeInit, settings: NodeSettings, libp2p: Libp2p<ChatServices>, metrics: ChatMetrics, penalties: PeerPenalties): ChatRoom {
  const { room, topic, limits } = settings
  const presence = new RoomPresence({
    pubsub: libp2p.services.pubsub,
    topic,
    events: libp2p,
    publishThreshold: CHAT_ROOM_SCORE_THRESHOLDS.publishThreshold ?? 0
  })
  const joined = new ChatRoom({ pubsub: libp2p.services.pubsub, presence, room, topic, nick: init.nick ?? DEFAULT_NICK, limits, metrics, validationDelayMs: settings.gossipsub.validationDelayMs, duplicates: settings.duplicates, role: init.role, alreadyHave: (id) => settings.historyStore?.has(id) ?? false })
  joined.addEventListener('rejected', ({ detail }) => {
    if (detail.outcome === 'ignore' && detail.propagationSource != null) penalties.record(detail.propagationSource.toString(), 'ignored_message')
  })
  return joined
}

function observeNode (metrics: ChatMetrics, libp2p: Libp2p<ChatServices>, room: ChatRoom): void {
  libp2p.services.bootstrap.addEventListener('dial', ({ detail }) => {
    metrics.bootstrapDials.inc({ outcome: detail.outcome })
  })
  metrics.observe({
    connectionsByTransport () {
      const counts = new Map<string, number>()
      for (const conn of libp2p.getConnections()) {
        const t = transportOf(conn.remoteAddr)
        counts.set(t, (counts.get(t) ?? 0) + 1)
      }
      return counts
    },
    topicPeers: () => room.topicPeers().length,
    meshPeers: () => room.meshPeers().length,
    dhtRoutingTableSize: () => libp2p.services.dht.routingTable.size
  })
}

export async function createChatNode (init: ChatNodeInit = {}): Promise<ChatNode> {
  const settings = nodeSettings(init)
  const { registry } = settings
  // process-wide patches are installed at the process entry (patches/index.ts), never here; an
  // option that asks for another state than the process's throws instead of being ignored
  checkRuntimePatchOptions({ nativeSecp256k1: init.nativeSecp256k1, lazyWindowUpdates: init.lazyWindowUpdates })
  const metrics = chatMetrics(registry, { reject: REJECT_REASONS, ignore: IGNORE_REASONS })
  const links = new NodeLinks()
  const defences = nodeDefences(settings.budget, metrics, links)
  const messagingMetrics = createMessagingMetrics(registry)
  const libp2p = await createChatLibp2p(init, settings, metrics, messagingMetrics, defences, links)
  settings.nat.attach(libp2p)
  bindIpLimits(defences.ipLimits, libp2p, links)
  const room = joinRoom(init, settings, libp2p, metrics, defences.penalties)
  links.bind(libp2p, room)
  const features = new TypedEventEmitter<FeatureEvents>()
  const events = chatNodeEvents(libp2p, room, features)
  observeNode(metrics, libp2p, room)
  const messaging = chatMessaging({
    libp2p,
    room,
    features,
    store: settings.historyStore,
    history: settings.history,
    limits: settings.limits,
    metrics: messagingMetrics,
    penalties: defences.penalties
  })
  const knownPeers = new KnownPeers(libp2p, { topic: settings.topic, maxDials: init.rejoinDials })
  let stopAiming = (): void => {}
  room.presence.addEventListener('peer-joined', ({ detail }) => {
    void knownPeers.remember(peerIdFromString(detail.peerId)).catch(() => {})
  })

  return {
    libp2p,
    room,
    events,
    registry,
    metrics,
    messaging,
    async start () {
      await libp2p.start()
      if (init.dhtKeepClosestPeers !== true && !stopClosestPeerTagger(libp2p.services.dht)) {
        libp2p.logger.forComponent('p2p-chat:node').error('kad-dht has no closest-peer tagger to stop; its keep-alive peers stay connected')
      }
      await messaging.start()
      room.join()
      stopAiming = startAiming(init.role ?? { kind: 'honest' }, libp2p)
      // a node with a remembered room (a data directory) finds its way back without a bootstrap node
      void knownPeers.rejoin().then(summary => {
        if (summary.known > 0) features.safeDispatchEvent('event', { detail: { event: 'rejoin', ...summary } })
      }).catch(() => {})
    },
    async stop () {
      stopAiming()
      room.leave()
      await messaging.stop()
      await libp2p.stop()
    }
  }
}
