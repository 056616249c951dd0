/**
 * Direct messages between two peers over `/p2p-chat/dm/1.0.0`: one signed ChatPayload per stream,
 * answered by one ack. The payload rules are the room's; the signature binds the DM to its
 * recipient (signature.ts); inbound exchanges are bounded per connection, node-wide, per peer and
 * in time; outbound sends to one peer run one at a time, in order, behind a bounded queue.
 */
import { serviceCapabilities } from '@libp2p/interface'
import { TypedEventEmitter } from 'main-event'
import type { ComponentLogger, Connection, Logger, PeerId, PrivateKey, Startable, Stream, TypedEventTarget } from '@libp2p/interface'
import type { ConnectionManager, Registrar } from '@libp2p/interface-internal'
import { checkOutgoingText } from '../chat-payload.ts'
import { InvalidChatTextError } from '../errors.ts'
import { PeerRateLimit } from '../peer-rate-limit.ts'
import { DmDeliveryError, DmToSelfError } from './errors.ts'
import { receiveDirectMessage, refuseBusy } from './inbound.ts'
import type { InboundContext, ReceivedDirectMessage, RefusedDirectMessage } from './inbound.ts'
import { DEFAULT_DM_OPTIONS } from './options.ts'
import type { DirectMessagesInit, DirectMessagesOptions } from './options.ts'
import { sendDirectMessage } from './outbound.ts'
import type { DmSendResult, OutboundContext } from './outbound.ts'

export interface DirectMessagesEvents {
  /** a DM was delivered to this node */
  dm: CustomEvent<ReceivedDirectMessage>
  /** an inbound DM was answered with anything but `delivered` */
  refused: CustomEvent<RefusedDirectMessage>
}

export interface DmSendOptions {
  /** aborts the send, queued or in flight (reported as `timeout`) */
  signal?: AbortSignal
}

export interface DirectMessages extends TypedEventTarget<DirectMessagesEvents> {
  readonly protocol: string
  /**
   * Sends `text` to `to` and resolves with the recipient's answer (`delivered` or why not).
   * @throws InvalidChatTextError when the text breaks the room's rules (nothing is sent)
   * @throws DmToSelfError when `to` is this node
   * @throws DmDeliveryError when no ack came back (`cause` says why), or the queue to `to` is full
   */
  send(to: PeerId, text: string, options?: DmSendOptions): Promise<DmSendResult>
}

export interface DirectMessagesComponents {
  registrar: Registrar
  connectionManager: ConnectionManager
  peerId: PeerId
  privateKey: PrivateKey
  logger: ComponentLogger
}

class DirectMessagesService extends TypedEventEmitter<DirectMessagesEvents> implements DirectMessages, Startable {
  readonly protocol: string
  private readonly components: DirectMessagesComponents
  private readonly options: DirectMessagesOptions
  private readonly log: Logger
  private readonly limiter: PeerRateLimit
  private controller = new AbortController()
  private inbound = 0
  /** inbound exchanges with peers that were not in the room when they began */
  private strangers = 0
  /** strangers being waited for (policy room), shared by the exchanges */
  private readonly membershipWaits = { active: 0 }
  /** per peer: sends waiting or in flight, and the tail of its queue (never rejects) */
  private readonly queues = new Map<string, { pending: number, tail: Promise<void> }>()

  constructor (components: DirectMessagesComponents, init: DirectMessagesInit) {
    super()
    this.components = components
    this.options = { ...DEFAULT_DM_OPTIONS, ...withoutUndefined(init) }
    this.protocol = this.options.protocol
    this.log = components.logger.forComponent('p2p-chat:dm')
    this.limiter = new PeerRateLimit({ perMinute: this.options.perPeerPerMinute, maxPeers: this.options.maxTrackedPeers })
    this.handle = this.handle.bind(this)
  }

  readonly [Symbol.toStringTag] = 'p2p-chat/dm'
  readonly [serviceCapabilities]: string[] = ['p2p-chat/dm']

  async start (): Promise<void> {
    this.controller = new AbortController()
    await this.components.registrar.handle(this.protocol, this.handle, {
      maxInboundStreams: this.options.maxInboundStreams,
      maxOutboundStreams: this.options.maxOutboundStreams,
      runOnLimitedConnection: this.options.runOnLimitedConnection
    })
  }

  async stop (): Promise<void> {
    this.controller.abort()
    await this.components.registrar.unhandle(this.protocol)
  }

  async send (to: PeerId, text: string, options: DmSendOptions = {}): Promise<DmSendResult> {
    if (to.equals(this.components.peerId)) throw new DmToSelfError()
    const problem = checkOutgoingText(text, this.options.limits)
    if (problem != null) throw new InvalidChatTextError(problem)
    const key = to.toString()
    const queue = this.queues.get(key) ?? { pending: 0, tail: Promise.resolve() }
    if (queue.pending >= this.options.maxPendingPerPeer) {
      throw new DmDeliveryError(to, 'queue_full', undefined, `${queue.pending} pending, the limit is ${this.options.maxPendingPerPeer}`)
    }
    // one at a time per peer, so DMs arrive in the order they were sent
    const before = queue.tail
    const mine = Promise.withResolvers<void>()
    queue.pending++
    queue.tail = before.then(async () => { await mine.promise })
    this.queues.set(key, queue)
    try {
      const caller = options.signal != null ? [options.signal] : []
      await waitOrAbort(before, AbortSignal.any([this.controller.signal, ...caller]), to)
      // the deadline starts with the exchange: waiting in the queue does not eat into it
      const signal = AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.controller.signal, ...caller])
      const result = await sendDirectMessage(this.outboundContext(), to, text, signal)
      this.log('dm to %p: %s in %d ms', to, result.status, Math.round(result.rttMs))
      return result
    } catch (err: any) {
      this.log('dm to %p failed: %s', to, err?.name)
      throw err
    } finally {
      mine.resolve()
      queue.pending--
      if (queue.pending === 0 && this.queues.get(key) === queue) this.queues.delete(key)
    }
  }

  private handle (stream: Stream, connection: Connection): void {
    const ctx = this.inboundContext()
    const stranger = !this.options.isRoomPeerNow(connection.remotePeer)
    if (this.inbound >= this.options.maxConcurrentInbound || (stranger && this.strangers >= this.options.maxStrangerInbound)) {
      void refuseBusy(stream, connection, ctx)
      return
    }
    this.inbound++
    if (stranger) this.strangers++
    void receiveDirectMessage(stream, connection, ctx).finally(() => {
      this.inbound--
      if (stranger) this.strangers--
    })
  }

  private inboundContext (): InboundContext {
    return {
      self: this.components.peerId,
      options: this.options,
      limiter: this.limiter,
      membershipWaits: this.membershipWaits,
      signal: this.controller.signal,
      delivered: (dm) => {
        this.log('dm from %p delivered', dm.from)
        this.safeDispatchEvent('dm', { detail: dm })
      },
      refused: (refusal) => {
        this.log('dm from %p refused: %s', refusal.from, refusal.status)
        this.safeDispatchEvent('refused', { detail: refusal })
      }
    }
  }

  private outboundContext (): OutboundContext {
    return {
      connectionManager: this.components.connectionManager,
      privateKey: this.components.privateKey,
      protocol: this.protocol,
      nick: this.options.nick,
      runOnLimitedConnection: this.options.runOnLimitedConnection
    }
  }
}

/** Resolves once `promise` settles, or rejects with a `timeout` DmDeliveryError once `signal` aborts. */
async function waitOrAbort (promise: Promise<void>, signal: AbortSignal, to: PeerId): Promise<void> {
  if (signal.aborted) throw new DmDeliveryError(to, 'timeout', undefined, 'aborted while queued')
  const aborted = Promise.withResolvers<never>()
  const onAbort = (): void => { aborted.reject(new DmDeliveryError(to, 'timeout', undefined, 'aborted while queued')) }
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    await Promise.race([promise, aborted.promise])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** An init's fields without the ones given as `undefined`, which would otherwise hide the defaults. */
function withoutUndefined (init: DirectMessagesInit): DirectMessagesInit {
  return Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined))
}

/** The DM service factory, for `services` of `createLibp2p`. */
export function directMessages (init: DirectMessagesInit = {}): (components: DirectMessagesComponents) => DirectMessages {
  return (components) => new DirectMessagesService(components, init)
}
