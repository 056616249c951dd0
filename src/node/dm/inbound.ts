/**
 * The recipient's half of one DM exchange: read one frame, judge it, answer with one ack. The
 * checks run cheapest first, and nothing a peer sends is buffered beyond the frame cap:
 * frame size, per-peer rate, decoding, signature (against the authenticated remote peer, so the
 * sender cannot be spoofed), the room's payload rules, then the local policy.
 */
import { createHash } from 'node:crypto'
import { TimeoutError } from '@libp2p/interface'
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import { validateChatPayload } from '../chat-payload.ts'
import type { ChatLine } from '../chat-payload.ts'
import { readFrame, writeFrame } from '../length-prefixed.ts'
import type { PeerRateLimit } from '../peer-rate-limit.ts'
import { abortStreamOn } from '../stream-deadline.ts'
import { wallClockMs } from '../wall-clock.ts'
import { decodeDirectMessage, encodeAck } from './codec.ts'
import type { DmRefusal } from './codec.ts'
import type { DirectMessagesOptions } from './options.ts'
import { verifyFrom } from './signature.ts'
import { DM_STATUS, dmStatusName } from './status.ts'
import type { DmStatus, DmStatusName } from './status.ts'

/** A DM that was delivered: everything needed to show it and to verify it again offline. */
export interface ReceivedDirectMessage {
  from: PeerId
  to: PeerId
  /** the sender's public key, libp2p `PublicKey` protobuf */
  publicKey: Uint8Array
  /** the signed ChatPayload bytes */
  payload: Uint8Array
  signature: Uint8Array
  line: ChatLine
  /** hex SHA-256 of `payload`: the same DM delivered twice (a retried send) has the same id */
  id: string
  receivedAtMs: number
}

/** A DM answered with anything but `delivered`, for metrics. `reason` is ours, not the peer's. */
export interface RefusedDirectMessage {
  from: PeerId
  status: Exclude<DmStatusName, 'delivered'>
  reason: string
}

export interface InboundContext {
  self: PeerId
  options: DirectMessagesOptions
  limiter: PeerRateLimit
  /** strangers being waited for now, node-wide (`maxMembershipWaits`) */
  membershipWaits: { active: number }
  /** aborts when the service stops */
  signal: AbortSignal
  delivered(dm: ReceivedDirectMessage): void
  refused(refusal: RefusedDirectMessage): void
}

type Judgement = { ok: true, dm: ReceivedDirectMessage } | DmRefusal

/** Runs one inbound exchange to its end; never throws (a broken stream is aborted). */
export async function receiveDirectMessage (stream: Stream, connection: Connection, ctx: InboundContext): Promise<void> {
  const signal = exchangeSignal(stream, ctx.options.timeoutMs, ctx.signal)
  try {
    const judgement = await judge(stream, connection.remotePeer, ctx, signal)
    if (judgement.ok) {
      // announced before the ack: the message is authentic and accepted whatever happens to the ack
      ctx.delivered(judgement.dm)
      await answer(stream, DM_STATUS.DELIVERED, '', signal)
    } else {
      ctx.refused({ from: connection.remotePeer, status: refusedName(judgement.status), reason: judgement.reason })
      await answer(stream, judgement.status, judgement.reason, signal)
    }
  } catch (err: any) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
  }
}

/** Answers without reading: the node is at its limit of inbound exchanges. */
export async function refuseBusy (stream: Stream, connection: Connection, ctx: InboundContext): Promise<void> {
  const reason = 'recipient is busy, try again later'
  ctx.refused({ from: connection.remotePeer, status: 'rate_limited', reason })
  try {
    await answer(stream, DM_STATUS.RATE_LIMITED, reason, exchangeSignal(stream, ctx.options.timeoutMs, ctx.signal))
  } catch (err: any) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
  }
}

/**
 * The exchange's deadline. On expiry the stream is aborted, which also ends a read that is waiting
 * for a peer that sends nothing; the deadline covers the stream until it is closed, so a peer that
 * never closes its side does not hold it open either.
 */
function exchangeSignal (stream: Stream, timeoutMs: number, stopped: AbortSignal): AbortSignal {
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), stopped])
  const stopWatching = abortStreamOn(stream, signal, () => new TimeoutError('direct message exchange timed out'))
  stream.addEventListener('close', () => { stopWatching() }, { once: true })
  return signal
}

async function judge (stream: Stream, from: PeerId, ctx: InboundContext, signal: AbortSignal): Promise<Judgement> {
  const { options } = ctx
  const frame = await readFrame(stream, options.maxMessageBytes)
  if (!frame.ok) {
    if (frame.reason === 'oversize') return refuse(DM_STATUS.TOO_LARGE, `message of at least ${frame.length} bytes; the limit is ${options.maxMessageBytes}`)
    return refuse(DM_STATUS.BAD_REQUEST, frame.reason === 'truncated' ? 'stream ended before a whole message' : 'malformed length prefix')
  }
  if (!ctx.limiter.take(from.toString())) return refuse(DM_STATUS.RATE_LIMITED, `more than ${options.perPeerPerMinute} direct messages per minute`)

  const decoded = decodeDirectMessage(frame.frame)
  if (!decoded.ok) return decoded
  const { payload, publicKey, signature } = decoded.message
  const verified = await verifyFrom(from, ctx.self, publicKey, payload, signature)
  if (!verified.ok) return refuse(DM_STATUS.BAD_REQUEST, verified.reason)
  const verdict = validateChatPayload(payload, options.limits)
  if (verdict.action !== 'accept') return refuse(DM_STATUS.BAD_REQUEST, `invalid payload: ${verdict.reason}`)

  const refusal = await checkPolicy(from, ctx, signal)
  if (refusal != null) return refusal
  return {
    ok: true,
    dm: {
      from,
      to: ctx.self,
      // copies: views into the transport's chunk would keep all of it alive as long as the event's data
      publicKey: publicKey.slice(),
      payload: payload.slice(),
      signature: signature.slice(),
      line: verdict.line,
      id: createHash('sha256').update(payload).digest('hex'),
      receivedAtMs: wallClockMs()
    }
  }
}

async function checkPolicy (from: PeerId, ctx: InboundContext, signal: AbortSignal): Promise<DmRefusal | undefined> {
  const { options, membershipWaits } = ctx
  const policy = options.policy()
  if (policy === 'all') return undefined
  if (policy === 'none') return refuse(DM_STATUS.REFUSED, 'recipient accepts no direct messages')
  if (options.isRoomPeerNow(from)) return undefined
  const notInRoom = refuse(DM_STATUS.REFUSED, 'recipient accepts direct messages only from peers in its room')
  // a stranger is waited for (its subscription may be on its way) only while few others are
  if (membershipWaits.active >= options.maxMembershipWaits) return notInRoom
  membershipWaits.active++
  let member = false
  try {
    member = await options.isRoomPeer(from, signal)
  } catch (err) {
    // our deadline: the exchange is over, not the peer's fault
    if (signal.aborted) throw err
  } finally {
    membershipWaits.active--
  }
  return member ? undefined : notInRoom
}

async function answer (stream: Stream, status: DmStatus, reason: string, signal: AbortSignal): Promise<void> {
  await writeFrame(stream, encodeAck(status, reason), { signal })
  await stream.close({ signal })
}

function refuse (status: DmRefusal['status'], reason: string): DmRefusal {
  return { ok: false, status, reason }
}

function refusedName (status: DmRefusal['status']): RefusedDirectMessage['status'] {
  // sound: a refusal's status is never DELIVERED, so its name is never 'delivered'
  return dmStatusName(status) as RefusedDirectMessage['status']
}
