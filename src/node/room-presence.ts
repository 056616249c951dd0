/**
 * Who is in the room, and whether a message sent now would reach anyone.
 *
 * A peer's subscription arrives on *its* stream, often before our own outbound gossipsub stream to
 * it exists; a publish in that window finds no stream, reaches nobody and still enters the seen
 * cache, so it is never re-sent. "Ready" therefore means: some room peer has an outbound stream on
 * a gossipsub protocol and a score at or above the publish threshold, exactly what flood-publish
 * needs to hand the message to it.
 */
import { TypedEventEmitter } from 'main-event'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2pEvents, PeerId, TypedEventTarget } from '@libp2p/interface'

/** What the room reads from gossipsub beyond its exported interface (the implementation has it). */
interface GossipSubInternals {
  streamsOutbound: Map<string, { protocol: string }>
  protocols: string[]
  getScore(peerId: string): number
  getMeshPeers(topic: string): string[]
}

export interface RoomPresenceEvents {
  'peer-joined': CustomEvent<{ peerId: string, roomPeers: number }>
  'peer-left': CustomEvent<{ peerId: string, roomPeers: number }>
  ready: CustomEvent<{ sendablePeers: number }>
  unready: CustomEvent<Record<string, never>>
}

export interface RoomPresenceInit {
  pubsub: GossipSub
  topic: string
  /** libp2p's event target, for disconnections (gossipsub forgets those peers silently). */
  events: TypedEventTarget<Libp2pEvents>
  publishThreshold: number
}

export class RoomPresence extends TypedEventEmitter<RoomPresenceEvents> {
  private readonly pubsub: GossipSub & GossipSubInternals
  private readonly topic: string
  private readonly events: TypedEventTarget<Libp2pEvents>
  private readonly publishThreshold: number
  private readonly members = new Set<string>()
  private ready = false

  constructor (init: RoomPresenceInit) {
    super()
    this.pubsub = init.pubsub as GossipSub & GossipSubInternals
    this.topic = init.topic
    this.events = init.events
    this.publishThreshold = init.publishThreshold
    this.onSubscriptionChange = this.onSubscriptionChange.bind(this)
    this.onDisconnect = this.onDisconnect.bind(this)
    this.refresh = this.refresh.bind(this)
  }

  start (): void {
    this.pubsub.addEventListener('subscription-change', this.onSubscriptionChange)
    // grafts and heartbeats are the moments an outbound stream becomes visible to us
    this.pubsub.addEventListener('gossipsub:graft', this.refresh)
    this.pubsub.addEventListener('gossipsub:heartbeat', this.refresh)
    this.events.addEventListener('peer:disconnect', this.onDisconnect)
  }

  stop (): void {
    this.pubsub.removeEventListener('subscription-change', this.onSubscriptionChange)
    this.pubsub.removeEventListener('gossipsub:graft', this.refresh)
    this.pubsub.removeEventListener('gossipsub:heartbeat', this.refresh)
    this.events.removeEventListener('peer:disconnect', this.onDisconnect)
    this.members.clear()
    this.ready = false
  }

  /** Peers subscribed to the room, as far as we know. */
  roomPeers (): string[] {
    return [...this.members]
  }

  meshPeers (): string[] {
    return this.pubsub.getMeshPeers(this.topic)
  }

  /** Room peers a publish would reach right now. */
  sendablePeers (): string[] {
    return this.pubsub.getSubscribers(this.topic).map(String).filter(id => {
      const stream = this.pubsub.streamsOutbound.get(id)
      return stream != null && this.pubsub.protocols.includes(stream.protocol) &&
        this.pubsub.getScore(id) >= this.publishThreshold
    })
  }

  isReady (): boolean {
    return this.ready
  }

  /** Resolves once a publish would reach a peer; rejects with `signal.reason` when it aborts. */
  async waitUntilReady (signal: AbortSignal): Promise<void> {
    this.refresh()
    if (this.ready) return
    signal.throwIfAborted()
    await new Promise<void>((resolve, reject) => {
      const onReady = (): void => { cleanup(); resolve() }
      const onAbort = (): void => { cleanup(); reject(signal.reason) }
      const cleanup = (): void => {
        this.removeEventListener('ready', onReady)
        signal.removeEventListener('abort', onAbort)
      }
      this.addEventListener('ready', onReady)
      signal.addEventListener('abort', onAbort)
    })
  }

  /** Resolves at gossipsub's next heartbeat (or when `signal` aborts): the next moment worth a retry. */
  async nextHeartbeat (signal: AbortSignal): Promise<void> {
    await new Promise<void>(resolve => {
      const done = (): void => {
        this.pubsub.removeEventListener('gossipsub:heartbeat', done)
        signal.removeEventListener('abort', done)
        resolve()
      }
      this.pubsub.addEventListener('gossipsub:heartbeat', done)
      signal.addEventListener('abort', done)
    })
  }

  /** Re-evaluates readiness and reports a change. */
  refresh (): void {
    const sendable = this.sendablePeers().length
    if (sendable > 0 && !this.ready) {
      this.ready = true
      this.safeDispatchEvent('ready', { detail: { sendablePeers: sendable } })
    } else if (sendable === 0 && this.ready) {
      this.ready = false
      this.safeDispatchEvent('unready', { detail: {} })
    }
  }

  private onSubscriptionChange (evt: CustomEvent<{ peerId: PeerId, subscriptions: Array<{ topic: string, subscribe: boolean }> }>): void {
    const peerId = evt.detail.peerId.toString()
    for (const sub of evt.detail.subscriptions) {
      if (sub.topic !== this.topic) continue
      if (sub.subscribe) this.join(peerId)
      else this.leave(peerId)
    }
    this.refresh()
  }

  private onDisconnect (evt: CustomEvent<PeerId>): void {
    this.leave(evt.detail.toString())
    this.refresh()
  }

  private join (peerId: string): void {
    if (this.members.has(peerId)) return
    this.members.add(peerId)
    this.safeDispatchEvent('peer-joined', { detail: { peerId, roomPeers: this.members.size } })
  }

  private leave (peerId: string): void {
    if (!this.members.delete(peerId)) return
    this.safeDispatchEvent('peer-left', { detail: { peerId, roomPeers: this.members.size } })
  }
}
