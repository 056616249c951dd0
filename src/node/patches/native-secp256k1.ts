/**
 * secp256k1 signatures in native code instead of @libp2p/crypto's pure-JavaScript @noble/curves:
 * libsecp256k1 where its prebuild loads (`libsecp256k1.ts`: verify ~6x and sign ~7x faster than
 * OpenSSL here), else node:crypto's OpenSSL (verify ~4x and sign ~10x faster than noble).
 *
 * Why a prototype swap: gossipsub's StrictSign check calls `publicKey.verify()` on a key it builds
 * itself from the message's `from` field (`peerIdFromMultihash`), and offers no hook for another
 * verifier; Noise does the same for the handshake. Every such key is an instance of @libp2p/crypto's
 * one `Secp256k1PublicKey` class, so replacing that class's `verify` (and the private key's `sign`)
 * is the one place that covers them all without forking gossipsub.
 *
 * The replacement keeps @noble/curves' semantics exactly, which the tests check against noble on
 * random and hostile inputs: SHA-256 prehash, strict DER, and low-S only (noble rejects a high-S
 * signature on verify and never produces one on sign; OpenSSL accepts and produces both, so high S
 * is rejected before either backend sees it, and a high S that OpenSSL signs is folded to n - s;
 * libsecp256k1 signs low S with RFC 6979 nonces, exactly noble's signatures).
 * A signature that is not strict DER verifies as false, like noble.
 */
import { createHash, createPrivateKey, createPublicKey, sign as opensslSign, verify as opensslVerify } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { AbortOptions, PrivateKey, PublicKey } from '@libp2p/interface'
import { ChatError } from '../errors.ts'
import { loadLibsecp256k1 } from './libsecp256k1.ts'

/** secp256k1 group order n and n / 2 (the low-S bound). */
const ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
const HALF_ORDER = ORDER >> 1n
/** SubjectPublicKeyInfo header for a 33-byte compressed secp256k1 point (id-ecPublicKey, secp256k1). */
const SPKI_COMPRESSED_PREFIX = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex')
const libsecp256k1 = loadLibsecp256k1()
export type Secp256k1Backend = 'libsecp256k1' | 'openssl'
/** What signs and verifies once installed: libsecp256k1 where its prebuild loads, else OpenSSL. */
export const SECP256K1_BACKEND: Secp256k1Backend = libsecp256k1 != null ? 'libsecp256k1' : 'openssl'

/** Keys of recent message authors; gossipsub builds a new key object per message, so cache by bytes. */
const PUBLIC_KEY_CACHE_SIZE = 4096

export class VerificationError extends ChatError {
  static name = 'VerificationError'
  constructor (message: string) {
    super(message)
  }
}

type Bytes = Uint8Array | Iterable<Uint8Array>
interface Secp256k1PublicKeyLike { raw: Uint8Array, verify(data: Bytes, sig: Uint8Array, options?: AbortOptions): boolean | Promise<boolean> }
interface Secp256k1PrivateKeyLike { raw: Uint8Array, sign(data: Bytes, options?: AbortOptions): Uint8Array | Promise<Uint8Array> }

const publicKeys = new Map<string, KeyObject>()
const privateKeys = new WeakMap<object, KeyObject>()
let installed: { verify: Secp256k1PublicKeyLike['verify'], sign: Secp256k1PrivateKeyLike['sign'], publicProto: any, privateProto: any } | undefined

function toBuffer (data: Bytes): Buffer {
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  return Buffer.concat([...data])
}

function publicKeyObject (raw: Uint8Array): KeyObject {
  const id = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1')
  let key = publicKeys.get(id)
  if (key == null) {
    key = createPublicKey({ key: Buffer.concat([SPKI_COMPRESSED_PREFIX, raw]), format: 'der', type: 'spki' })
    if (publicKeys.size >= PUBLIC_KEY_CACHE_SIZE) publicKeys.delete(publicKeys.keys().next().value!)
    publicKeys.set(id, key)
  }
  return key
}

function privateKeyObject (owner: object, raw: Uint8Array): KeyObject {
  let key = privateKeys.get(owner)
  if (key == null) {
    // RFC 5915 ECPrivateKey: version 1, the 32-byte scalar, [0] secp256k1
    const sec1 = Buffer.concat([Buffer.from('302e0201010420', 'hex'), raw, Buffer.from('a00706052b8104000a', 'hex')])
    key = createPrivateKey({ key: sec1, format: 'der', type: 'sec1' })
    privateKeys.set(owner, key)
  }
  return key
}

/** One DER INTEGER at `at`: strict (minimal, positive), 1..32 value bytes. */
function readInteger (sig: Uint8Array, at: number): { value: bigint, end: number } {
  if (sig[at] !== 0x02) throw new VerificationError('invalid signature: DER integer tag expected')
  const len = sig[at + 1]
  const start = at + 2
  const end = start + len
  if (len === 0 || len > 33 || end > sig.length) throw new VerificationError('invalid signature: DER integer length')
  if ((sig[start] & 0x80) !== 0) throw new VerificationError('invalid signature: negative DER integer')
  if (len > 1 && sig[start] === 0 && (sig[start + 1] & 0x80) === 0) throw new VerificationError('invalid signature: DER integer with a leading zero')
  let value = 0n
  for (let i = start; i < end; i++) value = (value << 8n) | BigInt(sig[i])
  return { value, end }
}

/** (r, s) of a strict DER ECDSA signature; throws `VerificationError` on anything else. */
export function parseDerSignature (sig: Uint8Array): { r: bigint, s: bigint } {
  if (!(sig instanceof Uint8Array) || sig.length < 8 || sig[0] !== 0x30 || sig[1] !== sig.length - 2 || sig[1] >= 0x80) {
    throw new VerificationError('invalid signature: not a DER sequence of the right length')
  }
  const r = readInteger(sig, 2)
  const s = readInteger(sig, r.end)
  if (s.end !== sig.length) throw new VerificationError('invalid signature: trailing bytes')
  return { r: r.value, s: s.value }
}

function derInteger (value: bigint): Buffer {
  let hex = value.toString(16)
  if (hex.length % 2 === 1) hex = '0' + hex
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = '00' + hex
  return Buffer.concat([Buffer.from([0x02, hex.length / 2]), Buffer.from(hex, 'hex')])
}

function derSignature (r: bigint, s: bigint): Uint8Array {
  const body = Buffer.concat([derInteger(r), derInteger(s)])
  return new Uint8Array(Buffer.concat([Buffer.from([0x30, body.length]), body]))
}

/** The low-S form of a DER signature (OpenSSL picks either half; noble and many verifiers take only the low one). */
function toLowS (sig: Buffer): Uint8Array {
  const { r, s } = parseDerSignature(sig)
  if (s <= HALF_ORDER) return new Uint8Array(sig.buffer, sig.byteOffset, sig.byteLength)
  return derSignature(r, ORDER - s)
}

/** A scalar below n as 32 big-endian bytes, and back. */
function scalarBytes (value: bigint): Buffer {
  return Buffer.from(value.toString(16).padStart(64, '0'), 'hex')
}

function scalarOf (bytes: Uint8Array): bigint {
  return BigInt('0x' + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex'))
}

function sha256 (data: Bytes): Buffer {
  return createHash('sha256').update(toBuffer(data)).digest()
}

export function nativeVerify (publicKeyRaw: Uint8Array, data: Bytes, sig: Uint8Array, backend = SECP256K1_BACKEND): boolean {
  let r: bigint, s: bigint
  try {
    ({ r, s } = parseDerSignature(sig))
  } catch {
    return false // noble answers false, not an error, for a signature that is not strict DER
  }
  if (r === 0n || s === 0n || r >= ORDER || s > HALF_ORDER) return false
  if (backend === 'libsecp256k1' && libsecp256k1 != null) {
    try {
      return libsecp256k1.ecdsaVerify(Buffer.concat([scalarBytes(r), scalarBytes(s)]), sha256(data), publicKeyRaw)
    } catch {
      return false // a key it cannot parse; noble refuses such a key when it is built
    }
  }
  return opensslVerify('sha256', toBuffer(data), publicKeyObject(publicKeyRaw), sig)
}

export function nativeSign (owner: object, privateKeyRaw: Uint8Array, data: Bytes, backend = SECP256K1_BACKEND): Uint8Array {
  if (backend === 'libsecp256k1' && libsecp256k1 != null) {
    const { signature } = libsecp256k1.ecdsaSign(sha256(data), privateKeyRaw)
    return derSignature(scalarOf(signature.subarray(0, 32)), scalarOf(signature.subarray(32)))
  }
  return toLowS(opensslSign('sha256', toBuffer(data), privateKeyObject(owner, privateKeyRaw)))
}

/**
 * Makes every secp256k1 key of @libp2p/crypto in this process sign and verify through OpenSSL.
 * Idempotent; returns false (and changes nothing) when this runtime's OpenSSL lacks secp256k1.
 */
export async function installNativeSecp256k1 (): Promise<boolean> {
  if (installed != null) return true
  const probe = await generateKeyPair('secp256k1')
  const publicProto = Object.getPrototypeOf(probe.publicKey) as Secp256k1PublicKeyLike
  const privateProto = Object.getPrototypeOf(probe) as Secp256k1PrivateKeyLike
  try {
    const data = new TextEncoder().encode('p2p-chat native secp256k1 self-test')
    const ours = nativeSign(probe, probe.raw, data)
    // both directions against noble before anything is swapped
    if (!(await probe.publicKey.verify(data, ours)) || !nativeVerify(probe.publicKey.raw, data, await probe.sign(data))) return false
  } catch {
    return false
  }
  installed = { verify: publicProto.verify, sign: privateProto.sign, publicProto, privateProto }
  publicProto.verify = function (this: Secp256k1PublicKeyLike, data: Bytes, sig: Uint8Array, options?: AbortOptions): boolean {
    options?.signal?.throwIfAborted()
    return nativeVerify(this.raw, data, sig)
  }
  privateProto.sign = function (this: Secp256k1PrivateKeyLike, data: Bytes, options?: AbortOptions): Uint8Array {
    options?.signal?.throwIfAborted()
    return nativeSign(this, this.raw, data)
  }
  return true
}

/** Puts @noble/curves back (tests and before/after measurements). */
export function uninstallNativeSecp256k1 (): void {
  if (installed == null) return
  installed.publicProto.verify = installed.verify
  installed.privateProto.sign = installed.sign
  installed = undefined
}

export function nativeSecp256k1Installed (): boolean {
  return installed != null
}

/** For tests: the original (noble) verify of a key, whatever is installed. */
export function nobleVerify (key: PublicKey, data: Uint8Array, sig: Uint8Array): boolean | Promise<boolean> {
  const verify = installed?.verify ?? (Object.getPrototypeOf(key) as Secp256k1PublicKeyLike).verify
  return verify.call(key, data, sig)
}

/** For tests: the original (noble) sign of a key, whatever is installed. */
export function nobleSign (key: PrivateKey, data: Uint8Array): Uint8Array | Promise<Uint8Array> {
  const sign = installed?.sign ?? (Object.getPrototypeOf(key) as Secp256k1PrivateKeyLike).sign
  return sign.call(key, data)
}

