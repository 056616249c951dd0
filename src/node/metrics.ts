/**
 * The project's own metrics, `p2p_chat_<noun>_<unit>` in base units. Labels are closed sets
 * (outcome, reason, direction, transport): never a peer id, address or message id.
 */
import { Counter, Gauge, Histogram } from 'prom-client'
import type { Registry } from 'prom-client'
import { TRANSPORTS } from './transport.ts'

/** 1 ms .. 30 s, roughly x2-x2.5 per step: loopback deliveries and lossy WAN runs both resolve. */
export const LATENCY_BUCKETS_SECONDS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30]
export const RTT_BUCKETS_SECONDS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5]

/** Live values the gauges read at scrape time. */
export interface ChatGaugeSources {
  connectionsByTransport(): Map<string, number>
  topicPeers(): number
  meshPeers(): number
  dhtRoutingTableSize(): number
}

export interface ChatMetrics {
  messagesPublished: Counter
  messagesReceived: Counter<'outcome' | 'reason'>
  deliveryLatency: Histogram
  gossipBytes: Counter<'direction'>
  gossipRpcs: Counter<'direction'>
  gossipControl: Counter<'kind'>
  duplicates: Counter
  pingRtt: Histogram
  bootstrapDials: Counter<'outcome'>
  limitRefusals: Counter<'limit'>
  /** Registers the gauges that read live node state; called once the node exists. */
  observe(sources: ChatGaugeSources): void
}

export function chatMetrics (registry: Registry, reasons: { reject: readonly string[], ignore: readonly string[] }): ChatMetrics {
  const registers = [registry]
  const metrics: ChatMetrics = {
    messagesPublished: new Counter({
      name: 'p2p_chat_messages_published_total',
      help: 'Chat messages this node published',
      registers
    }),
    messagesReceived: new Counter({
      name: 'p2p_chat_messages_received_total',
      help: 'Chat messages received, by validation outcome (accept, reject, ignore) and reason',
      labelNames: ['outcome', 'reason'],
      registers
    }),
    deliveryLatency: new Histogram({
      name: 'p2p_chat_delivery_latency_seconds',
      help: 'Sender send time (in the payload) to local receipt of accepted messages',
      buckets: LATENCY_BUCKETS_SECONDS,
      registers
    }),
    gossipBytes: new Counter({
      name: 'p2p_chat_gossip_bytes_total',
      help: 'GossipSub RPC bytes, by direction (in, out)',
      labelNames: ['direction'],
      registers
    }),
    gossipRpcs: new Counter({
      name: 'p2p_chat_gossip_rpcs_total',
      help: 'GossipSub RPCs, by direction (in, out)',
      labelNames: ['direction'],
      registers
    }),
    gossipControl: new Counter({
      name: 'p2p_chat_gossip_control_sent_total',
      help: 'GossipSub control entries sent, by kind (ihave, iwant, graft, prune, idontwant)',
      labelNames: ['kind'],
      registers
    }),
    duplicates: new Counter({
      name: 'p2p_chat_duplicate_messages_total',
      help: 'Messages received again after the first copy',
      registers
    }),
    pingRtt: new Histogram({
      name: 'p2p_chat_ping_rtt_seconds',
      help: 'libp2p ping round-trip time to connected peers',
      buckets: RTT_BUCKETS_SECONDS,
      registers
    }),
    bootstrapDials: new Counter({
      name: 'p2p_chat_bootstrap_dials_total',
      help: 'Dials to bootstrap peers, by outcome (success, failure)',
      labelNames: ['outcome'],
      registers
    }),
    limitRefusals: new Counter({
      name: 'p2p_chat_limit_refusals_total',
      help: 'Things refused by the resource budget, by limit (pending_per_host, connections_per_host, relay_reservations_per_host, relay_reservations_room_only, dht_records, dht_provider_records_per_peer, dht_rate_per_host, abusive_peer)',
      labelNames: ['limit'],
      registers
    }),
    observe (sources) {
      new Gauge({
        name: 'p2p_chat_connected_peers',
        help: 'Open connections, by transport (tcp, quic, other)',
        labelNames: ['transport'],
        registers,
        collect () {
          const counts = sources.connectionsByTransport()
          for (const transport of TRANSPORTS) this.set({ transport }, counts.get(transport) ?? 0)
        }
      })
      new Gauge({
        name: 'p2p_chat_topic_peers',
        help: 'Peers subscribed to the room topic',
        registers,
        collect () { this.set(sources.topicPeers()) }
      })
      new Gauge({
        name: 'p2p_chat_mesh_peers',
        help: 'Peers in this node\'s GossipSub mesh for the room topic',
        registers,
        collect () { this.set(sources.meshPeers()) }
      })
      new Gauge({
        name: 'p2p_chat_dht_routing_table_peers',
        help: 'Peers in the Kademlia routing table',
        registers,
        collect () { this.set(sources.dhtRoutingTableSize()) }
      })
    }
  }
  // every label combination exists from the start, so rate() and dashboards see zeros, not gaps
  metrics.messagesReceived.inc({ outcome: 'accept', reason: 'valid' }, 0)
  for (const reason of reasons.reject) metrics.messagesReceived.inc({ outcome: 'reject', reason }, 0)
  for (const reason of reasons.ignore) metrics.messagesReceived.inc({ outcome: 'ignore', reason }, 0)
  for (const direction of ['in', 'out']) {
    metrics.gossipBytes.inc({ direction }, 0)
    metrics.gossipRpcs.inc({ direction }, 0)
  }
  for (const outcome of ['success', 'failure']) metrics.bootstrapDials.inc({ outcome }, 0)
  for (const kind of ['ihave', 'iwant', 'graft', 'prune', 'idontwant']) metrics.gossipControl.inc({ kind }, 0)
  return metrics
}
