/**
 * One GossipSub chat room: joins the topic, validates every message strictly as a topic validator,
 * and turns accepted messages into `ReceivedChatMessage`s carrying everything a downstream client
 * needs to verify the signature on its own.
 */
import { createHash } from 'node:crypto'
import { TypedEventEmitter } from 'main-event'
import { TopicValidatorResult } from '@libp2p/gossipsub'
import { publicKeyToProtobuf } from '@libp2p/crypto/keys'
import type { GossipSub, GossipsubMessage, Message } from '@libp2p/gossipsub'
import type { PeerId } from '@libp2p/interface'
import type { DuplicateCount, DuplicateTally } from './duplicate-tally.ts'
import { roleValidator, startSpamming } from './node-role.ts'
import { watchPeerVerdicts } from './peer-verdicts.ts'
import type { PeerVerdict } from './peer-verdicts.ts'
import type { NodeRole } from './node-role.ts'
import { checkOutgoingText, encodeChatLine, validateChatPayload } from './chat-payload.ts'
import type { ChatLine, IgnoreReason, RejectReason } from './chat-payload.ts'
import { InvalidChatTextError, NoRoomPeersError } from './errors.ts'
import type { ChatMetrics } from './metrics.ts'
import { DEFAULT_SEND_WAIT_MS } from './options.ts'
import type { ValidationLimits } from './options.ts'
import type { RoomPresence } from './room-presence.ts'
import { wallClockMs } from './wall-clock.ts'

export interface ReceivedChatMessage {
  /** hex SHA-256 of `data`: the GossipSub message id. */
  id: string
  from: PeerId
  /** The sender's public key, protobuf-encoded as libp2p's `PublicKey` message. */
  publicKey: Uint8Array
  topic: string
  sequenceNumber: bigint
  data: Uint8Array
  signature: Uint8Array
  /** The peer that handed us this copy (not necessarily the author). */
  propagationSource: PeerId
  line: ChatLine
  receivedAtMs: number
  latencyMs: number
}

export interface PublishedChatMessage {
  id: string
  text: string
  /** The payload's send time: whole milliseconds, as the payload carries it. */
  sentAtMs: number
  /** When the message was handed to gossipsub, sub-millisecond (`wallClockMs`): what latency is measured from. */
  publishedAtMs: number
  /** Peers the message was handed to: always at least one (otherwise it was not sent). */
  recipients: number
  /** Their peer ids (the first hop of every delivery). */
  recipientPeers: string[]
}

export interface PublishOptions {
  /**
   * How long to wait for a peer that a message can reach, and to retry a send that reached
   * nobody, before giving up with `NoRoomPeersError`. Default: `DEFAULT_SEND_WAIT_MS`.
   */
  waitMs?: number
  signal?: AbortSignal
}

export interface RejectedChatMessage {
  outcome: 'reject' | 'ignore'
  reason: RejectReason | IgnoreReason
  /** The forwarding peer, when known (gossipsub drops bad signatures before naming it). */
  propagationSource?: PeerId
}

export interface ChatRoomEvents {
  message: CustomEvent<ReceivedChatMessage>
  published: CustomEvent<PublishedChatMessage>
  rejected: CustomEvent<RejectedChatMessage>
  /** redundant copies of a message since the last report (src/node/duplicate-tally.ts) */
  duplicate: CustomEvent<DuplicateCount>
  /** gossipsub graylisted a peer or pruned it from the room's mesh (src/node/peer-verdicts.ts) */
  verdict: CustomEvent<PeerVerdict>
}

export interface ChatRoomInit {
  pubsub: GossipSub
  presence: RoomPresence
  room: string
  topic: string
  nick: string
  limits: ValidationLimits
  metrics: ChatMetrics
  /** waited before each received message is validated (and so forwarded), ms. Default: 0 */
  validationDelayMs?: number
  /** counts the copies gossipsub receives (its fastMsgIdFn); the room reports them while joined */
  duplicates?: DuplicateTally
  /** an experiment's adversary (node-role.ts). Default: honest */
  role?: NodeRole
  /**
   * Whether the room already has the message with this id from elsewhere (the history fetch): a
   * gossip copy of it (IWANT after an IHAVE) is then not delivered a second time.
   */
  alreadyHave?: (id: string) => boolean
}

/** GossipSub message id: SHA-256 of the message data, nothing else. */
export function messageIdOf (data: Uint8Array): Uint8Array {
  return createHash('sha256').update(data).digest()
}

export function messageIdToHex (id: Uint8Array): string {
  return Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString('hex')
}

export class ChatRoom extends TypedEventEmitter<ChatRoomEvents> {
  readonly room: string
  readonly topic: string
  readonly nick: string
  /** Room membership and whether a message would reach anyone now. */
  readonly presence: RoomPresence
  private readonly pubsub: GossipSub
  private readonly limits: ValidationLimits
  private readonly metrics: ChatMetrics
  private readonly validationDelayMs: number
  private readonly role: NodeRole
  private readonly alreadyHave?: (id: string) => boolean
  private stopSpamming = (): void => {}
  private stopVerdicts = (): void => {}
  private readonly duplicates?: DuplicateTally
  /** Lines decoded by the validator, picked up when gossipsub delivers the same message object. */
  private readonly accepted = new WeakMap<Message, ChatLine>()

  constructor (init: ChatRoomInit) {
    super()
    this.pubsub = init.pubsub
    this.presence = init.presence
    this.room = init.room
    this.topic = init.topic
    this.nick = init.nick
    this.limits = init.limits
    this.metrics = init.metrics
    this.validationDelayMs = init.validationDelayMs ?? 0
    this.role = init.role ?? { kind: 'honest' }
    this.alreadyHave = init.alreadyHave
    this.duplicates = init.duplicates
    this.validate = this.validate.bind(this)
    this.onGossipMessage = this.onGossipMessage.bind(this)
  }

  join (): void {
    const delayMs = this.validationDelayMs
    // a model of a costlier validation (gossipsub-interop's 5 ms for a blob), applied before ours
    this.pubsub.topicValidators.set(this.topic, roleValidator(this.role, delayMs > 0
      ? async (source, msg) => { await new Promise(resolve => setTimeout(resolve, delayMs)); return this.validate(source, msg) }
      : this.validate))
    this.pubsub.addEventListener('gossipsub:message', this.onGossipMessage)
    this.presence.start()
    this.pubsub.subscribe(this.topic)
    this.duplicates?.start(counts => { for (const detail of counts) this.safeDispatchEvent('duplicate', { detail }) })
    this.stopSpamming = startSpamming(this.role, this.pubsub, this.topic, async (text) => await this.publish(text, { waitMs: 1000 }))
    this.stopVerdicts = watchPeerVerdicts(this.pubsub, this.topic, detail => { this.safeDispatchEvent('verdict', { detail }) })
  }

  leave (): void {
    this.stopSpamming()
    this.stopVerdicts()
    this.duplicates?.stop()
    this.presence.stop()
    this.pubsub.removeEventListener('gossipsub:message', this.onGossipMessage)
    this.pubsub.topicValidators.delete(this.topic)
    if (this.pubsub.getTopics().includes(this.topic)) this.pubsub.unsubscribe(this.topic)
  }

  topicPeers (): PeerId[] {
    return this.pubsub.getSubscribers(this.topic)
  }

  meshPeers (): string[] {
    return this.presence.meshPeers()
  }

  /**
   * Signs and sends `text` to the room, and resolves once at least one peer was handed it. Waits
   * up to `waitMs` for a peer that a message can reach; a send that reached nobody (a stream that
   * closed in between) counts as not sent and is retried, under a new nonce, at the next heartbeat.
   * Rejects with `NoRoomPeersError` when the deadline passes with nothing sent.
   */
  async publish (text: string, options: PublishOptions = {}): Promise<PublishedChatMessage> {
    const problem = checkOutgoingText(text, this.limits)
    if (problem != null) throw new InvalidChatTextError(problem)
    const waitMs = options.waitMs ?? DEFAULT_SEND_WAIT_MS
    const deadline = AbortSignal.any([AbortSignal.timeout(waitMs), ...(options.signal != null ? [options.signal] : [])])
    for (;;) {
      try {
        await this.presence.waitUntilReady(deadline)
      } catch {
        throw new NoRoomPeersError(this.room, this.presence.roomPeers().length, waitMs)
      }
      const sentAtMs = Date.now()
      const data = encodeChatLine(text, this.nick, sentAtMs)
      let recipientPeers: string[] = []
      const id = messageIdToHex(messageIdOf(data))
      // before the publish: a copy that comes back, however soon, is a duplicate
      this.duplicates?.published(id)
      const publishedAtMs = wallClockMs()
      try {
        recipientPeers = (await this.pubsub.publish(this.topic, data)).recipients.map(String)
      } catch (err: any) {
        if (!String(err?.message).includes('NoPeersSubscribedToTopic')) throw err
      }
      if (recipientPeers.length > 0) {
        this.metrics.messagesPublished.inc()
        const published = { id, text, sentAtMs, publishedAtMs, recipients: recipientPeers.length, recipientPeers }
        this.safeDispatchEvent('published', { detail: published })
        return published
      }
      this.presence.refresh()
      await this.presence.nextHeartbeat(deadline)
    }
  }

  /** Counts and reports a refusal; also called for refusals gossipsub makes itself. */
  recordRefusal (refusal: RejectedChatMessage): void {
    this.metrics.messagesReceived.inc({ outcome: refusal.outcome, reason: refusal.reason })
    this.safeDispatchEvent('rejected', { detail: refusal })
  }

  private validate (propagationSource: PeerId, msg: Message): TopicValidatorResult {
    if (msg.type !== 'signed') {
      // StrictSign lets no unsigned message through; this guards the type narrowing below
      this.recordRefusal({ outcome: 'reject', reason: 'invalid_signature', propagationSource })
      return TopicValidatorResult.Reject
    }
    const verdict = validateChatPayload(msg.data, this.limits)
    if (verdict.action === 'accept') {
      this.accepted.set(msg, verdict.line)
      return TopicValidatorResult.Accept
    }
    this.recordRefusal({ outcome: verdict.action, reason: verdict.reason, propagationSource })
    return verdict.action === 'reject' ? TopicValidatorResult.Reject : TopicValidatorResult.Ignore
  }

  private onGossipMessage (evt: CustomEvent<GossipsubMessage>): void {
    const { msg, msgId, propagationSource } = evt.detail
    if (msg.topic !== this.topic || msg.type !== 'signed') return
    const line = this.accepted.get(msg)
    // gossipsub hands over the id it computed: no second hash to tell a copy the history fetch already brought
    if (line == null || this.alreadyHave?.(msgId) === true) return
    // sub-millisecond wall clock: loopback deliveries take about a millisecond
    const receivedAtMs = wallClockMs()
    const latencyMs = receivedAtMs - line.sentAtMs
    this.metrics.messagesReceived.inc({ outcome: 'accept', reason: 'valid' })
    this.metrics.deliveryLatency.observe(Math.max(0, latencyMs) / 1000)
    this.safeDispatchEvent('message', {
      detail: {
        id: msgId,
        from: msg.from,
        publicKey: publicKeyToProtobuf(msg.key),
        topic: msg.topic,
        sequenceNumber: msg.sequenceNumber,
        data: msg.data,
        signature: msg.signature,
        propagationSource,
        line,
        receivedAtMs,
        latencyMs
      }
    })
  }
}
