/**
 * `p2p-chat host`: many chat nodes in one process (src/node/node-host.ts), driven by flags and by
 * NDJSON commands on stdin; every node's events come out as one merged NDJSON stream on stdout.
 *
 * Flags (HOST_FLAGS, `p2p-chat host --help`) start N nodes at once (index 0..N-1); `{i}` in a
 * template is the node's index, `{i+K}` the index plus K (e.g. `--listen-template
 * /ip4/10.88.0.{i+2}/tcp/4001`). The node flags it shares with `run` (src/cli/node-flags.ts) mean
 * the same and fail the same; only their defaults differ (HOST_NODE_DEFAULTS). `--config JSON` gives
 * node defaults as one typed object (src/node/host-protocol.ts HostNodeConfig; the runner's way).
 *
 * The lines in and out are src/node/host-protocol.ts (typed, versioned, parsed there); in short:
 * Stdin protocol: one JSON object per line, `cmd` naming the command, `node` the index.
 *   {"cmd":"start","node":3,"listen":["/ip4/10.88.0.5/tcp/4001"],"bootstrap":["/ip4/.../p2p/..."],
 *    "identity":"/keys/3.key","metrics":"10.88.0.5:9464","nick":"n3"}   every field but node optional;
 *                                                                        defaults come from the flags
 *   {"cmd":"publish","node":3,"text":"hello","waitMs":5000}   -> the node's `published` event
 *   {"cmd":"stop","node":3}    clean stop (leaves the room)   -> {"event":"stopped","how":"stop",...}
 *   {"cmd":"kill","node":3}    crash: connections reset       -> {"event":"stopped","how":"kill",...}
 *   {"cmd":"quit"}             stop every node and exit 0 (so does the end of stdin, SIGINT, SIGTERM)
 * Out (stdout, NDJSON): every node event of the CLI's `--json` stream (each carries `node` = its
 * peer id, `ts`), plus the host's own, which carry `index`:
 *   {"event":"ready","index":3,"node":"16U...","addrs":[...],"room":..,"topic":..,"metricsUrl"?:..}
 *   {"event":"stopped","index":3,"node":..,"how":"stop"|"kill"}
 *   {"event":"error","index"?:3,"kind":"start"|"publish"|"stop"|"kill"|"command","message":".."}
 *   {"event":"host:ready","nodes":N}   once the nodes of --nodes are all up (also with --nodes 0)
 * A bad command answers with an `error` line and the host keeps running.
 */
import { createInterface } from 'node:readline'
import { enable } from '@libp2p/logger'
import { NodeHost } from '../node/node-host.ts'
import type { HostedNodeInit, HostEvent } from '../node/node-host.ts'
import { formatEvent, HostProtocolError, parseCommandLine, parseHostConfig } from '../node/host-protocol.ts'
import type { HostNodeConfig } from '../node/host-protocol.ts'
import { loadIdentity } from '../node/identity.ts'
import { installRuntimePatches } from '../node/patches/index.ts'
import { nodeRoleOf } from '../node/node-role.ts'
import { DEFAULT_CONNECTION_LIMITS, validationLimits } from '../node/options.ts'
import { InvalidConfigError } from '../node/errors.ts'
import type { ChatNodeInit } from '../node/options.ts'
import { parseHostPort, UsageError } from './args.ts'
import { flagHelp, nodeFlags, parseFlagValues, parseNodeFlags } from './node-flags.ts'
import type { FlagRow, NodeFlagDefaults } from './node-flags.ts'
import { LOG_LEVELS } from './logger.ts'
import type { LogLevel } from './logger.ts'
import { startupError } from './startup-error.ts'

/**
 * What `host`'s node flags mean when neither they nor `--config` are given: unlike `run`, TCP only,
 * no RTT pings, the per-host limits lifted (a host's nodes share addresses), log level warn.
 */
export const HOST_NODE_DEFAULTS: NodeFlagDefaults = { transports: { tcp: true, quic: false }, pingIntervalS: 0, limits: 'lab', logLevel: 'warn' }

/** One row per flag, as RUN_FLAGS (src/cli/args.ts); the node flags are run's. */
export const HOST_FLAGS = {
  nodes: { type: 'string', arg: 'N', help: 'start N nodes (index 0..N-1) at once', defaultText: '0, start them by command' },
  'listen-template': { type: 'string', multiple: true, arg: 'MA', help: 'listen address of node i, repeatable; {i} and {i+K} expand', defaultText: '/ip4/127.0.0.1/tcp/0, or udp/0/quic-v1 with --quic-only' },
  'bootstrap-first': { type: 'boolean', help: 'nodes 1..N-1 bootstrap from node 0' },
  'identity-template': { type: 'string', arg: 'PATH', help: 'key file of node i ({i} expands)', defaultText: 'fresh keys' },
  'metrics-template': { type: 'string', arg: 'HOST:PORT', help: '/metrics of node i ({i} expands)', defaultText: 'none, and no libp2p metrics' },
  'nick-template': { type: 'string', arg: 'NICK', help: 'nickname of node i', defaultText: 'n{i}' },
  ...nodeFlags(HOST_NODE_DEFAULTS),
  'max-connections': { type: 'string', arg: 'N', help: 'connection limit per node', defaultText: String(DEFAULT_CONNECTION_LIMITS.maxConnections) },
  history: { type: 'string', arg: 'N', help: 'room messages each node keeps and serves (history fetched at room-ready); 0 = off: an experiment measures gossip, and 1 000 stored messages cost a node ~0.6 MB', defaultText: '0' },
  'high-water': { type: 'string', arg: 'N', help: 'trim connected peers above N down to --low-water; 0 = off', defaultText: String(DEFAULT_CONNECTION_LIMITS.highWater) },
  'low-water': { type: 'string', arg: 'N', help: 'what --high-water trims down to', defaultText: String(DEFAULT_CONNECTION_LIMITS.lowWater) },
  'inbound-per-host': { type: 'string', arg: 'N', help: 'inbound connections per second from one IP', defaultText: String(DEFAULT_CONNECTION_LIMITS.inboundPerHostPerSecond) },
  'full-metrics': { type: 'boolean', help: 'libp2p\'s and all gossipsub metrics in every node\'s registry (--no-full-metrics: never)', defaultText: 'only with --metrics-template' },
  'native-secp256k1': { type: 'boolean', negated: true, help: 'verify and sign with @noble/curves instead of OpenSSL (for comparisons)' },
  'stagger-ms': { type: 'string', arg: 'MS', help: 'pause between the starts of --nodes; a burst of handshakes on one event loop can time out Noise (10 s) and push bootstrap dials into backoff', defaultText: '0' },
  events: { type: 'string', arg: 'LIST', help: 'only these event kinds on stdout, comma-separated', defaultText: 'all' },
  config: {
    type: 'string',
    arg: 'JSON',
    help: 'node defaults as one typed object (what the experiment runner passes): {"transport":"tcp"|"quic","pingIntervalS":S,"maxConnections":N,"historyMessages":N,"fullMetrics":BOOL,"maxTextBytes":N,"logLevel":LEVEL}; a flag beside it wins'
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' }
} as const satisfies Record<string, FlagRow>

export const HOST_HELP = `Usage: p2p-chat host [options]     many nodes in one process; NDJSON commands on stdin, events on stdout

Options:
${flagHelp(HOST_FLAGS).join('\n')}

Log lines on stderr are prefixed [i shortid]. Stdin commands (one JSON object per line):
  {"cmd":"start","node":I,"listen":[..],"bootstrap":[..],"identity":PATH,"metrics":"HOST:PORT","nick":..}
  {"cmd":"publish","node":I,"text":"..","waitMs":5000}
  {"cmd":"stop","node":I}   {"cmd":"kill","node":I}   {"cmd":"quit"}`

interface HostConfig {
  nodes: number
  staggerMs: number
  listenTemplates: string[]
  bootstrap: string[]
  bootstrapFirst: boolean
  identityTemplate?: string
  metricsTemplate?: string
  nickTemplate: string
  defaults: ChatNodeInit
  events?: Set<string>
  logLevel: LogLevel
  stdin: boolean
}

/** `{i}` -> index, `{i+K}` -> index + K. */
export function expandTemplate (template: string, index: number): string {
  return template.replace(/\{i(?:\+(\d+))?\}/g, (_m, plus?: string) => String(index + Number(plus ?? 0)))
}

function count (flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value == null) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected a number >= ${min}`)
  return n
}

/** `--config JSON`: the typed node defaults (src/node/host-protocol.ts), as the runner passes them. */
function hostConfigFlag (json: string | undefined): HostNodeConfig {
  if (json == null) return {}
  try {
    const c = parseHostConfig(json)
    // the range the node checks at start, up front: a run's every node would fail otherwise
    if (c.maxTextBytes != null) validationLimits({ maxTextBytes: c.maxTextBytes })
    return c
  } catch (err) {
    if (err instanceof InvalidConfigError) throw new UsageError(`--config: "maxTextBytes": ${err.message.replace(/^[^:]*: /, '')}`)
    if (err instanceof HostProtocolError) throw new UsageError(`--config: ${err.message}`)
    throw err
  }
}

/** A start command's topology knobs onto the node's options (the watermarks within the host's connection limits). */
function topologyInit (t: { targetPeers?: number, lowWater?: number, highWater?: number } | undefined, defaults: ChatNodeInit): Partial<ChatNodeInit> {
  if (t == null) return {}
  return {
    ...(t.targetPeers != null ? { discoveryTargetPeers: t.targetPeers } : {}),
    ...(t.lowWater != null || t.highWater != null
      ? { connections: { ...defaults.connections, ...(t.lowWater != null ? { lowWater: t.lowWater } : {}), ...(t.highWater != null ? { highWater: t.highWater } : {}) } }
      : {})
  }
}

export function parseHostArgs (argv: string[]): HostConfig | 'help' {
  const v = parseFlagValues(argv, HOST_FLAGS, 'host: ')
  if (v.help === true) return 'help'
  const c = hostConfigFlag(v.config)
  // a flag wins over --config; --config over the defaults
  const node = parseNodeFlags(v, {
    ...HOST_NODE_DEFAULTS,
    ...(c.transport != null ? { transports: { tcp: c.transport === 'tcp', quic: c.transport === 'quic' } } : {}),
    ...(c.pingIntervalS != null ? { pingIntervalS: c.pingIntervalS } : {}),
    // parseNodeFlags checks the level, wherever it came from
    ...(c.logLevel != null ? { logLevel: c.logLevel as LogLevel } : {})
  })
  const { transports } = node
  return {
    nodes: count('nodes', v.nodes, 0),
    staggerMs: count('stagger-ms', v['stagger-ms'], 0),
    listenTemplates: v['listen-template'] ?? [transports.tcp ? '/ip4/127.0.0.1/tcp/0' : '/ip4/127.0.0.1/udp/0/quic-v1'],
    bootstrap: node.bootstrap,
    bootstrapFirst: v['bootstrap-first'] === true,
    identityTemplate: v['identity-template'],
    metricsTemplate: v['metrics-template'],
    nickTemplate: v['nick-template'] ?? 'n{i}',
    defaults: {
      transports,
      room: node.room,
      pingIntervalMs: node.pingIntervalMs,
      connections: {
        maxConnections: count('max-connections', v['max-connections'], c.maxConnections ?? DEFAULT_CONNECTION_LIMITS.maxConnections, 1),
        highWater: count('high-water', v['high-water'], DEFAULT_CONNECTION_LIMITS.highWater),
        lowWater: count('low-water', v['low-water'], DEFAULT_CONNECTION_LIMITS.lowWater),
        inboundPerHostPerSecond: count('inbound-per-host', v['inbound-per-host'], DEFAULT_CONNECTION_LIMITS.inboundPerHostPerSecond, 1)
      },
      dhtProtocolPrefix: node.dhtProtocolPrefix,
      dhtAddressFilter: node.dhtAddressFilter,
      limits: node.limits,
      history: { maxMessages: count('history', v.history, c.historyMessages ?? 0) },
      ...(node.maxTextBytes != null || c.maxTextBytes != null ? { validation: { maxTextBytes: node.maxTextBytes ?? c.maxTextBytes } } : {}),
      // --no-full-metrics: only the cheap p2p_chat_* metrics, also on a node with a /metrics endpoint
      ...(v['full-metrics'] != null ? { metrics: v['full-metrics'] === true } : c.fullMetrics != null ? { metrics: c.fullMetrics } : {}),
      nativeSecp256k1: v['native-secp256k1'] !== false
    },
    events: v.events != null ? new Set(String(v.events).split(',').map(s => s.trim()).filter(Boolean)) : undefined,
    logLevel: node.logLevel,
    stdin: node.stdin
  }
}

export async function host (argv: string[]): Promise<number> {
  const config = parseHostArgs(argv)
  if (config === 'help') {
    process.stdout.write(HOST_HELP + '\n')
    return 0
  }
  if (config.logLevel === 'debug') enable(process.env.DEBUG ?? 'node*:p2p-chat:*,node*:libp2p:*:error')
  // this process's entry for the host: the process-wide dependency patches (src/node/patches/), once,
  // before any node exists; --no-native-secp256k1 is a choice for the whole process
  await installRuntimePatches({ nativeSecp256k1: config.defaults.nativeSecp256k1 })
  return await new HostProcess(config).run()
}

/**
 * One `p2p-chat host` process: its NodeHost, the events it writes, the commands it reads, and the
 * reason it quits (SIGINT, SIGTERM, a quit command or the end of stdin), whichever comes first.
 */
class HostProcess {
  readonly #config: HostConfig
  readonly #threshold: number
  readonly #nodeHost: NodeHost
  /** node peer id -> index, for the log lines of events that carry only the peer id */
  readonly #indexOf = new Map<string, number>()
  readonly #quit = Promise.withResolvers<string>()

  constructor (config: HostConfig) {
    this.#config = config
    this.#threshold = LOG_LEVELS.indexOf(config.logLevel)
    this.#nodeHost = new NodeHost(config.defaults)
    this.#nodeHost.addEventListener('event', ({ detail }) => { this.#onEvent(detail) })
  }

  async run (): Promise<number> {
    process.once('SIGINT', () => { this.#quit.resolve('SIGINT') })
    process.once('SIGTERM', () => { this.#quit.resolve('SIGTERM') })
    await this.#startFlagNodes()
    process.stdout.write(formatEvent({ event: 'host:ready', ts: Date.now(), nodes: this.#config.nodes }) + '\n')
    if (this.#config.stdin) this.#readCommands()
    const why = await this.#quit.promise
    this.#log('info', '', `stopping ${this.#nodeHost.indexes().length} nodes (${why})`)
    const deadline = setTimeout(() => { process.exit(0) }, 10_000)
    deadline.unref()
    await this.#nodeHost.stopAll()
    clearTimeout(deadline)
    return 0
  }

  #log (level: LogLevel, prefix: string, msg: string): void {
    if (LOG_LEVELS.indexOf(level) <= this.#threshold) process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${prefix}${msg}\n`)
  }

  #onEvent (e: HostEvent): void {
    if (e.event === 'ready' && e.node != null) this.#indexOf.set(e.node, e.index)
    if (this.#config.events == null || this.#config.events.has(e.event)) process.stdout.write(formatEvent(e) + '\n')
    if (e.event === 'bootstrap' && e.outcome === 'failure') {
      this.#log('warn', `[${this.#indexOf.get(e.node) ?? '?'} ${e.node.slice(-6)}] `, `bootstrap peer ${e.address} unreachable: ${e.error}`)
    }
  }

  #problem (kind: string, message: string, index?: number): void {
    process.stdout.write(formatEvent({ event: 'error', ts: Date.now(), ...(index != null ? { index } : {}), kind, message }) + '\n')
    this.#log('error', index != null ? `[${index}] ` : '', `${kind}: ${message}`)
  }

  async #startNode (index: number, overrides: HostedNodeInit = {}): Promise<void> {
    const config = this.#config
    const init: HostedNodeInit = {
      listen: config.listenTemplates.map(t => expandTemplate(t, index)),
      bootstrap: config.bootstrap,
      nick: expandTemplate(config.nickTemplate, index),
      ...(config.identityTemplate != null ? { privateKey: await loadIdentity(expandTemplate(config.identityTemplate, index)) } : {}),
      ...(config.metricsTemplate != null ? { metricsAddress: parseHostPort('--metrics-template', expandTemplate(config.metricsTemplate, index)) } : {}),
      ...overrides
    }
    try {
      await this.#nodeHost.start(index, init)
    } catch (err: any) {
      throw startupError(err)
    }
  }

  /** The nodes of --nodes, one after the other; should one fail, every node stops and the error goes on. */
  async #startFlagNodes (): Promise<void> {
    const config = this.#config
    try {
      for (let i = 0; i < config.nodes; i++) {
        let bootstrap = config.bootstrap
        if (config.bootstrapFirst && i > 0) {
          const first = this.#nodeHost.get(0).node.libp2p
          bootstrap = [...bootstrap, `${first.getMultiaddrs()[0].toString()}`]
        }
        if (i > 0 && config.staggerMs > 0) await new Promise(resolve => setTimeout(resolve, config.staggerMs))
        await this.#startNode(i, { bootstrap })
      }
    } catch (err) {
      await this.#nodeHost.stopAll()
      throw err
    }
  }

  #readCommands (): void {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
    lines.on('line', (line) => {
      if (line.trim() === '') return
      void this.#runCommand(line).catch((err: unknown) => {
        // a HostProtocolError quotes the line itself
        const message = err instanceof HostProtocolError ? err.message : `${err instanceof Error ? err.message : String(err)} (in ${JSON.stringify(line.slice(0, 200))})`
        this.#problem('command', message)
      })
    })
    lines.on('close', () => { this.#quit.resolve('end of stdin') })
  }

  async #runCommand (line: string): Promise<void> {
    const cmd = parseCommandLine(line)
    if (cmd.cmd === 'quit') {
      this.#quit.resolve('quit command')
      return
    }
    const index = cmd.node
    try {
      switch (cmd.cmd) {
        case 'start':
          await this.#startNode(index, {
            ...(cmd.listen != null ? { listen: cmd.listen } : {}),
            ...(cmd.bootstrap != null ? { bootstrap: cmd.bootstrap } : {}),
            ...(cmd.nick != null ? { nick: cmd.nick } : {}),
            ...(cmd.identity != null ? { privateKey: await loadIdentity(cmd.identity) } : {}),
            ...(cmd.metrics != null ? { metricsAddress: parseHostPort('"metrics"', cmd.metrics) } : {}),
            ...(cmd.gossipsub != null ? { gossipsub: cmd.gossipsub } : {}),
            ...(cmd.role != null ? { role: nodeRoleOf(cmd.role) } : {}),
            ...topologyInit(cmd.topology, this.#config.defaults)
          })
          break
        case 'publish': await this.#nodeHost.publish(index, cmd.text, cmd.waitMs); break
        case 'stop': await this.#nodeHost.stop(index); break
        case 'kill': await this.#nodeHost.kill(index); break
      }
    } catch (err: any) {
      this.#problem(cmd.cmd, err.message, index)
    }
  }
}
