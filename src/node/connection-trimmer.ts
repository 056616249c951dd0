/**
 * Keeps the number of connected peers between a low and a high watermark, as go-libp2p's
 * connection manager does: above `highWater`, connections older than the grace period are closed,
 * fewest-useful first, until `lowWater` remain. The room's mesh peers are never closed.
 *
 * libp2p's own `maxConnections` is a hard cap that refuses inbound connections once reached; on
 * its own it would leave a bootstrap node full and every later newcomer locked out. Trimming
 * early keeps room for newcomers, and the DHT (which dials on demand) and gossipsub (which only
 * needs its mesh plus a few gossip targets) do not need the connections it closes.
 *
 * Peers tagged keep-alive are never closed either: libp2p re-dials them at once (kad-dht keeps its
 * 20 closest peers connected that way when `dhtKeepClosestPeers` is on), so closing them would only
 * churn.
 */
import { KEEP_ALIVE } from '@libp2p/interface'
import type { ComponentLogger, Connection, Logger, PeerId, PeerStore, Startable } from '@libp2p/interface'
import type { ConnectionManager } from '@libp2p/interface-internal'

export interface ConnectionTrimmerInit {
  lowWater: number
  highWater: number
  /** Connections younger than this are never closed, ms. */
  gracePeriodMs: number
  /** How often the count is checked, ms. */
  intervalMs?: number
  /** Peers whose connections must stay (the room's mesh). */
  protectedPeers(): Set<string>
  /** Peers worth keeping longer than others (subscribed to the room). */
  preferredPeers(): Set<string>
}

export interface ConnectionTrimmerComponents {
  connectionManager: ConnectionManager
  peerStore: PeerStore
  logger: ComponentLogger
}

export class ConnectionTrimmer implements Startable {
  private readonly components: ConnectionTrimmerComponents
  private readonly init: ConnectionTrimmerInit
  private readonly log: Logger
  private timer?: ReturnType<typeof setInterval>
  private trimming = false

  constructor (components: ConnectionTrimmerComponents, init: ConnectionTrimmerInit) {
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('p2p-chat:connection-trimmer')
  }

  readonly [Symbol.toStringTag] = 'p2p-chat/connection-trimmer'

  start (): void {
    if (this.init.highWater <= 0) return
    this.timer = setInterval(() => {
      if (this.trimming) return
      this.trimming = true
      this.trim()
        .catch((err: Error) => { this.log('trim failed: %s', err.message) })
        .finally(() => { this.trimming = false })
    }, this.init.intervalMs ?? 5_000)
    this.timer.unref?.()
  }

  stop (): void {
    clearInterval(this.timer)
  }

  /** Closes connections down to the low watermark; returns how many peers it let go. */
  async trim (now = Date.now()): Promise<number> {
    const byPeer = this.components.connectionManager.getConnectionsMap()
    if (byPeer.size <= this.init.highWater) return 0
    const protectedPeers = this.init.protectedPeers()
    const preferred = this.init.preferredPeers()
    const candidates: Array<{ peer: PeerId, conns: Connection[], preferred: boolean, openedAt: number }> = []
    for (const [peer, conns] of byPeer.entries()) {
      const key = peer.toString()
      if (protectedPeers.has(key)) continue
      const openedAt = Math.min(...conns.map(c => c.timeline.open))
      if (now - openedAt < this.init.gracePeriodMs) continue
      if (await this.keepAlive(peer)) continue
      candidates.push({ peer, conns, preferred: preferred.has(key), openedAt })
    }
    // peers outside the room first, then the longest-connected (newcomers keep their chance)
    candidates.sort((a, b) => Number(a.preferred) - Number(b.preferred) || a.openedAt - b.openedAt)
    const excess = byPeer.size - this.init.lowWater
    const victims = candidates.slice(0, Math.max(0, excess))
    for (const victim of victims) {
      for (const conn of victim.conns) {
        conn.close().catch((err: Error) => { conn.abort(err) })
      }
    }
    if (victims.length > 0) this.log('%d peers above %d: closed %d', byPeer.size, this.init.highWater, victims.length)
    return victims.length
  }

  private async keepAlive (peer: PeerId): Promise<boolean> {
    try {
      const { tags } = await this.components.peerStore.get(peer)
      return [...tags.keys()].some(tag => tag.startsWith(KEEP_ALIVE))
    } catch {
      return false // not in the peer store: nothing asks for it to stay
    }
  }
}

export function connectionTrimmer (init: ConnectionTrimmerInit): (components: ConnectionTrimmerComponents) => ConnectionTrimmer {
  return (components) => new ConnectionTrimmer(components, init)
}
