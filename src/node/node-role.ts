/**
 * Roles for experiments: the real node with one behaviour changed, so that an adversary costs the
 * room what it would cost in the field (its connections, its mesh slots, its score), not what a
 * stand-in would.
 * - `silent`: joins the room and its meshes, receives everything, forwards nothing (a sybil that
 *   takes mesh slots): every message gets IGNORE, which gossipsub neither forwards, delivers nor
 *   scores against its sender.
 * - `censor`: forwards everything but the messages authored by `peers` (IGNORE for those).
 * - `eclipse`: a silent node that aims at `peers` (the target): it dials the target until it is
 *   connected and keeps the connection (a keep-alive tag: libp2p redials it), so k of them take k of
 *   the target's connection slots and, through gossipsub's graft on join, its mesh slots, and
 *   forward the target nothing.
 * - `spammer`: publishes `ratePerS` messages a second besides whatever it is asked to: valid chat
 *   lines, or (`invalid`) signed gossipsub messages whose payload every receiver rejects.
 */
import { randomBytes } from 'node:crypto'
import { TopicValidatorResult } from '@libp2p/gossipsub'
import type { GossipSub, Message } from '@libp2p/gossipsub'
import { KEEP_ALIVE } from '@libp2p/interface'
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { ChatError } from './errors.ts'

export type NodeRole =
  | { kind: 'honest' }
  | { kind: 'silent' }
  | { kind: 'censor', peers: string[] }
  | { kind: 'eclipse', peers: string[] }
  | { kind: 'spammer', ratePerS: number, invalid: boolean }

export const NODE_ROLES = ['honest', 'silent', 'censor', 'spammer', 'eclipse'] as const

/** A role as it crosses a process boundary (the host's start command), checked: what each kind needs. */
export function nodeRoleOf (r: { kind: typeof NODE_ROLES[number], peers?: string[], ratePerS?: number, invalid?: boolean }): NodeRole {
  switch (r.kind) {
    case 'censor':
      if (r.peers == null || r.peers.length === 0) throw new InvalidRoleError('role censor: needs "peers", the authors to censor')
      return { kind: 'censor', peers: r.peers }
    case 'eclipse':
      if (r.peers == null || r.peers.length === 0) throw new InvalidRoleError('role eclipse: needs "peers", the target to surround')
      for (const p of r.peers) {
        try { peerIdFromString(p) } catch { throw new InvalidRoleError(`role eclipse: "peers" holds ${JSON.stringify(p.slice(0, 80))}, not a peer id`) }
      }
      return { kind: 'eclipse', peers: r.peers }
    case 'spammer':
      if (r.ratePerS == null || !(r.ratePerS > 0 && r.ratePerS <= 10_000)) throw new InvalidRoleError(`role spammer: "ratePerS" must be > 0 and <= 10000 (got ${String(r.ratePerS)})`)
      return { kind: 'spammer', ratePerS: r.ratePerS, invalid: r.invalid ?? false }
    default:
      return { kind: r.kind }
  }
}

export class InvalidRoleError extends ChatError {
  static name = 'InvalidRoleError'
}

type Validator = (source: PeerId, msg: Message) => TopicValidatorResult | Promise<TopicValidatorResult>

/** The room's validator as the role changes it. */
export function roleValidator (role: NodeRole, validate: Validator): Validator {
  switch (role.kind) {
    case 'silent':
    case 'eclipse':
      return () => TopicValidatorResult.Ignore
    case 'censor': {
      const censored = new Set(role.peers)
      return (source, msg) => msg.type === 'signed' && censored.has(msg.from.toString()) ? TopicValidatorResult.Ignore : validate(source, msg)
    }
    default:
      return validate
  }
}

/** Bytes no room accepts as a chat payload (not a ChatPayload protobuf: its first byte is an invalid tag). */
function junk (): Uint8Array {
  const bytes = randomBytes(64)
  bytes[0] = 0x07 // field 0, wire type 7: no protobuf decoder accepts it
  return bytes
}

/**
 * Starts a spammer's own publishing; returns its stop. Sends are not awaited in turn: a spammer
 * does not slow down for the room.
 */
export function startSpamming (role: NodeRole, pubsub: GossipSub, topic: string, publishLine: (text: string) => Promise<unknown>): () => void {
  if (role.kind !== 'spammer' || !(role.ratePerS > 0)) return () => {}
  let n = 0
  const timer = setInterval(() => {
    n++
    const sent = role.invalid ? pubsub.publish(topic, junk()) : publishLine(`spam ${n}`)
    sent.catch(() => { /* nobody to send to yet, or a full queue: a spammer does not care */ })
  }, 1000 / role.ratePerS)
  timer.unref?.()
  return () => { clearInterval(timer) }
}

/** How often an eclipse node tries again to reach a target it is not connected to. */
export const ECLIPSE_REDIAL_MS = 2_000

/**
 * Starts an eclipse node's aim at its targets: a dial whenever it holds no connection to one (the
 * address from the peer store or the DHT), and a keep-alive tag once reached, so libp2p's reconnect
 * queue and connection trimming treat the target as a peer to keep. Returns its stop.
 */
export function startAiming (role: NodeRole, libp2p: Pick<Libp2p, 'dial' | 'getConnections' | 'peerStore'>): () => void {
  if (role.kind !== 'eclipse') return () => {}
  const targets = role.peers.map(p => peerIdFromString(p))
  const controller = new AbortController()
  const aim = (): void => {
    for (const target of targets) {
      if (libp2p.getConnections(target).length > 0) continue
      libp2p.dial(target, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(ECLIPSE_REDIAL_MS * 5)]) })
        .then(async () => { await libp2p.peerStore.merge(target, { tags: { [`${KEEP_ALIVE}-eclipse`]: { value: 100 } } }) })
        .catch(() => { /* not reachable yet (not started, not in the DHT): the next round tries again */ })
    }
  }
  aim()
  const timer = setInterval(aim, ECLIPSE_REDIAL_MS)
  timer.unref?.()
  return () => {
    clearInterval(timer)
    controller.abort()
  }
}
