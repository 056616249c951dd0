/**
 * One unsigned-varint-length-prefixed frame each way, for the request/response protocols (history,
 * DM). The size cap is applied to the prefix itself, while it is still being read: a peer
 * announcing 4 GB is refused after a handful of prefix bytes, and nothing beyond prefix + cap is
 * ever buffered. (@libp2p/utils' lpStream reads an unterminated prefix on and on.)
 */
import { Uint8ArrayList } from 'uint8arraylist'
import type { AbortOptions, Stream } from '@libp2p/interface'

/** Longest length prefix read, bytes: 5 varint bytes reach 2^35, far above any cap we set. */
const MAX_PREFIX_BYTES = 5

export type FrameRead =
  | { ok: true, frame: Uint8Array }
  /** The prefix announces more than the cap; `length` is what it announced by the time that was certain (a lower bound). */
  | { ok: false, reason: 'oversize', length: number }
  /** `bad_prefix`: no length within `MAX_PREFIX_BYTES` bytes; `truncated`: the stream ended mid-frame (or before one). */
  | { ok: false, reason: 'bad_prefix' | 'truncated' }

/** Bytes of the varint encoding of `n`. */
export function varintLength (n: number): number {
  let bytes = 1
  while (n >= 0x80) {
    n = Math.floor(n / 0x80)
    bytes++
  }
  return bytes
}

/** Unsigned LEB128 (multiformats' unsigned-varint); arithmetic, not bitwise, so lengths past 2^31 encode too. */
export function encodeVarint (n: number): Uint8Array {
  const out = new Uint8Array(varintLength(n))
  for (let i = 0; i < out.length; i++) {
    out[i] = (n % 0x80) | (i < out.length - 1 ? 0x80 : 0)
    n = Math.floor(n / 0x80)
  }
  return out
}

/** `data` behind its length, as one buffer: one send, so one frame on the wire. */
export function lengthPrefixed (data: Uint8Array): Uint8Array {
  const prefix = encodeVarint(data.byteLength)
  const out = new Uint8Array(prefix.byteLength + data.byteLength)
  out.set(prefix)
  out.set(data, prefix.byteLength)
  return out
}

type Prefix =
  | { state: 'more' }
  | { state: 'bad' }
  | { state: 'oversize', value: number }
  | { state: 'done', value: number, bytes: number }

function readPrefix (buffer: Uint8ArrayList, maxBytes: number): Prefix {
  let value = 0
  for (let i = 0; i < buffer.byteLength; i++) {
    if (i >= MAX_PREFIX_BYTES) return { state: 'bad' }
    const byte = buffer.get(i)
    value += (byte & 0x7f) * 2 ** (7 * i)
    // later bytes only add: a partial value already over the cap is final
    if (value > maxBytes) return { state: 'oversize', value }
    if ((byte & 0x80) === 0) return { state: 'done', value, bytes: i + 1 }
  }
  return { state: 'more' }
}

/**
 * Reads one frame of at most `maxBytes` from `source` and stops: bytes after it are left unread
 * (the protocols have one frame per direction). Everything the peer sent maps to a result; only
 * what the stream throws (a reset, an abort) propagates.
 */
export async function readFrame (source: AsyncIterable<Uint8Array | Uint8ArrayList>, maxBytes: number): Promise<FrameRead> {
  const buffer = new Uint8ArrayList()
  let length: number | undefined
  let prefixBytes = 0
  for await (const chunk of source) {
    buffer.append(chunk)
    if (length == null) {
      const prefix = readPrefix(buffer, maxBytes)
      if (prefix.state === 'more') continue
      if (prefix.state === 'bad') return { ok: false, reason: 'bad_prefix' }
      if (prefix.state === 'oversize') return { ok: false, reason: 'oversize', length: prefix.value }
      length = prefix.value
      prefixBytes = prefix.bytes
    }
    if (buffer.byteLength >= prefixBytes + length) {
      return { ok: true, frame: buffer.subarray(prefixBytes, prefixBytes + length) }
    }
  }
  return { ok: false, reason: 'truncated' }
}

/** Writes one frame, waiting for the stream to drain when its send buffer is full. */
export async function writeFrame (stream: Stream, frame: Uint8Array, options: AbortOptions = {}): Promise<void> {
  if (!stream.send(lengthPrefixed(frame))) await stream.onDrain(options)
}
