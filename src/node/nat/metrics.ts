/**
 * The node's NAT metrics. Labels are closed sets: NAT classes and traversal outcomes, never a
 * peer id or an address.
 */
import { Counter, Gauge, Histogram } from 'prom-client'
import type { Registry } from 'prom-client'
import type { NatClass } from './classify.ts'

export const NAT_CLASSES: NatClass[] = ['open', 'full-cone', 'address-restricted', 'port-restricted', 'symmetric', 'unknown']
export const TRAVERSAL_OUTCOMES = ['relayed', 'punch', 'direct', 'fallback'] as const
export type TraversalOutcome = typeof TRAVERSAL_OUTCOMES[number]

export interface NatMetrics {
  setType: (type: NatClass) => void
  traversal: (outcome: TraversalOutcome) => void
  timeToDirect: (ms: number) => void
  setReservations: (n: number) => void
  stunRound: (ok: boolean) => void
}

export function natMetrics (registry: Registry): NatMetrics {
  const type = new Gauge({ name: 'p2p_chat_nat_type', help: 'NAT class this node sits behind (1 for the current class), from STUN discovery', labelNames: ['type'], registers: [registry] })
  const traversals = new Counter({ name: 'p2p_chat_nat_traversals_total', help: 'NAT traversal steps: relayed connections, punch attempts, direct upgrades, fallbacks to the relay', labelNames: ['outcome'], registers: [registry] })
  const toDirect = new Histogram({
    name: 'p2p_chat_nat_time_to_direct_seconds',
    help: 'from a relayed connection to a direct one',
    buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 15],
    registers: [registry]
  })
  const reservations = new Gauge({ name: 'p2p_chat_nat_relay_reservations', help: 'relay slots this node holds', registers: [registry] })
  const stun = new Counter({ name: 'p2p_chat_nat_stun_requests_total', help: 'STUN discovery rounds by outcome', labelNames: ['outcome'], registers: [registry] })
  for (const t of NAT_CLASSES) type.set({ type: t }, 0)
  for (const o of TRAVERSAL_OUTCOMES) traversals.inc({ outcome: o }, 0)
  for (const o of ['success', 'failure']) stun.inc({ outcome: o }, 0)
  return {
    setType (t) { for (const c of NAT_CLASSES) type.set({ type: c }, c === t ? 1 : 0) },
    traversal (outcome) { traversals.inc({ outcome }) },
    timeToDirect (ms) { toDirect.observe(ms / 1000) },
    setReservations (n) { reservations.set(n) },
    stunRound (ok) { stun.inc({ outcome: ok ? 'success' : 'failure' }) }
  }
}
