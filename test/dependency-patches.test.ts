/**
 * The patches we carry in patches/ (docs/upstream.md), each checked against the version it was made
 * for and for the behaviour it adds. A failure here after an upgrade means: re-make the patch for the
 * new version, or drop it once upstream has the change.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { LengthPrefixedDecoder } from '@libp2p/utils'
import type { Uint8ArrayList } from 'uint8arraylist'
import * as varint from 'uint8-varint'
import { concat } from 'uint8arrays/concat'
import { ECDH } from 'node:crypto'
import fc from 'fast-check'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { generateKeyPair, publicKeyFromProtobuf, publicKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { StrictSign } from '@libp2p/gossipsub'
// not exported by the package: the patched functions themselves, by file
import { getPublishConfigFromPeerId } from '../node_modules/@libp2p/gossipsub/dist/src/utils/publishConfig.js'
import { buildRawMessage, validateToRawMessage } from '../node_modules/@libp2p/gossipsub/dist/src/utils/buildRawMessage.js'

/** The version a patch in patches/ was made for, from its file name (`@scope+name+VERSION.patch`). */
function patchedVersion (pkg: string): string {
  const prefix = pkg.replace('/', '+') + '+'
  const patch = readdirSync(new URL('../patches/', import.meta.url)).find(f => f.startsWith(prefix))
  assert.ok(patch, `patches/${prefix}VERSION.patch exists`)
  return patch.slice(prefix.length, -'.patch'.length)
}

/** The version at the top of node_modules, the one every dependent resolves (the lock file dedupes it). */
function installedVersion (pkg: string): string {
  return (JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')) as { version: string }).version
}

describe('@libp2p/utils patch: the length-prefixed decoder stops at an empty buffer', () => {
  it('is installed at the version the patch was made for', () => {
    assert.equal(installedVersion('@libp2p/utils'), patchedVersion('@libp2p/utils'),
      '@libp2p/utils changed version: re-make patches/@libp2p+utils+*.patch (docs/upstream.md) or drop it if upstream has the change')
  })

  it('never asks the length decoder to read an empty buffer (it would throw a RangeError per chunk), and still decodes every frame however cut', () => {
    let emptyReads = 0
    const decoder = new LengthPrefixedDecoder({
      lengthDecoder: (buf: Uint8Array | Uint8ArrayList) => {
        if (buf.byteLength === 0) emptyReads++
        return varint.decode(buf)
      }
    })
    const frame = (n: number): Uint8Array => concat([varint.encode(n), new Uint8Array(n).fill(n)])
    const bodies: number[] = []
    // one frame per chunk (Noise's usual case), two frames in one chunk, one frame cut in three
    for (const chunk of [frame(5), frame(300), concat([frame(1), frame(2)]), frame(700).subarray(0, 1), frame(700).subarray(1, 400), frame(700).subarray(400)]) {
      for (const body of decoder.decode(chunk)) bodies.push(body.byteLength)
    }
    assert.deepEqual(bodies, [5, 300, 1, 2, 700])
    assert.equal(emptyReads, 0)
  })
})

describe('@libp2p/crypto patch: a secp256k1 public key is decoded once, by OpenSSL', () => {
  it('is installed at the version the patch was made for', () => {
    assert.equal(installedVersion('@libp2p/crypto'), patchedVersion('@libp2p/crypto'),
      '@libp2p/crypto changed version: re-make patches/@libp2p+crypto+*.patch (docs/upstream.md) or drop it if upstream has the change')
  })

  it('builds a key from bytes through one OpenSSL point conversion (no patch: two noble decodes, no OpenSSL)', () => {
    const original = ECDH.convertKey
    let conversions = 0
    ECDH.convertKey = ((...args: Parameters<typeof ECDH.convertKey>) => { conversions++; return original(...args) }) as typeof ECDH.convertKey
    try {
      const key = publicKeyFromRaw(secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true))
      assert.equal(key.type, 'secp256k1')
    } finally {
      ECDH.convertKey = original
    }
    assert.equal(conversions, 1)
  })

  it('accepts exactly the keys @noble/curves accepts, and compresses them as noble does', () => {
    const P = 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn
    const hex = (n: bigint): Uint8Array => Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'))
    const noble = (bytes: Uint8Array): Uint8Array | undefined => { try { return secp256k1.Point.fromBytes(bytes).toBytes(true) } catch { return undefined } }
    const patched = (bytes: Uint8Array): Uint8Array | undefined => {
      // a PublicKey protobuf {Type: secp256k1, Data: bytes}, so that every length reaches the secp256k1 class
      const protobuf = Uint8Array.from([0x08, 0x02, 0x12, bytes.byteLength, ...bytes])
      try { return publicKeyFromProtobuf(protobuf).raw } catch (err) { assert.equal((err as Error).name, 'InvalidPublicKeyError'); return undefined }
    }
    const validKey = fc.uint8Array({ minLength: 32, maxLength: 32 }).filter(b => secp256k1.utils.isValidSecretKey(b)).map(sk => secp256k1.getPublicKey(sk, false))
    const hostile = fc.oneof(
      validKey, // uncompressed
      validKey.map(k => secp256k1.Point.fromBytes(k).toBytes(true)), // compressed
      validKey.map(k => Uint8Array.from([k[64] % 2 === 0 ? 6 : 7, ...k.subarray(1)])), // hybrid: OpenSSL takes it, noble does not
      validKey.map(k => { const c = k.slice(); c[64] ^= 1; return c }), // off the curve
      fc.constantFrom(Uint8Array.of(0), Uint8Array.from([2, ...hex(P)]), Uint8Array.from([3, ...hex(P + 1n)]), Uint8Array.from([4, ...hex(P), ...hex(1n)])), // infinity, x >= p
      fc.uint8Array({ minLength: 33, maxLength: 33 }), fc.uint8Array({ minLength: 65, maxLength: 65 }), fc.uint8Array({ maxLength: 70 })
    )
    fc.assert(fc.property(hostile, bytes => {
      const expected = noble(bytes)
      const actual = patched(bytes)
      assert.equal(actual === undefined, expected === undefined, `accepted by noble: ${expected !== undefined}, by the patch: ${actual !== undefined} (${Buffer.from(bytes).toString('hex')})`)
      if (expected !== undefined) assert.deepEqual(actual, expected)
    }), { numRuns: 600 })
  })
})

describe('@libp2p/gossipsub patch: no `key` field when the peer id embeds the key', () => {
  it('is installed at the version the patch was made for', () => {
    assert.equal(installedVersion('@libp2p/gossipsub'), patchedVersion('@libp2p/gossipsub'),
      '@libp2p/gossipsub changed version: re-make patches/@libp2p+gossipsub+*.patch (docs/upstream.md) or drop it if upstream has the change')
  })

  it('signs secp256k1 messages without `key` (go and rust do the same), still hands the key to the caller, and keeps it for RSA', async () => {
    for (const type of ['secp256k1', 'Ed25519', 'RSA'] as const) {
      const privateKey = await generateKeyPair(type)
      const config = getPublishConfigFromPeerId(StrictSign, peerIdFromPrivateKey(privateKey), privateKey)
      const { raw, msg } = await buildRawMessage(config, 'topic', Uint8Array.of(1), Uint8Array.of(1))
      assert.equal(raw.key === undefined, type !== 'RSA', `${type}: key on the wire only for RSA`)
      assert.ok(msg.type === 'signed' && msg.key.equals(privateKey.publicKey), `${type}: the built message carries the author's key`)
      // what a receiver does with it: the signature verifies against the key rebuilt from `from` (or `key`)
      assert.equal((await validateToRawMessage(StrictSign, raw)).valid, true, `${type}: a receiver accepts it`)
    }
  })
})
