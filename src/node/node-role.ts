/**
 * Roles for experiments: the real node with one behaviour changed, so that an adversary costs the
 * room what it would cost in the field (its connections, its mesh slots, its score), not what a
 * stand-in would.
 * - `silent`: joins the room and its meshes, receives everything, forwards nothing (a sybil that
 *   takes mesh slots): every message gets IGNORE, which gossipsub neither forwards, delivers nor
 *   scores against its sender.
 * - `censor`: forwards everything but the messages authored by `peers` (IGNORE for those).
 * - `spammer`: publishes `ratePerS` messages a second besides whatever it is asked to: valid chat
 *   lines, or (`invalid`) signed gossipsub messages whose payload every receiver rejects.
 */
import { randomBytes } from 'node:crypto'
import { TopicValidatorResult } from '@libp2p/gossipsub'
import type { GossipSub, Message } from '@libp2p/gossipsub'
import type { PeerId } from '@libp2p/interface'
import { ChatError } from './errors.ts'

export type NodeRole =
  | { kind: 'honest' }
  | { kind: 'silent' }
  | { kind: 'censor', peers: string[] }
  | { kind: 'spammer', ratePerS: number, invalid: boolean }

export const NODE_ROLES = ['honest', 'silent', 'censor', 'spammer'] as const

/** A role as it crosses a process boundary (the host's start command), checked: what each kind needs. */
export function nodeRoleOf (r: { kind: typeof NODE_ROLES[number], peers?: string[], ratePerS?: number, invalid?: boolean }): NodeRole {
  switch (r.kind) {
    case 'censor':
      if (r.peers == null || r.peers.length === 0) throw new InvalidRoleError('role censor: needs "peers", the authors to censor')
      return { kind: 'censor', peers: r.peers }
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
