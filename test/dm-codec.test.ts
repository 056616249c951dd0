/**
 * Direct messages without a network: the codec's safe decoders on arbitrary bytes (fast-check),
 * and the signature's domain separation and recipient binding. (The frame reader and the per-peer
 * rate limit are shared: length-prefixed.test.ts, peer-rate-limit.test.ts.)
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import {
  DM_STATUS, DM_STATUS_NAMES, DirectMessage, DmAck, decodeDirectMessage, decodeDmAck, dmSigningBytes, encodeAck,
  signDirectMessage, verifyDirectMessage
} from '../src/node/dm/index.ts'

const utf8 = new TextEncoder()
const REFUSAL_CODES = new Set<number>([DM_STATUS.REFUSED, DM_STATUS.TOO_LARGE, DM_STATUS.RATE_LIMITED, DM_STATUS.BAD_REQUEST])

describe('dm codec', () => {
  it('decoding arbitrary bytes never throws; every refusal has a refusal status and a reason', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), bytes => {
      for (const decoded of [decodeDirectMessage(bytes), decodeDmAck(bytes)]) {
        if (decoded.ok) continue
        assert.ok(REFUSAL_CODES.has(decoded.status), `status ${decoded.status}`)
        assert.ok(decoded.reason.length > 0)
      }
    }), { numRuns: 20_000 })
  })

  it('decodes what it encodes, and refuses messages with a field missing', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 64 }), (payload, publicKey, signature) => {
      const decoded = decodeDirectMessage(DirectMessage.encode({ payload, publicKey, signature }))
      if (payload.length === 0 || publicKey.length === 0 || signature.length === 0) {
        assert.equal(decoded.ok, false)
        if (!decoded.ok) assert.match(decoded.reason, /^missing /)
      } else {
        assert.ok(decoded.ok)
        if (decoded.ok) assert.deepEqual(decoded.message, { payload, publicKey, signature })
      }
    }))
  })

  it('acks round-trip by name; unknown status codes are refused', () => {
    for (const [code, name] of DM_STATUS_NAMES.entries()) {
      assert.deepEqual(decodeDmAck(encodeAck(code as 0, 'why')), { ok: true, ack: { status: name, reason: 'why' } })
    }
    const unknown = decodeDmAck(DmAck.encode({ status: 9, reason: '' }))
    assert.equal(unknown.ok, false)
    assert.ok(encodeAck(DM_STATUS.REFUSED, 'x'.repeat(10_000)).byteLength < 300, 'long reasons are cut')
  })
})

describe('dm signature', () => {
  let keys: PrivateKey[] = []
  const key = async (i: number): Promise<PrivateKey> => {
    if (keys.length === 0) keys = await Promise.all([generateKeyPair('secp256k1'), generateKeyPair('secp256k1'), generateKeyPair('Ed25519')])
    return keys[i]
  }

  it('signs a domain-separated, recipient-bound byte string', async () => {
    const to = peerIdFromPrivateKey(await key(1))
    const bytes = dmSigningBytes(to, Uint8Array.of(1, 2, 3))
    const prefix = utf8.encode('p2p-chat/dm/1:')
    const recipient = to.toMultihash().bytes
    assert.deepEqual(bytes.subarray(0, prefix.length), prefix)
    assert.equal(bytes[prefix.length], recipient.byteLength)
    assert.deepEqual(bytes.subarray(prefix.length + 1, prefix.length + 1 + recipient.byteLength), recipient)
    assert.deepEqual(bytes.subarray(-3), Uint8Array.of(1, 2, 3))
  })

  it('sign -> verify round-trips for secp256k1 and Ed25519 senders', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.constantFrom(0, 2), async (payload, i) => {
      const sender = await key(i)
      const to = peerIdFromPrivateKey(await key(1))
      const signature = await signDirectMessage(sender, to, payload)
      const verdict = await verifyDirectMessage({ from: peerIdFromPrivateKey(sender).toString(), to: to.toString(), publicKey: publicKeyToProtobuf(sender.publicKey), payload, signature })
      assert.deepEqual(verdict, { ok: true })
    }), { numRuns: 50 })
  })

  it('refuses an altered payload, another recipient, another peer\'s key, a garbage key', async () => {
    const [sender, recipient, other] = [await key(0), await key(1), await key(2)]
    const from = peerIdFromPrivateKey(sender).toString()
    const to = peerIdFromPrivateKey(recipient).toString()
    const payload = utf8.encode('hello')
    const signature = await signDirectMessage(sender, peerIdFromPrivateKey(recipient), payload)
    const publicKey = publicKeyToProtobuf(sender.publicKey)
    const check = async (fields: Partial<Parameters<typeof verifyDirectMessage>[0]>): Promise<string | undefined> => {
      const verdict = await verifyDirectMessage({ from, to, publicKey, payload, signature, ...fields })
      return verdict.ok ? undefined : verdict.reason
    }
    assert.equal(await check({}), undefined)
    assert.equal(await check({ payload: utf8.encode('hellO') }), 'bad signature')
    assert.equal(await check({ to: peerIdFromPrivateKey(other).toString() }), 'bad signature')
    assert.equal(await check({ publicKey: publicKeyToProtobuf(other.publicKey) }), 'public key is not the sender\'s')
    // the other peer claims the DM with its own key: the signature is still the sender's
    assert.equal(await check({ from: peerIdFromPrivateKey(other).toString(), publicKey: publicKeyToProtobuf(other.publicKey) }), 'bad signature')
    assert.equal(await check({ publicKey: Uint8Array.of(8, 2, 18, 3, 1, 2, 3) }), 'malformed public key')
    assert.equal(await check({ from: 'not a peer id' }), 'invalid sender peer id')
    assert.equal(await check({ signature: new Uint8Array(3) }), 'bad signature')
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 80 }), async garbage => {
      assert.notEqual(await check({ publicKey: garbage }), undefined)
    }), { numRuns: 300 })
  })

  it('a room-style signature over the same payload does not verify as a DM', async () => {
    const sender = await key(0)
    const payload = utf8.encode('hello')
    const roomSignature = await sender.sign(new Uint8Array([...utf8.encode('libp2p-pubsub:'), ...payload]))
    const verdict = await verifyDirectMessage({
      from: peerIdFromPrivateKey(sender).toString(), to: peerIdFromPrivateKey(await key(1)).toString(),
      publicKey: publicKeyToProtobuf(sender.publicKey), payload, signature: roomSignature
    })
    assert.equal(verdict.ok, false)
  })
})
