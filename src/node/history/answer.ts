/**
 * The server's answer to a well-formed query of its room: a page from the store, cut so the
 * response frame never exceeds the configured size (the cursor then points at the last message
 * sent, so the client's next query continues exactly there).
 */
import { varintLength } from '../length-prefixed.ts'
import { HISTORY_STATUS, HistoryMessage, HistoryResponse, CURSOR_BYTES, directionOf, historyMessageOf } from './codec.ts'
import type { HistoryQuery, HistoryStatus } from './codec.ts'
import { UnknownCursorError } from './store.ts'
import type { HistoryStore } from './store.ts'

export interface AnswerLimits {
  /** Messages per response at most, whatever the query's limit. */
  maxPageSize: number
  /** Encoded response (the protobuf, without its length prefix) at most, bytes. */
  maxResponseBytes: number
}

export function refusal (requestId: string, statusCode: HistoryStatus, statusText: string): HistoryResponse {
  return { requestId, statusCode, statusText, messages: [] }
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')

export async function answerQuery (query: HistoryQuery, store: HistoryStore, limits: AnswerLimits): Promise<HistoryResponse> {
  const { requestId } = query
  // a quiet store holds messages that aged out since the last add
  await store.prune()
  let page
  try {
    page = await store.query({
      ...(query.startMs != null ? { startMs: Number(query.startMs) } : {}),
      ...(query.endMs != null ? { endMs: Number(query.endMs) } : {}),
      ...(query.cursor != null ? { cursor: hex(query.cursor) } : {}),
      direction: directionOf(query.direction),
      limit: Math.min(query.limit, limits.maxPageSize)
    })
  } catch (err) {
    if (err instanceof UnknownCursorError) return refusal(requestId, HISTORY_STATUS.BAD_REQUEST, 'unknown cursor')
    throw err
  }

  // the size of everything but the messages, with room for a cursor whether or not one is sent
  let size = HistoryResponse.encode({ requestId, statusCode: HISTORY_STATUS.OK, statusText: 'OK', messages: [], nextCursor: new Uint8Array(CURSOR_BYTES) }).byteLength
  const messages: HistoryMessage[] = []
  for (const m of page.messages) {
    const wire = historyMessageOf(m)
    const bytes = HistoryMessage.encode(wire).byteLength
    const cost = 1 + varintLength(bytes) + bytes // field tag, length, message
    if (size + cost > limits.maxResponseBytes) break
    size += cost
    messages.push(wire)
  }
  if (messages.length === 0 && page.messages.length > 0) {
    return refusal(requestId, HISTORY_STATUS.TOO_LARGE, `a message exceeds the ${limits.maxResponseBytes}-byte response limit`)
  }
  const cut = messages.length < page.messages.length
  const nextCursor = cut ? page.messages[messages.length - 1].id : page.nextCursor
  return {
    requestId,
    statusCode: HISTORY_STATUS.OK,
    statusText: 'OK',
    messages,
    ...(nextCursor != null ? { nextCursor: Uint8Array.from(Buffer.from(nextCursor, 'hex')) } : {})
  }
}
