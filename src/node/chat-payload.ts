/**
 * Building and strictly validating room payloads. Validation is a pure function of the bytes and
 * the local clock so it can be tested and benchmarked without a network.
 */
import { randomBytes } from 'node:crypto'
import { ChatPayload } from './generated/payload.js'
import { PAYLOAD_VERSION } from './options.ts'
import type { ValidationLimits } from './options.ts'

export { ChatPayload }

/** A validated payload with its text fields decoded. */
export interface ChatLine {
  version: number
  text: string
  nick: string
  sentAtMs: number
  nonce: Uint8Array
}

/**
 * Why a message was refused. `reject` reasons penalise the forwarding peer in gossipsub's score;
 * `ignore` reasons only drop the message. The set is closed so it can label a metric.
 */
export const REJECT_REASONS = [
  'malformed', 'unknown_version', 'empty_text', 'oversize_text', 'invalid_utf8', 'invalid_text', 'invalid_nick',
  'missing_nonce', 'missing_send_time',
  // raised by gossipsub itself (StrictSign) before the payload is looked at
  'invalid_signature', 'invalid_seqno', 'invalid_peerid'
] as const
export const IGNORE_REASONS = ['future_send_time', 'stale_send_time'] as const

export type RejectReason = typeof REJECT_REASONS[number]
export type IgnoreReason = typeof IGNORE_REASONS[number]

export type Verdict =
  | { action: 'accept', line: ChatLine }
  | { action: 'reject', reason: RejectReason }
  | { action: 'ignore', reason: IgnoreReason }

const NONCE_BYTES = 8
// ignoreBOM: a leading U+FEFF is part of what the peer sent, not a marker to strip (the text must round-trip)
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf8 = new TextEncoder()
// C0 and C1 controls, DEL, line separators, and the bidi overrides that can disguise a nickname
// eslint-disable-next-line no-control-regex
const NICK_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u
// the same in text, except that a message may span lines and hold tabs
// eslint-disable-next-line no-control-regex
const TEXT_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

export function encodeChatLine (text: string, nick: string, sentAtMs = Date.now()): Uint8Array {
  return ChatPayload.encode({
    version: PAYLOAD_VERSION,
    text: utf8.encode(text),
    nick: utf8.encode(nick),
    sentAtMs: BigInt(sentAtMs),
    nonce: randomBytes(NONCE_BYTES)
  })
}

/** The local checks a line must pass before we publish it (the same rules peers apply). */
export function checkOutgoingText (text: string, limits: ValidationLimits): string | undefined {
  if (text.length === 0) return 'empty message'
  const bytes = utf8.encode(text).byteLength
  if (bytes > limits.maxTextBytes) return `message is ${bytes} bytes; the room allows ${limits.maxTextBytes}`
  if (TEXT_FORBIDDEN.test(text)) return 'message contains control or bidi-override characters, which the room refuses (newline and tab are fine)'
  return undefined
}

export function checkNick (nick: string, limits: ValidationLimits): string | undefined {
  if (nick.length === 0) return 'must not be empty'
  if (NICK_FORBIDDEN.test(nick)) return 'must not contain control characters'
  if (utf8.encode(nick).byteLength > limits.maxNickBytes) return `must be at most ${limits.maxNickBytes} bytes`
  return undefined
}

export function validateChatPayload (data: Uint8Array, limits: ValidationLimits, nowMs = Date.now()): Verdict {
  let payload: ChatPayload
  try {
    payload = ChatPayload.decode(data, { limits: {} })
  } catch {
    return { action: 'reject', reason: 'malformed' }
  }
  if (payload.version !== PAYLOAD_VERSION) return { action: 'reject', reason: 'unknown_version' }
  if (payload.text.byteLength === 0) return { action: 'reject', reason: 'empty_text' }
  if (payload.text.byteLength > limits.maxTextBytes) return { action: 'reject', reason: 'oversize_text' }
  if (payload.nonce.byteLength !== NONCE_BYTES) return { action: 'reject', reason: 'missing_nonce' }
  if (payload.sentAtMs === 0n) return { action: 'reject', reason: 'missing_send_time' }

  let text: string
  let nick: string
  try {
    text = strictUtf8.decode(payload.text)
    nick = strictUtf8.decode(payload.nick)
  } catch {
    return { action: 'reject', reason: 'invalid_utf8' }
  }
  if (TEXT_FORBIDDEN.test(text)) return { action: 'reject', reason: 'invalid_text' }
  if (checkNick(nick, limits) != null) return { action: 'reject', reason: 'invalid_nick' }

  const sentAtMs = Number(payload.sentAtMs)
  if (sentAtMs > nowMs + limits.maxClockSkewMs) return { action: 'ignore', reason: 'future_send_time' }
  if (sentAtMs < nowMs - limits.maxMessageAgeMs) return { action: 'ignore', reason: 'stale_send_time' }

  return { action: 'accept', line: { version: payload.version, text, nick, sentAtMs, nonce: payload.nonce } }
}
