/**
 * Metrics of the room history and the direct messages, `p2p_chat_history_*` and `p2p_chat_dm_*`.
 * Labels are closed sets (role, status, outcome, reason), pre-created at zero so dashboards see
 * zeros, not gaps.
 */
import { Counter, Gauge, Histogram } from 'prom-client'
import type { Registry } from 'prom-client'
import { LATENCY_BUCKETS_SECONDS, RTT_BUCKETS_SECONDS } from './metrics.ts'
import { HISTORY_REFUSAL_REASONS } from './history/index.ts'
import { DM_DELIVERY_CAUSES, DM_STATUS_NAMES } from './dm/index.ts'
import { HISTORY_STATUS_NAMES } from './messaging-events.ts'

export interface MessagingMetrics {
  historyQueries: Counter<'role' | 'status'>
  historyFetched: Counter<'outcome'>
  historyRefused: Counter<'reason'>
  historySyncDuration: Histogram
  dmMessages: Counter<'direction' | 'status'>
  dmRoundTrip: Histogram
  /** The history store's size, read at scrape time. */
  observeStore(size: () => number): void
}

/** The closed label sets, pre-created at zero. */
const LABELS = {
  /** history response statuses, plus `failed` for a query that got no valid answer */
  historyStatuses: [...HISTORY_STATUS_NAMES, 'failed'],
  historyRefusals: HISTORY_REFUSAL_REASONS,
  dmStatuses: DM_STATUS_NAMES,
  /** why an outgoing DM reached no ack */
  dmFailures: DM_DELIVERY_CAUSES
}

export function messagingMetrics (registry: Registry): MessagingMetrics {
  const labels = LABELS
  const registers = [registry]
  const metrics: MessagingMetrics = {
    historyQueries: new Counter({
      name: 'p2p_chat_history_queries_total',
      help: 'History queries, by role (served: a peer asked us; asked: we asked a peer) and status (the response\'s, or failed)',
      labelNames: ['role', 'status'],
      registers
    }),
    historyFetched: new Counter({
      name: 'p2p_chat_history_fetched_messages_total',
      help: 'Messages peers returned to our history queries, by outcome (accepted, duplicate, refused)',
      labelNames: ['outcome'],
      registers
    }),
    historyRefused: new Counter({
      name: 'p2p_chat_history_refused_messages_total',
      help: 'Returned history messages that failed verification, by reason',
      labelNames: ['reason'],
      registers
    }),
    historySyncDuration: new Histogram({
      name: 'p2p_chat_history_sync_duration_seconds',
      help: 'From room-ready to the end of the history fetch at join',
      buckets: LATENCY_BUCKETS_SECONDS,
      registers
    }),
    dmMessages: new Counter({
      name: 'p2p_chat_dm_messages_total',
      help: 'Direct messages, by direction (in, out) and status (the ack\'s, or why no ack came)',
      labelNames: ['direction', 'status'],
      registers
    }),
    dmRoundTrip: new Histogram({
      name: 'p2p_chat_dm_round_trip_seconds',
      help: 'Outgoing direct message: from send (including a DHT lookup and a dial) to its ack',
      buckets: RTT_BUCKETS_SECONDS,
      registers
    }),
    observeStore (size) {
      new Gauge({
        name: 'p2p_chat_history_stored_messages',
        help: 'Room messages in this node\'s history store',
        registers,
        collect () { this.set(size()) }
      })
    }
  }
  for (const status of labels.historyStatuses) {
    for (const role of ['served', 'asked']) metrics.historyQueries.inc({ role, status }, 0)
  }
  for (const outcome of ['accepted', 'duplicate', 'refused']) metrics.historyFetched.inc({ outcome }, 0)
  for (const reason of labels.historyRefusals) metrics.historyRefused.inc({ reason }, 0)
  for (const status of labels.dmStatuses) {
    for (const direction of ['in', 'out']) metrics.dmMessages.inc({ direction, status }, 0)
  }
  for (const status of labels.dmFailures) metrics.dmMessages.inc({ direction: 'out', status }, 0)
  return metrics
}
