/**
 * Measures ping RTT to every connected peer at a fixed interval and hands each sample to
 * `onRtt` (the node feeds a histogram). One probe per peer at a time; a slow peer cannot pile up.
 *
 * It also stands in for libp2p's connection monitor (which the node turns off): that monitor pings
 * every connection every 10 s on the same protocol, so running both doubled the ping traffic. As
 * the monitor does, a failed ping aborts the peer's connections, so a silently dead link (a
 * partition) is noticed; with the interval at 0 nothing pings and nothing is noticed that way.
 */
import type { ComponentLogger, Logger, PeerId, Startable } from '@libp2p/interface'
import type { ConnectionManager } from '@libp2p/interface-internal'
import type { Ping } from '@libp2p/ping'
import { DEFAULT_PING_INTERVAL_MS } from './options.ts'

export interface RttProbeInit {
  intervalMs?: number
  onRtt(rttMs: number, peer: PeerId): void
  /** Abort a peer's connections when a ping to it fails (as libp2p's connection monitor does). Default: true. */
  abortOnFailure?: boolean
}

/** `ping` is the libp2p ping service; list it before this one in `services`. */
export interface RttProbeComponents {
  connectionManager: ConnectionManager
  logger: ComponentLogger
  ping: Ping
}

export class RttProbe implements Startable {
  private readonly components: RttProbeComponents
  private readonly log: Logger
  private readonly init: RttProbeInit
  private readonly inFlight = new Set<string>()
  private timer?: ReturnType<typeof setInterval>
  private controller = new AbortController()

  constructor (components: RttProbeComponents, init: RttProbeInit) {
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('p2p-chat:rtt-probe')
  }

  readonly [Symbol.toStringTag] = 'p2p-chat/rtt-probe'

  start (): void {
    this.controller = new AbortController()
    const intervalMs = this.init.intervalMs ?? DEFAULT_PING_INTERVAL_MS
    if (intervalMs <= 0) return
    this.timer = setInterval(() => { this.probeAll() }, intervalMs)
    this.timer.unref?.()
  }

  stop (): void {
    clearInterval(this.timer)
    this.controller.abort()
  }

  private probeAll (): void {
    for (const peer of this.components.connectionManager.getConnectionsMap().keys()) {
      const key = peer.toString()
      if (this.inFlight.has(key)) continue
      this.inFlight.add(key)
      this.components.ping.ping(peer, { signal: AbortSignal.any([this.controller.signal, AbortSignal.timeout(5_000)]) })
        .then(rtt => { this.init.onRtt(rtt, peer) })
        .catch(err => {
          this.log('ping %p failed: %s', peer, err.message)
          // a peer without the ping protocol still answered multistream-select: it is alive
          if (this.controller.signal.aborted || this.init.abortOnFailure === false || err.name === 'UnsupportedProtocolError') return
          for (const conn of this.components.connectionManager.getConnections(peer)) conn.abort(err)
        })
        .finally(() => { this.inFlight.delete(key) })
    }
  }
}

export function rttProbe (init: RttProbeInit): (components: RttProbeComponents) => RttProbe {
  return (components) => new RttProbe(components, init)
}
