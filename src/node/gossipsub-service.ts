/**
 * The room's gossipsub: StrictSign, SHA-256 message ids over the data (the same id computed early,
 * so duplicates skip the signature check), the chat room's peer scoring with the penalties as its
 * app-specific score, and gossipsub's metrics tapped for the project's own counters and refusals.
 */
import { gossipsub } from '@libp2p/gossipsub'
import type { Registry } from 'prom-client'
import { messageIdOf, messageIdToHex } from './chat-room.ts'
import type { RejectedChatMessage } from './chat-room.ts'
import type { RejectReason } from './chat-payload.ts'
import { gossipsubMetricsRegister } from './gossipsub-metrics.ts'
import type { ChatMetrics } from './metrics.ts'
import { maxRpcBytesFor } from './options.ts'
import type { ValidationLimits } from './options.ts'
import type { PeerPenalties } from './peer-penalties.ts'
import { CHAT_ROOM_SCORE_THRESHOLDS, chatRoomScoreParams } from './scoring.ts'
import { gossipsubOptionsOf } from './gossipsub-knobs.ts'
import type { GossipsubKnobs } from './gossipsub-knobs.ts'
import type { DuplicateTally } from './duplicate-tally.ts'

export interface GossipsubSettings {
  room: string
  topic: string
  registry: Registry
  /** Expose gossipsub's own ~97 series, not only the taps. */
  fullMetrics: boolean
  runOnLimitedConnection: boolean
  /** the researcher's parameters (src/node/gossipsub-knobs.ts) */
  gossipsub: GossipsubKnobs
  /** told of every received copy, for per-message duplicate counts */
  duplicates?: DuplicateTally
  /** the room's payload limits: the largest text sets the largest RPC frame taken */
  limits: ValidationLimits
}

/** Where the refusals gossipsub makes itself (a bad signature, seqno or peer id) are reported. */
export interface RefusalSink { recordRefusal(refusal: RejectedChatMessage): void }

/** The errors gossipsub's StrictSign check reports (its ValidateError values), as our reasons. */
const SIGNATURE_ERRORS: Record<string, RejectReason> = {
  invalid_signature: 'invalid_signature',
  invalid_seqno: 'invalid_seqno',
  invalid_peerid: 'invalid_peerid'
}

/** The control entries counted by kind (gossipsub's own sent counters, one per kind). */
const CONTROL_KINDS = ['ihave', 'iwant', 'graft', 'prune', 'idontwant'] as const

export function gossipsubService (settings: GossipsubSettings, metrics: ChatMetrics, penalties: PeerPenalties, links: RefusalSink): ReturnType<typeof gossipsub> {
  const { topic, registry, fullMetrics } = settings
  return gossipsub({
    ...gossipsubOptionsOf(settings.gossipsub),
    globalSignaturePolicy: 'StrictSign',
    runOnLimitedConnection: settings.runOnLimitedConnection,
    msgIdFn: (msg) => messageIdOf(msg.data),
    // the same id, computed before the signature check, so duplicates (common in a mesh) skip
    // the ~1 ms verify; hashing twice costs ~2 us
    fastMsgIdFn: (rpcMsg) => {
      const id = messageIdToHex(messageIdOf(rpcMsg.data ?? new Uint8Array()))
      settings.duplicates?.received(id)
      return id
    },
    msgIdToStrFn: messageIdToHex,
    // scoring off: js's defaults, no topic scores and no app-specific score (penalties still cut abusive connections)
    ...(settings.gossipsub.scoring === 'chat-room'
      ? { scoreParams: chatRoomScoreParams(topic, (peer) => penalties.score(peer)), scoreThresholds: CHAT_ROOM_SCORE_THRESHOLDS }
      : {}),
    allowedTopics: [topic],
    maxInboundDataLength: maxRpcBytesFor(settings.limits.maxTextBytes),
    metricsRegister: gossipsubMetricsRegister({
      registry,
      expose: fullMetrics,
      taps: {
        gossipsub_rpc_recv_bytes_total: (_l, v) => { metrics.gossipBytes.inc({ direction: 'in' }, v) },
        gossipsub_rpc_sent_bytes_total: (_l, v) => { metrics.gossipBytes.inc({ direction: 'out' }, v) },
        gossipsub_rpc_recv_count_total: (_l, v) => { metrics.gossipRpcs.inc({ direction: 'in' }, v) },
        gossipsub_rpc_sent_count_total: (_l, v) => { metrics.gossipRpcs.inc({ direction: 'out' }, v) },
        gossipsub_pre_validation_duplicate_total: (_l, v) => { metrics.duplicates.inc(v) },
        ...Object.fromEntries(CONTROL_KINDS.map(kind => [`gossipsub_rpc_sent_${kind}_total`, (_l: unknown, v: number) => { metrics.gossipControl.inc({ kind }, v) }])),
        gossipsub_msg_received_invalid_total: (labels) => {
          const reason = SIGNATURE_ERRORS[String(labels.error)]
          if (reason != null) links.recordRefusal({ outcome: 'reject', reason })
        }
      }
    }),
    metricsTopicStrToLabel: new Map([[topic, settings.room]])
  })
}
