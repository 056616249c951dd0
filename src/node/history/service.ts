/**
 * The `/p2p-chat/history/1.0.0` service: serves the room's stored messages to peers (one query,
 * one response, per stream) and queries peers for theirs. Every cost a peer can cause is bounded:
 * frame sizes (checked on the length prefix), queries per peer per minute, queries in progress
 * node-wide, streams per connection, and the time an exchange may take.
 */
import { ipOf } from '../ip-limits.ts'
import { DEFAULT_RESOURCE_BUDGET } from '../resource-budget.ts'
import { randomBytes } from 'node:crypto'
import { serviceCapabilities, TimeoutError } from '@libp2p/interface'
import type { AbortOptions, ComponentLogger, Connection, Logger, PeerId, Startable, Stream } from '@libp2p/interface'
import type { ConnectionManager, Registrar } from '@libp2p/interface-internal'
import { ChatError } from '../errors.ts'
import { readFrame, writeFrame } from '../length-prefixed.ts'
import type { FrameRead } from '../length-prefixed.ts'
import { PeerRateLimit } from '../peer-rate-limit.ts'
import { abortStreamOn } from '../stream-deadline.ts'
import { answerQuery, refusal } from './answer.ts'
import {
  decodeHistoryQuery, decodeHistoryResponse, encodeHistoryQuery, encodeHistoryResponse,
  HISTORY_CODEC_REASONS, HISTORY_PROTOCOL, HISTORY_STATUS, MAX_QUERY_BYTES, MAX_RESPONSE_BYTES
} from './codec.ts'
import type { HistoryQuery, HistoryResponse, HistoryStatus } from './codec.ts'
import type { HistoryStore } from './store.ts'

export interface ChatHistoryInit {
  /** Default: `HISTORY_PROTOCOL` (`/p2p-chat/history/1.0.0`). */
  protocol?: string
  /** The store to serve, read at every query (late bound); undefined: answer 503. */
  store: () => HistoryStore | undefined
  /** The room served; a query for another is answered 400. */
  room: string
  /** Messages per response at most. Default: 100. */
  maxPageSize?: number
  /** Encoded response at most, bytes; a page is cut to fit. Default and ceiling: `MAX_RESPONSE_BYTES` (1 MiB). */
  maxResponseBytes?: number
  /** Queries a peer may make per minute (token bucket, also the burst). Default: 30. */
  requestsPerPeerPerMinute?: number
  /** Queries peers at one IP address may make per minute (also the burst). Default: 60 (the budget's `historyQueriesPerHostPerMinute`). */
  requestsPerHostPerMinute?: number
  /** Peers whose query rate is tracked; the least recently seen is forgotten first. Default: 1024. */
  maxTrackedPeers?: number
  /** Concurrent inbound history streams per connection. Default: 2. */
  maxInboundStreams?: number
  /** Concurrent outbound history streams per connection. Default: 2. */
  maxOutboundStreams?: number
  /** Queries served at once, node-wide; beyond it a query is answered 503 without being read. Default: 16. */
  maxConcurrentQueries?: number
  /** The whole exchange (read, answer, write; or dial, write, read), ms. Default: 10 000. */
  timeoutMs?: number
  /** Called with the status of every answer sent (a metrics hook). */
  onServed?: (status: HistoryStatus) => void
}

export interface ChatHistoryComponents {
  registrar: Registrar
  connectionManager: ConnectionManager
  logger: ComponentLogger
}

/** A query as the client passes it: the request id is chosen for it when omitted. */
export type HistoryClientQuery = Omit<HistoryQuery, 'requestId'> & { requestId?: string }

export interface ChatHistory extends Startable {
  readonly protocol: string
  /**
   * Asks `peer` for one page. Resolves with the peer's response whatever its status (a 429 or 503
   * is the peer's answer, not a failure); rejects with `HistoryResponseError` when the response is
   * not one (oversize, malformed, another query's, more messages than asked), or with the stream's
   * error (dial failure, reset, timeout).
   */
  query(peer: PeerId, q: HistoryClientQuery, options?: AbortOptions): Promise<HistoryResponse>
}

export const DEFAULT_HISTORY_PAGE_SIZE = 100
export const DEFAULT_HISTORY_REQUESTS_PER_MINUTE = 30
export const DEFAULT_HISTORY_REQUESTS_PER_HOST_PER_MINUTE = DEFAULT_RESOURCE_BUDGET.historyQueriesPerHostPerMinute
export const DEFAULT_HISTORY_MAX_CONCURRENT_QUERIES = 16
export const DEFAULT_HISTORY_TIMEOUT_MS = 10_000
const DEFAULT_MAX_STREAMS = 2
/** How long a peer refused before its query was read has to read the answer and close, ms. */
const UNREAD_GRACE_MS = 2_000

/** Why a response was refused by the client; closed, so it can label a metric. */
export const HISTORY_RESPONSE_ERROR_REASONS = [...HISTORY_CODEC_REASONS, 'truncated', 'request_id_mismatch'] as const
export type HistoryResponseErrorReason = typeof HISTORY_RESPONSE_ERROR_REASONS[number]

/** A history peer answered with something that is not a response to our query. */
export class HistoryResponseError extends ChatError {
  static name = 'HistoryResponseError'
  readonly peer: string
  readonly reason: HistoryResponseErrorReason

  constructor (peer: PeerId, reason: HistoryResponseErrorReason) {
    super(`history response from ${peer.toString()} refused: ${reason}`)
    this.peer = peer.toString()
    this.reason = reason
  }
}

class ChatHistoryService implements ChatHistory {
  readonly protocol: string
  private readonly components: ChatHistoryComponents
  private readonly init: ChatHistoryInit
  private readonly log: Logger
  private readonly rate: PeerRateLimit
  /** per remote IP address (a relayed or otherwise address-less connection has none) */
  private readonly hostRate: PeerRateLimit
  private readonly maxPageSize: number
  private readonly maxResponseBytes: number
  private readonly maxConcurrentQueries: number
  private readonly timeoutMs: number
  private inFlight = 0

  constructor (components: ChatHistoryComponents, init: ChatHistoryInit) {
    this.components = components
    this.init = init
    this.protocol = init.protocol ?? HISTORY_PROTOCOL
    this.log = components.logger.forComponent('p2p-chat:history')
    this.rate = new PeerRateLimit({ perMinute: init.requestsPerPeerPerMinute ?? DEFAULT_HISTORY_REQUESTS_PER_MINUTE, maxPeers: init.maxTrackedPeers })
    this.hostRate = new PeerRateLimit({ perMinute: init.requestsPerHostPerMinute ?? DEFAULT_HISTORY_REQUESTS_PER_HOST_PER_MINUTE, maxPeers: init.maxTrackedPeers })
    this.maxPageSize = init.maxPageSize ?? DEFAULT_HISTORY_PAGE_SIZE
    this.maxResponseBytes = Math.min(init.maxResponseBytes ?? MAX_RESPONSE_BYTES, MAX_RESPONSE_BYTES)
    this.maxConcurrentQueries = init.maxConcurrentQueries ?? DEFAULT_HISTORY_MAX_CONCURRENT_QUERIES
    this.timeoutMs = init.timeoutMs ?? DEFAULT_HISTORY_TIMEOUT_MS
    this.onStream = this.onStream.bind(this)
  }

  readonly [Symbol.toStringTag] = '@p2p-chat/history'
  readonly [serviceCapabilities]: string[] = ['@p2p-chat/history']

  async start (): Promise<void> {
    await this.components.registrar.handle(this.protocol, this.onStream, {
      maxInboundStreams: this.init.maxInboundStreams ?? DEFAULT_MAX_STREAMS,
      maxOutboundStreams: this.init.maxOutboundStreams ?? DEFAULT_MAX_STREAMS,
      // a page is up to 1 MiB: more than a relayed (limited) connection lets through
      runOnLimitedConnection: false
    })
  }

  async stop (): Promise<void> {
    await this.components.registrar.unhandle(this.protocol)
  }

  async query (peer: PeerId, q: HistoryClientQuery, options: AbortOptions = {}): Promise<HistoryResponse> {
    const requestId = q.requestId ?? randomBytes(16).toString('hex')
    const signal = AbortSignal.any([AbortSignal.timeout(this.timeoutMs), ...(options.signal != null ? [options.signal] : [])])
    const stream = await this.components.connectionManager.openStream(peer, this.protocol, { signal })
    const stopWatching = abortStreamOn(stream, signal, () => new TimeoutError('history query aborted'))
    try {
      await writeFrame(stream, encodeHistoryQuery({ ...q, requestId }), { signal })
      // half-close: the server reads one frame, then answers
      await stream.close({ signal })
      const read = await readFrame(stream, MAX_RESPONSE_BYTES)
      signal.throwIfAborted()
      if (!read.ok) throw new HistoryResponseError(peer, frameRefusal(read))
      const decoded = decodeHistoryResponse(read.frame)
      if (!decoded.ok) throw new HistoryResponseError(peer, decoded.reason)
      const response = decoded.value
      // a server that refused before it could read the query has no request id to echo
      const unread = response.requestId === '' && response.statusCode !== HISTORY_STATUS.OK
      if (response.requestId !== requestId && !unread) throw new HistoryResponseError(peer, 'request_id_mismatch')
      if (response.messages.length > q.limit) throw new HistoryResponseError(peer, 'too_many_messages')
      return response
    } catch (err: any) {
      stream.abort(err)
      throw err
    } finally {
      stopWatching()
    }
  }

  private async onStream (stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer
    // the whole exchange: a peer that reads or writes slowly is cut off here, whatever it is at
    const signal = AbortSignal.timeout(this.timeoutMs)
    if (this.inFlight >= this.maxConcurrentQueries) {
      await this.reply(stream, peer, refusal('', HISTORY_STATUS.UNAVAILABLE, 'busy'), false, signal)
      return
    }
    this.inFlight++
    const stopWatching = abortStreamOn(stream, signal, () => new TimeoutError('history exchange timed out'))
    try {
      const { response, readWhole } = await this.answer(stream, peer, ipOf(connection.remoteAddr))
      await this.reply(stream, peer, response, readWhole, signal)
    } catch (err: any) {
      // the stream failed (reset, timeout) before there was anything to answer
      this.log('history query from %p failed: %e', peer, err)
      stream.abort(err)
    } finally {
      stopWatching()
      this.inFlight--
    }
  }

  /** Reads the query and answers it; never throws for what the peer sent (only for a failed stream). */
  private async answer (stream: Stream, peer: PeerId, host: string | undefined): Promise<{ response: HistoryResponse, readWhole: boolean }> {
    const read = await readFrame(stream, MAX_QUERY_BYTES)
    if (!read.ok) {
      const response = read.reason === 'truncated'
        ? refusal('', HISTORY_STATUS.BAD_REQUEST, 'no query')
        : refusal('', HISTORY_STATUS.TOO_LARGE, `a query is at most ${MAX_QUERY_BYTES} bytes`)
      return { response, readWhole: read.reason === 'truncated' }
    }
    // every query read costs a token, well-formed or not; a host's token too (fresh identities are free)
    const limited = !this.rate.take(peer.toString()) || (host != null && !this.hostRate.take(host))
    const decoded = decodeHistoryQuery(read.frame)
    if (!decoded.ok) {
      const status = decoded.reason === 'oversize' ? HISTORY_STATUS.TOO_LARGE : HISTORY_STATUS.BAD_REQUEST
      return { response: refusal('', status, decoded.reason), readWhole: true }
    }
    const query = decoded.value
    const id = query.requestId
    if (limited) return { response: refusal(id, HISTORY_STATUS.TOO_MANY_REQUESTS, 'too many queries; retry later'), readWhole: true }
    // the room we serve is not told: a peer probing for rooms learns nothing
    if (query.room !== this.init.room) return { response: refusal(id, HISTORY_STATUS.BAD_REQUEST, 'not a room this node serves'), readWhole: true }
    const store = this.init.store()
    if (store == null) return { response: refusal(id, HISTORY_STATUS.UNAVAILABLE, 'history is off'), readWhole: true }
    try {
      return { response: await answerQuery(query, store, { maxPageSize: this.maxPageSize, maxResponseBytes: this.maxResponseBytes }), readWhole: true }
    } catch (err: any) {
      this.log.error('the history store failed answering %p: %e', peer, err)
      return { response: refusal(id, HISTORY_STATUS.UNAVAILABLE, 'history store failed'), readWhole: true }
    }
  }

  /**
   * Sends the one response and closes. `readWhole` false: the peer may still be sending (a huge
   * announced frame), so the stream is reset unless the peer closes it soon (see `settle`).
   */
  private async reply (stream: Stream, peer: PeerId, response: HistoryResponse, readWhole: boolean, signal: AbortSignal): Promise<void> {
    try {
      await writeFrame(stream, encodeHistoryResponse(response), { signal })
      await stream.close({ signal })
      if (!readWhole) void settle(stream)
      this.init.onServed?.(response.statusCode as HistoryStatus)
    } catch (err: any) {
      this.log('answering %p failed: %e', peer, err)
      stream.abort(err)
    }
  }
}

/**
 * A refused frame as the history names it (a closed set: metric labels, 413 or 400): a prefix that
 * runs on without giving a length is refused like one announcing too much.
 */
function frameRefusal (read: Exclude<FrameRead, { ok: true }>): 'oversize' | 'truncated' {
  return read.reason === 'truncated' ? 'truncated' : 'oversize'
}

/**
 * After a refusal sent without reading the query: gives the peer `UNREAD_GRACE_MS` to read it and
 * close, then resets. An immediate reset can overtake the answer (it may arrive while the peer is
 * still in protocol negotiation); meanwhile what it sends is buffered by libp2p, which resets a
 * stream whose unread data exceeds its read buffer limit.
 */
async function settle (stream: Stream): Promise<void> {
  // a function, not a comparison: the status changes across the await below
  const closed = (): boolean => stream.status === 'closed'
  if (closed()) return
  let timer: ReturnType<typeof setTimeout> | undefined
  await new Promise<void>(resolve => {
    timer = setTimeout(resolve, UNREAD_GRACE_MS)
    timer.unref?.()
    stream.addEventListener('close', () => { resolve() }, { once: true })
  })
  clearTimeout(timer)
  if (!closed()) stream.abort(new Error('history query refused unread'))
}

export function chatHistory (init: ChatHistoryInit): (components: ChatHistoryComponents) => ChatHistory {
  return (components) => new ChatHistoryService(components, init)
}
