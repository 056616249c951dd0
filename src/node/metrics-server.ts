/**
 * HTTP endpoint for Prometheus: `GET /metrics` (text format) and `GET /healthz`.
 *
 * Bounded (issue 15: 1 010 idle sockets under `ulimit -n 1024` took every file descriptor, so
 * /healthz went down and libp2p stopped accepting peers, with nothing logged): at most
 * `maxConnections` open sockets (the next are closed at once, and a rate-limited warning says so),
 * a socket idle for `idleTimeoutMs` is closed, a request must send its headers within
 * `headersTimeoutMs` and finish within `requestTimeoutMs` (a slowloris client that trickles header
 * bytes keeps its socket busy, not idle), and a keep-alive socket is closed `keepAliveTimeoutMs`
 * after its last response. Defaults: DEFAULT_METRICS_SERVER_LIMITS in options.ts.
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Registry } from 'prom-client'
import { logger } from '@libp2p/logger'
import { renderMetrics } from './exposition.ts'
import { DEFAULT_METRICS_SERVER_LIMITS } from './options.ts'
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

/** At most one "refused connections" warning per this many ms; the next one counts what it skipped. */
const REFUSAL_WARNING_INTERVAL_MS = 10_000

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
  server.maxConnections = limits.maxConnections
  // a socket with no byte in either direction for this long is destroyed (no 'timeout' listener on the server)
  server.setTimeout(limits.idleTimeoutMs)

  // net.Server closes a connection beyond maxConnections itself and reports it as 'drop'
  let refused = 0
  let lastWarning = -Infinity
  let pending: ReturnType<typeof setTimeout> | undefined
  const report = (): void => {
    pending = undefined
    lastWarning = Date.now()
    warn(`metrics server: refused ${refused} connection${refused === 1 ? '' : 's'} at its limit of ${limits.maxConnections} open connections (the rest of the node is unaffected)`)
    refused = 0
  }
  server.on('drop', () => {
    refused++
    if (pending != null) return
    const wait = lastWarning + REFUSAL_WARNING_INTERVAL_MS - Date.now()
    if (wait <= 0) report()
    else {
      pending = setTimeout(report, wait)
      pending.unref()
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
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
