/**
 * The node's messaging beyond the room's live gossip: the room history (a store every node keeps,
 * served over `/p2p-chat/history/1.0.0` and fetched whenever the room becomes ready,
 * src/node/history/) and direct messages (`/p2p-chat/dm/1.0.0`, src/node/dm/). Both protocols are
 * libp2p services of the node (create-node.ts); this joins them to the room: what the store
 * records, when the node fetches, what reaches the event stream, the metrics and the penalties.
 */
import type { TypedEventEmitter } from 'main-event'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p, PeerId } from '@libp2p/interface'
import type { ChatRoom, PublishedChatMessage, ReceivedChatMessage } from './chat-room.ts'
import { REJECT_REASONS } from './chat-payload.ts'
import type { ChatNodeEventBody, DmSentFields, FeatureEvents } from './node-events.ts'
import { HistorySync, verifyHistoryMessage } from './history/index.ts'
import type { ChatHistory, HistoryRefusalReason, HistoryStore } from './history/index.ts'
import { DmDeliveryError } from './dm/index.ts'
import type { DirectMessages, ReceivedDirectMessage, RefusedDirectMessage } from './dm/index.ts'
import type { HistoryOptions, ValidationLimits } from './options.ts'
import type { MessagingMetrics } from './messaging-metrics.ts'
import type { PeerPenalties } from './peer-penalties.ts'
import { NickBook } from './nick-book.ts'
import { dmEventOf, historyEventOf, historyStatusName, peerIdOfBytes, storedLineOf, storedMessageOf } from './messaging-events.ts'
import type { StoredLine } from './messaging-events.ts'

export type { StoredLine }
export interface DmLogEntry { direction: 'in' | 'out', peerId: string, text: string, ts: number, status: string }

export interface Messaging {
  /** The newest `count` messages of the history store, oldest first; undefined when history is off. */
  recentHistory(count: number): Promise<StoredLine[] | undefined>
  /** A peer id, or the nick of exactly one room peer; otherwise why not (a line for the user). */
  resolvePeer(target: string): PeerId | string
  /**
   * Sends a direct message and resolves with its ack (also emitted as `dm:sent`); throws
   * `DmDeliveryError` when no ack came (not found, unreachable, timeout, ...).
   */
  sendDm(to: PeerId, text: string, options?: { signal?: AbortSignal }): Promise<DmSentFields>
  /** This session's direct messages, oldest first (the last `DM_LOG_ENTRIES`). */
  dmLog(): DmLogEntry[]
  start(): Promise<void>
  stop(): Promise<void>
}

export interface MessagingInit {
  libp2p: Libp2p<{ pubsub: GossipSub, history: ChatHistory, dm: DirectMessages }>
  room: ChatRoom
  features: TypedEventEmitter<FeatureEvents>
  /** undefined: history is off */
  store?: HistoryStore
  history: HistoryOptions
  limits: ValidationLimits
  metrics: MessagingMetrics
  penalties: PeerPenalties
}

/** /dms shows at most this many; older entries are dropped (a DM flood must not grow memory). */
export const DM_LOG_ENTRIES = 200
/** What a forged history message is: a reject reason (stale or future send times are not forgery). */
const FORGERY = new Set<string>(REJECT_REASONS)

export function chatMessaging (init: MessagingInit): Messaging {
  const { libp2p, room, features, store, metrics } = init
  const emit = (detail: ChatNodeEventBody): void => { features.safeDispatchEvent('event', { detail }) }
  const nicks = new NickBook()
  const dmLog: DmLogEntry[] = []
  const log = (entry: DmLogEntry): void => {
    dmLog.push(entry)
    if (dmLog.length > DM_LOG_ENTRIES) dmLog.shift()
  }

  const onMessage = ({ detail: m }: CustomEvent<ReceivedChatMessage>): void => {
    nicks.saw(m.from.toString(), m.line.nick)
    const stored = storedMessageOf(libp2p.services.pubsub, m.id, m.line.sentAtMs, m)
    if (store != null && stored != null) void store.add(stored).catch(() => false)
  }
  const onPublished = ({ detail }: CustomEvent<PublishedChatMessage>): void => {
    const stored = storedMessageOf(libp2p.services.pubsub, detail.id, detail.sentAtMs)
    if (store != null && stored != null) void store.add(stored).catch(() => false)
  }
  const onDm = ({ detail }: CustomEvent<ReceivedDirectMessage>): void => {
    const body = dmEventOf(detail)
    nicks.saw(body.from, body.nick)
    metrics.dmMessages.inc({ direction: 'in', status: 'delivered' })
    log({ direction: 'in', peerId: body.from, text: body.text, ts: body.receivedAtMs, status: 'delivered' })
    emit(body)
  }
  const onDmRefused = ({ detail }: CustomEvent<RefusedDirectMessage>): void => {
    metrics.dmMessages.inc({ direction: 'in', status: detail.status })
  }
  const onRefusedHistory = (peer: PeerId, reason: HistoryRefusalReason): void => {
    metrics.historyFetched.inc({ outcome: 'refused' })
    metrics.historyRefused.inc({ reason })
    if (FORGERY.has(reason)) init.penalties.record(peer.toString(), 'forged_history')
    emit({ event: 'history:refused', servedBy: peer.toString(), reason })
  }

  let syncing = false
  /** Fetches what the room said since the newest stored message (or the newest `syncMessages`). */
  const sync = async (): Promise<void> => {
    if (store == null || syncing || init.history.syncPeers === 0) return
    syncing = true
    const startedAt = performance.now()
    try {
      const summary = await new HistorySync({
        client: async (peer, q, options) => await libp2p.services.history.query(peer, q, options),
        roomPeers: () => room.topicPeers(),
        store,
        verify: async (m) => await verifyHistoryMessage(m, { topic: room.topic, limits: init.limits, maxAgeMs: init.history.maxAgeMs }),
        seen: (id) => store.has(id),
        onMessage: (m, servedBy) => {
          nicks.saw(peerIdOfBytes(m.from).toString(), m.line.nick)
          metrics.historyFetched.inc({ outcome: 'accepted' })
          emit(historyEventOf(m, servedBy))
        },
        onRefused: onRefusedHistory,
        onQuery: (status) => { metrics.historyQueries.inc({ role: 'asked', status: historyStatusName(status) }) },
        room: room.room,
        maxPeers: init.history.syncPeers,
        maxMessages: init.history.syncMessages
      }).run(store.latest())
      metrics.historyFetched.inc({ outcome: 'duplicate' }, summary.duplicates)
      metrics.historySyncDuration.observe((performance.now() - startedAt) / 1000)
      emit({ event: 'history:synced', ...summary })
    } finally {
      syncing = false
    }
  }
  const onReady = (): void => { void sync().catch(() => {}) }

  return {
    async recentHistory (count) {
      if (store == null) return undefined
      const { messages } = await store.query({ direction: 'backward', limit: count })
      return messages.reverse().map(storedLineOf)
    },
    resolvePeer (target) {
      return nicks.resolve(target, room.topicPeers().map(String))
    },
    async sendDm (to, text, options) {
      let result
      try {
        result = await sendWithLookup(libp2p, to, text, options)
      } catch (err: any) {
        if (err instanceof DmDeliveryError) metrics.dmMessages.inc({ direction: 'out', status: err.cause })
        throw err
      }
      metrics.dmMessages.inc({ direction: 'out', status: result.status })
      metrics.dmRoundTrip.observe(result.rttMs / 1000)
      const body: DmSentFields = { id: result.id, to: result.to, text, status: result.status, ...(result.reason != null ? { reason: result.reason } : {}), sentAtMs: result.sentAtMs, rttMs: result.rttMs, dialed: result.dialed }
      log({ direction: 'out', peerId: result.to, text, ts: result.sentAtMs, status: result.status })
      emit({ event: 'dm:sent', ...body })
      return body
    },
    dmLog: () => [...dmLog],
    async start () {
      if (store != null) {
        await store.open()
        metrics.observeStore(() => store.size)
      }
      room.addEventListener('message', onMessage)
      room.addEventListener('published', onPublished)
      room.presence.addEventListener('ready', onReady)
      libp2p.services.dm.addEventListener('dm', onDm)
      libp2p.services.dm.addEventListener('refused', onDmRefused)
    },
    async stop () {
      room.removeEventListener('message', onMessage)
      room.removeEventListener('published', onPublished)
      room.presence.removeEventListener('ready', onReady)
      libp2p.services.dm.removeEventListener('dm', onDm)
      libp2p.services.dm.removeEventListener('refused', onDmRefused)
    }
  }
}

/**
 * libp2p's dialer asks the DHT only for a peer it has no address of; a peer that restarted on
 * another port leaves stale addresses in the peer store, and the dial fails. So an unreachable
 * peer is looked up once more in the DHT, bypassing the cache, and the send retried.
 */
async function sendWithLookup (libp2p: MessagingInit['libp2p'], to: PeerId, text: string, options?: { signal?: AbortSignal }): ReturnType<DirectMessages['send']> {
  try {
    return await libp2p.services.dm.send(to, text, options)
  } catch (err: any) {
    if (!(err instanceof DmDeliveryError) || err.cause !== 'unreachable') throw err
    try {
      await libp2p.peerRouting.findPeer(to, { useCache: false, signal: options?.signal ?? AbortSignal.timeout(10_000) })
    } catch {
      throw err
    }
    return await libp2p.services.dm.send(to, text, options)
  }
}
