/**
 * The room history: a bounded store of the room's signed messages, the `/p2p-chat/history/1.0.0`
 * protocol that serves it (shaped like Waku Store v3), the verification of what peers serve, and
 * the sync that catches a node up. history.proto is the wire format (`npm run proto`).
 */
export {
  HISTORY_PROTOCOL, HISTORY_STATUS, HISTORY_CODEC_REASONS,
  MAX_QUERY_BYTES, MAX_RESPONSE_BYTES, MAX_RESPONSE_MESSAGES, MAX_QUERY_LIMIT, MAX_REQUEST_ID_BYTES, MAX_ROOM_BYTES, CURSOR_BYTES,
  Direction, HistoryMessage, HistoryQuery, HistoryResponse,
  decodeHistoryQuery, decodeHistoryResponse, encodeHistoryQuery, encodeHistoryResponse, encodeHistoryMessage, historyMessageOf, directionOf
} from './codec.ts'
export type { HistoryStatus, HistoryCodecReason, Decoded, SignedMessageFields } from './codec.ts'
export { HistoryStore, UnknownCursorError, DEFAULT_HISTORY_MAX_MESSAGES, DEFAULT_HISTORY_MAX_AGE_MS, HISTORY_KEY_PREFIX } from './store.ts'
export type { StoredMessage, HistoryStoreInit, HistoryStoreQuery, HistoryPage } from './store.ts'
export { verifyHistoryMessage, HISTORY_REFUSAL_REASONS } from './verify.ts'
export type { HistoryRefusalReason, HistoryVerdict, VerifyExpectations } from './verify.ts'
export {
  chatHistory, HistoryResponseError, HISTORY_RESPONSE_ERROR_REASONS,
  DEFAULT_HISTORY_PAGE_SIZE, DEFAULT_HISTORY_REQUESTS_PER_MINUTE, DEFAULT_HISTORY_MAX_CONCURRENT_QUERIES, DEFAULT_HISTORY_TIMEOUT_MS
} from './service.ts'
export type { ChatHistory, ChatHistoryInit, ChatHistoryComponents, HistoryClientQuery, HistoryResponseErrorReason } from './service.ts'
export { HistorySync, DEFAULT_SYNC_MAX_PEERS, DEFAULT_SYNC_PAGE_LIMIT, DEFAULT_SYNC_MAX_MESSAGES } from './sync.ts'
export type { HistorySyncInit, HistorySyncSummary, SyncedMessage } from './sync.ts'
