/**
 * Nicks seen on room and direct messages, so `/dm alice hi` can name a peer. A nick is anyone's to
 * claim, so a name resolves only when exactly one peer now in the room last used it; otherwise the
 * user gets the candidates' ids. Bounded: the least recently seen peers are forgotten first.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'

/** Peers remembered at most (a few hundred are in a room at once). */
export const NICK_BOOK_ENTRIES = 4096

export class NickBook {
  /** peer id -> its latest nick; Map order is least recently seen first */
  private readonly nicks = new Map<string, string>()
  private readonly capacity: number

  constructor (capacity = NICK_BOOK_ENTRIES) {
    this.capacity = capacity
  }

  saw (peerId: string, nick: string): void {
    this.nicks.delete(peerId)
    this.nicks.set(peerId, nick)
    if (this.nicks.size > this.capacity) this.nicks.delete(this.nicks.keys().next().value as string)
  }

  /** A peer id (any peer), or the nick of exactly one of `roomPeers`; otherwise a line saying why not. */
  resolve (target: string, roomPeers: string[]): PeerId | string {
    try {
      return peerIdFromString(target)
    } catch {
      // not a peer id: a nick
    }
    const holders = roomPeers.filter(p => this.nicks.get(p) === target)
    if (holders.length === 1) return peerIdFromString(holders[0])
    const shown = JSON.stringify(target.slice(0, 64))
    if (holders.length === 0) return `${shown} is neither a peer id nor the nick of a peer in the room`
    return `${holders.length} room peers use the nick ${shown}: ${holders.join(', ')}; use a peer id`
  }
}
