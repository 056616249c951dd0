/**
 * HistorySync against fake history peers (the protocol itself is tested in history-protocol):
 * duplicates across peers and with gossip, forgeries refused and reported with the peer that
 * served them, the message cap, and oldest-first delivery. Messages are really signed.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { RPC } from '@libp2p/gossipsub/message'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { encodeChatLine } from '../src/node/chat-payload.ts'
import { DEFAULT_VALIDATION_LIMITS, topicForRoom } from '../src/node/options.ts'
import { Direction, HistorySync, HistoryStore, verifyHistoryMessage } from '../src/node/history/index.ts'
import type { HistoryClientQuery, HistoryMessage, HistoryResponse, HistoryRefusalReason, HistorySyncInit, SyncedMessage } from '../src/node/history/index.ts'
import { messageIdOf, messageIdToHex } from '../src/node/chat-room.ts'

const ROOM = 'sync'
const TOPIC = topicForRoom(ROOM)
const T0 = Date.now() - 3_600_000

async function signedAt (key: PrivateKey, sentAtMs: number, text: string): Promise<HistoryMessage> {
  const seqno = new Uint8Array(8)
  new DataView(seqno.buffer).setBigUint64(0, BigInt(sentAtMs))
  const m = { from: peerIdFromPrivateKey(key).toMultihash().bytes, data: encodeChatLine(text, 'ann', sentAtMs), seqno, topic: TOPIC }
  const signature = await key.sign(Uint8Array.from([...new TextEncoder().encode('libp2p-pubsub:'), ...RPC.Message.encode(m)]))
  return { ...m, signature } as HistoryMessage
}

const idOf = (m: HistoryMessage): string => messageIdToHex(messageIdOf(m.data!))

/** A history peer serving `messages` (oldest first) as a server would: direction, start, cursor, limit. */
function fakePeer (messages: HistoryMessage[], sentAt: Map<string, number>): (q: HistoryClientQuery) => HistoryResponse {
  return (q) => {
    let list = messages.filter(m => q.startMs == null || sentAt.get(idOf(m))! >= Number(q.startMs))
    if (q.direction === Direction.BACKWARD) list = [...list].reverse()
    if (q.cursor != null) list = list.slice(list.findIndex(m => idOf(m) === Buffer.from(q.cursor!).toString('hex')) + 1)
    const page = list.slice(0, q.limit)
    const more = list.length > page.length
    return { requestId: q.requestId ?? '', statusCode: 200, statusText: 'OK', messages: page, ...(more ? { nextCursor: Uint8Array.from(messageIdOf(page.at(-1)!.data!)) } : {}) }
  }
}

interface Setup {
  sync: (over?: Partial<HistorySyncInit>) => HistorySync
  store: HistoryStore
  emitted: Array<{ m: SyncedMessage, servedBy: PeerId }>
  refused: Array<{ peer: PeerId, reason: HistoryRefusalReason }>
  queries: Array<{ peer: PeerId, q: HistoryClientQuery }>
}

async function setup (peers: Array<{ peer: PeerId, messages: HistoryMessage[] }>, sentAt: Map<string, number>): Promise<Setup> {
  const store = new HistoryStore({ topic: TOPIC })
  const emitted: Setup['emitted'] = []
  const refused: Setup['refused'] = []
  const queries: Setup['queries'] = []
  const servers = new Map(peers.map(p => [p.peer.toString(), fakePeer(p.messages, sentAt)]))
  const sync = (over: Partial<HistorySyncInit> = {}): HistorySync => new HistorySync({
    client: async (peer, q) => { queries.push({ peer, q }); return servers.get(peer.toString())!(q) },
    roomPeers: () => peers.map(p => p.peer),
    store,
    verify: async (m) => await verifyHistoryMessage(m, { topic: TOPIC, limits: DEFAULT_VALIDATION_LIMITS, maxAgeMs: 24 * 3_600_000 }),
    seen: () => false,
    onMessage: (m, servedBy) => { emitted.push({ m, servedBy }) },
    onRefused: (peer, reason) => { refused.push({ peer, reason }) },
    ...over
  })
  return { sync, store, emitted, refused, queries }
}

describe('history sync', () => {
  it('takes each message once across peers and gossip, verified, stored, oldest first', async () => {
    const author = await generateKeyPair('secp256k1')
    const sentAt = new Map<string, number>()
    const all: HistoryMessage[] = []
    for (let i = 0; i < 8; i++) {
      const m = await signedAt(author, T0 + i * 1000, `line ${i}`)
      sentAt.set(idOf(m), T0 + i * 1000)
      all.push(m)
    }
    const [alice, bob] = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519')]).then(keys => keys.map(peerIdFromPrivateKey))
    const s = await setup([{ peer: alice, messages: all.slice(0, 5) }, { peer: bob, messages: all.slice(2) }], sentAt)
    const gossiped = idOf(all[6])
    let done: unknown
    const summary = await s.sync({ seen: (id) => id === gossiped, onDone: (sum) => { done = sum }, pageLimit: 2 }).run()
    assert.deepEqual(s.emitted.map(e => e.m.line.text), ['line 0', 'line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 7'])
    assert.deepEqual(s.emitted.map(e => e.servedBy.toString()), [alice, alice, alice, alice, alice, bob, bob].map(String))
    assert.equal(s.store.size, 7)
    assert.equal(s.store.has(gossiped), false, 'what gossip delivered is left to gossip')
    assert.deepEqual({ ...summary, durationMs: 0 }, { peers: 2, received: 11, accepted: 7, duplicates: 4, refused: 0, durationMs: 0 })
    assert.equal(done, summary)
    assert.ok(s.emitted.every(e => e.m.publicKey.byteLength > 0))

    // a second run from the latest message asks forward from its send time and finds nothing new
    s.emitted.length = 0
    s.queries.length = 0
    const again = await s.sync().run(s.store.latest())
    assert.equal(again.accepted, 0)
    assert.ok(s.queries.every(({ q }) => q.direction === Direction.FORWARD && q.startMs === BigInt(T0 + 7000)))
  })

  it('refuses a forged message, reports it with the peer that served it, and asks that peer no more', async () => {
    const author = await generateKeyPair('secp256k1')
    const sentAt = new Map<string, number>()
    const genuine: HistoryMessage[] = []
    for (let i = 0; i < 4; i++) {
      const m = await signedAt(author, T0 + i * 1000, `line ${i}`)
      sentAt.set(idOf(m), T0 + i * 1000)
      genuine.push(m)
    }
    // the newest, so it is in the first (backward) page
    const forged = { ...genuine[3], data: encodeChatLine('I never said this', 'ann', T0 + 3000) } as HistoryMessage
    sentAt.set(idOf(forged), T0 + 3000)
    const [mallory, honest] = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519')]).then(keys => keys.map(peerIdFromPrivateKey))
    const s = await setup([{ peer: mallory, messages: [genuine[0], genuine[1], genuine[2], forged] }, { peer: honest, messages: genuine }], sentAt)
    const summary = await s.sync({ pageLimit: 2 }).run(undefined)
    assert.deepEqual(s.refused.map(r => [r.peer.toString(), r.reason]), [[mallory.toString(), 'invalid_signature']])
    assert.equal(s.queries.filter(({ peer }) => peer.equals(mallory)).length, 1, 'no second page from the forger')
    assert.equal(s.store.has(idOf(forged)), false)
    assert.deepEqual(s.emitted.map(e => e.m.line.text), ['line 0', 'line 1', 'line 2', 'line 3'])
    assert.equal(summary.refused, 1)
  })

  it('stops at maxMessages: the newest ones, asked in pages of at most pageLimit', async () => {
    const author = await generateKeyPair('secp256k1')
    const sentAt = new Map<string, number>()
    const all: HistoryMessage[] = []
    for (let i = 0; i < 12; i++) {
      const m = await signedAt(author, T0 + i * 1000, `line ${i}`)
      sentAt.set(idOf(m), T0 + i * 1000)
      all.push(m)
    }
    const peers = await Promise.all([1, 2, 3, 4].map(async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519'))))
    const s = await setup(peers.map(peer => ({ peer, messages: all })), sentAt)
    const summary = await s.sync({ maxMessages: 5, pageLimit: 2, maxPeers: 3 }).run()
    assert.equal(summary.accepted, 5)
    assert.equal(summary.peers, 1, 'the cap was reached with the first peer')
    assert.deepEqual(s.emitted.map(e => e.m.line.text), ['line 7', 'line 8', 'line 9', 'line 10', 'line 11'])
    assert.ok(s.queries.every(({ q }) => q.limit <= 2 && q.direction === Direction.BACKWARD))
    assert.ok(summary.received <= 5)
  })
})
