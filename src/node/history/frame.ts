/**
 * One varint-length-prefixed frame each way, with the size cap applied to the prefix itself: a peer
 * announcing 4 GB is refused after reading at most a handful of prefix bytes, and nothing beyond
 * the cap is ever buffered. (@libp2p/utils' lpStream reads an unterminated prefix on and on.)
 */
import { Uint8ArrayList } from 'uint8arraylist'
import type { AbortOptions, Stream } from '@libp2p/interface'

export type FrameRead =
  | { ok: true, frame: Uint8Array }
  /** `oversize`: the prefix announces more than the cap; `truncated`: the stream ended mid-frame (or before one). */
  | { ok: false, reason: 'oversize' | 'truncated' }

/** Bytes of the varint encoding of `n`. */
export function varintLength (n: number): number {
  let bytes = 1
  while (n >= 0x80) {
    n = Math.floor(n / 0x80)
    bytes++
  }
  return bytes
}

export function encodeVarint (n: number): Uint8Array {
  const out = new Uint8Array(varintLength(n))
  for (let i = 0; i < out.length; i++) {
    out[i] = (n % 0x80) | (i < out.length - 1 ? 0x80 : 0)
    n = Math.floor(n / 0x80)
  }
  return out
}

/** The prefix's value once complete; `oversize` as soon as it cannot stay within `maxBytes`. */
function readPrefix (buffer: Uint8ArrayList, maxBytes: number): { length: number, prefixBytes: number } | 'oversize' | 'incomplete' {
  const maxPrefix = varintLength(maxBytes)
  let length = 0
  for (let i = 0; i < buffer.byteLength; i++) {
    if (i >= maxPrefix) return 'oversize'
    const byte = buffer.get(i)
    length += (byte & 0x7f) * 2 ** (7 * i)
    if ((byte & 0x80) === 0) return length > maxBytes ? 'oversize' : { length, prefixBytes: i + 1 }
  }
  return 'incomplete'
}

/**
 * Reads one frame of at most `maxBytes` from the stream. Throws only what the stream throws (a
 * reset, an abort through `options.signal`'s owner); everything the peer sent maps to a result.
 */
export async function readFrame (stream: Stream, maxBytes: number): Promise<FrameRead> {
  const buffer = new Uint8ArrayList()
  for await (const chunk of stream) {
    buffer.append(chunk)
    const prefix = readPrefix(buffer, maxBytes)
    if (prefix === 'oversize') return { ok: false, reason: 'oversize' }
    if (prefix === 'incomplete') continue
    const end = prefix.prefixBytes + prefix.length
    // bytes after the frame are ignored: the protocol has one frame per direction
    if (buffer.byteLength >= end) return { ok: true, frame: buffer.subarray(prefix.prefixBytes, end) }
  }
  return { ok: false, reason: 'truncated' }
}

/** Writes one frame, waiting for the stream to drain when its send buffer is full. */
export async function writeFrame (stream: Stream, frame: Uint8Array, options: AbortOptions = {}): Promise<void> {
  if (!stream.send(new Uint8ArrayList(encodeVarint(frame.byteLength), frame))) {
    await stream.onDrain(options)
  }
}
