/**
 * Attack on the metrics HTTP server: many idle sockets that never send a request, held open until
 * the deadline (run the node with a low `ulimit -n` to see file descriptors run out).
 */
import { connect } from 'node:net'
import type { Socket } from 'node:net'
import type { Attack } from './common.ts'
import { holdUntil, isLoopback, sleep } from './common.ts'

/** Row 9: 1 010 idle sockets to the metrics server. */
const httpIdleSockets: Attack = async (ctx) => {
  if (ctx.metrics == null) throw new Error('--metrics HOST:PORT is required')
  const [host, portText] = ctx.metrics.split(':')
  if (!isLoopback(host)) throw new Error(`metrics host ${host} is not loopback`)
  const sockets = new Set<Socket>()
  const want = ctx.num('sockets', 1_010)
  const open = (i: number): void => {
    const socket = connect({ host, port: Number(portText), localAddress: ctx.source(i) })
    sockets.add(socket)
    socket.on('connect', () => { ctx.count('connected') })
    socket.on('error', () => { ctx.count('errors') })
    socket.on('close', () => { sockets.delete(socket); ctx.count('closed') })
  }
  for (let i = 0; i < want && !ctx.over; i++) {
    open(i)
    if (i % 100 === 99) await sleep(10)
  }
  ctx.started()
  // replace what the server closes, so the count stays at `want`
  let n = want
  while (!ctx.over) {
    while (sockets.size < want && !ctx.over) open(n++)
    await sleep(200)
  }
  await holdUntil(ctx)
  for (const s of sockets) s.destroy()
  return { open: sockets.size }
}

export const httpAttacks: Record<string, Attack> = { 'http-idle-sockets': httpIdleSockets }
