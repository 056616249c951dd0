/**
 * What peers may send to the DHT: bytes and requests per remote host (the peer id for a relayed
 * connection), each a token bucket with a burst of four seconds' worth, and requests per stream. A
 * stream over any of them is aborted and its peer charged an offence (peer-penalties.ts).
 *
 * kad-dht sends one request per stream and waits for the answer; a flood pipelines hundreds on one
 * stream, which the node then answers back to back without yielding. Measured: 16 KiB/s with a
 * 64 KiB burst let ~1 400 FIND_NODEs (~45 bytes each) in at once, one 630 ms stall of the event
 * loop. The per-host request rate is sized for an honest newcomer, whose routing-table refresh sends
 * its bootstrap peer ~750 FIND_NODEs in its first 5 s (~210/s at the peak, measured in the NAT lab).
 * Measured before any meter: one connection sending FIND_NODE at full speed (6 700 requests/s) held
 * the node at 96 % CPU, /healthz timed out, no newcomer got in.
 */
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import type { Uint8ArrayList } from 'uint8arraylist'
import { DhtStoreFullError } from './errors.ts'
import { ipOf } from './ip-limits.ts'
import type { ResourceBudget } from './resource-budget.ts'

/**
 * What a DHT stream's peer did to be refused: overdrew its host's rate (`dht_overdrawn`), sent more
 * requests on one stream than a kad-dht client does (`dht_pipelined`), or asked to store beyond the
 * budget (`dht_store_refused`).
 */
export type DhtOffence = 'dht_overdrawn' | 'dht_pipelined' | 'dht_store_refused'

export type DhtMeterBudget = Pick<ResourceBudget, 'dhtBytesPerHostPerSecond' | 'dhtRequestsPerHostPerSecond' | 'dhtRequestsPerStream'>

const BURST_SECONDS = 4

/** Token buckets per key, full (and forgotten) until something is taken. */
class TokenBuckets {
  private readonly ratePerMs: number
  private readonly burst: number
  private readonly buckets = new Map<string, { tokens: number, at: number }>()

  constructor (perSecond: number) {
    this.ratePerMs = perSecond / 1000
    this.burst = perSecond * BURST_SECONDS
  }

  /** Takes `amount` from `key`'s bucket; false when it is overdrawn. */
  take (key: string, amount: number, now: number): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now }
    b.tokens = Math.min(this.burst, b.tokens + (now - b.at) * this.ratePerMs) - amount
    b.at = now
    // a full bucket is the default: forget it, so the map holds only hosts that sent recently
    if (b.tokens >= this.burst) this.buckets.delete(key)
    else this.buckets.set(key, b)
    return b.tokens >= 0
  }
}

/**
 * Counts the length-prefixed frames (kad-dht's requests: a varint length, then the message) of a
 * byte stream that arrives cut anywhere, without buffering it.
 */
export class FrameCounter {
  private bodyLeft = 0
  private length = 0
  private scale = 1

  /** Frames whose length prefix ends in `chunk`. */
  count (chunk: Uint8Array | Uint8ArrayList): number {
    let frames = 0
    for (const bytes of chunk instanceof Uint8Array ? [chunk] : chunk) {
      let i = 0
      while (i < bytes.byteLength) {
        if (this.bodyLeft > 0) {
          const skip = Math.min(this.bodyLeft, bytes.byteLength - i)
          this.bodyLeft -= skip
          i += skip
          continue
        }
        const b = bytes[i++]
        this.length += (b & 0x7f) * this.scale
        this.scale *= 128
        // a prefix longer than 5 bytes is garbage kad-dht refuses; count it and start over
        if ((b & 0x80) !== 0 && this.scale < 128 ** 5) continue
        frames++
        this.bodyLeft = this.length
        this.length = 0
        this.scale = 1
      }
    }
    return frames
  }
}

export class DhtInboundMeter {
  private readonly bytes: TokenBuckets
  private readonly requests: TokenBuckets
  private readonly requestsPerStream: number
  private readonly onOffence?: (peer: PeerId, offence: DhtOffence) => void

  constructor (budget: DhtMeterBudget, onOffence?: (peer: PeerId, offence: DhtOffence) => void) {
    this.bytes = new TokenBuckets(budget.dhtBytesPerHostPerSecond)
    this.requests = new TokenBuckets(budget.dhtRequestsPerHostPerSecond)
    this.requestsPerStream = budget.dhtRequestsPerStream
    this.onOffence = onOffence
  }

  /** Takes `bytes` and `requests` from the sender's buckets; false when either is overdrawn. */
  take (sender: string, bytes: number, requests: number, now = Date.now()): boolean {
    const bytesLeft = this.bytes.take(sender, bytes, now)
    return this.requests.take(sender, requests, now) && bytesLeft
  }

  /**
   * Meters what a stream receives and aborts it once its sender overdraws or pipelines. Also reports a store
   * kad-dht refused: it resets the stream, which drops whatever the peer had in flight unmetered
   * (measured: 25 streams a second, each reset after the first of ~500 queued stores, kept the node
   * at ~54 % CPU).
   */
  meter (stream: Stream, connection: Connection): void {
    const sender = ipOf(connection.remoteAddr) ?? connection.remotePeer.toString()
    const frames = new FrameCounter()
    let requests = 0
    const onMessage = (evt: { data: Uint8Array | Uint8ArrayList }): void => {
      const arrived = frames.count(evt.data)
      requests += arrived
      const offence = requests > this.requestsPerStream
        ? 'dht_pipelined'
        : this.take(sender, evt.data.byteLength, arrived) ? undefined : 'dht_overdrawn'
      if (offence == null) return
      stream.removeEventListener('message', onMessage)
      this.onOffence?.(connection.remotePeer, offence)
      stream.abort(new Error(offence === 'dht_pipelined' ? `more than ${this.requestsPerStream} DHT requests on one stream from ${sender}` : `DHT requests from ${sender} over their rate`))
    }
    stream.addEventListener('message', onMessage)
    // kad-dht aborts the stream with the datastore's error when the budget refuses a store
    stream.addEventListener('close', (evt) => {
      if (evt.local && evt.error?.name === DhtStoreFullError.name) this.onOffence?.(connection.remotePeer, 'dht_store_refused')
    }, { once: true })
  }
}
