/**
 * Measures ping RTT to every connected peer at a fixed interval and hands each sample to
 * `onRtt` (the node feeds a histogram). One probe per peer at a time; a slow peer cannot pile up.
 *
 * It also stands in for libp2p's connection monitor (which the node turns off): that monitor pings
 * every connection every 10 s on the same protocol, so running both doubled the ping traffic. As
 * the monitor does, a ping that proves the link dead aborts the peer's connections, so a silently
 * dead link (a partition) is noticed; with the interval at 0 nothing pings and nothing is noticed
 * that way. Only two failures prove it: no answer within the timeout, or the stream reset. A ping
 * refused on this side (`TooManyOutboundProtocolStreamsError` while kad-dht's ping holds the stream,
 * a node stopping) or a peer without the ping protocol says nothing about the link; the next round
 * probes again, and a dead link still times out then.
 */
import type { ComponentLogger, Logger, PeerId, Startable } from '@libp2p/interface'
import type { ConnectionManager } from '@libp2p/interface-internal'
import type { Ping } from '@libp2p/ping'
import { DEFAULT_PING_INTERVAL_MS, DEFAULT_PING_TIMEOUT_MS } from './options.ts'

export interface RttProbeInit {
  intervalMs?: number
  /** How long a probe waits for its answer before the link counts as dead, ms. Default: DEFAULT_PING_TIMEOUT_MS. */
  timeoutMs?: number
  onRtt(rttMs: number, peer: PeerId): void
  /** Each failed probe, and whether it aborted the peer's connections (the failure proved the link dead). */
  onFailure?(peer: PeerId, err: Error, abortedConnections: boolean): void
  /** Abort a peer's connections when a ping proves the link dead (as libp2p's connection monitor does). Default: true. */
  abortOnFailure?: boolean
}

/** Failures that come from the link or the peer, not from this side. */
const LINK_FAILURES = new Set(['StreamResetError'])

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
      const timeout = AbortSignal.timeout(this.init.timeoutMs ?? DEFAULT_PING_TIMEOUT_MS)
      this.components.ping.ping(peer, { signal: AbortSignal.any([this.controller.signal, timeout]) })
        .then(rtt => { this.init.onRtt(rtt, peer) })
        .catch(err => {
          const dead = !this.controller.signal.aborted && (timeout.aborted || LINK_FAILURES.has(err.name))
          const abort = dead && this.init.abortOnFailure !== false
          this.log('ping %p failed: %s: %s%s', peer, err.name, err.message, abort ? '; aborting its connections' : '')
          if (abort) {
            for (const conn of this.components.connectionManager.getConnections(peer)) conn.abort(err)
          }
          this.init.onFailure?.(peer, err, abort)
        })
        .finally(() => { this.inFlight.delete(key) })
    }
  }
}

export function rttProbe (init: RttProbeInit): (components: RttProbeComponents) => RttProbe {
  return (components) => new RttProbe(components, init)
}
