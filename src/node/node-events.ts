/**
 * The node's event stream: one typed, JSON-ready record per thing that happened, each carrying the
 * emitting node's peer id and a wall-clock time. The CLI's human view and NDJSON stream, and the
 * experiment harness, are all consumers of this one stream, so what they show cannot drift apart.
 */
import { TypedEventEmitter } from 'main-event'
import type { Libp2p } from '@libp2p/interface'
import type { BootstrapDialer, BootstrapDialEvent } from './bootstrap-dialer.ts'
import type { ChatRoom, PublishedChatMessage, ReceivedChatMessage, RejectedChatMessage } from './chat-room.ts'
import { transportOf } from './transport.ts'
import type { Transport } from './transport.ts'
import type { NatEventBody } from './nat/events.ts'
import type { NatTraversal } from './nat/traversal.ts'
import type { RejoinSummary } from './known-peers.ts'
import type { HistorySyncSummary } from './history/sync.ts'

interface PeerFields { peerId: string, transport: Transport, remoteAddr: string }

/** A received, verified chat message with everything needed to check its signature independently. */
export interface MessageFields {
  /** hex SHA-256 of the data: the gossipsub message id */
  id: string
  /** author */
  from: string
  /** base64 libp2p `PublicKey` protobuf of the author */
  publicKey: string
  topic: string
  /** decimal */
  seqno: string
  /** base64 */
  data: string
  /** base64 */
  signature: string
  /** the peer that handed us this copy */
  propagationSource: string
  version: number
  nick: string
  text: string
  sentAtMs: number
  receivedAtMs: number
  latencyMs: number
}

/** A received, verified direct message: everything needed to check its signature offline (src/node/dm/). */
export interface DmFields {
  /** hex SHA-256 of `data` */
  id: string
  from: string
  /** this node: the recipient the signature binds */
  to: string
  /** base64 libp2p `PublicKey` protobuf of the sender */
  publicKey: string
  /** base64 ChatPayload, the bytes signed */
  data: string
  /** base64 */
  signature: string
  version: number
  nick: string
  text: string
  sentAtMs: number
  receivedAtMs: number
}

/** An outgoing direct message and its acknowledgement. */
export interface DmSentFields {
  id: string
  to: string
  text: string
  /** the ack's status: delivered, refused, too_large, rate_limited, bad_request */
  status: string
  reason?: string
  sentAtMs: number
  /** send (lookup and dial included) to ack */
  rttMs: number
  /** no connection to the peer existed: it was found (peer store or DHT) and dialled for this message */
  dialed: boolean
}

export type ChatNodeEventBody =
  | ({ event: 'peer:connected' } & PeerFields)
  | ({ event: 'peer:disconnected' } & PeerFields)
  | { event: 'room:peer-joined', peerId: string, roomPeers: number }
  | { event: 'room:peer-left', peerId: string, roomPeers: number }
  | { event: 'room:ready', sendablePeers: number }
  | { event: 'room:unready' }
  | ({ event: 'message' } & MessageFields)
  | ({ event: 'published' } & PublishedChatMessage)
  | { event: 'rejected', outcome: RejectedChatMessage['outcome'], reason: RejectedChatMessage['reason'], propagationSource?: string }
  | { event: 'rejected:summary', intervalMs: number, suppressed: number, reasons: RefusalCount[], sources: number }
  | { event: 'duplicate', id: string, count: number }
  | { event: 'verdict', peerId: string, verdict: 'graylisted' | 'pruned', score: number }
  | ({ event: 'bootstrap' } & BootstrapDialEvent)
  | ({ event: 'history' } & MessageFields)
  | ({ event: 'history:synced' } & HistorySyncSummary)
  | { event: 'history:refused', servedBy: string, reason: string }
  | ({ event: 'dm' } & DmFields)
  | ({ event: 'dm:sent' } & DmSentFields)
  | ({ event: 'rejoin' } & RejoinSummary)
  | NatEventBody

/** Where the node's features (history, DMs, rejoin) hand their events to the stream. */
export interface FeatureEvents {
  event: CustomEvent<ChatNodeEventBody>
}

export interface RefusalCount { outcome: RejectedChatMessage['outcome'], reason: RejectedChatMessage['reason'], count: number }

/**
 * A flood of refused messages must not become a flood of lines (measured: 163 000 `rejected` lines
 * from one peer, /healthz at 2.9 s). The first `perInterval` refusals of an interval are
 * reported one by one; the rest are counted and reported as one `rejected:summary` at its end.
 */
export const REFUSAL_SUMMARY = { intervalMs: 10_000, perInterval: 10 } as const

/** `node`: the emitting node's peer id; `ts`: ms since the epoch. */
export type ChatNodeEvent = { node: string, ts: number } & ChatNodeEventBody

export interface ChatNodeEvents {
  event: CustomEvent<ChatNodeEvent>
}

export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')

export function messageFields (m: ReceivedChatMessage): MessageFields {
  return {
    id: m.id,
    from: m.from.toString(),
    publicKey: b64(m.publicKey),
    topic: m.topic,
    seqno: m.sequenceNumber.toString(),
    data: b64(m.data),
    signature: b64(m.signature),
    propagationSource: m.propagationSource.toString(),
    version: m.line.version,
    nick: m.line.nick,
    text: m.line.text,
    sentAtMs: m.line.sentAtMs,
    receivedAtMs: m.receivedAtMs,
    latencyMs: m.latencyMs
  }
}

/** Turns libp2p's, the room's and the bootstrap dialer's events into one `ChatNodeEvent` stream. */
export function chatNodeEvents (libp2p: Libp2p<{ bootstrap: BootstrapDialer, nat?: NatTraversal }>, room: ChatRoom, features: TypedEventEmitter<FeatureEvents>): TypedEventEmitter<ChatNodeEvents> {
  const stream = new TypedEventEmitter<ChatNodeEvents>()
  const node = libp2p.peerId.toString()
  const emit = (body: ChatNodeEventBody): void => {
    stream.safeDispatchEvent('event', { detail: { node, ts: Date.now(), ...body } })
  }

  libp2p.addEventListener('connection:open', ({ detail: conn }) => {
    emit({ event: 'peer:connected', peerId: conn.remotePeer.toString(), transport: transportOf(conn.remoteAddr), remoteAddr: conn.remoteAddr.toString() })
  })
  libp2p.addEventListener('connection:close', ({ detail: conn }) => {
    // a peer is gone when its last connection closes; report the transport that connection used
    if (libp2p.getConnections(conn.remotePeer).length > 0) return
    emit({ event: 'peer:disconnected', peerId: conn.remotePeer.toString(), transport: transportOf(conn.remoteAddr), remoteAddr: conn.remoteAddr.toString() })
  })
  libp2p.services.bootstrap.addEventListener('dial', ({ detail }) => { emit({ event: 'bootstrap', ...detail }) })
  libp2p.services.nat?.addEventListener('nat', ({ detail }) => { emit(detail) })
  room.presence.addEventListener('peer-joined', ({ detail }) => { emit({ event: 'room:peer-joined', ...detail }) })
  room.presence.addEventListener('peer-left', ({ detail }) => { emit({ event: 'room:peer-left', ...detail }) })
  room.presence.addEventListener('ready', ({ detail }) => { emit({ event: 'room:ready', ...detail }) })
  room.presence.addEventListener('unready', () => { emit({ event: 'room:unready' }) })
  room.addEventListener('message', ({ detail }) => { emit({ event: 'message', ...messageFields(detail) }) })
  room.addEventListener('published', ({ detail }) => { emit({ event: 'published', ...detail }) })
  room.addEventListener('duplicate', ({ detail }) => { emit({ event: 'duplicate', ...detail }) })
  room.addEventListener('verdict', ({ detail }) => { emit({ event: 'verdict', ...detail }) })
  features.addEventListener('event', ({ detail }) => { emit(detail) })
  const refusals = refusalSummary(emit, REFUSAL_SUMMARY)
  room.addEventListener('rejected', ({ detail: r }) => { refusals(r) })
  return stream
}

/** Reports refusals through `emit`, one by one up to `perInterval` per interval, the rest summarised. */
export function refusalSummary (emit: (body: ChatNodeEventBody) => void, limits: { intervalMs: number, perInterval: number }): (r: RejectedChatMessage) => void {
  let shown = 0
  let windowStart = 0
  let suppressed = new Map<string, RefusalCount>()
  let sources = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = (): void => {
    timer = undefined
    const reasons = [...suppressed.values()]
    emit({ event: 'rejected:summary', intervalMs: limits.intervalMs, suppressed: reasons.reduce((n, r) => n + r.count, 0), reasons, sources: sources.size })
    suppressed = new Map()
    sources = new Set()
  }
  return (r) => {
    const now = Date.now()
    if (now - windowStart >= limits.intervalMs && timer == null) {
      windowStart = now
      shown = 0
    }
    if (shown < limits.perInterval) {
      shown++
      emit({ event: 'rejected', outcome: r.outcome, reason: r.reason, propagationSource: r.propagationSource?.toString() })
      return
    }
    const key = `${r.outcome}/${r.reason}`
    const entry = suppressed.get(key) ?? { outcome: r.outcome, reason: r.reason, count: 0 }
    entry.count++
    suppressed.set(key, entry)
    // bounded: at most a few hundred distinct peers are connected at once
    if (r.propagationSource != null && sources.size < 10_000) sources.add(r.propagationSource.toString())
    if (timer == null) {
      timer = setTimeout(() => { flush(); windowStart = Date.now(); shown = 0 }, Math.max(0, windowStart + limits.intervalMs - now))
      timer.unref?.()
    }
  }
}
