/** Conversions between the history/DM records and the node's JSON-ready events. */
import { peerIdFromMultihash } from '@libp2p/peer-id'
import * as Digest from 'multiformats/hashes/digest'
import type { GossipSub } from '@libp2p/gossipsub'
import type { PeerId } from '@libp2p/interface'
import { ChatPayload } from './chat-payload.ts'
import type { ChatLine } from './chat-payload.ts'
import type { ReceivedChatMessage } from './chat-room.ts'
import { b64 } from './node-events.ts'
import type { DmFields, MessageFields } from './node-events.ts'
import { HISTORY_STATUS } from './history/index.ts'
import type { StoredMessage } from './history/index.ts'
import type { ReceivedDirectMessage } from './dm/index.ts'
import { wallClockMs } from './wall-clock.ts'

/** History status codes as metric labels (a closed set; any other code a peer sends is `other`). */
export const HISTORY_STATUS_NAMES = ['ok', 'bad_request', 'too_large', 'too_many_requests', 'unavailable', 'other'] as const
const STATUS_NAME_OF: Record<number, typeof HISTORY_STATUS_NAMES[number]> = {
  [HISTORY_STATUS.OK]: 'ok',
  [HISTORY_STATUS.BAD_REQUEST]: 'bad_request',
  [HISTORY_STATUS.TOO_LARGE]: 'too_large',
  [HISTORY_STATUS.TOO_MANY_REQUESTS]: 'too_many_requests',
  [HISTORY_STATUS.UNAVAILABLE]: 'unavailable'
}

export function historyStatusName (status: number | 'error'): string {
  return status === 'error' ? 'failed' : STATUS_NAME_OF[status] ?? 'other'
}

const utf8 = new TextDecoder()

/** What gossipsub's message cache holds of a message (not in its exported types). */
interface CachedMessage { from?: Uint8Array, seqno?: Uint8Array, data?: Uint8Array, signature?: Uint8Array, key?: Uint8Array, topic: string }
interface GossipSubCache { mcache: { msgs: Map<string, { message: CachedMessage }> } }

export function peerIdOfBytes (bytes: Uint8Array): PeerId {
  return peerIdFromMultihash(Digest.decode(bytes))
}

/**
 * The original signed message of a room message id, byte for byte, from gossipsub's message
 * cache (where our own published messages are too); the received message's fields when the cache
 * no longer has it. `sentAtMs`: the payload's send time, which the room has already decoded.
 */
export function storedMessageOf (pubsub: GossipSub, id: string, sentAtMs: number, received?: ReceivedChatMessage): StoredMessage | undefined {
  const cached = (pubsub as unknown as GossipSubCache).mcache?.msgs.get(id)?.message
  if (cached?.from != null && cached.seqno != null && cached.data != null && cached.signature != null) {
    return { id, from: cached.from, seqno: cached.seqno, data: cached.data, signature: cached.signature, ...(cached.key != null ? { key: cached.key } : {}), topic: cached.topic, sentAtMs }
  }
  if (received == null) return undefined
  const seqno = new Uint8Array(8)
  new DataView(seqno.buffer).setBigUint64(0, received.sequenceNumber)
  return { id, from: received.from.toMultihash().bytes, seqno, data: received.data, signature: received.signature, key: received.publicKey, topic: received.topic, sentAtMs }
}

/** A verified history message as a `history` event: the same fields as a `message`; the source is the peer that served it. */
export function historyEventOf (m: StoredMessage & { line: ChatLine, publicKey: Uint8Array }, servedBy: PeerId): { event: 'history' } & MessageFields {
  const receivedAtMs = wallClockMs()
  return {
    event: 'history',
    id: m.id,
    from: peerIdOfBytes(m.from).toString(),
    publicKey: b64(m.publicKey),
    topic: m.topic,
    seqno: new DataView(m.seqno.buffer, m.seqno.byteOffset, 8).getBigUint64(0).toString(),
    data: b64(m.data),
    signature: b64(m.signature),
    propagationSource: servedBy.toString(),
    version: m.line.version,
    nick: m.line.nick,
    text: m.line.text,
    sentAtMs: m.line.sentAtMs,
    receivedAtMs,
    latencyMs: receivedAtMs - m.line.sentAtMs
  }
}

export function dmEventOf (m: ReceivedDirectMessage): { event: 'dm' } & DmFields {
  return {
    event: 'dm',
    id: m.id,
    from: m.from.toString(),
    to: m.to.toString(),
    publicKey: b64(m.publicKey),
    data: b64(m.payload),
    signature: b64(m.signature),
    version: m.line.version,
    nick: m.line.nick,
    text: m.line.text,
    sentAtMs: m.line.sentAtMs,
    receivedAtMs: m.receivedAtMs
  }
}

/** A stored room message as `/history` shows it. */
export interface StoredLine { id: string, from: string, nick: string, text: string, sentAtMs: number }

/** A stored message as a `/history` line (it was verified when it was stored). */
export function storedLineOf (m: StoredMessage): StoredLine {
  let nick = ''
  let text = ''
  try {
    const payload = ChatPayload.decode(m.data)
    nick = utf8.decode(payload.nick)
    text = utf8.decode(payload.text)
  } catch {
    // unreachable for a stored message (each was validated on its way in); shown empty, not thrown
  }
  return { id: m.id, from: peerIdOfBytes(m.from).toString(), nick, text, sentAtMs: m.sentAtMs }
}
