/**
 * Per-peer token buckets for inbound DMs. The map is bounded: a node sees far more peers over a
 * day than it has connections, and a peer's bucket is worth keeping only while it keeps sending.
 * Forgetting the longest idle bucket at most gives that peer a fresh burst, which costs a
 * reconnection and is capped by the connection limits anyway.
 */

interface Bucket {
  tokens: number
  atMs: number
}

export class PeerRateLimiter {
  private readonly capacity: number
  private readonly perMs: number
  private readonly maxPeers: number
  /** in order of last use: the first entry is the longest idle */
  private readonly buckets = new Map<string, Bucket>()

  constructor (perMinute: number, maxPeers: number) {
    this.capacity = perMinute
    this.perMs = perMinute / 60_000
    this.maxPeers = Math.max(1, maxPeers)
  }

  /** Takes a token for `peer`: false when its bucket is empty. */
  take (peer: string, nowMs = Date.now()): boolean {
    const bucket = this.buckets.get(peer) ?? { tokens: this.capacity, atMs: nowMs }
    this.buckets.delete(peer)
    bucket.tokens = Math.min(this.capacity, bucket.tokens + Math.max(0, nowMs - bucket.atMs) * this.perMs)
    bucket.atMs = nowMs
    const allowed = bucket.tokens >= 1
    if (allowed) bucket.tokens -= 1
    this.buckets.set(peer, bucket)
    if (this.buckets.size > this.maxPeers) {
      const oldest = this.buckets.keys().next().value
      if (oldest != null) this.buckets.delete(oldest)
    }
    return allowed
  }

  get size (): number {
    return this.buckets.size
  }
}
