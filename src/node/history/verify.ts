/**
 * Checking a message a history server handed us, trusting nothing of the server: the signature
 * exactly as gossipsub's StrictSign checks it (so only what its author signed for this room gets
 * in), then the room's payload rules. A history message is old by nature, so the payload's age
 * limit is the history window instead of the live room's few minutes.
 */
import { publicKeyFromProtobuf, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { RPC } from '@libp2p/gossipsub/message'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId, PublicKey } from '@libp2p/interface'
import { toString as uint8ArrayToString } from 'uint8arrays/to-string'
import { concat as uint8ArrayConcat } from 'uint8arrays/concat'
import { equals as uint8ArrayEquals } from 'uint8arrays/equals'
import { IGNORE_REASONS, REJECT_REASONS, validateChatPayload } from '../chat-payload.ts'
import type { ChatLine } from '../chat-payload.ts'
import { messageIdOf, messageIdToHex } from '../chat-room.ts'
import type { ValidationLimits } from '../options.ts'
import type { SignedMessageFields } from './codec.ts'
import type { StoredMessage } from './store.ts'

/**
 * Why a history message was refused; closed, so it can label a metric. The payload's reasons
 * (REJECT_REASONS already holds gossipsub's invalid_signature, invalid_seqno, invalid_peerid),
 * plus `key_mismatch` (a `key` that is not `from`'s) and `wrong_topic` (another room's message).
 */
export const HISTORY_REFUSAL_REASONS = ['key_mismatch', 'wrong_topic', ...REJECT_REASONS, ...IGNORE_REASONS] as const
export type HistoryRefusalReason = typeof HISTORY_REFUSAL_REASONS[number]

export interface VerifyExpectations {
  /** The room's gossipsub topic. */
  topic: string
  /** The room's payload limits; their `maxMessageAgeMs` is replaced by `maxAgeMs`. */
  limits: ValidationLimits
  /** Oldest accepted send time, ms in the past: the history window. */
  maxAgeMs: number
  /** The local clock, ms. Default: `Date.now()`. */
  now?: number
}

export type HistoryVerdict =
  /** `publicKey`: the author's key, libp2p protobuf (from `key`, or from the peer id itself). */
  | { ok: true, message: StoredMessage, line: ChatLine, publicKey: Uint8Array }
  | { ok: false, reason: HistoryRefusalReason }

/** gossipsub's SignPrefix: the signature covers these bytes, then the unsigned RPC.Message. */
const SIGN_PREFIX = new TextEncoder().encode('libp2p-pubsub:')
const SEQNO_BYTES = 8

export async function verifyHistoryMessage (m: SignedMessageFields, expect: VerifyExpectations): Promise<HistoryVerdict> {
  const { from, data, seqno, signature, key } = m
  if (seqno?.byteLength !== SEQNO_BYTES) return { ok: false, reason: 'invalid_seqno' }
  if (signature == null) return { ok: false, reason: 'invalid_signature' }
  const author = peerIdOf(from)
  if (from == null || author == null) return { ok: false, reason: 'invalid_peerid' }
  let publicKey: PublicKey
  if (key != null) {
    try {
      publicKey = publicKeyFromProtobuf(key)
    } catch {
      return { ok: false, reason: 'invalid_peerid' }
    }
    if (!author.equals(publicKey.toMultihash().bytes)) return { ok: false, reason: 'key_mismatch' }
  } else {
    if (author.publicKey == null) return { ok: false, reason: 'invalid_peerid' }
    publicKey = author.publicKey
  }
  // before the signature: a server must not make us spend a verification on another room's message
  if (m.topic !== expect.topic) return { ok: false, reason: 'wrong_topic' }

  const signed = uint8ArrayConcat([SIGN_PREFIX, RPC.Message.encode({ from, data, seqno, topic: m.topic })])
  let valid: boolean
  try {
    valid = await publicKey.verify(signed, signature)
  } catch {
    // a malformed signature makes some key types throw: it is as invalid as a wrong one
    valid = false
  }
  if (!valid) return { ok: false, reason: 'invalid_signature' }

  const body = data ?? new Uint8Array(0)
  const verdict = validateChatPayload(body, { ...expect.limits, maxMessageAgeMs: expect.maxAgeMs }, expect.now ?? Date.now())
  if (verdict.action !== 'accept') return { ok: false, reason: verdict.reason }
  const message: StoredMessage = {
    id: messageIdToHex(messageIdOf(body)),
    from,
    seqno,
    data: body,
    signature,
    ...(key != null ? { key } : {}),
    topic: m.topic,
    sentAtMs: verdict.line.sentAtMs
  }
  return { ok: true, message, line: verdict.line, publicKey: key ?? publicKeyToProtobuf(publicKey) }
}

/** The peer id whose multihash is exactly `from`, if any. */
function peerIdOf (from: Uint8Array | undefined): PeerId | undefined {
  if (from == null || from.byteLength === 0) return undefined
  try {
    const peer = peerIdFromString(uint8ArrayToString(from, 'base58btc'))
    // peerIdFromString also reads CIDs and multibase strings: insist on the very bytes
    return uint8ArrayEquals(peer.toMultihash().bytes, from) ? peer : undefined
  } catch {
    return undefined
  }
}
