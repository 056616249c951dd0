/**
 * Streams every trace file once and keeps, per message, only what the CSVs need: who published it
 * when, and per receiver the time and the propagation source, as small integers (peer ids are
 * interned to node indices). A malformed line is counted against its file and skipped.
 */
import { basename } from 'node:path'
import { readLines } from './read-run.ts'
import type { Topology } from './types.ts'
import { parseEnvelope } from '../../node/host-protocol.ts'

export interface MessageTrace {
  id: string
  /** Node index of the publisher; -1 when unknown. */
  publisher: number
  /** From the publisher's `published` event, else the payload send time seen by receivers. */
  publishedAtMs: number
  hasPublishedEvent: boolean
  receivers: number[]
  sources: number[]
  receivedAtMs: number[]
  /** Receiver index -> position in the arrays above (first receipt only). */
  byReceiver: Map<number, number>
  /** Copies counted by `duplicate` trace events; undefined when the traces have none. */
  duplicates?: number
  /** UTF-8 bytes of its text (the `published` event's, else a receiver's); undefined when no trace line carries it. */
  bytes?: number
}

/** What an honest node's gossipsub decided about an adversary, and when it connected to it. */
export interface AdversaryContact {
  /** honest node index */
  node: number
  /** adversary node index */
  adversary: number
  kind: 'connected' | 'graylisted' | 'pruned'
  ts: number
}

export interface TraceIndex {
  /** Peer id of every node index; topology nodes first, then peers only the traces know. */
  peerIds: string[]
  topologyNodes: number
  messages: Map<string, MessageTrace>
  repeatedDeliveries: number
  hasDuplicateEvents: boolean
  /** copies counted of ids no node published or delivered (rejected junk) */
  duplicatesOfUnknownMessages: number
  /** honest nodes' connections to adversaries and verdicts on them (`peer:connected`, `verdict`), in file order */
  contacts: AdversaryContact[]
  files: number
  lines: number
  malformedByFile: Record<string, number>
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
type Fields = Readonly<Record<string, unknown>>

export class TraceIndexer {
  readonly index: TraceIndex
  private readonly ids = new Map<string, number>()
  private readonly adversaries = new Set<number>()
  /** copies counted by `duplicate` events, by message id, until finish() gives them to the messages */
  private readonly duplicateCounts = new Map<string, number>()

  constructor (topology: Topology) {
    const peerIds: string[] = []
    for (const n of topology.nodes) {
      peerIds[n.index] = n.peerId
      this.ids.set(n.peerId, n.index)
      if (n.role !== undefined && n.role !== 'honest') this.adversaries.add(n.index)
    }
    this.index = {
      peerIds,
      topologyNodes: topology.nodes.length,
      messages: new Map(),
      repeatedDeliveries: 0,
      hasDuplicateEvents: false,
      duplicatesOfUnknownMessages: 0,
      contacts: [],
      files: 0,
      lines: 0,
      malformedByFile: {}
    }
  }

  async addFile (path: string): Promise<void> {
    const name = basename(path)
    this.index.files++
    let malformed = 0
    for await (const line of readLines(path)) {
      if (line.trim() === '') continue
      this.index.lines++
      if (!this.addLine(line)) malformed++
    }
    if (malformed > 0) this.index.malformedByFile[name] = malformed
  }

  /**
   * @returns false when the line is malformed. Traces are read by their envelope (src/node/host-protocol.ts,
   * `parseEnvelope`) and the few fields the analysis needs, each checked here: a run directory of an
   * older version, with fields since added, must stay readable.
   */
  addLine (line: string): boolean {
    let event: string
    let e: Fields
    try {
      ({ event, fields: e } = parseEnvelope(line))
    } catch {
      return false
    }
    // the host process's own lines (`p2p-chat host`: host:ready) belong to no node
    if (event.startsWith('host:')) return true
    const node = e.node
    if (typeof node !== 'string') return false
    switch (event) {
      case 'published': return this.addPublished(node, e)
      case 'message': return this.addMessage(node, e)
      case 'duplicate': return this.addDuplicate(e)
      case 'peer:connected':
      case 'verdict': return this.addContact(event, node, e)
      default: return true
    }
  }

  private intern (peerId: string): number {
    let i = this.ids.get(peerId)
    if (i === undefined) {
      i = this.index.peerIds.length
      this.index.peerIds.push(peerId)
      this.ids.set(peerId, i)
    }
    return i
  }

  private message (id: string): MessageTrace {
    let m = this.index.messages.get(id)
    if (m === undefined) {
      m = { id, publisher: -1, publishedAtMs: NaN, hasPublishedEvent: false, receivers: [], sources: [], receivedAtMs: [], byReceiver: new Map() }
      this.index.messages.set(id, m)
    }
    return m
  }

  private addPublished (node: string, e: Fields): boolean {
    // publishedAtMs is sub-millisecond; sentAtMs (whole ms) is what older traces have
    const at = finite(e.publishedAtMs) ? e.publishedAtMs : finite(e.sentAtMs) ? e.sentAtMs : e.ts
    if (typeof e.id !== 'string' || !finite(at)) return false
    const m = this.message(e.id)
    m.publisher = this.intern(node)
    m.publishedAtMs = at
    m.hasPublishedEvent = true
    if (typeof e.text === 'string') m.bytes = Buffer.byteLength(e.text, 'utf8')
    return true
  }

  private addMessage (node: string, e: Fields): boolean {
    const at = finite(e.receivedAtMs) ? e.receivedAtMs : e.ts
    if (typeof e.id !== 'string' || typeof e.from !== 'string' || !finite(at)) return false
    const m = this.message(e.id)
    const publisher = this.intern(e.from)
    if (!m.hasPublishedEvent) {
      m.publisher = publisher
      if (finite(e.sentAtMs) && !(m.publishedAtMs <= e.sentAtMs)) m.publishedAtMs = e.sentAtMs
    }
    if (m.bytes === undefined && typeof e.text === 'string') m.bytes = Buffer.byteLength(e.text, 'utf8')
    const receiver = this.intern(node)
    if (receiver === publisher) return true
    if (m.byReceiver.has(receiver)) {
      this.index.repeatedDeliveries++
      return true
    }
    m.byReceiver.set(receiver, m.receivers.length)
    m.receivers.push(receiver)
    m.sources.push(typeof e.propagationSource === 'string' ? this.intern(e.propagationSource) : -1)
    m.receivedAtMs.push(at)
    return true
  }

  /** Only what honest nodes saw of adversaries: the rest would be thousands of lines of no use here. */
  private addContact (event: string, node: string, e: Fields): boolean {
    if (typeof e.peerId !== 'string' || !finite(e.ts)) return false
    if (this.adversaries.size === 0) return true
    const adversary = this.ids.get(e.peerId)
    const honest = this.ids.get(node)
    if (adversary === undefined || honest === undefined || !this.adversaries.has(adversary) || this.adversaries.has(honest)) return true
    const kind = event === 'peer:connected' ? 'connected' : e.verdict
    if (kind !== 'connected' && kind !== 'graylisted' && kind !== 'pruned') return false
    this.index.contacts.push({ node: honest, adversary, kind, ts: e.ts })
    return true
  }

  private addDuplicate (e: Fields): boolean {
    if (typeof e.id !== 'string') return false
    this.duplicateCounts.set(e.id, (this.duplicateCounts.get(e.id) ?? 0) + (finite(e.count) ? e.count : 1))
    this.index.hasDuplicateEvents = true
    return true
  }

  /**
   * The index once every file is read: duplicate counts go to the messages published or delivered.
   * Copies of a message nobody published nor delivered (an invalid spammer's junk: every receiver
   * rejected it, and gossipsub still counted its copies) are no message of the room: they are
   * counted in `duplicatesOfUnknownMessages`, not made into undelivered messages.
   */
  finish (): TraceIndex {
    for (const [id, count] of this.duplicateCounts) {
      const m = this.index.messages.get(id)
      if (m === undefined) this.index.duplicatesOfUnknownMessages += count
      else m.duplicates = (m.duplicates ?? 0) + count
    }
    this.duplicateCounts.clear()
    return this.index
  }
}

/**
 * Hop path of one delivery, publisher first: receiver r got the message from source s; if s is the
 * publisher that is one hop, else follow s's own receipt. Undefined when the chain breaks (a
 * forwarder without a receipt in the traces, an unknown source) or loops.
 */
export function hopPath (m: MessageTrace, receiverPos: number): number[] | undefined {
  const path = [m.receivers[receiverPos]]
  const seen = new Set(path)
  let pos = receiverPos
  for (;;) {
    const source = m.sources[pos]
    if (source < 0 || m.publisher < 0 || seen.has(source)) return undefined
    path.push(source)
    if (source === m.publisher) return path.reverse()
    seen.add(source)
    const next = m.byReceiver.get(source)
    if (next === undefined) return undefined
    pos = next
  }
}
