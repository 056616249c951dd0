/**
 * Queries per peer as token buckets, in a map of bounded size: a peer can only ever cost one entry,
 * and a flood of fresh peer ids pushes out the least recently seen ones instead of growing the map.
 */

export interface PeerRateLimitInit {
  /** Requests a peer may make per minute, as a sustained rate and as a burst. */
  perMinute: number
  /** Peers tracked at most; the least recently seen is forgotten first. Default: 1024. */
  maxPeers?: number
  now?: () => number
}

interface Bucket { tokens: number, atMs: number }

export class PeerRateLimit {
  private readonly perMinute: number
  private readonly maxPeers: number
  private readonly now: () => number
  /** In order of last use (Map keeps insertion order; a touched entry is moved to the end). */
  private readonly buckets = new Map<string, Bucket>()

  constructor (init: PeerRateLimitInit) {
    this.perMinute = init.perMinute
    this.maxPeers = init.maxPeers ?? 1024
    this.now = init.now ?? Date.now
  }

  get size (): number {
    return this.buckets.size
  }

  /** Takes a token for `peer`; false when it has none left. */
  take (peer: string): boolean {
    const now = this.now()
    const bucket = this.buckets.get(peer) ?? { tokens: this.perMinute, atMs: now }
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.atMs) * this.perMinute / 60_000)
    bucket.atMs = now
    this.buckets.delete(peer)
    this.buckets.set(peer, bucket)
    if (this.buckets.size > this.maxPeers) {
      const oldest = this.buckets.keys().next()
      if (oldest.done !== true) this.buckets.delete(oldest.value)
    }
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }
}
