/** `p2p-chat run`: starts a node and connects it to its clients (REPL, NDJSON, metrics). */
import { createChatNode } from '../node/create-node.ts'
import type { ChatNode } from '../node/create-node.ts'
import { generateIdentity, loadIdentity, saveIdentity } from '../node/identity.ts'
import { startMetricsServer } from '../node/metrics-server.ts'
import type { MetricsServer } from '../node/metrics-server.ts'
import { transportOf } from '../node/transport.ts'
import { InvalidConfigError } from '../node/errors.ts'
import type { RunConfig } from './args.ts'
import { createLogger } from './logger.ts'
import type { Logger } from './logger.ts'
import { humanOutput, jsonOutput } from './output.ts'
import type { Output } from './output.ts'
import { handleLine, startRepl } from './repl.ts'
import type { Repl } from './repl.ts'

/** How long a clean stop may take before the process exits anyway. */
const STOP_DEADLINE_MS = 5_000

export async function run (config: RunConfig): Promise<number> {
  const log = createLogger(config.logLevel)
  const privateKey = config.identity != null ? await loadIdentity(config.identity) : await generateIdentity()
  if (config.identity == null && config.identityOut == null) log.info('no --identity: running on a fresh ephemeral key')
  if (config.identityOut != null) {
    await saveIdentity(config.identityOut, privateKey)
    log.info(`saved identity to ${config.identityOut}`)
  }

  const node = await createChatNode({
    privateKey,
    listen: config.listen,
    announce: config.external,
    transports: config.transports,
    bootstrap: config.bootstrap,
    room: config.room,
    nick: config.nick,
    dhtProtocolPrefix: config.dhtProtocolPrefix,
    dhtAddressFilter: config.dhtAddressFilter,
    pingIntervalMs: config.pingIntervalMs
  })

  let metricsServer: MetricsServer | undefined
  if (config.metrics != null) {
    const { host, port } = config.metrics
    try {
      metricsServer = await startMetricsServer(node.registry, host, port)
    } catch (err: any) {
      const why = err.code === 'EADDRINUSE' ? 'address already in use' : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' ? 'no such local address' : err.message
      throw new InvalidConfigError(`--metrics ${host}:${port}`, why, { cause: err })
    }
  }

  let repl: Repl | undefined
  let resolveQuit!: (why: string) => void
  const quit = new Promise<string>(resolve => { resolveQuit = resolve })
  const output: Output = config.json
    ? jsonOutput()
    : humanOutput(line => {
      if (repl != null) repl.print(line)
      else process.stdout.write(line + '\n')
    })

  wireEvents(node, output, log)
  // before start, so a signal that arrives during start-up still means a clean stop
  const onSignal = (signal: string): void => { resolveQuit(signal) }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  try {
    await node.start()
  } catch (err: any) {
    await metricsServer?.close()
    throw new InvalidConfigError('--listen', `cannot listen: ${err.message}`, { cause: err })
  }

  output.ready({
    peerId: node.libp2p.peerId.toString(),
    addrs: node.libp2p.getMultiaddrs().map(String),
    room: node.room.room,
    topic: node.room.topic,
    ephemeralIdentity: config.identity == null && config.identityOut == null,
    metricsUrl: metricsServer?.url
  })

  if (config.stdin) {
    repl = startRepl(process.stdin, (line) => {
      void handleLine(line, node, output).then(result => { if (result === 'quit') resolveQuit('/quit') })
    }, resolveQuit)
  }
  if (config.publish != null) void publishOnce(node, config.publish, config.publishTimeoutMs, output, log)

  const why = await quit
  log.info(`stopping (${why})`)
  repl?.close()
  const deadline = setTimeout(() => {
    log.warn(`clean stop took longer than ${STOP_DEADLINE_MS} ms; exiting anyway`)
    process.exit(0)
  }, STOP_DEADLINE_MS)
  deadline.unref()
  await Promise.allSettled([node.stop(), metricsServer?.close()])
  clearTimeout(deadline)
  return 0
}

function wireEvents (node: ChatNode, output: Output, log: Logger): void {
  node.libp2p.addEventListener('connection:open', ({ detail: conn }) => {
    output.peerConnected({ peerId: conn.remotePeer.toString(), transport: transportOf(conn.remoteAddr), remoteAddr: conn.remoteAddr.toString() })
  })
  node.libp2p.addEventListener('connection:close', ({ detail: conn }) => {
    // a peer is gone when its last connection closes; report the transport that connection used
    if (node.libp2p.getConnections(conn.remotePeer).length > 0) return
    output.peerDisconnected({ peerId: conn.remotePeer.toString(), transport: transportOf(conn.remoteAddr), remoteAddr: conn.remoteAddr.toString() })
  })
  node.libp2p.services.bootstrap.addEventListener('dial', ({ detail }) => {
    if (detail.outcome === 'success') {
      log.info(`connected to bootstrap peer ${detail.address}`)
    } else {
      log.warn(`bootstrap peer ${detail.address} unreachable: ${detail.error}; retrying in ${Math.round((detail.retryInMs ?? 0) / 1000)} s`)
    }
    output.bootstrap(detail)
  })
  node.room.addEventListener('message', ({ detail }) => { output.message(detail) })
  node.room.addEventListener('published', ({ detail }) => { output.published(detail) })
  node.room.addEventListener('rejected', ({ detail }) => {
    log.debug(`refused a message: ${detail.outcome} ${detail.reason}${detail.propagationSource != null ? ` from ${detail.propagationSource}` : ''}`)
    output.rejected(detail)
  })
}

async function publishOnce (node: ChatNode, text: string, timeoutMs: number, output: Output, log: Logger): Promise<void> {
  try {
    await node.room.waitForPeer(AbortSignal.timeout(timeoutMs))
  } catch {
    const msg = `--publish: nobody joined room "${node.room.room}" within ${timeoutMs / 1000} s; the message was not sent`
    log.error(msg)
    output.problem('publish', msg)
    return
  }
  try {
    await node.room.publish(text)
  } catch (err: any) {
    log.error(`--publish failed: ${err.message}`)
    output.problem('publish', err.message)
  }
}
