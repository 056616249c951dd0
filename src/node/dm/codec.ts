/**
 * Wire codec of the DM protocol: protobuf messages behind an unsigned-varint length prefix. The
 * decoders never throw: peer bytes come back either decoded or as a refusal with a status and a
 * reason, ready to be put in an ack.
 */
import { Uint8ArrayList } from 'uint8arraylist'
import { DirectMessage, DmAck } from '../generated/dm.js'
import { DM_STATUS, dmStatusName, toDmStatus } from './status.ts'
import type { DmStatus, DmStatusName } from './status.ts'
import { encodeUvarint } from './varint.ts'

export { DirectMessage, DmAck }

/** A request or answer that cannot be processed, as its ack says it. */
export interface DmRefusal {
  ok: false
  status: Exclude<DmStatus, typeof DM_STATUS.DELIVERED>
  /** never empty */
  reason: string
}

/** An ack as the sender reads it. */
export interface DecodedAck {
  status: DmStatusName
  reason: string
}

/** Largest ack accepted: a status and a short reason; anything bigger is a broken or hostile peer. */
export const MAX_ACK_BYTES = 1024
/** Longest reason put in an ack, in characters: room for a sentence, no more. */
export const MAX_REASON_CHARS = 200
/** Longest length prefix read, bytes: 5 varint bytes reach 2^35, far above any cap we set. */
const MAX_PREFIX_BYTES = 5

const refusal = (status: DmRefusal['status'], reason: string): DmRefusal => ({ ok: false, status, reason })

export function decodeDirectMessage (bytes: Uint8Array | Uint8ArrayList): { ok: true, message: DirectMessage } | DmRefusal {
  let message: DirectMessage
  try {
    message = DirectMessage.decode(bytes)
  } catch {
    return refusal(DM_STATUS.BAD_REQUEST, 'malformed direct message')
  }
  if (message.payload.byteLength === 0) return refusal(DM_STATUS.BAD_REQUEST, 'missing payload')
  if (message.publicKey.byteLength === 0) return refusal(DM_STATUS.BAD_REQUEST, 'missing public key')
  if (message.signature.byteLength === 0) return refusal(DM_STATUS.BAD_REQUEST, 'missing signature')
  return { ok: true, message }
}

export function decodeDmAck (bytes: Uint8Array | Uint8ArrayList): { ok: true, ack: DecodedAck } | DmRefusal {
  let ack: DmAck
  try {
    ack = DmAck.decode(bytes)
  } catch {
    return refusal(DM_STATUS.BAD_REQUEST, 'malformed ack')
  }
  const status = toDmStatus(ack.status)
  if (status == null) return refusal(DM_STATUS.BAD_REQUEST, `unknown ack status ${ack.status}`)
  return { ok: true, ack: { status: dmStatusName(status), reason: ack.reason } }
}

export function encodeAck (status: DmStatus, reason = ''): Uint8Array {
  return DmAck.encode({ status, reason: reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 3)}...` : reason })
}

/** `data` behind its unsigned-varint length, as one buffer (one write, one frame on the wire). */
export function lengthPrefixed (data: Uint8Array): Uint8Array {
  const prefix = encodeUvarint(data.byteLength)
  const out = new Uint8Array(prefix.length + data.byteLength)
  out.set(prefix)
  out.set(data, prefix.length)
  return out
}

export type FrameResult =
  | { ok: true, frame: Uint8Array }
  | { ok: false, problem: 'too_large', length: number }
  | { ok: false, problem: 'bad_prefix' | 'truncated' }

/**
 * Reads one length-prefixed frame from `source` and stops. The prefix is checked against
 * `maxBytes` while it is still being read: an announced 4 GB frame is refused after its first
 * bytes, and no more than prefix + `maxBytes` is ever buffered. Bytes after the frame are left
 * unread (the protocol has one frame per direction). Stream errors (reset, abort) propagate.
 */
export async function readFrame (source: AsyncIterable<Uint8Array | Uint8ArrayList>, maxBytes: number): Promise<FrameResult> {
  const buffer = new Uint8ArrayList()
  let length: number | undefined
  let prefixBytes = 0
  for await (const chunk of source) {
    buffer.append(chunk)
    if (length == null) {
      const prefix = readPrefix(buffer, maxBytes)
      if (prefix.state === 'more') continue
      if (prefix.state === 'bad') return { ok: false, problem: 'bad_prefix' }
      if (prefix.state === 'too_large') return { ok: false, problem: 'too_large', length: prefix.value }
      length = prefix.value
      prefixBytes = prefix.bytes
    }
    if (buffer.byteLength >= prefixBytes + length) {
      return { ok: true, frame: buffer.subarray(prefixBytes, prefixBytes + length) }
    }
  }
  return { ok: false, problem: 'truncated' }
}

type Prefix =
  | { state: 'more' }
  | { state: 'bad' }
  | { state: 'too_large', value: number }
  | { state: 'done', value: number, bytes: number }

function readPrefix (buffer: Uint8ArrayList, maxBytes: number): Prefix {
  let value = 0
  for (let i = 0; i < buffer.byteLength; i++) {
    if (i >= MAX_PREFIX_BYTES) return { state: 'bad' }
    const byte = buffer.get(i)
    value += (byte & 0x7f) * 2 ** (7 * i)
    // later bytes only add: a partial value already over the cap is final
    if (value > maxBytes) return { state: 'too_large', value }
    if ((byte & 0x80) === 0) return { state: 'done', value, bytes: i + 1 }
  }
  return { state: 'more' }
}
