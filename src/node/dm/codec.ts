/**
 * Wire codec of the DM protocol: protobuf messages, one frame each way (the framing is
 * ../length-prefixed.ts). The decoders never throw: peer bytes come back either decoded or as a
 * refusal with a status and a reason, ready to be put in an ack.
 */
import type { Uint8ArrayList } from 'uint8arraylist'
import { DirectMessage, DmAck } from '../generated/dm.js'
import { DM_STATUS, dmStatusName, toDmStatus } from './status.ts'
import type { DmStatus, DmStatusName } from './status.ts'

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
