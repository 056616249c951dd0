/**
 * Attacks on the node's request/response protocols, room history (`/p2p-chat/history/1.0.0`) and
 * direct messages (`/p2p-chat/dm/1.0.0`): many connections, each a fresh identity (a fresh per-peer
 * budget), over `--sources N` source addresses, each running more request streams than the node
 * allows per connection, as fast as the node takes them. Requests are mostly valid (a history query
 * for the room's newest page; a validly signed DM to the target), with some announcing a huge frame
 * and some garbage. Connections differ in how they read answers (`mode`, round robin):
 *   read:   reads each answer at once and counts it by status;
 *   slow:   waits `--slow-ms` before reading an answer;
 *   unread: pauses the stream (no yamux window updates) and never reads the answer;
 *   stall:  sends a request on each of its streams, then stops reading the TCP socket altogether
 *           and holds the connection to the end (the target's answers meet a full socket).
 * Connections other than `stall` are replaced by a new identity every `--identity-ms`.
 */
import { Socket } from 'node:net'
import { randomBytes } from 'node:crypto'
import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { identify } from '@libp2p/identify'
import { gossipsub } from '@libp2p/gossipsub'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Connection, PrivateKey, Stream } from '@libp2p/interface'
import { encodeChatLine } from '../../../src/node/chat-payload.ts'
import { topicForRoom } from '../../../src/node/options.ts'
import { Direction, HistoryResponse } from '../../../src/node/generated/history.js'
import { encodeHistoryQuery } from '../../../src/node/history/codec.ts'
import { DirectMessage, DmAck } from '../../../src/node/generated/dm.js'
import { signDirectMessage } from '../../../src/node/dm/signature.ts'
import type { Attack, AttackContext } from './common.ts'
import { attackerNode, concat, holdUntil, lpFrame, readFrame, sendWithBackpressure, sleep, varint, workers } from './common.ts'

const HISTORY = '/p2p-chat/history/1.0.0'
const DM = '/p2p-chat/dm/1.0.0'
const MODES = ['read', 'unread', 'slow', 'stall'] as const
type Mode = typeof MODES[number]

/** What one request kind sends, and how its answer is labelled. */
interface Protocol {
  id: string
  /** The request's bytes (a whole frame, or a prefix announcing more than is sent) for the n-th request of a connection. */
  request (n: number, key: PrivateKey): Promise<{ kind: string, bytes: Uint8Array }>
  /** The answer's label for the counters (`status200`, `busy`, ...). */
  label (frame: Uint8Array): string
}

/** A huge announced frame: a 4 GiB length prefix, then `bytes` of garbage (never the whole frame). */
const hugeFrame = (bytes: number): Uint8Array => concat(varint(2 ** 32), randomBytes(bytes))

/**
 * The TCP socket under a libp2p connection (found by walking its public fields: the connection's
 * maConn, the encrypted stream's underlying one, ...); undefined when it is not reachable.
 */
function socketOf (conn: Connection): Socket | undefined {
  const seen = new Set<unknown>()
  const queue: Array<[unknown, number]> = [[conn, 0]]
  while (queue.length > 0) {
    const [value, depth] = queue.shift()!
    if (value instanceof Socket) return value
    if (value == null || typeof value !== 'object' || seen.has(value) || depth > 4) continue
    seen.add(value)
    if (Array.isArray(value) || value instanceof Uint8Array || value instanceof Map) continue
    for (const key of Object.keys(value)) {
      if (key === 'components' || key === 'log' || key === 'muxer') continue
      queue.push([(value as Record<string, unknown>)[key], depth + 1])
    }
  }
  return undefined
}

/** One request on a fresh stream; the answer read (or not) as `mode` says. */
async function exchange (ctx: AttackContext, conn: Connection, protocol: Protocol, mode: Mode, n: number, key: PrivateKey): Promise<Stream | undefined> {
  let stream: Stream
  try {
    stream = await conn.newStream(protocol.id, { signal: AbortSignal.timeout(5_000) })
    ctx.count('streams')
  } catch {
    // the node's per-connection cap (2) resets a third stream, or the connection went
    ctx.count('streamFailures')
    await sleep(20)
    return undefined
  }
  const { kind, bytes } = await protocol.request(n, key)
  const t0 = Date.now()
  try {
    if (!await sendWithBackpressure(stream, bytes, ctx.until)) throw new Error('deadline')
  } catch {
    // mostly a stream beyond the node's per-connection cap, reset by it as soon as it was negotiated
    ctx.count(`${kind}_sendFailed`)
    stream.abort(new Error('done'))
    return undefined
  }
  ctx.count(`sent_${kind}`)
  try {
    await stream.close({ signal: AbortSignal.timeout(2_000) }).catch(() => {})
    if (mode === 'stall') return stream
    if (mode === 'unread') {
      stream.pause()
      ctx.count('unread')
      // leave it: the target's answer stays in flight to a stream that grants no window
      setTimeout(() => { stream.abort(new Error('unread')) }, 12_000).unref()
      return undefined
    }
    if (mode === 'slow') await sleep(ctx.num('slow-ms', 1_500))
    const frame = await readFrame(stream, Math.max(1, ctx.until - Date.now() + 1_000))
    const label = protocol.label(frame)
    ctx.count(label)
    ctx.count(`${kind}_${label}`)
    if (mode === 'read') ctx.stats[`maxMs_${label}`] = Math.max(ctx.stats[`maxMs_${label}`] ?? 0, Date.now() - t0)
  } catch {
    ctx.count(`${kind}_noAnswer`)
    stream.abort(new Error('done'))
  }
  return undefined
}

/** One connection slot: a fresh identity per connection, replaced every `--identity-ms` (except `stall`). */
async function connectionSlot (ctx: AttackContext, protocol: Protocol, slot: number): Promise<void> {
  const mode = MODES[slot % MODES.length]
  const streams = ctx.num('streams', 3)
  while (!ctx.over) {
    const key = await generateKeyPair('Ed25519')
    const node = await attackerNode(ctx.source(slot), { privateKey: key })
    try {
      let conn: Connection
      try {
        conn = await node.dial(ctx.target, { signal: AbortSignal.timeout(5_000) })
        ctx.count('connections')
      } catch {
        ctx.count('dialFailures')
        await sleep(300)
        continue
      }
      ctx.started()
      if (mode === 'stall') {
        await workers(2, async (i) => { await exchange(ctx, conn, protocol, 'stall', i, key) })
        const socket = socketOf(conn)
        if (socket == null) ctx.count('stallNoSocket')
        else { socket.pause(); ctx.count('stalledConnections') }
        await holdUntil(ctx)
        return
      }
      const until = Math.min(ctx.until, Date.now() + ctx.num('identity-ms', 4_000))
      let n = 0
      await workers(streams, async () => {
        while (Date.now() < until && conn.status === 'open') await exchange(ctx, conn, protocol, mode, n++, key)
      })
      if (conn.status !== 'open') ctx.count('closedByTarget')
    } finally {
      await stopSoon(node)
    }
  }
}

/** Stops an attacker node, giving up after a second (a stalled connection may never close cleanly). */
async function stopSoon (node: { stop(): Promise<void> | void }): Promise<void> {
  try { await Promise.race([node.stop(), sleep(1_000)]) } catch { /* stopping anyway */ }
}

async function requestFlood (ctx: AttackContext, protocol: Protocol): Promise<void> {
  const sources = ctx.num('sources', 1)
  await workers(sources * ctx.num('per-source', 4), async (i) => { await connectionSlot(ctx, protocol, i) })
}

/**
 * Fills the target's history store with `count` valid room messages of ~2 KB each, so a page is
 * ~100 x 2.3 KB: answers then are worth not reading. A gossipsub node joins the room, publishes, leaves.
 */
async function seedHistory (ctx: AttackContext, room: string, count: number): Promise<number> {
  if (count <= 0) return 0
  const topic = topicForRoom(room)
  const node = await attackerNode(ctx.source(0), {
    privateKey: await generateKeyPair('Ed25519'),
    services: { identify: identify(), pubsub: gossipsub({ allowPublishToZeroTopicPeers: false, emitSelf: false }) }
  })
  const pubsub = node.services.pubsub as GossipSub
  let published = 0
  try {
    pubsub.subscribe(topic)
    await node.dial(ctx.target, { signal: AbortSignal.timeout(5_000) })
    const waitUntil = Math.min(ctx.until, Date.now() + 6_000)
    while (Date.now() < waitUntil && !pubsub.getSubscribers(topic).some(p => p.toString() === ctx.targetPeerId)) await sleep(50)
    await sleep(300)
    for (let i = 0; i < count && !ctx.over; i++) {
      try {
        await pubsub.publish(topic, encodeChatLine(`seed ${i} ${'x'.repeat(1_990)}`, 'seeder'))
        published++
      } catch { ctx.count('seedErrors') }
    }
    await sleep(500) // let the last ones reach the target's store
  } finally {
    await stopSoon(node)
  }
  return published
}

/** `history-query-flood`: history queries from many identities, as fast as the node takes them. */
const historyQueryFlood: Attack = async (ctx) => {
  const room = ctx.options.room ?? 'lobby'
  ctx.stats.seeded = await seedHistory(ctx, room, ctx.num('seed', 100))
  const valid = (): Uint8Array => lpFrame(encodeHistoryQuery({
    requestId: randomBytes(16).toString('hex'), room, direction: Direction.BACKWARD, limit: 1000
  }))
  const protocol: Protocol = {
    id: HISTORY,
    async request (n) {
      // of 8: 6 valid queries, a 4 GiB announced frame, and a well-framed garbage query
      if (n % 8 === 6) return { kind: 'huge', bytes: hugeFrame(16 * 1024) }
      if (n % 8 === 7) return { kind: 'garbage', bytes: lpFrame(randomBytes(200)) }
      return { kind: 'query', bytes: valid() }
    },
    label (frame) {
      try {
        const response = HistoryResponse.decode(frame)
        if (response.statusCode === 200) ctx.stats.maxPageMessages = Math.max(ctx.stats.maxPageMessages ?? 0, response.messages.length)
        return `status${response.statusCode}`
      } catch { return 'undecodable' }
    }
  }
  await requestFlood(ctx, protocol)
  return undefined
}

/** `dm-flood`: validly signed DMs to the target from many identities, plus oversize and garbage frames. */
function dmProtocol (ctx: AttackContext): Protocol {
  const to = peerIdFromString(ctx.targetPeerId)
  return {
    id: DM,
    async request (n, key) {
      // of 8: 5 valid DMs, a 4 GiB announced frame, a whole 8 KiB frame (cap 4 KiB), garbage
      if (n % 8 === 5) return { kind: 'huge', bytes: hugeFrame(8 * 1024) }
      if (n % 8 === 6) return { kind: 'oversize', bytes: lpFrame(randomBytes(8 * 1024)) }
      if (n % 8 === 7) return { kind: 'garbage', bytes: lpFrame(randomBytes(300)) }
      const payload = encodeChatLine(`dm flood ${n} ${randomBytes(4).toString('hex')}`, 'mallory')
      const signature = await signDirectMessage(key, to, payload)
      return { kind: 'dm', bytes: lpFrame(DirectMessage.encode({ payload, publicKey: publicKeyToProtobuf(key.publicKey), signature } as DirectMessage)) }
    },
    label (frame) {
      try {
        const ack = DmAck.decode(frame)
        // the node-wide cap answers rate_limited too, with its own reason
        if (ack.status === 3 && ack.reason.includes('busy')) return 'busy'
        return ['delivered', 'refused', 'too_large', 'rate_limited', 'bad_request'][ack.status] ?? `status${ack.status}`
      } catch { return 'undecodable' }
    }
  }
}

const dmFlood: Attack = async (ctx) => {
  await requestFlood(ctx, dmProtocol(ctx))
  return undefined
}

/**
 * Not an attack: an honest room peer (subscribed to the room, so policy `room` lets it in) sending
 * the target a DM every `--every-ms`, counting the acks: does the flood crowd room peers out?
 */
const dmRoomProbe: Attack = async (ctx) => {
  const topic = topicForRoom(ctx.options.room ?? 'lobby')
  const key = await generateKeyPair('Ed25519')
  const node = await attackerNode(ctx.source(0), {
    privateKey: key,
    services: { identify: identify(), pubsub: gossipsub({ allowPublishToZeroTopicPeers: true, emitSelf: false }) }
  })
  try {
    const pubsub = node.services.pubsub as GossipSub
    pubsub.subscribe(topic)
    const conn = await node.dial(ctx.target, { signal: AbortSignal.timeout(5_000) })
    while (!ctx.over && !pubsub.getSubscribers(topic).some(p => p.toString() === ctx.targetPeerId)) await sleep(50)
    await sleep(500) // our subscription reaches the target
    ctx.started()
    const dmFloodProtocol = dmProtocol(ctx)
    let n = 0
    while (!ctx.over) {
      await exchange(ctx, conn, { ...dmFloodProtocol, request: async () => await dmFloodProtocol.request(0, key) }, 'read', n++, key)
      await sleep(ctx.num('every-ms', 500))
    }
  } finally {
    await stopSoon(node)
  }
  // room peers have slots strangers cannot take (maxStrangerInbound): nearly every DM of the probe must get through
  return { ok: (ctx.stats.delivered ?? 0) > 0 && (ctx.stats.delivered ?? 0) >= 0.9 * (ctx.stats.sent_dm ?? 0) }
}

export const messagingAttacks: Record<string, Attack> = {
  'history-query-flood': historyQueryFlood,
  'dm-flood': dmFlood,
  'dm-room-probe': dmRoomProbe
}
