/**
 * The sender's half of one DM exchange: sign, open a stream (dialing if needed: libp2p's dialer
 * looks an unknown peer up through peer routing, the DHT, by itself), write one frame, read one
 * ack. A refusing ack is a result; failing to get any ack is a `DmDeliveryError`.
 */
import { publicKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PeerId, PrivateKey, Stream } from '@libp2p/interface'
import type { ConnectionManager } from '@libp2p/interface-internal'
import { createHash } from 'node:crypto'
import { encodeChatLine } from '../chat-payload.ts'
import { readFrame, writeFrame } from '../length-prefixed.ts'
import { abortStreamOn } from '../stream-deadline.ts'
import { wallClockMs } from '../wall-clock.ts'
import { decodeDmAck, DirectMessage, MAX_ACK_BYTES } from './codec.ts'
import { DmDeliveryError } from './errors.ts'
import type { DmDeliveryCause } from './errors.ts'
import { signDirectMessage } from './signature.ts'
import type { DmStatusName } from './status.ts'

export interface DmSendResult {
  /** hex SHA-256 of the payload, the id the recipient reports */
  id: string
  to: string
  status: DmStatusName
  /** the recipient's reason when it did not deliver; peer text: escape it before printing */
  reason?: string
  /** the payload's send time, ms since the epoch */
  sentAtMs: number
  /** from writing the request to reading the ack, ms (the dial is not in it) */
  rttMs: number
  /** no connection to the peer existed before the send */
  dialed: boolean
}

export interface OutboundContext {
  connectionManager: ConnectionManager
  privateKey: PrivateKey
  protocol: string
  nick: string
  runOnLimitedConnection: boolean
}

/** One exchange with `to`; `signal` is its whole deadline. */
export async function sendDirectMessage (ctx: OutboundContext, to: PeerId, text: string, signal: AbortSignal): Promise<DmSendResult> {
  const sentAtMs = Date.now()
  const payload = encodeChatLine(text, ctx.nick, sentAtMs)
  const signature = await signDirectMessage(ctx.privateKey, to, payload)
  // copies typed as the generated codec wants them (ArrayBuffer-backed), a few hundred bytes
  const request = DirectMessage.encode({
    payload: new Uint8Array(payload),
    publicKey: new Uint8Array(publicKeyToProtobuf(ctx.privateKey.publicKey)),
    signature: new Uint8Array(signature)
  })
  const id = createHash('sha256').update(payload).digest('hex')

  const dialed = ctx.connectionManager.getConnections(to).length === 0
  let stream: Stream
  try {
    stream = await ctx.connectionManager.openStream(to, ctx.protocol, { signal, runOnLimitedConnection: ctx.runOnLimitedConnection })
  } catch (err: any) {
    throw deliveryError(to, err, signal, openCause(err))
  }
  // as on the recipient, the deadline also ends a read waiting on a silent peer
  const stopWatching = abortStreamOn(stream, signal, () => new DmDeliveryError(to, 'timeout'))
  try {
    const startedMs = wallClockMs()
    await writeFrame(stream, request, { signal })
    await stream.close({ signal })
    const read = await readFrame(stream, MAX_ACK_BYTES)
    const rttMs = wallClockMs() - startedMs
    if (!read.ok) throw new DmDeliveryError(to, 'bad_ack', undefined, ACK_FRAME_PROBLEM[read.reason])
    const decoded = decodeDmAck(read.frame)
    if (!decoded.ok) throw new DmDeliveryError(to, 'bad_ack', undefined, decoded.reason)
    const { status, reason } = decoded.ack
    return { id, to: to.toString(), status, ...(status !== 'delivered' ? { reason } : {}), sentAtMs, rttMs, dialed }
  } catch (err: any) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    if (err instanceof DmDeliveryError && !signal.aborted) throw err
    throw deliveryError(to, err, signal, 'unreachable')
  } finally {
    stopWatching()
  }
}

/** The `bad_ack` detail of each way an ack frame can be refused. */
const ACK_FRAME_PROBLEM = {
  truncated: 'the stream ended without an ack',
  oversize: 'the ack frame is too large',
  bad_prefix: 'the ack frame has a malformed length prefix'
} as const

/** libp2p's dial and negotiation errors, by kind. */
function openCause (err: any): DmDeliveryCause {
  const name: string = err?.name ?? ''
  if (name === 'UnsupportedProtocolError') return 'protocol_unsupported'
  // no address in the peer store and none from peer routing (which reports 'not found')
  if (name === 'NoValidAddressesError' || name === 'NotFoundError' || /not found/i.test(String(err?.message))) return 'not_found'
  return 'unreachable'
}

function deliveryError (to: PeerId, err: any, signal: AbortSignal, otherwise: DmDeliveryCause): DmDeliveryError {
  const error = err instanceof Error ? err : new Error(String(err))
  // whatever failed once the deadline passed failed because of it. Only the error's name goes into
  // the message: libp2p's messages quote addresses that peers (the DHT) supplied
  if (signal.aborted) return new DmDeliveryError(to, 'timeout', error)
  return new DmDeliveryError(to, otherwise, error, otherwise === 'unreachable' ? error.name : undefined)
}
