/**
 * Decoding the history protocol's frames without ever throwing: a peer's bytes are either a value
 * within bounds or a refusal with a reason from a closed set (a metric label, an error field).
 * Everything the service and the client need to trust about a frame's shape is checked here, so
 * neither has to look at raw protobuf again.
 */
import { Direction, HistoryMessage, HistoryQuery, HistoryResponse } from '../generated/history.js'

export { Direction, HistoryMessage, HistoryQuery, HistoryResponse }

/** The protocol id, versioned as libp2p protocols are. */
export const HISTORY_PROTOCOL = '/p2p-chat/history/1.0.0'

/**
 * Status codes of a response (Waku Store v3's, HTTP-flavoured), each one a client can act on:
 * 400 ask differently, 413 ask for less, 429 ask later, 503 ask someone else.
 */
export const HISTORY_STATUS = {
  OK: 200,
  BAD_REQUEST: 400,
  TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503
} as const
export type HistoryStatus = typeof HISTORY_STATUS[keyof typeof HISTORY_STATUS]
const STATUSES = new Set<number>(Object.values(HISTORY_STATUS))

/** Largest query frame, bytes: a query is a few short strings, two numbers and a 32-byte cursor. */
export const MAX_QUERY_BYTES = 1024
/** Largest response frame any client accepts, bytes (a server may be configured below it). */
export const MAX_RESPONSE_BYTES = 1024 * 1024
/** Most messages one response may carry, whatever the frame size. */
export const MAX_RESPONSE_MESSAGES = 1000
/** Largest `limit` a query may ask for; servers cap it further at their page size. */
export const MAX_QUERY_LIMIT = 1000
/** Longest request id, bytes (a client's random hex id is 32). */
export const MAX_REQUEST_ID_BYTES = 64
/** Longest room name in a query, bytes. */
export const MAX_ROOM_BYTES = 256
/** A cursor is a message id: SHA-256 of the message data. */
export const CURSOR_BYTES = 32

/** Why a frame was refused; closed, so it can label a metric. */
export const HISTORY_CODEC_REASONS = [
  'malformed', 'oversize', 'bad_request_id', 'bad_room', 'bad_cursor', 'bad_limit', 'bad_range',
  'bad_status', 'too_many_messages'
] as const
export type HistoryCodecReason = typeof HISTORY_CODEC_REASONS[number]

export type Decoded<T> = { ok: true, value: T } | { ok: false, reason: HistoryCodecReason }

const utf8 = new TextEncoder()
const MAX_MS = BigInt(Number.MAX_SAFE_INTEGER)

/** The fields of a gossipsub RPC.Message, which a HistoryMessage has under the same numbers. */
export interface SignedMessageFields {
  from?: Uint8Array
  data?: Uint8Array
  seqno?: Uint8Array
  topic: string
  signature?: Uint8Array
  key?: Uint8Array
}

/**
 * The wire form of a signed message: its gossipsub fields and nothing else. (The generated types
 * want `Uint8Array<ArrayBuffer>`; protons writes any Uint8Array, so the narrowing is only nominal.)
 */
export function historyMessageOf (m: SignedMessageFields): HistoryMessage {
  const { from, data, seqno, topic, signature, key } = m
  return { from, data, seqno, topic, signature, key } as HistoryMessage
}

export function encodeHistoryMessage (m: SignedMessageFields): Uint8Array {
  return HistoryMessage.encode(historyMessageOf(m))
}

/**
 * protons-runtime 7.1.2 writes a uint64 in [2^31, 2^32) as garbage (LongBits keeps `lo | 0`, a
 * negative number its varint writer stops on). No message is sent in those 25 days of early 1970
 * (the payload's age check refuses them), so moving a bound out of them selects the same messages.
 */
const BROKEN_UINT64_LOW = 2n ** 31n
const BROKEN_UINT64_HIGH = 2n ** 32n
const inBrokenRange = (v: bigint | undefined): boolean => v != null && v >= BROKEN_UINT64_LOW && v < BROKEN_UINT64_HIGH

export function encodeHistoryQuery (query: HistoryQuery): Uint8Array {
  return HistoryQuery.encode({
    ...query,
    ...(inBrokenRange(query.startMs) ? { startMs: BROKEN_UINT64_HIGH } : {}),
    ...(inBrokenRange(query.endMs) ? { endMs: BROKEN_UINT64_LOW - 1n } : {})
  })
}

export function encodeHistoryResponse (response: HistoryResponse): Uint8Array {
  return HistoryResponse.encode(response)
}

export function decodeHistoryQuery (bytes: Uint8Array): Decoded<HistoryQuery> {
  if (bytes.byteLength > MAX_QUERY_BYTES) return { ok: false, reason: 'oversize' }
  let query: HistoryQuery
  try {
    query = HistoryQuery.decode(bytes)
  } catch {
    // includes a direction outside the enum: protons refuses unknown enum values
    return { ok: false, reason: 'malformed' }
  }
  const requestIdBytes = utf8.encode(query.requestId).byteLength
  if (requestIdBytes === 0 || requestIdBytes > MAX_REQUEST_ID_BYTES) return { ok: false, reason: 'bad_request_id' }
  const roomBytes = utf8.encode(query.room).byteLength
  if (roomBytes === 0 || roomBytes > MAX_ROOM_BYTES) return { ok: false, reason: 'bad_room' }
  if (query.cursor != null && query.cursor.byteLength !== CURSOR_BYTES) return { ok: false, reason: 'bad_cursor' }
  if (query.limit === 0 || query.limit > MAX_QUERY_LIMIT) return { ok: false, reason: 'bad_limit' }
  // send times become JS numbers in the store: refuse what would lose precision
  if ((query.startMs ?? 0n) > MAX_MS || (query.endMs ?? 0n) > MAX_MS) return { ok: false, reason: 'bad_range' }
  if (query.startMs != null && query.endMs != null && query.startMs > query.endMs) return { ok: false, reason: 'bad_range' }
  return { ok: true, value: query }
}

/** `maxBytes`: a client's own cap below `MAX_RESPONSE_BYTES` (which always applies). */
export function decodeHistoryResponse (bytes: Uint8Array, maxBytes = MAX_RESPONSE_BYTES): Decoded<HistoryResponse> {
  if (bytes.byteLength > Math.min(maxBytes, MAX_RESPONSE_BYTES)) return { ok: false, reason: 'oversize' }
  let response: HistoryResponse
  try {
    response = HistoryResponse.decode(bytes, { limits: { messages: MAX_RESPONSE_MESSAGES } })
  } catch (err: any) {
    return { ok: false, reason: err?.name === 'MaxLengthError' ? 'too_many_messages' : 'malformed' }
  }
  // an empty request id is allowed: a server refusing before it read the query (overload, oversize) has none to echo
  if (utf8.encode(response.requestId).byteLength > MAX_REQUEST_ID_BYTES) return { ok: false, reason: 'bad_request_id' }
  if (!STATUSES.has(response.statusCode)) return { ok: false, reason: 'bad_status' }
  if (response.nextCursor != null && response.nextCursor.byteLength !== CURSOR_BYTES) return { ok: false, reason: 'bad_cursor' }
  return { ok: true, value: response }
}

/** The store's direction for a query's. */
export function directionOf (direction: Direction): 'forward' | 'backward' {
  return direction === Direction.FORWARD ? 'forward' : 'backward'
}
