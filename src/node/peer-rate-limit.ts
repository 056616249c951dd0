/**
 * Requests per peer as token buckets, in a map of bounded size. A node sees far more peers over a
 * day than it has connections, so a peer may only ever cost one entry, and a flood of fresh peer
 * ids pushes out the longest idle buckets instead of growing the map. Forgetting a bucket at most
 * gives that peer a fresh burst, which costs it a reconnection and is capped by the connection
 * limits anyway.
 */

export interface PeerRateLimitInit {
  /** Requests a peer may make per minute, as a sustained rate and as a burst. */
  perMinute: number
  /** Peers tracked at most (at least 1); the longest idle is forgotten first. Default: 1024. */
  maxPeers?: number
  /** The clock, ms. Default: `Date.now`. */
  now?: () => number
}

export const DEFAULT_MAX_TRACKED_PEERS = 1024

interface Bucket { tokens: number, atMs: number }

export class PeerRateLimit {
  private readonly capacity: number
  private readonly perMs: number
  private readonly maxPeers: number
  private readonly now: () => number
  /** In order of last use (a Map keeps insertion order; a touched entry is moved to the end): the first is the longest idle. */
  private readonly buckets = new Map<string, Bucket>()

  constructor (init: PeerRateLimitInit) {
    this.capacity = init.perMinute
    this.perMs = init.perMinute / 60_000
    this.maxPeers = Math.max(1, init.maxPeers ?? DEFAULT_MAX_TRACKED_PEERS)
    this.now = init.now ?? Date.now
  }

  get size (): number {
    return this.buckets.size
  }

  /** Takes a token for `peer`; false when its bucket is empty. */
  take (peer: string): boolean {
    const now = this.now()
    const bucket = this.buckets.get(peer) ?? { tokens: this.capacity, atMs: now }
    this.buckets.delete(peer)
    // a wall clock stepped back refills nothing, and takes nothing back either
    bucket.tokens = Math.min(this.capacity, bucket.tokens + Math.max(0, now - bucket.atMs) * this.perMs)
    bucket.atMs = now
    const allowed = bucket.tokens >= 1
    if (allowed) bucket.tokens -= 1
    this.buckets.set(peer, bucket)
    if (this.buckets.size > this.maxPeers) {
      const oldest = this.buckets.keys().next()
      if (oldest.done !== true) this.buckets.delete(oldest.value)
    }
    return allowed
  }
}
