/**
 * Finds room members beyond the bootstrap peers: while the node has fewer connections than the
 * target, it walks the Kademlia DHT to random keys (libp2p's RandomWalk component) and dials the
 * peers the walk turns up. Connections are what gossipsub needs to build its mesh.
 *
 * libp2p's walk runs queries back to back for as long as it is consumed, so each round is bounded
 * (time, and a run of peers we already know), and rounds that find nobody new back off: a small
 * network whose members are all connected costs almost nothing once discovered.
 */
import type { ComponentLogger, Logger, PeerId, Startable } from '@libp2p/interface'
import type { ConnectionManager, RandomWalk } from '@libp2p/interface-internal'
import { DEFAULT_DISCOVERY_INTERVAL_MS, DEFAULT_DISCOVERY_TARGET_PEERS } from './options.ts'

export interface DiscoveryWalkInit {
  /** Walk while fewer peers than this are connected. */
  targetPeers?: number
  /** Pause between rounds, ms, while rounds find new peers. */
  intervalMs?: number
  /** Longest pause, ms, after rounds that found nobody new (the pause doubles each time). */
  maxIntervalMs?: number
  /** Longest round, ms. */
  roundTimeoutMs?: number
  /** A round ends after this many walk results in a row that were already connected. */
  knownPeersPerRound?: number
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
  private readonly maxIntervalMs: number
  private readonly roundTimeoutMs: number
  private readonly knownPeersPerRound: number
  private readonly initialDelayMs: number
  private nextDelayMs: number
  private timer?: ReturnType<typeof setTimeout>
  private controller?: AbortController

  constructor (components: DiscoveryWalkComponents, init: DiscoveryWalkInit = {}) {
    this.components = components
    this.log = components.logger.forComponent('p2p-chat:discovery')
    this.targetPeers = init.targetPeers ?? DEFAULT_DISCOVERY_TARGET_PEERS
    this.intervalMs = init.intervalMs ?? DEFAULT_DISCOVERY_INTERVAL_MS
    this.maxIntervalMs = init.maxIntervalMs ?? 16 * this.intervalMs
    this.roundTimeoutMs = init.roundTimeoutMs ?? 5_000
    this.knownPeersPerRound = init.knownPeersPerRound ?? 8
    this.initialDelayMs = init.initialDelayMs ?? 1_000
    this.nextDelayMs = this.intervalMs
  }

  readonly [Symbol.toStringTag] = 'p2p-chat/discovery-walk'

  start (): void {
    this.controller = new AbortController()
    this.nextDelayMs = this.intervalMs
    this.scheduleRound(this.initialDelayMs)
  }

  stop (): void {
    clearTimeout(this.timer)
    this.controller?.abort()
  }

  private scheduleRound (delayMs: number): void {
    this.timer = setTimeout(() => {
      void this.round().then(foundNew => {
        this.nextDelayMs = foundNew ? this.intervalMs : Math.min(this.nextDelayMs * 2, this.maxIntervalMs)
      }).finally(() => {
        if (this.controller?.signal.aborted !== true) this.scheduleRound(this.nextDelayMs)
      })
    }, delayMs)
    this.timer.unref?.()
  }

  private connectedCount (): number {
    return this.components.connectionManager.getConnectionsMap().size
  }

  /** One bounded walk; true when it connected to somebody new. */
  private async round (): Promise<boolean> {
    const connected = this.connectedCount()
    if (connected === 0 || connected >= this.targetPeers) return false
    const signal = AbortSignal.any([this.controller!.signal, AbortSignal.timeout(this.roundTimeoutMs)])
    let foundNew = false
    let knownInARow = 0
    try {
      for await (const peer of this.components.randomWalk.walk({ signal })) {
        if (peer.id.equals(this.components.peerId) || this.components.connectionManager.getConnections(peer.id).length > 0) {
          if (++knownInARow >= this.knownPeersPerRound) break
          continue
        }
        knownInARow = 0
        try {
          await this.components.connectionManager.openConnection(peer.id, { signal })
          foundNew = true
          this.log('connected to %p found by random walk', peer.id)
        } catch (err: any) {
          this.log('could not dial %p found by random walk: %s', peer.id, err.message)
        }
        if (this.connectedCount() >= this.targetPeers) break
      }
    } catch (err: any) {
      if (!signal.aborted) this.log('random walk failed: %s', err.message)
    }
    return foundNew
  }
}

export function discoveryWalk (init: DiscoveryWalkInit = {}): (components: DiscoveryWalkComponents) => DiscoveryWalk {
  return (components) => new DiscoveryWalk(components, init)
}
