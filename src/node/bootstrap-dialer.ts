/**
 * Keeps the node connected to its bootstrap peers: dials each at start, reports every outcome,
 * and re-dials with exponential backoff after a failure or a lost connection. An unreachable
 * bootstrap peer is reported, never fatal.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { TypedEventEmitter } from 'main-event'
import { multiaddr } from '@multiformats/multiaddr'
import type { ComponentLogger, Logger, PeerId, Startable, TypedEventTarget, Libp2pEvents } from '@libp2p/interface'
import type { ConnectionManager } from '@libp2p/interface-internal'
import type { Multiaddr } from '@multiformats/multiaddr'
import { BOOTSTRAP_BACKOFF } from './options.ts'

export interface BootstrapDialerInit {
  /** Multiaddrs that end in /p2p/<peer id>. */
  list: string[]
  initialBackoffMs?: number
  maxBackoffMs?: number
  dialTimeoutMs?: number
  /**
   * Re-dial a lost bootstrap peer only while fewer peers than this are connected: a node with
   * enough peers does not need it, and a bootstrap node that trims its connections would otherwise
   * be dialled straight back by everyone it let go. Default: always re-dial.
   */
  redialBelowPeers?: number
}

export interface BootstrapDialerComponents {
  connectionManager: ConnectionManager
  events: TypedEventTarget<Libp2pEvents>
  logger: ComponentLogger
}

export interface BootstrapDialEvent {
  address: string
  peerId: string
  outcome: 'success' | 'failure'
  error?: string
  /** When the next attempt runs, after a failure. */
  retryInMs?: number
}

export interface BootstrapDialerEvents {
  dial: CustomEvent<BootstrapDialEvent>
}

interface Target {
  address: Multiaddr
  peerId: PeerId
  backoffMs: number
  timer?: ReturnType<typeof setTimeout>
  dialing: boolean
}

export class BootstrapDialer extends TypedEventEmitter<BootstrapDialerEvents> implements Startable {
  private readonly components: BootstrapDialerComponents
  private readonly log: Logger
  private readonly targets: Target[]
  private readonly initialBackoffMs: number
  private readonly maxBackoffMs: number
  private readonly dialTimeoutMs: number
  private readonly redialBelowPeers: number
  private running = false

  constructor (components: BootstrapDialerComponents, init: BootstrapDialerInit) {
    super()
    this.components = components
    this.log = components.logger.forComponent('p2p-chat:bootstrap')
    this.initialBackoffMs = init.initialBackoffMs ?? BOOTSTRAP_BACKOFF.initialMs
    this.maxBackoffMs = init.maxBackoffMs ?? BOOTSTRAP_BACKOFF.maxMs
    this.dialTimeoutMs = init.dialTimeoutMs ?? BOOTSTRAP_BACKOFF.dialTimeoutMs
    this.redialBelowPeers = init.redialBelowPeers ?? Infinity
    this.targets = init.list.map(str => {
      const address = multiaddr(str)
      const id = address.getComponents().findLast(c => c.name === 'p2p')?.value
      if (id == null) throw new Error(`bootstrap address ${str} has no /p2p/<peer id>`)
      return { address, peerId: peerIdFromString(id), backoffMs: this.initialBackoffMs, dialing: false }
    })
    this.onDisconnect = this.onDisconnect.bind(this)
  }

  readonly [Symbol.toStringTag] = 'p2p-chat/bootstrap-dialer'

  start (): void {
    this.running = true
    this.components.events.addEventListener('peer:disconnect', this.onDisconnect)
  }

  /** Dials after libp2p has started (dialing during start would race the transports). */
  afterStart (): void {
    for (const target of this.targets) void this.dial(target)
  }

  stop (): void {
    this.running = false
    this.components.events.removeEventListener('peer:disconnect', this.onDisconnect)
    for (const target of this.targets) clearTimeout(target.timer)
  }

  isBootstrapPeer (peerId: PeerId): boolean {
    return this.targets.some(t => t.peerId.equals(peerId))
  }

  private onDisconnect (evt: CustomEvent<PeerId>): void {
    if (this.components.connectionManager.getConnectionsMap().size >= this.redialBelowPeers) return
    for (const target of this.targets) {
      if (target.peerId.equals(evt.detail)) {
        this.log('lost bootstrap peer %p, re-dialing', target.peerId)
        this.schedule(target, this.initialBackoffMs)
      }
    }
  }

  private schedule (target: Target, delayMs: number): void {
    if (!this.running || target.timer != null) return
    target.timer = setTimeout(() => {
      target.timer = undefined
      void this.dial(target)
    }, delayMs)
    target.timer.unref?.()
  }

  private async dial (target: Target): Promise<void> {
    if (!this.running || target.dialing) return
    target.dialing = true
    const detail = { address: target.address.toString(), peerId: target.peerId.toString() }
    try {
      await this.components.connectionManager.openConnection(target.address, {
        signal: AbortSignal.timeout(this.dialTimeoutMs)
      })
      target.backoffMs = this.initialBackoffMs
      this.safeDispatchEvent('dial', { detail: { ...detail, outcome: 'success' } })
    } catch (err: any) {
      if (!this.running) return
      const retryInMs = target.backoffMs
      target.backoffMs = Math.min(target.backoffMs * 2, this.maxBackoffMs)
      this.safeDispatchEvent('dial', { detail: { ...detail, outcome: 'failure', error: describeError(err), retryInMs } })
      this.schedule(target, retryInMs)
    } finally {
      target.dialing = false
    }
  }
}

function describeError (err: any): string {
  const inner = err?.errors?.[0] ?? err?.cause
  const base = `${err?.name ?? 'Error'}: ${err?.message ?? String(err)}`
  return inner != null && inner !== err ? `${base} (${inner.message ?? inner})` : base
}

export function bootstrapDialer (init: BootstrapDialerInit): (components: BootstrapDialerComponents) => BootstrapDialer {
  return (components) => new BootstrapDialer(components, init)
}
