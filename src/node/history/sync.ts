/**
 * Catching up on the room: asks a few room peers for the messages we missed, page by page, keeps
 * what verifies (signature, room, payload) and is new, and hands it over oldest first. A peer is
 * one source among several: a failure, a refusal or a forgery ends the sync with that peer only.
 */
import type { AbortOptions, PeerId } from '@libp2p/interface'
import type { ChatLine } from '../chat-payload.ts'
import { messageIdOf, messageIdToHex } from '../chat-room.ts'
import { REJECT_REASONS } from '../chat-payload.ts'
import { TOPIC_PREFIX } from '../options.ts'
import { Direction, HISTORY_STATUS } from './codec.ts'
import type { HistoryResponse, SignedMessageFields } from './codec.ts'
import type { HistoryClientQuery } from './service.ts'
import type { HistoryStore, StoredMessage } from './store.ts'
import type { HistoryRefusalReason, HistoryVerdict } from './verify.ts'

/** A message the sync accepted: stored, with its decoded line and its author's public key (protobuf). */
export type SyncedMessage = StoredMessage & { line: ChatLine, publicKey: Uint8Array }

export interface HistorySyncSummary {
  /** Peers asked. */
  peers: number
  /** Messages received, from all peers. */
  received: number
  accepted: number
  /** Already stored, already received in this run, or already delivered by gossip. */
  duplicates: number
  /** Failed verification (each reported through `onRefused`). */
  refused: number
  durationMs: number
}

export interface HistorySyncInit {
  /** One query to one peer (`ChatHistory.query`). */
  client: (peer: PeerId, q: HistoryClientQuery, options?: AbortOptions) => Promise<HistoryResponse>
  /** The room's peers, in order of preference. */
  roomPeers: () => PeerId[]
  store: HistoryStore
  /** `verifyHistoryMessage` with the room's expectations bound. */
  verify: (m: SignedMessageFields) => Promise<HistoryVerdict>
  /** Whether gossip already delivered the message with this id. */
  seen: (id: string) => boolean
  /** Each accepted message, oldest first, once the run is over. */
  onMessage: (m: SyncedMessage, servedBy: PeerId) => void
  onRefused: (peer: PeerId, reason: HistoryRefusalReason) => void
  /** Each query's outcome: the response's status, or `error` (dial, stream, malformed response). */
  onQuery?: (status: number | 'error', peer: PeerId) => void
  onDone?: (summary: HistorySyncSummary) => void
  /** The room name queries carry. Default: the store's topic without `TOPIC_PREFIX/`. */
  room?: string
  /** Peers asked at most. Default: 3. */
  maxPeers?: number
  /** Messages per query. Default: 100. */
  pageLimit?: number
  /** Messages accepted at most in one run, and received from one peer at most. Default: 1000. */
  maxMessages?: number
}

export const DEFAULT_SYNC_MAX_PEERS = 3
export const DEFAULT_SYNC_PAGE_LIMIT = 100
export const DEFAULT_SYNC_MAX_MESSAGES = 1000

const REJECTS = new Set<string>(REJECT_REASONS)
const byTimeThenId = (a: { sentAtMs: number, id: string }, b: { sentAtMs: number, id: string }): number =>
  a.sentAtMs - b.sentAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

interface Run {
  summary: HistorySyncSummary
  accepted: Array<{ message: SyncedMessage, servedBy: PeerId }>
  ids: Set<string>
  signal?: AbortSignal
}

export class HistorySync {
  private readonly init: HistorySyncInit
  private readonly room: string
  private readonly maxPeers: number
  private readonly pageLimit: number
  private readonly maxMessages: number

  constructor (init: HistorySyncInit) {
    this.init = init
    const topic = init.store.topic
    this.room = init.room ?? (topic.startsWith(`${TOPIC_PREFIX}/`) ? topic.slice(TOPIC_PREFIX.length + 1) : topic)
    this.maxPeers = init.maxPeers ?? DEFAULT_SYNC_MAX_PEERS
    this.pageLimit = init.pageLimit ?? DEFAULT_SYNC_PAGE_LIMIT
    this.maxMessages = init.maxMessages ?? DEFAULT_SYNC_MAX_MESSAGES
  }

  /**
   * One sync. With `since` (the store's latest), asks forward from its send time (a peer need not
   * hold that very message, so no cursor: what it sends again at that millisecond is a duplicate);
   * without, backward for the newest `maxMessages`.
   */
  async run (since?: { sentAtMs: number, id: string }, options: AbortOptions = {}): Promise<HistorySyncSummary> {
    const startedAt = performance.now()
    const run: Run = {
      summary: { peers: 0, received: 0, accepted: 0, duplicates: 0, refused: 0, durationMs: 0 },
      accepted: [],
      ids: new Set(),
      signal: options.signal
    }
    for (const peer of this.init.roomPeers().slice(0, this.maxPeers)) {
      if (run.summary.accepted >= this.maxMessages) break
      options.signal?.throwIfAborted()
      run.summary.peers++
      await this.syncFrom(peer, since, run)
    }
    run.accepted.sort((a, b) => byTimeThenId(a.message, b.message))
    for (const { message, servedBy } of run.accepted) this.init.onMessage(message, servedBy)
    run.summary.durationMs = performance.now() - startedAt
    this.init.onDone?.(run.summary)
    return run.summary
  }

  private async syncFrom (peer: PeerId, since: { sentAtMs: number } | undefined, run: Run): Promise<void> {
    const { summary } = run
    let cursor: Uint8Array<ArrayBuffer> | undefined
    let fromPeer = 0
    // a server handing out cursors forever gets no more pages than the cap needs
    for (let page = 0; page <= Math.ceil(this.maxMessages / this.pageLimit); page++) {
      const limit = Math.min(this.pageLimit, this.maxMessages - fromPeer)
      if (limit <= 0 || summary.accepted >= this.maxMessages) return
      let response: HistoryResponse
      try {
        response = await this.init.client(peer, {
          room: this.room,
          direction: since != null ? Direction.FORWARD : Direction.BACKWARD,
          limit,
          ...(since != null ? { startMs: BigInt(since.sentAtMs) } : {}),
          ...(cursor != null ? { cursor } : {})
        }, { signal: run.signal })
      } catch {
        run.signal?.throwIfAborted()
        this.init.onQuery?.('error', peer)
        return
      }
      this.init.onQuery?.(response.statusCode, peer)
      if (response.statusCode !== HISTORY_STATUS.OK) return
      let forged = false
      for (const wire of response.messages.slice(0, limit)) {
        if (summary.accepted >= this.maxMessages) return
        summary.received++
        fromPeer++
        forged = (await this.take(wire, peer, run)) || forged
      }
      // a peer that served a forgery is not asked for more
      if (forged || response.nextCursor == null || response.messages.length === 0) return
      cursor = response.nextCursor
    }
  }

  /** Dedupes, verifies and stores one message; true when it was a forgery (a `reject` reason). */
  private async take (wire: SignedMessageFields, peer: PeerId, run: Run): Promise<boolean> {
    // duplicates are the common case: found before the costly signature check
    const id = messageIdToHex(messageIdOf(wire.data ?? new Uint8Array(0)))
    if (run.ids.has(id) || this.init.store.has(id) || this.init.seen(id)) {
      run.summary.duplicates++
      return false
    }
    const verdict = await this.init.verify(wire)
    if (!verdict.ok) {
      run.summary.refused++
      this.init.onRefused(peer, verdict.reason)
      return REJECTS.has(verdict.reason) || verdict.reason === 'key_mismatch' || verdict.reason === 'wrong_topic'
    }
    run.ids.add(id)
    run.summary.accepted++
    // a message the store's bounds refuse (older than it keeps) is still history worth showing
    await this.init.store.add(verdict.message)
    run.accepted.push({ message: { ...verdict.message, line: verdict.line, publicKey: verdict.publicKey }, servedBy: peer })
    return false
  }
}
