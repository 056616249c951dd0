/**
 * The late binding between the parts createChatNode builds before libp2p exists and the node and
 * room they act on (see the class comment).
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { Libp2p, PeerId } from '@libp2p/interface'
import type { ChatRoom, RejectedChatMessage } from './chat-room.ts'
import type { GossipSub } from '@libp2p/gossipsub'

/**
 * createChatNode's one place of late binding. Gossipsub (with its metric taps), the trimmer, the
 * IP limits and the penalties are built before libp2p, and the room needs libp2p's gossipsub, yet
 * they act on the node and the room: they reach both through this object, bound once both exist
 * (before start, so no network event finds it unbound; until then it answers "nothing").
 */
export class NodeLinks {
  #libp2p?: Libp2p<{ pubsub: GossipSub }>
  #room?: ChatRoom

  bind (libp2p: Libp2p<{ pubsub: GossipSub }>, room: ChatRoom): void {
    this.#libp2p = libp2p
    this.#room = room
  }

  abortConnections (peer: string, reason: string): void {
    for (const conn of this.#libp2p?.getConnections(peerIdFromString(peer)) ?? []) conn.abort(new Error(reason))
  }

  recordRefusal (refusal: RejectedChatMessage): void {
    this.#room?.recordRefusal(refusal)
  }

  meshPeers (): string[] {
    return this.#room?.meshPeers() ?? []
  }

  topicPeers (): PeerId[] {
    return this.#room?.topicPeers() ?? []
  }

  /** Whether `peer` is subscribed to the room now. */
  isRoomPeerNow (peer: PeerId): boolean {
    return this.topicPeers().some(p => p.equals(peer))
  }

  /**
   * Whether `peer` is subscribed to the room; a peer that just connected (to send a DM, say) sends
   * its subscriptions a moment after the connection opens, so a peer not yet seen is waited for,
   * up to `ROOM_PEER_WAIT_MS` or until `signal` aborts.
   */
  async isRoomPeer (peer: PeerId, signal: AbortSignal): Promise<boolean> {
    const inRoom = (): boolean => this.isRoomPeerNow(peer)
    const pubsub = this.#libp2p?.services.pubsub
    if (inRoom() || pubsub == null) return inRoom()
    return await new Promise<boolean>(resolve => {
      const done = (): void => {
        clearTimeout(timer)
        pubsub.removeEventListener('subscription-change', check)
        signal.removeEventListener('abort', done)
        resolve(inRoom())
      }
      const check = (): void => { if (inRoom()) done() }
      const timer = setTimeout(done, ROOM_PEER_WAIT_MS)
      pubsub.addEventListener('subscription-change', check)
      signal.addEventListener('abort', done, { once: true })
    })
  }
}

/** How long a DM from a peer not (yet) seen in the room waits for its subscription, ms. */
const ROOM_PEER_WAIT_MS = 2_000
