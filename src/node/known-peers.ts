/**
 * A restarted node's way back into its room without a bootstrap node: every peer seen in the room
 * is marked in libp2p's peer store (metadata, persisted with the store when it lives in a data
 * directory), and after start the most recently seen of them are dialled once. libp2p's own
 * KEEP_ALIVE reconnect is not used: it would also fight the connection trimmer for every room
 * peer, all the time, where this wants one attempt at start.
 */
import type { Libp2p, PeerId } from '@libp2p/interface'

export interface RejoinSummary {
  /** room peers the peer store remembered (with addresses) */
  known: number
  /** of those, dialled (the most recently seen first, at most `maxDials`) */
  dialed: number
  connected: number
}

export interface KnownPeersInit {
  topic: string
  /** Remembered peers dialled at start, most recent first. Default: 8. */
  maxDials?: number
  /** Per dial, ms. Default: 5 000. */
  dialTimeoutMs?: number
}

export const DEFAULT_REJOIN_DIALS = 8
const DIAL_TIMEOUT_MS = 5_000

export class KnownPeers {
  private readonly libp2p: Libp2p
  private readonly key: string
  private readonly maxDials: number
  private readonly dialTimeoutMs: number

  constructor (libp2p: Libp2p, init: KnownPeersInit) {
    this.libp2p = libp2p
    this.key = `p2p-chat/room-peer${init.topic}`
    this.maxDials = init.maxDials ?? DEFAULT_REJOIN_DIALS
    this.dialTimeoutMs = init.dialTimeoutMs ?? DIAL_TIMEOUT_MS
  }

  /** Marks `peer` as seen in the room now. */
  async remember (peer: PeerId): Promise<void> {
    const seen = new Uint8Array(8)
    new DataView(seen.buffer).setBigUint64(0, BigInt(Date.now()))
    await this.libp2p.peerStore.merge(peer, { metadata: { [this.key]: seen } })
  }

  /** Dials the most recently seen room peers the store still has addresses for. */
  async rejoin (): Promise<RejoinSummary> {
    const self = this.libp2p.peerId
    const known = await this.libp2p.peerStore.all({
      filters: [(p) => p.metadata.has(this.key) && p.addresses.length > 0 && !p.id.equals(self)]
    })
    const lastSeen = (m: Map<string, Uint8Array>): bigint => {
      const v = m.get(this.key)
      return v?.byteLength === 8 ? new DataView(v.buffer, v.byteOffset, 8).getBigUint64(0) : 0n
    }
    const chosen = known
      .sort((a, b) => (lastSeen(b.metadata) > lastSeen(a.metadata) ? 1 : -1))
      .slice(0, this.maxDials)
    const outcomes = await Promise.all(chosen.map(async (p) => await this.dial(p.id)))
    return { known: known.length, dialed: chosen.length, connected: outcomes.filter(Boolean).length }
  }

  private async dial (peer: PeerId): Promise<boolean> {
    try {
      await this.libp2p.dial(peer, { signal: AbortSignal.timeout(this.dialTimeoutMs) })
      return true
    } catch {
      return false
    }
  }
}
