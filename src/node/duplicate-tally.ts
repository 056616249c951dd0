/**
 * Duplicates per message, for the traces: every copy of a room message after the first this node
 * saw (or after its own publish) is counted against the message's id, and the counts are reported
 * once a second, one `{ id, count }` per message that had any. A mesh of D peers sends each node
 * about D - 1 redundant copies of every message; one line a copy would multiply the traces by that,
 * one a message and second keeps them near the size of the `message` lines.
 *
 * Peer-controlled input, bounded: at most `maxIds` ids are remembered (the oldest forgotten first),
 * and each for `ttlMs`, so a flood of distinct ids costs a fixed amount of memory.
 */
export interface DuplicateTallyInit {
  /** how often counts are reported, ms. Default: 1000 */
  flushMs?: number
  /** ids remembered at most. Default: 8192 */
  maxIds?: number
  /** how long an id is remembered, ms (gossipsub's seen TTL). Default: 120 000 */
  ttlMs?: number
}

export interface DuplicateCount { id: string, count: number }

export class DuplicateTally {
  private readonly flushMs: number
  private readonly maxIds: number
  private readonly ttlMs: number
  /** id -> when first seen; insertion order is age order */
  private readonly seen = new Map<string, number>()
  private pending = new Map<string, number>()
  private timer?: ReturnType<typeof setInterval>

  constructor (init: DuplicateTallyInit = {}) {
    this.flushMs = init.flushMs ?? 1000
    this.maxIds = init.maxIds ?? 8192
    this.ttlMs = init.ttlMs ?? 120_000
  }

  /** A copy of message `id` arrived (gossipsub's fastMsgIdFn: once per received message, before any check). */
  received (id: string): void {
    if (this.seen.has(id)) {
      this.pending.set(id, (this.pending.get(id) ?? 0) + 1)
      return
    }
    this.remember(id)
  }

  /** Our own publish: every copy that comes back is a duplicate. */
  published (id: string): void {
    if (!this.seen.has(id)) this.remember(id)
  }

  private remember (id: string): void {
    this.seen.set(id, Date.now())
    if (this.seen.size > this.maxIds) this.seen.delete(this.seen.keys().next().value as string)
  }

  /** Reports the counts every `flushMs` until stop. */
  start (report: (counts: DuplicateCount[]) => void): void {
    this.stop()
    this.timer = setInterval(() => {
      const counts = this.take()
      if (counts.length > 0) report(counts)
    }, this.flushMs)
    this.timer.unref?.()
  }

  stop (): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** The counts since the last take, and the ids older than the TTL forgotten. */
  take (): DuplicateCount[] {
    const counts = [...this.pending].map(([id, count]) => ({ id, count }))
    this.pending = new Map()
    const oldest = Date.now() - this.ttlMs
    for (const [id, at] of this.seen) {
      if (at >= oldest) break
      this.seen.delete(id)
    }
    return counts
  }
}
