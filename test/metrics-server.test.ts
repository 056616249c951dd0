/**
 * The metrics HTTP server is bounded (issue 15: 1 010 idle sockets took every file descriptor of a
 * node under `ulimit -n 1024`): sockets beyond its connection cap are closed at once with a
 * warning, idle and slow (slowloris) sockets are closed after their timeouts, and /healthz keeps
 * answering a newcomer. Small limits passed as options keep it fast; real sockets on loopback.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { Registry } from 'prom-client'
import { startMetricsServer } from '../src/node/metrics-server.ts'
import type { MetricsServer } from '../src/node/metrics-server.ts'
import { within } from './helpers/poll.ts'

const CAP = 8
const EXTRA = 50
const IDLE_MS = 400
const HEADERS_MS = 400

const servers: MetricsServer[] = []
const sockets: Socket[] = []
after(async () => {
  for (const s of sockets) s.destroy()
  await Promise.all(servers.map(async s => s.close()))
})

async function start (warnings: string[]): Promise<{ server: MetricsServer, port: number }> {
  const server = await startMetricsServer(new Registry(), '127.0.0.1', 0, {
    limits: { maxConnections: CAP, idleTimeoutMs: IDLE_MS, headersTimeoutMs: HEADERS_MS, requestTimeoutMs: 2 * HEADERS_MS, keepAliveTimeoutMs: IDLE_MS },
    warn: line => { warnings.push(line) }
  })
  servers.push(server)
  return { server, port: Number(new URL(server.url).port) }
}

/** A connected socket and a promise of the time it was closed by the other side (or failed). */
async function openSocket (port: number): Promise<{ socket: Socket, closed: Promise<number> }> {
  const socket = connect(port, '127.0.0.1')
  sockets.push(socket)
  const closed = new Promise<number>(resolve => { socket.once('close', () => { resolve(Date.now()) }) })
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject) })
  return { socket, closed }
}

async function healthz (port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1_000) })
  assert.equal(res.status, 200)
  return res.text()
}

describe('metrics server limits', () => {
  it(`closes sockets beyond ${CAP} at once with one warning, closes idle ones after ${IDLE_MS} ms, then /healthz answers`, async () => {
    const warnings: string[] = []
    const { port } = await start(warnings)
    const opened = Date.now()
    const idle = []
    for (let i = 0; i < CAP + EXTRA; i++) idle.push(await openSocket(port))

    // the server accepted CAP of them and closed the other EXTRA well before any idle timeout
    const closedAt = await within(`${EXTRA} sockets beyond the cap closed`, 5_000, Promise.all(idle.slice(CAP).map(async s => s.closed)))
    assert.ok(Math.max(...closedAt) - opened < IDLE_MS, `refused at once, not after the idle timeout (${Math.max(...closedAt) - opened} ms)`)
    assert.equal(warnings.length, 1, `one warning for the burst, not one per socket: ${JSON.stringify(warnings)}`)
    assert.match(warnings[0], /metrics server: refused 1 connection at its limit of 8 open connections/)

    // the CAP idle sockets are closed by the idle timeout, not before it
    const idleClosedAt = await within(`the ${CAP} idle sockets closed`, IDLE_MS + 3_000, Promise.all(idle.slice(0, CAP).map(async s => s.closed)))
    assert.ok(Math.min(...idleClosedAt) - opened >= IDLE_MS - 50, `idle sockets lived their timeout (${Math.min(...idleClosedAt) - opened} ms)`)

    assert.equal(await healthz(port), 'ok\n')
  })

  it('closes a slowloris socket that trickles header bytes once its headers are late', async () => {
    const { port } = await start([])
    const { socket, closed } = await openSocket(port)
    const opened = Date.now()
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n')
    // one header line every 100 ms: never idle for the idle timeout, never done with its headers
    const trickle = setInterval(() => { if (!socket.destroyed) socket.write('X-Slow: 1\r\n') }, 100)
    try {
      const at = await within('the slowloris socket closed', HEADERS_MS + 3_000, closed)
      assert.ok(at - opened >= HEADERS_MS - 50, `closed for its late headers, not before (${at - opened} ms)`)
    } finally {
      clearInterval(trickle)
    }
    assert.equal(await healthz(port), 'ok\n')
  })
})
