/**
 * The metrics HTTP server is bounded (issue 15: 1 010 idle sockets took every file descriptor of a
 * node under `ulimit -n 1024`): it never holds more sockets than its cap, newcomers take the place
 * of the oldest idle sockets (so /healthz answers during such an attack), a newcomer is refused
 * only when every socket is serving a request, idle and slow (slowloris) sockets are closed after
 * their timeouts, and a warning says so. Small limits passed as options keep it fast; real sockets
 * on loopback.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { Gauge, Registry } from 'prom-client'
import { startMetricsServer } from '../src/node/metrics-server.ts'
import type { MetricsServer } from '../src/node/metrics-server.ts'
import type { MetricsServerLimits } from '../src/node/options.ts'
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

async function start (warnings: string[], registry = new Registry(), limits: Partial<MetricsServerLimits> = {}): Promise<number> {
  const server = await startMetricsServer(registry, '127.0.0.1', 0, {
    limits: { maxConnections: CAP, idleTimeoutMs: IDLE_MS, headersTimeoutMs: HEADERS_MS, requestTimeoutMs: 2 * HEADERS_MS, keepAliveTimeoutMs: IDLE_MS, ...limits },
    warn: line => { warnings.push(line) }
  })
  servers.push(server)
  return Number(new URL(server.url).port)
}

/** A connected socket and a promise of the time the other side closed it. */
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
  it(`holds at most ${CAP} sockets: ${EXTRA} more idle ones evict the oldest at once, /healthz answers meanwhile, idle ones close after ${IDLE_MS} ms`, async () => {
    const warnings: string[] = []
    const port = await start(warnings)
    const opened = Date.now()
    const idle = []
    for (let i = 0; i < CAP + EXTRA; i++) idle.push(await openSocket(port))

    // the oldest EXTRA made room for newcomers, well before any idle timeout
    const evictedAt = await within(`the ${EXTRA} oldest sockets closed`, 5_000, Promise.all(idle.slice(0, EXTRA).map(async s => s.closed)))
    assert.ok(Math.max(...evictedAt) - opened < IDLE_MS, `closed at once, not after the idle timeout (${Math.max(...evictedAt) - opened} ms)`)
    // while CAP idle sockets are still held, a scraper still gets in
    assert.equal(await healthz(port), 'ok\n')
    assert.equal(warnings.length, 1, `one warning for the burst, not one per socket: ${JSON.stringify(warnings)}`)
    assert.match(warnings[0], /metrics server at its limit of 8 open connections: closed 1 idle connection for newcomers/)

    // the newest CAP idle sockets (all but the one /healthz evicted) close with the idle timeout, not before it
    const idleClosedAt = await within(`the ${CAP} newest idle sockets closed`, IDLE_MS + 3_000, Promise.all(idle.slice(EXTRA + 1).map(async s => s.closed)))
    assert.ok(Math.min(...idleClosedAt) - opened >= IDLE_MS - 50, `idle sockets lived their timeout (${Math.min(...idleClosedAt) - opened} ms)`)
  })

  it('refuses a newcomer only while every socket is serving a request', async () => {
    const warnings: string[] = []
    // a collection that waits for the test: each /metrics request stays in progress until then
    const gate = Promise.withResolvers<void>()
    const allBusy = Promise.withResolvers<void>()
    let collecting = 0
    const registry = new Registry()
    registry.registerMetric(new Gauge({
      name: 'slow_gauge',
      help: 'waits for the test',
      registers: [],
      async collect () {
        if (++collecting === CAP) allBusy.resolve()
        await gate.promise
      }
    }))
    // an idle timeout longer than the test: a response in progress is silent on the socket
    const port = await start(warnings, registry, { idleTimeoutMs: 30_000 })
    try {
      for (let i = 0; i < CAP; i++) (await openSocket(port)).socket.write('GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n')
      await within(`${CAP} requests in progress`, 5_000, allBusy.promise)
      const newcomer = await openSocket(port)
      await within('the newcomer refused', 1_000, newcomer.closed)
      assert.deepEqual(warnings, [`metrics server at its limit of ${CAP} open connections: refused 1 connection (every one busy) (the rest of the node is unaffected)`])
    } finally {
      gate.resolve()
    }
  })

  it('closes a slowloris socket that trickles header bytes once its headers are late', async () => {
    const port = await start([])
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
