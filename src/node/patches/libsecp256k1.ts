/**
 * bitcoin-core's libsecp256k1, through the `secp256k1` package's N-API prebuild (loaded at run time,
 * no compiler or install script needed). One-process loops on this machine (2026-12-02): verify
 * ~48 us and sign ~42 us, against OpenSSL's generic elliptic-curve code at ~286 us and ~312 us,
 * which is why it signs and verifies for the whole process where it loads (`native-secp256k1.ts`).
 *
 * `undefined` where no prebuild loads (a platform the package ships none for): callers fall back to
 * OpenSSL. The package's own fallback (pure-JavaScript `elliptic`) is never used.
 */
import { createRequire } from 'node:module'

export interface Libsecp256k1 {
  /** Throws on a signature or key it cannot parse (r or s >= n, a point off the curve). */
  ecdsaVerify(signature: Uint8Array, digest: Uint8Array, publicKey: Uint8Array): boolean
  /** RFC 6979 nonces and low S, as @noble/curves: the same signature for the same key and digest. */
  ecdsaSign(digest: Uint8Array, privateKey: Uint8Array): { signature: Uint8Array, recid: number }
}

export function loadLibsecp256k1 (): Libsecp256k1 | undefined {
  try {
    return createRequire(import.meta.url)('secp256k1/bindings') as Libsecp256k1
  } catch {
    return undefined
  }
}
