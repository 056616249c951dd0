/** Typed errors of direct messages; see src/node/errors.ts for the conventions. */
import { ChatError } from '../errors.ts'
import type { PeerId } from '@libp2p/interface'

/** Why a DM never got an answer from its recipient. The set is closed so it can label a metric. */
export const DM_DELIVERY_CAUSES = ['not_found', 'unreachable', 'timeout', 'protocol_unsupported', 'bad_ack', 'queue_full'] as const
export type DmDeliveryCause = typeof DM_DELIVERY_CAUSES[number]

const EXPLAIN: Record<DmDeliveryCause, string> = {
  not_found: 'no address is known for it (peer store and peer routing)',
  unreachable: 'it could not be reached',
  timeout: 'no answer in time',
  protocol_unsupported: 'it does not speak the direct message protocol',
  bad_ack: 'its answer was not a valid ack',
  queue_full: 'too many messages to it are already waiting'
}

/**
 * A DM was not delivered because the exchange with the recipient failed (an ack that refuses the
 * DM is a result, not this error). `cause` is the kind of failure, from a closed set; the libp2p
 * error underneath, if any, is `error`. Not retried here: the caller decides.
 */
export class DmDeliveryError extends ChatError {
  static name = 'DmDeliveryError'
  // shadows Error.cause on purpose: callers branch on the kind; the underlying error is `error`
  readonly cause: DmDeliveryCause
  readonly peer: string
  readonly error?: Error

  constructor (peer: PeerId | string, cause: DmDeliveryCause, error?: Error, detail?: string) {
    super(`direct message to ${String(peer)} not delivered: ${EXPLAIN[cause]}${detail != null ? ` (${detail})` : ''}`)
    this.cause = cause
    this.peer = String(peer)
    this.error = error
  }
}

/** A DM addressed to this node itself: it would be refused by our own dialer, so it is refused here, clearly. */
export class DmToSelfError extends ChatError {
  static name = 'DmToSelfError'

  constructor () {
    super('cannot send a direct message to yourself (the recipient is this node\'s own peer id)')
  }
}
