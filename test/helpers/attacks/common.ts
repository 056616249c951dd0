/**
 * What every attacker program shares: its context (target, deadline, source addresses), a bare
 * libp2p node that dials from a chosen loopback source address, protobuf and varint framing by hand,
 * and writes that respect backpressure. Attackers dial loopback only.
 */
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import type { TCPSocketOptions } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Libp2p, PrivateKey, Stream } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'

export interface AttackContext {
  /** The target's TCP multiaddr, with `/p2p/<id>`. */
  target: Multiaddr
  targetPeerId: string
  /** `HOST:PORT` of the target's metrics server. */
  metrics?: string
  /** Epoch ms at which the attack must stop. */
  until: number
  /** The i-th attacker source address: 127.0.0.2, ... (`--sources N` of them, round robin). */
  source(i: number): string
  /** Flags given after the attack name, as strings. */
  options: Record<string, string>
  num(name: string, fallback: number): number
  /** Prints one NDJSON line (`event` plus fields) for the test to read. */
  report(event: string, fields?: Record<string, unknown>): void
  /** The attack is set up and running: the test starts its clock here. */
  started(fields?: Record<string, unknown>): void
  readonly over: boolean
  /** Counters, printed with every `progress` line and at `done`. */
  stats: Record<string, number>
  count(name: string, by?: number): void
}

export type Attack = (ctx: AttackContext) => Promise<Record<string, unknown> | undefined>

export function isLoopback (address: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)
}

export async function sleep (ms: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, ms))
}

/** Waits until the deadline (the attack holds what it built). */
export async function holdUntil (ctx: AttackContext): Promise<void> {
  while (!ctx.over) await sleep(Math.min(200, Math.max(0, ctx.until - Date.now())))
}

/** A bare node (TCP from `source`, Noise, yamux with roomy stream limits) that only dials. */
export async function attackerNode (source: string, init: { privateKey?: PrivateKey, services?: Record<string, (components: any) => unknown> } = {}): Promise<Libp2p<any>> {
  if (!isLoopback(source)) throw new Error(`attacker source ${source} is not a loopback address`)
  const dialOpts: TCPSocketOptions & { localAddress?: string } = { localAddress: source }
  return createLibp2p({
    ...(init.privateKey != null ? { privateKey: init.privateKey } : {}),
    addresses: { listen: [] },
    transports: [tcp({ dialOpts })],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ maxInboundStreams: 10_000, maxOutboundStreams: 10_000 })],
    connectionManager: { maxConnections: 100_000, maxParallelDials: 1_000, inboundConnectionThreshold: 100_000 },
    connectionMonitor: { enabled: false },
    services: init.services ?? {}
  })
}

export function varint (n: number): Uint8Array {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return Uint8Array.from(out)
}

export function concat (...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) { out.set(p, at); at += p.byteLength }
  return out
}

/** A protobuf field: varint (number) or length-delimited (bytes). */
export function pbField (field: number, value: number | Uint8Array): Uint8Array {
  if (typeof value === 'number') return concat(varint(field << 3), varint(value))
  return concat(varint((field << 3) | 2), varint(value.byteLength), value)
}

export const lpFrame = (message: Uint8Array): Uint8Array => concat(varint(message.byteLength), message)

/** Sends `bytes`, waiting for the stream to drain when it asks to; false if the deadline passed. */
export async function sendWithBackpressure (stream: Stream, bytes: Uint8Array, until: number): Promise<boolean> {
  if (stream.send(bytes)) return true
  const left = until - Date.now()
  if (left <= 0) return false
  try {
    await stream.onDrain({ signal: AbortSignal.timeout(left) })
    return true
  } catch { return false }
}

/**
 * Reads one varint-length-prefixed message from the stream's `message` events, then stops
 * listening (later data stays in the stream's buffer: this reader never consumes it).
 */
export async function readFrame (stream: Stream, timeoutMs: number): Promise<Uint8Array> {
  const buffer = new Uint8ArrayList()
  return new Promise((resolve, reject) => {
    const done = (err?: Error, value?: Uint8Array): void => {
      clearTimeout(timer)
      stream.removeEventListener('message', onMessage)
      stream.removeEventListener('close', onClose)
      if (err != null) reject(err); else resolve(value!)
    }
    const onMessage = (evt: Event): void => {
      buffer.append((evt as unknown as { data: Uint8Array | Uint8ArrayList }).data)
      const bytes = buffer.subarray()
      let length = 0
      let shift = 0
      for (let i = 0; i < bytes.byteLength && i < 10; i++) {
        length += (bytes[i] & 0x7f) * 2 ** shift
        shift += 7
        if ((bytes[i] & 0x80) === 0) {
          if (bytes.byteLength >= i + 1 + length) done(undefined, bytes.slice(i + 1, i + 1 + length))
          return
        }
      }
    }
    const onClose = (): void => { done(new Error('stream closed before a whole message')) }
    const timer = setTimeout(() => { done(new Error(`no message within ${timeoutMs} ms`)) }, timeoutMs)
    stream.addEventListener('message', onMessage)
    stream.addEventListener('close', onClose)
  })
}

/** Reads a protobuf message's top-level varint fields (enough for status codes and types). */
export function pbVarints (bytes: Uint8Array): Map<number, number> {
  const out = new Map<number, number>()
  let i = 0
  const readVarint = (): number => {
    let value = 0
    let shift = 0
    for (;;) {
      const b = bytes[i++]
      value += (b & 0x7f) * 2 ** shift
      shift += 7
      if ((b & 0x80) === 0 || i >= bytes.byteLength) return value
    }
  }
  while (i < bytes.byteLength) {
    const tag = readVarint()
    const wire = tag & 7
    if (wire === 0) out.set(tag >>> 3, readVarint())
    else if (wire === 2) {
      const length = readVarint() // not `i += readVarint()`: that adds to the old i
      i += length
    }
    else if (wire === 1) i += 8
    else if (wire === 5) i += 4
    else break
  }
  return out
}

/** Drains and discards what the target sends on `stream` (answers the attacker does not need). */
export function discardIncoming (stream: Stream): void {
  stream.addEventListener('message', () => {})
}

export function parseTarget (value: string): Multiaddr {
  const ma = multiaddr(value)
  const host = ma.getComponents().find(c => c.name === 'ip4')?.value
  if (host == null || !isLoopback(host)) throw new Error(`attack target ${value} is not on loopback`)
  return ma
}

/** Runs `count` workers in parallel until each returns. */
export async function workers (count: number, work: (i: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: count }, async (_, i) => { await work(i) }))
}

/** A token bucket: `take()` resolves when one of `perSecond` tokens is free. */
export function rateLimiter (perSecond: number): { take(): Promise<void> } {
  let next = Date.now()
  return {
    async take () {
      const now = Date.now()
      next = Math.max(next, now) + 1000 / perSecond
      const wait = next - 1000 / perSecond - now
      if (wait > 0) await sleep(wait)
    }
  }
}
