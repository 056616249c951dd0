/**
 * The room's message history: verified, signed gossipsub messages kept in a datastore (memory, or
 * the node's LevelDB under `--data-dir`), bounded by count and age. Only an index (send time and
 * id per message) lives in memory; bodies are read from the datastore when a page is served.
 */
import { Key } from 'interface-datastore'
import type { Datastore } from 'interface-datastore'
import { MemoryDatastore } from 'datastore-core'
import { messageIdOf, messageIdToHex } from '../chat-room.ts'
import { ChatError } from '../errors.ts'
import { HistoryMessage } from '../generated/history.js'
import { encodeHistoryMessage } from './codec.ts'

/** A signed gossipsub message of the room, as gossipsub received it, with its payload's send time. */
export interface StoredMessage {
  /** hex SHA-256 of `data`: the gossipsub message id. */
  id: string
  /** The author's peer id, multihash bytes. */
  from: Uint8Array
  /** 8 bytes, big-endian. */
  seqno: Uint8Array
  data: Uint8Array
  signature: Uint8Array
  /** The author's public key (libp2p protobuf), when the message carried it. */
  key?: Uint8Array
  topic: string
  /** The payload's send time, ms since the Unix epoch. */
  sentAtMs: number
}

export interface HistoryStoreQuery {
  /** Oldest send time, inclusive. */
  startMs?: number
  /** Newest send time, inclusive. */
  endMs?: number
  /** hex id of the message the page starts after (exclusive), in `direction`. */
  cursor?: string
  /** `forward`: oldest first; `backward`: newest first. */
  direction: 'forward' | 'backward'
  limit: number
}

export interface HistoryPage {
  /** In the query's direction: oldest first forward, newest first backward. */
  messages: StoredMessage[]
  /** The next query's cursor; present when more messages match. */
  nextCursor?: string
}

export interface HistoryStoreInit {
  datastore?: Datastore
  /** The room's gossipsub topic: keys are per topic, and messages of another topic are not stored. */
  topic: string
  /** Messages kept at most; the oldest go first. Default: `DEFAULT_HISTORY_MAX_MESSAGES`. */
  maxMessages?: number
  /** Messages older than this (send time) are dropped, ms. Default: `DEFAULT_HISTORY_MAX_AGE_MS`. */
  maxAgeMs?: number
  now?: () => number
}

export const DEFAULT_HISTORY_MAX_MESSAGES = 1000
export const DEFAULT_HISTORY_MAX_AGE_MS = 24 * 60 * 60_000
/** Shared with libp2p's own keys in one LevelDB under `--data-dir`; nothing of libp2p's lives under it. */
export const HISTORY_KEY_PREFIX = '/p2p-chat/history'
/** Digits of a zero-padded send time: keys then sort by time as strings, in LevelDB as in memory. */
const MS_DIGITS = 16
const ID_PATTERN = /^[0-9a-f]{64}$/

/** A query's cursor names no message of the store (never stored, or evicted since). */
export class UnknownCursorError extends ChatError {
  static name = 'UnknownCursorError'
  readonly cursor: string

  constructor (cursor: string) {
    super(`no message ${cursor} in the history (evicted, or never stored)`)
    this.cursor = cursor
  }
}

interface Entry { sentAtMs: number, id: string }

const byTimeThenId = (a: Entry, b: Entry): number => a.sentAtMs - b.sentAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export class HistoryStore {
  readonly topic: string
  readonly maxMessages: number
  readonly maxAgeMs: number
  private readonly datastore: Datastore
  private readonly now: () => number
  private readonly prefix: string
  /** Sorted by (sentAtMs, id), oldest first. */
  private index: Entry[] = []
  private readonly byId = new Map<string, Entry>()

  constructor (init: HistoryStoreInit) {
    this.datastore = init.datastore ?? new MemoryDatastore()
    this.topic = init.topic
    this.maxMessages = init.maxMessages ?? DEFAULT_HISTORY_MAX_MESSAGES
    this.maxAgeMs = init.maxAgeMs ?? DEFAULT_HISTORY_MAX_AGE_MS
    this.now = init.now ?? Date.now
    this.prefix = `${HISTORY_KEY_PREFIX}/${Buffer.from(init.topic).toString('hex')}`
  }

  get size (): number {
    return this.index.length
  }

  /**
   * Builds the index from the datastore (opened by the caller). Every value is decoded once, so a
   * corrupt or foreign entry is found now, not while serving: it is deleted and counted in `skipped`.
   * Then applies the bounds (an old store may hold more than they allow now).
   */
  async open (): Promise<{ loaded: number, skipped: number }> {
    this.index = []
    this.byId.clear()
    const bad: Key[] = []
    for await (const { key, value } of this.datastore.query({ prefix: this.prefix })) {
      const entry = this.entryOfKey(key)
      if (entry == null || this.byId.has(entry.id) || this.decode(entry, value) == null) {
        bad.push(key)
        continue
      }
      this.index.push(entry)
      this.byId.set(entry.id, entry)
    }
    this.index.sort(byTimeThenId)
    await Promise.all(bad.map(async key => { await this.datastore.delete(key) }))
    const loaded = this.index.length
    await this.prune()
    return { loaded, skipped: bad.length }
  }

  has (id: string): boolean {
    return this.byId.has(id)
  }

  latest (): { id: string, sentAtMs: number } | undefined {
    const last = this.index.at(-1)
    return last == null ? undefined : { id: last.id, sentAtMs: last.sentAtMs }
  }

  /**
   * Stores a message (verified by the caller). false: already stored, of another topic, or out of
   * the bounds (older than `maxAgeMs`, or older than everything a full store keeps).
   */
  async add (m: StoredMessage): Promise<boolean> {
    if (this.byId.has(m.id) || m.topic !== this.topic) return false
    if (m.sentAtMs < this.now() - this.maxAgeMs) return false
    const entry = { sentAtMs: m.sentAtMs, id: m.id }
    if (this.index.length >= this.maxMessages && this.index.length > 0 && byTimeThenId(entry, this.index[0]) < 0) return false
    // indexed before the write, so a concurrent add of the same message sees it
    this.insert(entry)
    try {
      await this.datastore.put(this.keyOf(entry), encodeHistoryMessage(m))
    } catch (err) {
      this.remove(entry)
      throw err
    }
    await this.prune()
    return true
  }

  /** Drops what is beyond the bounds; returns how many messages went. */
  async prune (): Promise<number> {
    const oldest = this.now() - this.maxAgeMs
    let cut = 0
    while (cut < this.index.length && this.index[cut].sentAtMs < oldest) cut++
    cut = Math.max(cut, this.index.length - this.maxMessages)
    if (cut === 0) return 0
    const gone = this.index.splice(0, cut)
    for (const entry of gone) this.byId.delete(entry.id)
    await Promise.all(gone.map(async entry => { await this.datastore.delete(this.keyOf(entry)) }))
    return gone.length
  }

  /**
   * One page of messages within [startMs, endMs], after `cursor` in `direction`. Throws
   * `UnknownCursorError` when the cursor is not in the store. A body that no longer decodes is left
   * out of the page (the page is then shorter than `limit`; `nextCursor` stays right).
   */
  async query (q: HistoryStoreQuery): Promise<HistoryPage> {
    const startMs = q.startMs ?? -Infinity
    const endMs = q.endMs ?? Infinity
    const forward = q.direction === 'forward'
    let i: number
    if (q.cursor != null) {
      const at = this.byId.get(q.cursor)
      if (at == null) throw new UnknownCursorError(q.cursor)
      i = this.indexOf(at) + (forward ? 1 : -1)
    } else {
      i = forward ? this.lowerBound({ sentAtMs: startMs, id: '' }) : this.lowerBound({ sentAtMs: endMs, id: '~' }) - 1
    }
    const step = forward ? 1 : -1
    const inRange = (e: Entry | undefined): e is Entry => e != null && e.sentAtMs >= startMs && e.sentAtMs <= endMs
    const picked: Entry[] = []
    // a cursor may sit outside the range: skip to it
    while (i >= 0 && i < this.index.length && (forward ? this.index[i].sentAtMs < startMs : this.index[i].sentAtMs > endMs)) i += step
    while (picked.length < q.limit && inRange(this.index[i])) {
      picked.push(this.index[i])
      i += step
    }
    const more = picked.length > 0 && inRange(this.index[i])
    const messages: StoredMessage[] = []
    for (const entry of picked) {
      const m = this.decode(entry, await this.body(entry))
      if (m != null) messages.push(m)
    }
    return more ? { messages, nextCursor: picked[picked.length - 1].id } : { messages }
  }

  private async body (entry: Entry): Promise<Uint8Array | undefined> {
    try {
      return await this.datastore.get(this.keyOf(entry))
    } catch {
      return undefined
    }
  }

  private keyOf (entry: Entry): Key {
    return new Key(`${this.prefix}/${String(entry.sentAtMs).padStart(MS_DIGITS, '0')}/${entry.id}`)
  }

  private entryOfKey (key: Key): Entry | undefined {
    const parts = key.toString().slice(this.prefix.length + 1).split('/')
    if (parts.length !== 2 || !/^\d{1,16}$/.test(parts[0]) || !ID_PATTERN.test(parts[1])) return undefined
    return { sentAtMs: Number(parts[0]), id: parts[1] }
  }

  /** The stored message, if the bytes are one of this topic whose id is the hash of its data. */
  private decode (entry: Entry, value: Uint8Array | undefined): StoredMessage | undefined {
    if (value == null) return undefined
    let m: HistoryMessage
    try {
      m = HistoryMessage.decode(value)
    } catch {
      return undefined
    }
    if (m.from == null || m.data == null || m.seqno == null || m.signature == null || m.topic !== this.topic) return undefined
    if (messageIdToHex(messageIdOf(m.data)) !== entry.id) return undefined
    return { id: entry.id, from: m.from, seqno: m.seqno, data: m.data, signature: m.signature, ...(m.key != null ? { key: m.key } : {}), topic: m.topic, sentAtMs: entry.sentAtMs }
  }

  /** First position whose entry is not before `entry`. */
  private lowerBound (entry: Entry): number {
    let lo = 0
    let hi = this.index.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (byTimeThenId(this.index[mid], entry) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private indexOf (entry: Entry): number {
    return this.lowerBound(entry)
  }

  private insert (entry: Entry): void {
    this.index.splice(this.lowerBound(entry), 0, entry)
    this.byId.set(entry.id, entry)
  }

  private remove (entry: Entry): void {
    const i = this.indexOf(entry)
    if (this.index[i] === entry) this.index.splice(i, 1)
    this.byId.delete(entry.id)
  }
}
