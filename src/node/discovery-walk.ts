/**
 * Finds room members beyond the bootstrap peers: while the node has fewer connections than the
 * target, it walks the Kademlia DHT to random keys (libp2p's RandomWalk component) and dials the
 * peers the walk turns up. Connections are what gossipsub needs to build its mesh.
 */
import type { ComponentLogger, Logger, PeerId, Startable } from '@libp2p/interface'
import type { ConnectionManager, RandomWalk } from '@libp2p/interface-internal'
import { DEFAULT_DISCOVERY_INTERVAL_MS, DEFAULT_DISCOVERY_TARGET_PEERS } from './options.ts'

export interface DiscoveryWalkInit {
  /** Walk while fewer peers than this are connected. */
  targetPeers?: number
  /** Pause between rounds, ms; a round also ends after this long. */
  intervalMs?: number
  /** Delay of the first round, ms, so bootstrap dials and the DHT's self-query go first. */
  initialDelayMs?: number
}

export interface DiscoveryWalkComponents {
  connectionManager: ConnectionManager
  randomWalk: RandomWalk
  peerId: PeerId
  logger: ComponentLogger
}

export class DiscoveryWalk implements Startable {
  private readonly components: DiscoveryWalkComponents
  private readonly log: Logger
  private readonly targetPeers: number
  private readonly intervalMs: number
  private readonly initialDelayMs: number
  private timer?: ReturnType<typeof setTimeout>
  private controller?: AbortController

  constructor (components: DiscoveryWalkComponents, init: DiscoveryWalkInit = {}) {
    this.components = components
    this.log = components.logger.forComponent('p2p-chat:discovery')
    this.targetPeers = init.targetPeers ?? DEFAULT_DISCOVERY_TARGET_PEERS
    this.intervalMs = init.intervalMs ?? DEFAULT_DISCOVERY_INTERVAL_MS
    this.initialDelayMs = init.initialDelayMs ?? 1_000
  }

  readonly [Symbol.toStringTag] = 'p2p-chat/discovery-walk'

  start (): void {
    this.controller = new AbortController()
    this.scheduleRound(this.initialDelayMs)
  }

  stop (): void {
    clearTimeout(this.timer)
    this.controller?.abort()
  }

  private scheduleRound (delayMs: number): void {
    this.timer = setTimeout(() => {
      void this.round().finally(() => {
        if (this.controller?.signal.aborted !== true) this.scheduleRound(this.intervalMs)
      })
    }, delayMs)
    this.timer.unref?.()
  }

  private connectedCount (): number {
    return this.components.connectionManager.getConnectionsMap().size
  }

  private async round (): Promise<void> {
    if (this.connectedCount() >= this.targetPeers || this.connectedCount() === 0) return
    const signal = AbortSignal.any([this.controller!.signal, AbortSignal.timeout(this.intervalMs)])
    try {
      for await (const peer of this.components.randomWalk.walk({ signal })) {
        if (peer.id.equals(this.components.peerId)) continue
        if (this.components.connectionManager.getConnections(peer.id).length > 0) continue
        try {
          await this.components.connectionManager.openConnection(peer.id, { signal })
          this.log('connected to %p found by random walk', peer.id)
        } catch (err: any) {
          this.log('could not dial %p found by random walk: %s', peer.id, err.message)
        }
        if (this.connectedCount() >= this.targetPeers) break
      }
    } catch (err: any) {
      if (!signal.aborted) this.log('random walk failed: %s', err.message)
    }
  }
}

export function discoveryWalk (init: DiscoveryWalkInit = {}): (components: DiscoveryWalkComponents) => DiscoveryWalk {
  return (components) => new DiscoveryWalk(components, init)
}
