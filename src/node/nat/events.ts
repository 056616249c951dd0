/**
 * The NAT events a node reports (part of ChatNodeEvent, see src/node/node-events.ts). Each step of
 * traversal has one: discovery (`nat:mapped`, `nat:type`), the relay (`nat:reservation`,
 * `nat:relayed`), the direct path (`nat:punch`, `nat:direct`) and `nat:fallback` when the chat
 * stays on the relay.
 */
import type { FilteringBehaviour, MappingBehaviour, NatClass } from './classify.ts'

export type NatEventBody =
  /** the STUN server saw this node at `address` (`HOST:PORT`) */
  | { event: 'nat:mapped', address: string, server: string }
  | { event: 'nat:type', type: NatClass, mapping: MappingBehaviour, filtering: FilteringBehaviour, server: string }
  /** STUN discovery failed this round; retried after `retryInMs` */
  | { event: 'nat:stun-failed', server: string, error: string, retryInMs: number }
  /** a relay holds a slot for this node; others reach it at `address` */
  | { event: 'nat:reservation', relay: string, address: string }
  /** a connection to `peerId` runs through a relay (limited) */
  | { event: 'nat:relayed', peerId: string, relay: string, direction: 'inbound' | 'outbound' }
  /** a direct (WebRTC, ICE) connection to `peerId` is being attempted */
  | { event: 'nat:punch', peerId: string }
  /** a direct connection to `peerId` is up, `ms` after the relayed one; the relayed one is closed */
  | { event: 'nat:direct', peerId: string, ms: number, remoteAddr: string, direction: 'inbound' | 'outbound' }
  /** no direct connection to `peerId`: the chat stays on the relay */
  | { event: 'nat:fallback', peerId: string, reason: string }
