/**
 * The `/p2p-chat/history/1.0.0` protocol between two libp2p nodes on loopback TCP: paging, the page
 * cut to the response size, rate limit (429), history off (503), wrong room (400), a huge length
 * prefix (refused before anything is read), and a malformed response refused by the client.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import type { Libp2p } from '@libp2p/interface'
import { topicForRoom } from '../src/node/options.ts'
import {
  chatHistory, Direction, HISTORY_PROTOCOL, HISTORY_STATUS, HistoryResponse, HistoryResponseError, HistoryStore
} from '../src/node/history/index.ts'
import type { ChatHistory, ChatHistoryInit, HistoryStatus, StoredMessage } from '../src/node/history/index.ts'
import { encodeVarint, readFrame, writeFrame } from '../src/node/length-prefixed.ts'
import { pollUntil } from './helpers/poll.ts'

const ROOM = 'history-protocol'
const TOPIC = topicForRoom(ROOM)
const started: Libp2p[] = []
after(async () => { await Promise.all(started.map(async n => { await n.stop() })) })

async function node (init: Partial<ChatHistoryInit> = {}): Promise<Libp2p<{ history: ChatHistory }>> {
  const libp2p = await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { history: chatHistory({ room: ROOM, store: () => undefined, ...init }) }
  })
  started.push(libp2p)
  return libp2p
}

async function storeOf (count: number): Promise<{ store: HistoryStore, messages: StoredMessage[] }> {
  const store = new HistoryStore({ topic: TOPIC })
  const messages: StoredMessage[] = []
  const now = Date.now()
  for (let i = 0; i < count; i++) {
    const data = new Uint8Array(randomBytes(100))
    const m = { id: createHash('sha256').update(data).digest('hex'), from: new Uint8Array(randomBytes(38)), seqno: new Uint8Array(8), data, signature: new Uint8Array(randomBytes(64)), topic: TOPIC, sentAtMs: now - (count - i) * 1000 }
    await store.add(m)
    messages.push(m)
  }
  return { store, messages }
}

const idOf = (data: Uint8Array | undefined): string => createHash('sha256').update(data ?? new Uint8Array(0)).digest('hex')

describe('history protocol', () => {
  it('pages through 250 messages in pages of 100, both directions', async () => {
    const { store, messages } = await storeOf(250)
    const served: HistoryStatus[] = []
    const server = await node({ store: () => store, onServed: (s) => { served.push(s) } })
    const client = await node()
    await client.dial(server.getMultiaddrs()[0])
    for (const direction of [Direction.FORWARD, Direction.BACKWARD]) {
      const ids: string[] = []
      const sizes: number[] = []
      let cursor: Uint8Array<ArrayBuffer> | undefined
      do {
        const r = await client.services.history.query(server.peerId, { room: ROOM, direction, limit: 100, ...(cursor != null ? { cursor } : {}) })
        assert.equal(r.statusCode, HISTORY_STATUS.OK, r.statusText)
        sizes.push(r.messages.length)
        ids.push(...r.messages.map(m => idOf(m.data)))
        cursor = r.nextCursor
      } while (cursor != null)
      assert.deepEqual(sizes, direction === Direction.FORWARD ? [100, 100, 50] : [100, 100, 50])
      const expected = messages.map(m => m.id)
      assert.deepEqual(ids, direction === Direction.FORWARD ? expected : expected.reverse())
    }
    assert.deepEqual(served, Array(6).fill(200))
  })

  it('cuts a page to the response size, and the cursor continues where it was cut', async () => {
    const { store, messages } = await storeOf(60)
    const maxResponseBytes = 4_000 // ~17 messages of ~230 bytes
    const server = await node({ store: () => store, maxResponseBytes })
    const client = await node()
    await client.dial(server.getMultiaddrs()[0])
    const ids: string[] = []
    let cursor: Uint8Array<ArrayBuffer> | undefined
    let pages = 0
    do {
      const r = await client.services.history.query(server.peerId, { room: ROOM, direction: Direction.FORWARD, limit: 50, startMs: BigInt(messages[0].sentAtMs), ...(cursor != null ? { cursor } : {}) })
      assert.ok(HistoryResponse.encode(r).byteLength <= maxResponseBytes)
      ids.push(...r.messages.map(m => idOf(m.data)))
      cursor = r.nextCursor
      pages++
    } while (cursor != null)
    assert.deepEqual(ids, messages.map(m => m.id))
    assert.ok(pages >= 4, `${pages} pages`)
  })

  it('answers 429 once a peer exceeds its rate, 400 for another room or an unknown cursor, 503 without a store', async () => {
    const { store } = await storeOf(3)
    let enabled = true
    const server = await node({ store: () => enabled ? store : undefined, requestsPerPeerPerMinute: 4 })
    const client = await node()
    await client.dial(server.getMultiaddrs()[0])
    const ask = async (over: { room?: string, cursor?: Uint8Array<ArrayBuffer> } = {}): Promise<HistoryResponse> =>
      await client.services.history.query(server.peerId, { room: ROOM, direction: Direction.BACKWARD, limit: 10, ...over })
    assert.equal((await ask()).statusCode, 200)
    const wrongRoom = await ask({ room: 'another-room' })
    assert.equal(wrongRoom.statusCode, 400)
    assert.match(wrongRoom.statusText, /room/)
    assert.equal((await ask({ cursor: new Uint8Array(32) })).statusCode, 400)
    enabled = false
    assert.equal((await ask()).statusCode, 503)
    const limited = await ask()
    assert.equal(limited.statusCode, 429)
    assert.ok(limited.requestId.length > 0, 'a 429 echoes the request id')
  })

  it('refuses a 4 GB length prefix without reading it, and closes', async () => {
    const server = await node({ store: () => new HistoryStore({ topic: TOPIC }) })
    const client = await node()
    await client.dial(server.getMultiaddrs()[0])
    const stream = await client.dialProtocol(server.peerId, HISTORY_PROTOCOL)
    const before = process.memoryUsage().arrayBuffers
    stream.send(encodeVarint(4 * 1024 ** 3))
    stream.send(new Uint8Array(1000))
    const read = await readFrame(stream, 1024)
    assert.equal(read.ok, true)
    if (!read.ok) return
    assert.equal(HistoryResponse.decode(read.frame).statusCode, HISTORY_STATUS.TOO_LARGE)
    assert.ok(process.memoryUsage().arrayBuffers - before < 64 * 1024 * 1024, 'nothing like 4 GB was allocated')
    // the server closed its end after the answer (and resets the stream if we do not close ours)
    await pollUntil('the server closed its end', 5_000, () => stream.remoteWriteStatus === 'closed' ? true : undefined, 20)
    stream.abort(new Error('test done'))
  })

  it('answers 503 beyond maxConcurrentQueries, without reading the query', async () => {
    const server = await node({ store: () => new HistoryStore({ topic: TOPIC }), maxConcurrentQueries: 1 })
    const client = await node()
    await client.dial(server.getMultiaddrs()[0])
    // a peer that opens a stream and says nothing holds the one slot until the server's timeout
    const silent = await client.dialProtocol(server.peerId, HISTORY_PROTOCOL)
    try {
      const r = await client.services.history.query(server.peerId, { room: ROOM, direction: Direction.BACKWARD, limit: 10 })
      assert.equal(r.statusCode, HISTORY_STATUS.UNAVAILABLE)
      assert.equal(r.requestId, '', 'refused before the query was read')
    } finally {
      silent.abort(new Error('test done'))
    }
  })

  it('resets a stream whose query does not come within timeoutMs', async () => {
    const server = await node({ store: () => new HistoryStore({ topic: TOPIC }), timeoutMs: 300 })
    const client = await node()
    await client.dial(server.getMultiaddrs()[0])
    const silent = await client.dialProtocol(server.peerId, HISTORY_PROTOCOL)
    await pollUntil('the server reset the silent stream', 5_000, () => silent.status === 'reset' || silent.status === 'closed' ? true : undefined, 50)
  })

  it('refuses a response that is not one (malformed, another query\'s) with HistoryResponseError naming the peer', async () => {
    const client = await node({ protocol: '/test/history-bad/1.0.0' })
    const liar = await node()
    let answer: Uint8Array = Uint8Array.of(0xff, 0xff, 0xff)
    await liar.handle('/test/history-bad/1.0.0', async (stream) => {
      await readFrame(stream, 1024)
      await writeFrame(stream, answer)
      await stream.close()
    })
    await client.dial(liar.getMultiaddrs()[0])
    const ask = async (): Promise<unknown> => await client.services.history.query(liar.peerId, { room: ROOM, direction: Direction.BACKWARD, limit: 2, requestId: 'mine' })
    const refusedWith = (reason: string) => (err: unknown): boolean => {
      assert.ok(err instanceof HistoryResponseError)
      assert.equal(err.name, 'HistoryResponseError')
      assert.equal(err.reason, reason)
      assert.equal(err.peer, liar.peerId.toString())
      return true
    }
    await assert.rejects(ask(), refusedWith('malformed'))
    answer = HistoryResponse.encode({ requestId: 'theirs', statusCode: 200, statusText: 'OK', messages: [] })
    await assert.rejects(ask(), refusedWith('request_id_mismatch'))
    answer = HistoryResponse.encode({ requestId: 'mine', statusCode: 200, statusText: 'OK', messages: [{ topic: TOPIC }, { topic: TOPIC }, { topic: TOPIC }] })
    await assert.rejects(ask(), refusedWith('too_many_messages'))
    answer = HistoryResponse.encode({ requestId: 'mine', statusCode: 200, statusText: 'OK', messages: [], nextCursor: new Uint8Array(3) })
    await assert.rejects(ask(), refusedWith('bad_cursor'))
    answer = HistoryResponse.encode({ requestId: 'mine', statusCode: 200, statusText: 'OK', messages: [{ topic: TOPIC }] })
    assert.equal((await ask() as HistoryResponse).messages.length, 1)
  })
})
