/** Unsigned LEB128 varint (multiformats' unsigned-varint), for lengths: the DM frame prefix and the signed recipient. */
export function encodeUvarint (n: number): Uint8Array {
  const out: number[] = []
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0))
    n = Math.floor(n / 128)
  } while (n > 0)
  return Uint8Array.from(out)
}
