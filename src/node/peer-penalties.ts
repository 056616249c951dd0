/**
 * Makes persistent abuse cost the abuser. Gossipsub's own score punishes REJECTed messages (P4),
 * but an IGNOREd one (a send time outside the clock allowance) costs nothing there: measured
 * before this (docs/security.md), a peer sent 163 000 signed messages 10 min in the future at full
 * speed and was never penalised. Limits that refuse a peer (DHT store budget) cost nothing either.
 *
 * Each offence adds its weight (`OFFENCE_WEIGHTS`) to a per-peer counter that decays like gossipsub's
 * behaviour penalty (x0.9 a second, so an honest peer with a skewed clock sending 1 message/s settles
 * at 10). Above
 * `allowance` the excess, squared and negated, is the peer's app-specific score (gossipsub P5):
 * ~10 offences past it reach the graylist (-80), where gossipsub drops the peer's RPCs unread.
 * Past `disconnectAt` the node closes the peer's connections and refuses new ones until the
 * counter decays back below the allowance (~22 s after the abuse stops).
 */
import type { DhtOffence } from './dht-meter.ts'

/**
 * An IGNOREd gossipsub message, a refused DHT stream (dht-meter.ts says which), or a history
 * message that fails verification for a reject reason (a forged or altered message: history/sync.ts).
 */
export type Offence = 'ignored_message' | 'forged_history' | DhtOffence

/**
 * What one offence adds to the counter. What an honest peer may do now and then counts 1: an
 * IGNOREd message (a skewed clock), a DHT stream over its host's rate (several newcomers behind one
 * NAT refreshing their routing tables at once). What no honest p2p-chat node does counts 10, so a
 * peer that keeps on is cut off after ~20: pipelining DHT requests on one stream (kad-dht sends one
 * and waits) and storing a DHT record (the room's DHT is for discovery only). Measured before
 * (all weight 1, stores not counted): an ADD_PROVIDER flood kept its one connection and ~60 aborted
 * streams a second for the whole attack, the node decrypting ~2 MB/s of it at ~70 % CPU.
 */
export const OFFENCE_WEIGHTS: Readonly<Record<Offence, number>> = { ignored_message: 1, forged_history: 10, dht_overdrawn: 1, dht_pipelined: 10, dht_store_refused: 10 }

export interface PeerPenaltiesInit {
  /** Offences a peer may accumulate (decaying) before its score drops. Default: 20. */
  allowance?: number
  /** Counter value past which the peer is disconnected and refused. Default: 200. */
  disconnectAt?: number
  /** Decay factor per second. Default: 0.9. */
  decayPerSecond?: number
  /** Peers tracked at most; the stalest are forgotten first. Default: 4 096. */
  maxPeers?: number
  /** Called once when a peer crosses `disconnectAt`. */
  onAbusive?(peer: string, offence: Offence): void
  now?(): number
}

interface Counter { value: number, at: number }

export class PeerPenalties {
  private readonly allowance: number
  private readonly disconnectAt: number
  private readonly decayPerMs: number
  private readonly maxPeers: number
  private readonly onAbusive?: PeerPenaltiesInit['onAbusive']
  private readonly now: () => number
  private readonly counters = new Map<string, Counter>()
  private readonly abusive = new Set<string>()

  constructor (init: PeerPenaltiesInit = {}) {
    this.allowance = init.allowance ?? 20
    this.disconnectAt = init.disconnectAt ?? 200
    this.decayPerMs = Math.log(init.decayPerSecond ?? 0.9) / 1000
    this.maxPeers = init.maxPeers ?? 4_096
    this.onAbusive = init.onAbusive
    this.now = init.now ?? Date.now
  }

  record (peer: string, offence: Offence): void {
    const before = this.value(peer)
    const value = before + OFFENCE_WEIGHTS[offence]
    this.counters.delete(peer)
    this.counters.set(peer, { value, at: this.now() })
    if (this.counters.size > this.maxPeers) {
      const stalest = this.counters.keys().next().value
      if (stalest != null) {
        this.counters.delete(stalest)
        this.abusive.delete(stalest)
      }
    }
    if (before < this.disconnectAt && value >= this.disconnectAt) {
      this.abusive.add(peer)
      this.onAbusive?.(peer, offence)
    }
  }

  /** The decayed offence count of a peer. */
  value (peer: string): number {
    const c = this.counters.get(peer)
    if (c == null) return 0
    const value = c.value * Math.exp(this.decayPerMs * (this.now() - c.at))
    if (value < 0.5) {
      this.counters.delete(peer)
      return 0
    }
    return value
  }

  /** Gossipsub's app-specific score (P5, weight 1): 0 up to the allowance, then minus the excess squared. */
  score (peer: string): number {
    const excess = this.value(peer) - this.allowance
    return excess > 0 ? -(excess * excess) : 0
  }

  /** Whether the peer crossed `disconnectAt` and has not decayed below the allowance since (the gater refuses it). */
  refused (peer: string): boolean {
    if (!this.abusive.has(peer)) return false
    if (this.value(peer) >= this.allowance) return true
    this.abusive.delete(peer)
    return false
  }
}
