/**
 * The OpenSSL secp256k1 path must agree with @noble/curves (what @libp2p/crypto ships) on every
 * input: valid signatures both ways, tampered data or signatures, high-S forms, malformed DER.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { SECP256K1_BACKEND, installNativeSecp256k1, nativeSecp256k1Installed, nativeSign, nativeVerify, nobleSign, nobleVerify, parseDerSignature, uninstallNativeSecp256k1 } from '../src/node/patches/native-secp256k1.ts'

const ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n

function der (r: bigint, s: bigint): Uint8Array {
  const int = (v: bigint): number[] => {
    let hex = v.toString(16)
    if (hex.length % 2 === 1) hex = '0' + hex
    if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = '00' + hex
    return [0x02, hex.length / 2, ...Buffer.from(hex, 'hex')]
  }
  const body = [...int(r), ...int(s)]
  return new Uint8Array([0x30, body.length, ...body])
}

/** noble's outcome as a value: true, false, or 'throws'. */
async function outcome (fn: () => boolean | Promise<boolean>): Promise<boolean | 'throws'> {
  try { return await fn() } catch { return 'throws' }
}

for (const backend of ['libsecp256k1', 'openssl'] as const) {
test(`native (${backend}) and noble secp256k1 agree on valid, tampered, high-S and malformed signatures`, async () => {
  const key = await generateKeyPair('secp256k1')
  const other = await generateKeyPair('secp256k1')
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.nat(), async (data, flip) => {
    const byNative = nativeSign(key, key.raw, data, backend)
    const byNoble = await nobleSign(key, data)
    assert.equal(await nobleVerify(key.publicKey, data, byNative), true, 'noble accepts our signature')
    assert.equal(nativeVerify(key.publicKey.raw, data, byNoble, backend), true, 'we accept noble\'s signature')
    assert.equal(nativeVerify(other.publicKey.raw, data, byNoble, backend), false, 'wrong key')
    const { r, s } = parseDerSignature(byNative)
    assert.ok(s <= ORDER >> 1n, 'we only produce low S')
    if (backend === 'libsecp256k1') assert.deepEqual(byNative, byNoble, 'RFC 6979 nonces: the very signature noble makes')
    const high = der(r, ORDER - s)
    assert.equal(await outcome(() => nobleVerify(key.publicKey, data, high)), false)
    assert.equal(nativeVerify(key.publicKey.raw, data, high, backend), false, 'high S rejected like noble')
    const tampered = Uint8Array.from(byNoble)
    tampered[flip % tampered.length] ^= 1 << (flip % 8)
    assert.equal(await outcome(() => nativeVerify(key.publicKey.raw, data, tampered, backend)),
      await outcome(() => nobleVerify(key.publicKey, data, tampered)), `tampered signature, byte ${flip % tampered.length}`)
    if (data.length > 0) {
      const changed = Uint8Array.from(data)
      changed[flip % changed.length] ^= 1
      assert.equal(nativeVerify(key.publicKey.raw, changed, byNoble, backend), false, 'changed data')
    }
  }), { numRuns: 200 })
  // hostile encodings: trailing byte, long form, leading zero, zero r, r = n
  const data = new TextEncoder().encode('x')
  const good = await nobleSign(key, data)
  const { r, s } = parseDerSignature(good)
  for (const bad of [new Uint8Array([...good, 0]), new Uint8Array(0), der(0n, s), der(ORDER, s), der(r, 0n), good.subarray(0, good.length - 1)]) {
    const noble = await outcome(() => nobleVerify(key.publicKey, data, bad))
    assert.equal(noble === true, false)
    assert.equal(await outcome(() => nativeVerify(key.publicKey.raw, data, bad, backend)), noble)
  }
})
}

test('installing swaps every secp256k1 key of @libp2p/crypto, and uninstalling restores noble', async () => {
  assert.equal(await installNativeSecp256k1(), true)
  assert.equal(nativeSecp256k1Installed(), true)
  const key = await generateKeyPair('secp256k1')
  const data = new TextEncoder().encode('hello')
  const sig = await key.sign(data)
  assert.equal(await key.publicKey.verify(data, sig), true)
  assert.equal(await nobleVerify(key.publicKey, data, sig), true)
  await assert.rejects(async () => key.publicKey.verify(data, sig, { signal: AbortSignal.abort() }))
  uninstallNativeSecp256k1()
  assert.equal(nativeSecp256k1Installed(), false)
  assert.equal(await key.publicKey.verify(data, sig), true)
})

test('libsecp256k1 loads here (the secp256k1 package ships a prebuild for this platform)', () => {
  assert.equal(SECP256K1_BACKEND, 'libsecp256k1', 'no prebuild of the secp256k1 package loaded: signing falls back to OpenSSL, ~6x slower')
})
