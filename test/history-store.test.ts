/**
 * The history store: bounds by count and age, paging both ways with cursors, and persistence in a
 * real LevelDatastore across close and reopen (corrupt entries skipped, never fatal).
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Key } from 'interface-datastore'
import { LevelDatastore } from 'datastore-level'
import { MemoryDatastore } from 'datastore-core'
import { HistoryStore, UnknownCursorError, HISTORY_KEY_PREFIX } from '../src/node/history/index.ts'
import type { StoredMessage } from '../src/node/history/index.ts'

const TOPIC = '/p2p-chat/room/1/lobby'
const NOW = 1_800_000_000_000

const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n))

function message (sentAtMs: number, topic = TOPIC): StoredMessage {
  const data = random(40)
  return {
    id: createHash('sha256').update(data).digest('hex'),
    from: random(38),
    seqno: random(8),
    data,
    signature: random(64),
    topic,
    sentAtMs
  }
}

/** The message with plain Uint8Arrays (LevelDB hands out Buffers, which deepEqual tells apart). */
const plain = (m: StoredMessage): StoredMessage =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v instanceof Uint8Array ? Uint8Array.from(v) : v])) as unknown as StoredMessage

async function filled (store: HistoryStore, count: number, firstMs = NOW - 1000 * count): Promise<StoredMessage[]> {
  const added: StoredMessage[] = []
  for (let i = 0; i < count; i++) {
    const m = message(firstMs + i * 1000)
    assert.equal(await store.add(m), true)
    added.push(m)
  }
  return added
}

describe('history store', () => {
  it('keeps at most maxMessages, dropping the oldest, and refuses duplicates and what a full store would drop', async () => {
    const datastore = new MemoryDatastore()
    const store = new HistoryStore({ datastore, topic: TOPIC, maxMessages: 5, now: () => NOW })
    const added = await filled(store, 8)
    assert.equal(store.size, 5)
    assert.deepEqual(added.slice(0, 3).map(m => store.has(m.id)), [false, false, false])
    assert.deepEqual(store.latest(), { id: added[7].id, sentAtMs: added[7].sentAtMs })
    assert.equal(await store.add(added[7]), false, 'duplicate')
    assert.equal(await store.add(message(added[0].sentAtMs)), false, 'older than everything a full store keeps')
    assert.equal(await store.add(message(NOW, '/p2p-chat/room/1/other')), false, 'another topic')
    let keys = 0
    for await (const _ of datastore.queryKeys({ prefix: HISTORY_KEY_PREFIX })) keys++ // eslint-disable-line @typescript-eslint/no-unused-vars
    assert.equal(keys, 5, 'evicted messages left the datastore too')
  })

  it('drops messages older than maxAgeMs, on add and on prune', async () => {
    let now = NOW
    const store = new HistoryStore({ topic: TOPIC, maxAgeMs: 60_000, now: () => now })
    assert.equal(await store.add(message(NOW - 60_001)), false, 'too old')
    const old = message(NOW - 50_000)
    const young = message(NOW - 5_000)
    assert.equal(await store.add(old), true)
    assert.equal(await store.add(young), true)
    now += 20_000
    assert.equal(await store.prune(), 1)
    assert.equal(store.has(old.id), false)
    assert.equal(store.has(young.id), true)
  })

  it('pages forward and backward with exclusive cursors, within a send-time range', async () => {
    const store = new HistoryStore({ topic: TOPIC, now: () => NOW })
    const added = await filled(store, 25)
    // two messages in the same millisecond still page in a stable order
    const twin = message(added[10].sentAtMs)
    await store.add(twin)
    const all = [...added.slice(0, 11), twin, ...added.slice(11)].sort((a, b) => a.sentAtMs - b.sentAtMs || (a.id < b.id ? -1 : 1))

    for (const direction of ['forward', 'backward'] as const) {
      const seen: string[] = []
      let cursor: string | undefined
      let pages = 0
      do {
        const page = await store.query({ direction, limit: 10, ...(cursor != null ? { cursor } : {}) })
        seen.push(...page.messages.map(m => m.id))
        cursor = page.nextCursor
        pages++
      } while (cursor != null)
      const expected = all.map(m => m.id)
      assert.deepEqual(seen, direction === 'forward' ? expected : expected.reverse(), direction)
      assert.equal(pages, 3)
    }

    const range = { startMs: all[5].sentAtMs, endMs: all[14].sentAtMs }
    const first = await store.query({ ...range, direction: 'forward', limit: 4 })
    assert.deepEqual(first.messages.map(m => m.id), all.slice(5, 9).map(m => m.id))
    const rest = await store.query({ ...range, direction: 'forward', limit: 100, cursor: first.nextCursor })
    assert.deepEqual(rest.messages.map(m => m.id), all.slice(9, 15).map(m => m.id))
    assert.equal(rest.nextCursor, undefined)
    const back = await store.query({ ...range, direction: 'backward', limit: 3 })
    assert.deepEqual(back.messages.map(m => m.id), [all[14], all[13], all[12]].map(m => m.id))
    // the bodies come back as stored
    assert.deepEqual(back.messages[0], all[14])
    await assert.rejects(store.query({ direction: 'forward', limit: 1, cursor: 'ab'.repeat(32) }), UnknownCursorError)
    assert.deepEqual(await store.query({ direction: 'forward', limit: 5, startMs: NOW + 1 }), { messages: [] })
  })

  it('persists in a LevelDatastore across close and reopen, skipping entries that do not decode', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'history-store-'))
    try {
      let datastore = new LevelDatastore(join(dir, 'db'))
      await datastore.open()
      const first = new HistoryStore({ datastore, topic: TOPIC, now: () => NOW })
      assert.deepEqual(await first.open(), { loaded: 0, skipped: 0 })
      const added = await filled(first, 12)
      // someone else's key in the same LevelDB, and corrupt entries under ours
      await datastore.put(new Key('/peers/abc'), Uint8Array.of(1, 2, 3))
      const prefix = `${HISTORY_KEY_PREFIX}/${Buffer.from(TOPIC).toString('hex')}`
      await datastore.put(new Key(`${prefix}/0001799999999000/${'cd'.repeat(32)}`), Uint8Array.of(0xff, 0xff, 0xff))
      await datastore.put(new Key(`${prefix}/not-a-time/x`), Uint8Array.of(1))
      await datastore.close()

      datastore = new LevelDatastore(join(dir, 'db'))
      await datastore.open()
      const again = new HistoryStore({ datastore, topic: TOPIC, now: () => NOW })
      assert.deepEqual(await again.open(), { loaded: 12, skipped: 2 })
      assert.deepEqual(again.latest(), { id: added[11].id, sentAtMs: added[11].sentAtMs })
      const page = await again.query({ direction: 'forward', limit: 100 })
      assert.deepEqual(page.messages.map(plain), added)
      assert.deepEqual(Uint8Array.from(await datastore.get(new Key('/peers/abc'))), Uint8Array.of(1, 2, 3), 'foreign keys untouched')
      // a bound lowered since the last run applies at open
      const smaller = new HistoryStore({ datastore, topic: TOPIC, maxMessages: 4, now: () => NOW })
      assert.deepEqual(await smaller.open(), { loaded: 12, skipped: 0 })
      assert.equal(smaller.size, 4)
      await datastore.close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
