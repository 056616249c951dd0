/**
 * Peer-scoring parameters for a chat room, in one place. The defaults of the gossipsub spec are
 * tuned for blockchains with a steady flow of messages; a chat room is quiet and bursty, so:
 *
 * - P3/P3b (mesh message delivery deficits) are off: in a quiet room honest mesh peers deliver
 *   nothing for minutes, and the deficit penalty would prune them all.
 * - P4 (invalid messages) is heavy: every message is strictly validated, so a peer that forwards
 *   a REJECTed message is wrong or hostile. Two in quick succession push it below the publish
 *   threshold, three to the graylist; the counter decays by half every decay interval.
 * - P6 (IP colocation) is off by default: labs, namespaces, NATs and loopback runs put many honest
 *   peers behind one address. Turn it on for public deployments.
 * - P1/P2 reward time in mesh and first deliveries modestly, so long-lived peers win ties.
 */
import { createPeerScoreParams, createTopicScoreParams } from '@libp2p/gossipsub/score'
import type { PeerScoreParams, PeerScoreThresholds } from '@libp2p/gossipsub/score'

/**
 * `appSpecificScore`: P5, weight 1; the node feeds it from PeerPenalties (peer-penalties.ts), which
 * punishes floods of IGNOREd messages that P4 does not see. Default: 0 for everyone.
 */
export function chatRoomScoreParams (topic: string, appSpecificScore: (peer: string) => number = () => 0): PeerScoreParams {
  return createPeerScoreParams({
    appSpecificScore,
    appSpecificWeight: 1,
    topicScoreCap: 10,
    IPColocationFactorWeight: 0,
    behaviourPenaltyWeight: -10,
    behaviourPenaltyDecay: 0.9,
    decayInterval: 1_000,
    decayToZero: 0.01,
    retainScore: 10 * 60_000,
    topics: {
      [topic]: createTopicScoreParams({
        topicWeight: 1,
        timeInMeshWeight: 0.01,
        timeInMeshQuantum: 1_000,
        timeInMeshCap: 300,
        firstMessageDeliveriesWeight: 0.5,
        firstMessageDeliveriesDecay: 0.9,
        firstMessageDeliveriesCap: 10,
        meshMessageDeliveriesWeight: 0,
        meshFailurePenaltyWeight: 0,
        invalidMessageDeliveriesWeight: -20,
        invalidMessageDeliveriesDecay: 0.5
      })
    }
  })
}

export const CHAT_ROOM_SCORE_THRESHOLDS: Partial<PeerScoreThresholds> = {
  gossipThreshold: -10,
  publishThreshold: -50,
  graylistThreshold: -80,
  acceptPXThreshold: 5,
  opportunisticGraftThreshold: 2
}
