/**
 * `npm run bench:messaging`: the figures of the history and DM protocols, in one process on loopback.
 *   - memory per stored history message (heap after a full GC, index + bodies in memory; index only
 *     when the bodies live in LevelDB);
 *   - history fetch at join: a node joins a room whose one peer holds N messages and fetches all of
 *     them (query pages of 100, every message verified as gossip is), room-ready to `history:synced`;
 *   - DM round trip: send to ack, to a connected peer, and to a peer not yet connected (dial included).
 * Usage: node --expose-gc bench/messaging.ts [--messages 1000] [--rounds 5]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryDatastore } from 'datastore-core'
import { LevelDatastore } from 'datastore-level'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { createChatNode } from '../src/node/create-node.ts'
import type { ChatNode } from '../src/node/create-node.ts'
import { HistoryStore } from '../src/node/history/index.ts'
import type { StoredMessage } from '../src/node/history/index.ts'
import { topicForRoom } from '../src/node/options.ts'
import { installRuntimePatches } from '../src/node/patches/index.ts'
import { signRoomMessage } from '../test/helpers/signed-message.ts'
import { quantile } from './quantile.ts'

installRuntimePatches()
const args = process.argv.slice(2)
const arg = (name: string, fallback: number): number => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : fallback }
const MESSAGES = arg('messages', 1000)
const ROUNDS = arg('rounds', 5)
const ROOM = 'bench-messaging'
const TOPIC = topicForRoom(ROOM)
const gc = (globalThis as { gc?: () => void }).gc
if (gc == null) throw new Error('run with node --expose-gc')
const fmt = (n: number, d = 1): string => n.toFixed(d)

/** N realistic room messages (60-character lines) from 10 authors, a second apart, ending now. */
async function roomMessages (n: number): Promise<StoredMessage[]> {
  const authors: PrivateKey[] = await Promise.all(Array.from({ length: 10 }, async () => await generateKeyPair('secp256k1')))
  const now = Date.now()
  return await Promise.all(Array.from({ length: n }, async (_, i) => await signRoomMessage(authors[i % 10], {
    topic: TOPIC, text: `message ${String(i).padStart(6, '0')} ${'x'.repeat(45)}`, nick: `author${i % 10}`, sentAtMs: now - (n - i) * 1000, seqno: BigInt(i + 1)
  })))
}

async function heapAfterGc (): Promise<number> {
  for (let i = 0; i < 3; i++) { gc!(); await new Promise(resolve => setImmediate(resolve)) }
  return process.memoryUsage().heapUsed
}

async function memoryPerMessage (messages: StoredMessage[], datastore: () => Promise<{ store: MemoryDatastore | LevelDatastore, close: () => Promise<void> }>): Promise<number> {
  const { store: ds, close } = await datastore()
  const before = await heapAfterGc()
  const store = new HistoryStore({ datastore: ds, topic: TOPIC, maxMessages: messages.length })
  await store.open()
  for (const m of messages) await store.add(m)
  const after = await heapAfterGc()
  if (store.size !== messages.length) throw new Error(`stored ${store.size} of ${messages.length}`)
  await close()
  return (after - before) / messages.length
}

async function libraryNode (init: Parameters<typeof createChatNode>[0] = {}): Promise<ChatNode> {
  const node = await createChatNode({ room: ROOM, transports: { tcp: true, quic: false }, listen: ['/ip4/127.0.0.1/tcp/0'], pingIntervalMs: 0, ...init })
  await node.start()
  return node
}

async function waitForEvent (node: ChatNode, kind: string): Promise<any> {
  return await new Promise(resolve => {
    const listener = ({ detail }: CustomEvent<any>): void => {
      if (detail.event !== kind) return
      node.events.removeEventListener('event', listener)
      resolve(detail)
    }
    node.events.addEventListener('event', listener)
  })
}

/** A node holding `messages`, a newcomer that fetches them all at join: history:synced's durationMs. */
async function fetchAtJoin (messages: StoredMessage[]): Promise<{ ms: number, accepted: number }> {
  const datastore = new MemoryDatastore()
  const seeded = new HistoryStore({ datastore, topic: TOPIC, maxMessages: messages.length })
  await seeded.open()
  for (const m of messages) await seeded.add(m)
  const server = await libraryNode({ datastore, history: { maxMessages: messages.length } })
  const joiner = await libraryNode({ history: { maxMessages: messages.length, syncMessages: messages.length }, bootstrap: [server.libp2p.getMultiaddrs()[0].toString()] })
  try {
    const synced = await waitForEvent(joiner, 'history:synced')
    return { ms: synced.durationMs, accepted: synced.accepted }
  } finally {
    await Promise.all([joiner.stop(), server.stop()])
  }
}

async function dmRoundTrips (rounds: number): Promise<{ connected: number[], cold: number[] }> {
  const connected: number[] = []
  const cold: number[] = []
  for (let r = 0; r < rounds; r++) {
    const a = await libraryNode({ dmPolicy: 'all' })
    const b = await libraryNode({ dmPolicy: 'all' })
    try {
      // not connected: the dialer finds b in the peer store (no DHT here) and dials
      await a.libp2p.peerStore.merge(b.libp2p.peerId, { multiaddrs: b.libp2p.getMultiaddrs() })
      const first = await a.messaging.sendDm(b.libp2p.peerId, 'hello')
      if (first.status !== 'delivered' || !first.dialed) throw new Error(`cold DM: ${JSON.stringify(first)}`)
      cold.push(first.rttMs)
      // within the 20-a-minute rate limit per sender
      for (let i = 0; i < 15; i++) connected.push((await a.messaging.sendDm(b.libp2p.peerId, `again ${i}`)).rttMs)
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
  }
  return { connected: connected.sort((x, y) => x - y), cold: cold.sort((x, y) => x - y) }
}

const messages = await roomMessages(MESSAGES)
const dir = await mkdtemp(join(tmpdir(), 'p2p-chat-bench-messaging-'))
try {
  const inMemory = await memoryPerMessage(messages, async () => ({ store: new MemoryDatastore(), close: async () => {} }))
  const onDisk = await memoryPerMessage(messages, async () => {
    const store = new LevelDatastore(join(dir, 'level'))
    await store.open()
    return { store, close: async () => { await store.close() } }
  })
  const fetches: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const { ms, accepted } = await fetchAtJoin(messages)
    if (accepted !== MESSAGES) throw new Error(`fetched ${accepted} of ${MESSAGES}`)
    fetches.push(ms)
  }
  fetches.sort((x, y) => x - y)
  const dm = await dmRoundTrips(ROUNDS)
  console.log([
    `p2p-chat messaging benchmark, ${new Date().toISOString()} (node --expose-gc bench/messaging.ts --messages ${MESSAGES} --rounds ${ROUNDS})`,
    `history store, ${MESSAGES} messages of ${messages[0].data.byteLength}-byte payloads: ${fmt(inMemory, 0)} B of heap per message in memory (MemoryDatastore), ${fmt(onDisk, 0)} B with the bodies in LevelDB (--data-dir)`,
    `history fetch at join, ${MESSAGES} messages from one peer (pages of 100, each verified): median ${fmt(quantile(fetches, 0.5), 0)} ms, min ${fmt(fetches[0], 0)}, max ${fmt(fetches.at(-1)!, 0)} over ${ROUNDS} joins = ${fmt(quantile(fetches, 0.5) * 1000 / MESSAGES, 0)} us per message`,
    `DM round trip on loopback (send to ack): connected peer p50 ${fmt(quantile(dm.connected, 0.5), 2)} ms, p90 ${fmt(quantile(dm.connected, 0.9), 2)} ms over ${dm.connected.length}; not connected (dial, Noise, yamux, identify included) p50 ${fmt(quantile(dm.cold, 0.5), 1)} ms over ${dm.cold.length}`
  ].join('\n'))
} finally {
  await rm(dir, { recursive: true, force: true })
}
