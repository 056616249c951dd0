/**
 * Per-IP limits (the budget's `...PerHost` keys: a host is one remote IP address) libp2p has no
 * option for, as a connection gater (its public seam for exactly this). Measured before it
 * (docs/security.md): 20 raw sockets from one host that reconnect and never finish Noise held all
 * 10 of libp2p's pending-upgrade slots, which are global, and locked every honest newcomer out;
 * 100 fresh identities from one host took all 64 relay reservations.
 *
 * - pending upgrades: at most `pendingInboundPerHost` per IP address (a slot is freed when the
 *   upgrade completes or the socket closes);
 * - open connections: at most `connectionsPerHost` inbound ones per IP address;
 * - relay reservations: at most `relayReservationsPerHost` per IP address, and once three quarters
 *   of the relay's slots are taken, only peers already in the room get one.
 */
import type { ConnectionGater, MultiaddrConnection, PeerId } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { ResourceBudget } from './resource-budget.ts'

/** The IP address of a multiaddr (`/ip4/1.2.3.4/tcp/5` -> `1.2.3.4`), or undefined for a relayed/other one. */
export function ipOf (ma: Multiaddr): string | undefined {
  if (ma.getComponents().some(c => c.name === 'p2p-circuit')) return undefined
  const ip = ma.getComponents().find(c => c.name === 'ip4' || c.name === 'ip6')
  return ip?.value
}

/** What the gater needs to see of the running node; bound after libp2p exists. */
export interface IpLimitsView {
  /** Remote addresses of the node's open inbound connections. */
  inboundAddrs(): Multiaddr[]
  /** The peers holding a relay reservation here, with the address they reserved from (none without `--relay`). */
  reservations(): Array<{ peer: string, addr: Multiaddr }>
  /** A peer's current remote addresses. */
  addrsOf(peer: PeerId): Multiaddr[]
  /** Whether a peer is subscribed to the room. */
  inRoom(peer: PeerId): boolean
}

export type IpLimitsBudget = Pick<ResourceBudget, 'pendingInboundPerHost' | 'connectionsPerHost' | 'relayReservationsPerHost' | 'relayReservations'>

export interface IpLimitsEvents {
  /** Called with the limit that refused something (a closed set: used as a metric label). */
  onRefused?(limit: 'pending_per_host' | 'connections_per_host' | 'relay_reservations_per_host' | 'relay_reservations_room_only'): void
}

export class IpLimits {
  private readonly budget: IpLimitsBudget
  private readonly events: IpLimitsEvents
  private readonly pending = new Map<string, number>()
  private readonly counted = new WeakSet<MultiaddrConnection>()
  private view?: IpLimitsView

  constructor (budget: IpLimitsBudget, events: IpLimitsEvents = {}) {
    this.budget = budget
    this.events = events
  }

  bind (view: IpLimitsView): void {
    this.view = view
  }

  /** Pending upgrades from one IP address right now (for tests and diagnostics). */
  pendingFrom (ip: string): number {
    return this.pending.get(ip) ?? 0
  }

  gater (): ConnectionGater {
    return {
      denyInboundConnection: (maConn) => this.denyInbound(maConn),
      denyInboundUpgradedConnection: (_peer, maConn) => { this.release(maConn); return false },
      denyInboundRelayReservation: (source) => this.denyReservation(source)
    }
  }

  private denyInbound (maConn: MultiaddrConnection): boolean {
    const ip = ipOf(maConn.remoteAddr)
    if (ip == null) return false
    if ((this.pending.get(ip) ?? 0) >= this.budget.pendingInboundPerHost) {
      this.events.onRefused?.('pending_per_host')
      return true
    }
    const open = this.view?.inboundAddrs().filter(a => ipOf(a) === ip).length ?? 0
    if (open >= this.budget.connectionsPerHost) {
      this.events.onRefused?.('connections_per_host')
      return true
    }
    this.pending.set(ip, (this.pending.get(ip) ?? 0) + 1)
    this.counted.add(maConn)
    maConn.addEventListener('close', () => { this.release(maConn) }, { once: true })
    return false
  }

  private release (maConn: MultiaddrConnection): void {
    if (!this.counted.has(maConn)) return
    this.counted.delete(maConn)
    const ip = ipOf(maConn.remoteAddr)
    if (ip == null) return
    const left = (this.pending.get(ip) ?? 1) - 1
    if (left <= 0) this.pending.delete(ip)
    else this.pending.set(ip, left)
  }

  private denyReservation (source: PeerId): boolean {
    const view = this.view
    if (view == null) return false
    // a peer renewing its own reservation does not count against itself
    const reservations = view.reservations().filter(r => r.peer !== source.toString())
    const ips = new Set(view.addrsOf(source).map(ipOf).filter(h => h != null))
    const fromSameIp = reservations.filter(r => { const h = ipOf(r.addr); return h != null && ips.has(h) }).length
    if (fromSameIp >= this.budget.relayReservationsPerHost) {
      this.events.onRefused?.('relay_reservations_per_host')
      return true
    }
    if (reservations.length >= Math.floor(this.budget.relayReservations * 3 / 4) && !view.inRoom(source)) {
      this.events.onRefused?.('relay_reservations_room_only')
      return true
    }
    return false
  }
}
