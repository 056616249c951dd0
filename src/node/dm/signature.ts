/**
 * What a DM signature covers. The signed bytes are domain-separated and bound to the recipient:
 *
 *   utf8('p2p-chat/dm/1:') || varint(len(to)) || to || payload      (to = recipient peer id multihash)
 *
 * so a DM cannot be replayed to another recipient, nor passed off as a room message (room messages
 * are signed over 'libp2p-pubsub:' + the pubsub record), nor a room message as a DM. Verification
 * needs nothing but the fields an NDJSON `dm` line carries, so it works offline.
 */
import { publicKeyFromProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPublicKey, peerIdFromString } from '@libp2p/peer-id'
import type { PeerId, PrivateKey, PublicKey } from '@libp2p/interface'
import { encodeVarint } from '../length-prefixed.ts'

export const DM_SIGNING_PREFIX = 'p2p-chat/dm/1:'

const PREFIX_BYTES = new TextEncoder().encode(DM_SIGNING_PREFIX)

/** What a signature is checked over; a refusal says which check failed, in words fit for an ack. */
export type DmVerification = { ok: true } | { ok: false, reason: string }

export interface DmSignedFields {
  /** sender peer id (string form) */
  from: string
  /** recipient peer id (string form) */
  to: string
  /** sender's public key, libp2p `PublicKey` protobuf */
  publicKey: Uint8Array
  payload: Uint8Array
  signature: Uint8Array
}

export function dmSigningBytes (to: PeerId, payload: Uint8Array): Uint8Array {
  const recipient = to.toMultihash().bytes
  const length = encodeVarint(recipient.byteLength)
  const out = new Uint8Array(PREFIX_BYTES.byteLength + length.byteLength + recipient.byteLength + payload.byteLength)
  let at = 0
  for (const part of [PREFIX_BYTES, length, recipient, payload]) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}

export async function signDirectMessage (privateKey: PrivateKey, to: PeerId, payload: Uint8Array): Promise<Uint8Array> {
  return privateKey.sign(dmSigningBytes(to, payload))
}

/** Checks a DM offline: the key is `from`'s, and the signature covers `payload` for `to`. Never throws. */
export async function verifyDirectMessage (fields: DmSignedFields): Promise<DmVerification> {
  let from: PeerId
  let to: PeerId
  try {
    from = peerIdFromString(fields.from)
  } catch {
    return { ok: false, reason: 'invalid sender peer id' }
  }
  try {
    to = peerIdFromString(fields.to)
  } catch {
    return { ok: false, reason: 'invalid recipient peer id' }
  }
  return verifyFrom(from, to, fields.publicKey, fields.payload, fields.signature)
}

/** `verifyDirectMessage` for peer ids already parsed (the service's own check). Never throws. */
export async function verifyFrom (from: PeerId, to: PeerId, publicKey: Uint8Array, payload: Uint8Array, signature: Uint8Array): Promise<DmVerification> {
  let key: PublicKey
  try {
    key = publicKeyFromProtobuf(publicKey)
  } catch {
    return { ok: false, reason: 'malformed public key' }
  }
  // a key that does not hash to the sender's id proves nothing about the sender
  if (!peerIdFromPublicKey(key).equals(from)) return { ok: false, reason: 'public key is not the sender\'s' }
  let valid: boolean
  try {
    valid = await key.verify(dmSigningBytes(to, payload), signature)
  } catch {
    valid = false
  }
  return valid ? { ok: true } : { ok: false, reason: 'bad signature' }
}
