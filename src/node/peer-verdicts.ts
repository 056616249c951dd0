/**
 * What this node's gossipsub decided about a peer, as events: `graylisted` when the peer's score
 * first falls below the graylist threshold (gossipsub then drops its RPCs unread), `pruned` when
 * this node takes the peer out of the room's mesh (an outbound PRUNE, whatever the reason). An
 * experiment reads them to say how long an attacker lasted (time from connection to verdict).
 *
 * Cheap by construction: scores are read once per heartbeat for the connected gossipsub peers
 * (a few dozen), and the set of graylisted peers holds only peers still connected.
 */
import type { GossipSub } from '@libp2p/gossipsub'
import type { PeerScoreThresholds } from '@libp2p/gossipsub/score'

/** What the watch reads from gossipsub beyond its exported interface (the implementation has it). */
interface GossipSubInternals {
  opts: { scoreThresholds: PeerScoreThresholds }
  getScore(peerId: string): number
}

export interface PeerVerdict {
  peerId: string
  verdict: 'graylisted' | 'pruned'
  /** the peer's score when the verdict was seen */
  score: number
}

/** Starts watching `topic`'s peers; returns its stop. */
export function watchPeerVerdicts (gossipsub: GossipSub, topic: string, onVerdict: (v: PeerVerdict) => void): () => void {
  const pubsub = gossipsub as GossipSub & GossipSubInternals
  const graylisted = new Set<string>()
  const scoreOf = (peerId: string): number => {
    const score = pubsub.getScore(peerId)
    return Number.isFinite(score) ? Math.round(score * 1000) / 1000 : 0
  }
  const onHeartbeat = (): void => {
    const threshold = pubsub.opts.scoreThresholds.graylistThreshold
    const connected = new Set<string>()
    for (const peer of pubsub.getPeers()) {
      const peerId = peer.toString()
      connected.add(peerId)
      const score = pubsub.getScore(peerId)
      if (score < threshold) {
        if (!graylisted.has(peerId)) {
          graylisted.add(peerId)
          onVerdict({ peerId, verdict: 'graylisted', score: scoreOf(peerId) })
        }
      } else {
        graylisted.delete(peerId) // recovered: a later fall is a new verdict
      }
    }
    for (const peerId of graylisted) if (!connected.has(peerId)) graylisted.delete(peerId)
  }
  const onPrune = ({ detail }: CustomEvent<{ peerId: string, topic: string, direction: string }>): void => {
    if (detail.topic !== topic || detail.direction !== 'outbound') return
    onVerdict({ peerId: detail.peerId, verdict: 'pruned', score: scoreOf(detail.peerId) })
  }
  pubsub.addEventListener('gossipsub:heartbeat', onHeartbeat)
  pubsub.addEventListener('gossipsub:prune', onPrune)
  return () => {
    pubsub.removeEventListener('gossipsub:heartbeat', onHeartbeat)
    pubsub.removeEventListener('gossipsub:prune', onPrune)
    graylisted.clear()
  }
}
