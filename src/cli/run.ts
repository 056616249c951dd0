/** `p2p-chat run`: starts a node and connects it to its clients (REPL, NDJSON, metrics). */
import { createChatNode } from '../node/create-node.ts'
import type { ChatNode } from '../node/create-node.ts'
import { generateIdentity, loadIdentity, saveIdentity } from '../node/identity.ts'
import { openDataDir } from '../node/data-dir.ts'
import { startMetricsServer } from '../node/metrics-server.ts'
import type { MetricsServer } from '../node/metrics-server.ts'
import { InvalidConfigError } from '../node/errors.ts'
import { startupError } from './startup-error.ts'
import { flushTo } from '../node/flush.ts'
import type { PublishedChatMessage } from '../node/chat-room.ts'
import type { RunConfig } from './args.ts'
import { createLogger } from './logger.ts'
import type { Logger } from './logger.ts'
import { humanOutput, jsonOutput } from './output.ts'
import type { Output } from './output.ts'
import { handleLine, startRepl } from './repl.ts'
import type { Repl } from './repl.ts'

/** How long a clean stop may take before the process exits anyway. */
const STOP_DEADLINE_MS = 5_000
/** How long a one-shot sender waits for its recipients to confirm the message left. */
const FLUSH_DEADLINE_MS = 5_000

export async function run (config: RunConfig): Promise<number> {
  const log = createLogger(config.logLevel)
  const given = config.identity != null ? await loadIdentity(config.identity) : undefined
  const dataDir = config.dataDir != null ? await openDataDir(config.dataDir, given) : undefined
  const privateKey = dataDir?.privateKey ?? given ?? await generateIdentity()
  if (dataDir?.createdIdentity === true) log.info(`new data directory ${dataDir.path}: created an identity for it`)
  // a one-shot sender (--once, or --publish with stdin not a terminal) stays quiet: its only stderr line is a failure
  const oneShot = config.publish != null && (config.once || process.stdin.isTTY !== true)
  if (config.identity == null && config.identityOut == null && dataDir == null) log[oneShot ? 'debug' : 'info']('no --identity: running on a fresh ephemeral key')
  if (config.identityOut != null) {
    await saveIdentity(config.identityOut, privateKey)
    log.info(`saved identity to ${config.identityOut}`)
  }

  const node = await createChatNode({
    privateKey,
    datastore: dataDir?.datastore,
    history: config.history,
    dmPolicy: config.dmPolicy,
    discoveryTargetPeers: config.targetPeers,
    listen: config.listen,
    announce: config.external,
    transports: config.transports,
    bootstrap: config.bootstrap,
    room: config.room,
    nick: config.nick,
    dhtProtocolPrefix: config.dhtProtocolPrefix,
    dhtAddressFilter: config.dhtAddressFilter,
    limits: config.limits,
    ...(config.maxTextBytes != null ? { validation: { maxTextBytes: config.maxTextBytes } } : {}),
    pingIntervalMs: config.pingIntervalMs,
    metrics: config.metrics != null,
    nat: config.nat
  })

  let metricsServer: MetricsServer | undefined
  if (config.metrics != null) {
    const { host, port } = config.metrics
    try {
      metricsServer = await startMetricsServer(node.registry, host, port, { warn: log.warn })
    } catch (err: any) {
      await dataDir?.close()
      const why = err.code === 'EADDRINUSE' ? 'address already in use' : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' ? 'no such local address' : err.message
      throw new InvalidConfigError(`--metrics ${host}:${port}`, why, { cause: err })
    }
  }

  let repl: Repl | undefined
  // the reason to stop (a signal, /quit, the end of stdin, --once done), whichever comes first
  const quit = Promise.withResolvers<string>()
  const output: Output = config.json
    ? jsonOutput(node.libp2p.peerId.toString())
    : humanOutput(line => {
      if (repl != null) repl.print(line)
      else process.stdout.write(line + '\n')
    }, config.nick, config.stdin && !oneShot)

  node.events.addEventListener('event', ({ detail }) => { output.event(detail) })
  logEvents(node, log)
  // before start, so a signal that arrives during start-up still means a clean stop
  const onSignal = (signal: string): void => { quit.resolve(signal) }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  try {
    await node.start()
  } catch (err: any) {
    await Promise.allSettled([node.stop(), metricsServer?.close()])
    await dataDir?.close()
    throw startupError(err)
  }

  output.ready({
    peerId: node.libp2p.peerId.toString(),
    addrs: node.libp2p.getMultiaddrs().map(String),
    room: node.room.room,
    topic: node.room.topic,
    ephemeralIdentity: config.identity == null && config.identityOut == null && dataDir == null,
    metricsUrl: metricsServer?.url
  })

  if (config.stdin) {
    repl = startRepl(process.stdin, (line) => {
      void handleLine(line, node, output).then(result => { if (result === 'quit') quit.resolve('/quit') })
    }, quit.resolve)
    const interactiveRepl = repl
    log.setSink(line => { interactiveRepl.printError(line) })
  }
  const publishing = config.publish != null ? publishOnce(node, config.publish, config.publishTimeoutMs, output, log) : undefined
  if (config.once && publishing != null) void publishing.then(() => { quit.resolve('--once: done') })

  const why = await quit.promise
  // a one-shot send (`--once`, or stdin that ended first) finishes and leaves before the node stops
  let sent = true
  if (publishing != null && (config.once || why === 'end of stdin')) {
    const published = await publishing
    sent = published != null
    if (published != null) {
      const confirmed = await flushTo(node.libp2p, published.recipientPeers, AbortSignal.timeout(FLUSH_DEADLINE_MS))
      if (confirmed === 0) log.warn(`--publish: no recipient confirmed within ${FLUSH_DEADLINE_MS / 1000} s that the message arrived`)
    }
  }
  log[oneShot ? 'debug' : 'info'](`stopping (${why})`)
  repl?.close()
  const deadline = setTimeout(() => {
    log.warn(`clean stop took longer than ${STOP_DEADLINE_MS} ms; exiting anyway`)
    process.exit(sent ? 0 : 1)
  }, STOP_DEADLINE_MS)
  deadline.unref()
  await Promise.allSettled([node.stop(), metricsServer?.close()])
  // after the node: its peer store writes go to this datastore until it has stopped
  await dataDir?.close()
  clearTimeout(deadline)
  return sent ? 0 : 1
}

function logEvents (node: ChatNode, log: Logger): void {
  node.events.addEventListener('event', ({ detail: e }) => {
    if (e.event === 'bootstrap') {
      if (e.outcome === 'success') log.info(`connected to bootstrap peer ${e.address}`)
      else log.warn(`bootstrap peer ${e.address} unreachable: ${e.error}; retrying in ${Math.round((e.retryInMs ?? 0) / 1000)} s`)
    } else if (e.event === 'rejected') {
      log.debug(`refused a message: ${e.outcome} ${e.reason}${e.propagationSource != null ? ` from ${e.propagationSource}` : ''}`)
    }
  })
}

/** Resolves with the message once it went out to at least one peer, undefined when its deadline passed. */
async function publishOnce (node: ChatNode, text: string, timeoutMs: number, output: Output, log: Logger): Promise<PublishedChatMessage | undefined> {
  try {
    return await node.room.publish(text, { waitMs: timeoutMs })
  } catch (err: any) {
    log.error(`--publish: ${err.message}`)
    output.problem('publish', err.message)
    return undefined
  }
}
