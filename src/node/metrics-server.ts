/**
 * HTTP endpoint for Prometheus: `GET /metrics` (text format) and `GET /healthz`.
 *
 * Bounded (issue 15: 1 010 idle sockets under `ulimit -n 1024` took every file descriptor, so
 * /healthz went down and libp2p stopped accepting peers, with nothing logged): at most
 * `maxConnections` open sockets. A newcomer at the limit takes the place of the oldest socket
 * that has no request in progress (an idle one, or one still trickling its headers), so sockets
 * held open by someone else cannot lock a scraper out: /healthz keeps answering during such an
 * attack. Only when every socket is serving a request is the newcomer closed. A rate-limited
 * warning says how many were closed. A socket idle for `idleTimeoutMs` is closed, a request must
 * send its headers within `headersTimeoutMs` and finish within `requestTimeoutMs` (a slowloris
 * client that trickles header bytes is never idle), and a keep-alive socket is closed
 * `keepAliveTimeoutMs` after its last response. Defaults: DEFAULT_METRICS_SERVER_LIMITS in options.ts.
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Registry } from 'prom-client'
import { logger } from '@libp2p/logger'
import { renderMetrics } from './exposition.ts'
import { DEFAULT_METRICS_SERVER_LIMITS, METRICS_SERVER_WARNING_INTERVAL_MS } from './options.ts'
import type { MetricsServerLimits } from './options.ts'

export interface MetricsServer {
  url: string
  close(): Promise<void>
}

export interface MetricsServerInit {
  limits?: Partial<MetricsServerLimits>
  /** Where warnings go (connections refused at the limit). Default: the `p2p-chat:metrics-server` debug log. */
  warn?: (line: string) => void
}

/** Pending connections the kernel may queue for accept (capped by net.core.somaxconn). */
const LISTEN_BACKLOG = 4096

export async function startMetricsServer (registry: Registry, host: string, port: number, init: MetricsServerInit = {}): Promise<MetricsServer> {
  const limits = { ...DEFAULT_METRICS_SERVER_LIMITS, ...init.limits }
  const warn = init.warn ?? logger('p2p-chat:metrics-server').error
  const server: Server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // how often Node checks the two timeouts above (its default, 30 s, would let them overrun by that much)
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)))
  }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    if (path === '/metrics') {
      renderMetrics(registry).then(body => {
        res.writeHead(200, { 'content-type': registry.contentType }).end(body)
      }, (err: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics collection failed: ${err.message}\n`)
      })
    } else if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n')
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; try /metrics or /healthz\n')
    }
  })
  // a socket with no byte in either direction for this long is destroyed (no 'timeout' listener on the server)
  server.setTimeout(limits.idleTimeoutMs)

  // open sockets, oldest first, each with the number of requests it is serving
  const open = new Map<Socket, { busy: number }>()
  const closed = { evicted: 0, refused: 0 }
  let lastWarning = -Infinity
  let pending: ReturnType<typeof setTimeout> | undefined
  const report = (): void => {
    pending = undefined
    lastWarning = Date.now()
    const what = [
      closed.evicted > 0 ? `closed ${closed.evicted} idle connection${closed.evicted === 1 ? '' : 's'} for newcomers` : '',
      closed.refused > 0 ? `refused ${closed.refused} connection${closed.refused === 1 ? '' : 's'} (every one busy)` : ''
    ].filter(w => w !== '').join(', ')
    warn(`metrics server at its limit of ${limits.maxConnections} open connections: ${what} (the rest of the node is unaffected)`)
    closed.evicted = 0
    closed.refused = 0
  }
  const count = (kind: 'evicted' | 'refused'): void => {
    closed[kind]++
    if (pending != null) return
    const wait = lastWarning + METRICS_SERVER_WARNING_INTERVAL_MS - Date.now()
    if (wait <= 0) report()
    else {
      pending = setTimeout(report, wait)
      pending.unref()
    }
  }

  server.on('connection', (socket: Socket) => {
    if (open.size >= limits.maxConnections) {
      const idle = [...open].find(([, state]) => state.busy === 0)?.[0]
      if (idle == null) {
        count('refused')
        socket.destroy()
        return
      }
      count('evicted')
      open.delete(idle)
      idle.destroy()
    }
    open.set(socket, { busy: 0 })
    socket.once('close', () => { open.delete(socket) })
  })
  server.on('request', (req, res) => {
    const state = open.get(req.socket)
    if (state == null) return
    state.busy++
    res.once('close', () => { state.busy-- })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // the kernel's queue of connections not yet accepted: an attacker churning thousands a second
    // (each newcomer evicts an idle socket, and is replaced at once) filled Node's default 511, so a
    // scraper's SYN was dropped and retried only after 1 s (/healthz missed its 1 s deadline in 2 of
    // 5 runs of the http-idle-sockets attack). The kernel caps this at net.core.somaxconn (4096 here).
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const addr = server.address() as AddressInfo
  const hostForUrl = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
  return {
    url: `http://${hostForUrl}:${addr.port}/metrics`,
    close: async () => {
      clearTimeout(pending)
      server.closeAllConnections()
      await new Promise<void>(resolve => { server.close(() => { resolve() }) })
    }
  }
}
