/**
 * `p2p-chat host`: many chat nodes in one process (src/node/node-host.ts), driven by flags and by
 * NDJSON commands on stdin; every node's events come out as one merged NDJSON stream on stdout.
 *
 * Flags start N nodes at once (index 0..N-1); `{i}` in a template is the node's index, `{i+K}` the
 * index plus K (e.g. `--listen-template /ip4/10.88.0.{i+2}/tcp/4001`):
 *   --nodes N  --listen-template MA (repeatable)  --bootstrap MA (repeatable)  --bootstrap-first
 *   --identity-template PATH  --metrics-template HOST:PORT  --room  --nick-template  --tcp-only
 *   --quic-only  --ping-interval S  --max-connections N  --high-water N, --low-water N  trim connected peers above N down to the low mark (default: ${DEFAULT_CONNECTION_LIMITS.highWater}, ${DEFAULT_CONNECTION_LIMITS.lowWater}; 0 = off)
  --inbound-per-host N  --dht-prefix
 *   --config JSON (the node defaults, typed: src/node/host-protocol.ts HostNodeConfig; the runner's way)
 *   --dht-addresses  --full-metrics                 libp2p's and all gossipsub metrics in every node's registry (default: only with --metrics-template; --no-full-metrics: never)
  --no-native-secp256k1          verify and sign with @noble/curves instead of OpenSSL (for comparisons)
  --stagger-ms MS                pause between the starts of --nodes (default: 0); a burst of handshakes
                                 on one event loop can time out Noise (10 s) and push bootstrap dials into backoff
  --events LIST  --log-level  --no-stdin
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
import { parseLimitsFlag } from './limits-flag.ts'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { enable } from '@libp2p/logger'
import { NodeHost } from '../node/node-host.ts'
import type { HostedNodeInit, HostEvent } from '../node/node-host.ts'
import { formatEvent, HostProtocolError, parseCommandLine, parseHostConfig } from '../node/host-protocol.ts'
import type { HostNodeConfig } from '../node/host-protocol.ts'
import { loadIdentity } from '../node/identity.ts'
import { installRuntimePatches } from '../node/patches/index.ts'
import { DEFAULT_CONNECTION_LIMITS, DEFAULT_ROOM } from '../node/options.ts'
import type { ChatNodeInit, DhtAddressFilter } from '../node/options.ts'
import { parseHostPort, UsageError } from './args.ts'
import { LOG_LEVELS } from './logger.ts'
import type { LogLevel } from './logger.ts'
import { startupError } from './startup-error.ts'

export const HOST_HELP = `Usage: p2p-chat host [options]     many nodes in one process; NDJSON commands on stdin, events on stdout

Options:
  --nodes N                      start N nodes (index 0..N-1) at once (default: 0, start them by command)
  --listen-template MA           listen address of node i, repeatable; {i} and {i+K} expand (default: /ip4/127.0.0.1/tcp/0)
  --bootstrap MA                 bootstrap peer of every node, repeatable
  --bootstrap-first              nodes 1..N-1 bootstrap from node 0
  --identity-template PATH       key file of node i ({i} expands; default: fresh keys)
  --metrics-template HOST:PORT   /metrics of node i ({i} expands; default: none, and no libp2p metrics)
  --nick-template NICK           nickname of node i (default: n{i})
  --room NAME                    room of every node (default: ${DEFAULT_ROOM})
  --tcp-only, --quic-only        transports (default: TCP only, unlike run)
  --ping-interval SECONDS        RTT pings (and dead-link detection) per node, 0 = off (default: 0)
  --max-connections N            connection limit per node (default: ${DEFAULT_CONNECTION_LIMITS.maxConnections})
  --high-water N, --low-water N  trim connected peers above N down to the low mark (default: ${DEFAULT_CONNECTION_LIMITS.highWater}, ${DEFAULT_CONNECTION_LIMITS.lowWater}; 0 = off)
  --inbound-per-host N           inbound connections per second from one IP (default: ${DEFAULT_CONNECTION_LIMITS.inboundPerHostPerSecond})
  --dht-prefix PREFIX            Kademlia protocol prefix (default: /p2p-chat)
  --dht-addresses FILTER         all, public-only, private-only (default: all)
  --limits lab|FILE              resource budget (docs/security.md; default: lab, the per-host limits lifted: a host's nodes share addresses)
  --full-metrics                 libp2p's and all gossipsub metrics in every node's registry (default: only with --metrics-template; --no-full-metrics: never)
  --no-native-secp256k1          verify and sign with @noble/curves instead of OpenSSL (for comparisons)
  --events LIST                  only these event kinds on stdout, comma-separated (default: all)
  --log-level LEVEL              ${LOG_LEVELS.join(', ')} (default: warn); lines are prefixed [i shortid]
  --no-stdin                     no commands; run until SIGINT/SIGTERM
  --config JSON                  node defaults as one typed object (what the experiment runner passes):
                                 {"transport":"tcp"|"quic","pingIntervalS":S,"maxConnections":N,
                                  "fullMetrics":BOOL,"logLevel":LEVEL}; a flag beside it wins

Stdin commands (one JSON object per line):
  {"cmd":"start","node":I,"listen":[..],"bootstrap":[..],"identity":PATH,"metrics":"HOST:PORT","nick":..}
  {"cmd":"publish","node":I,"text":"..","waitMs":5000}
  {"cmd":"stop","node":I}   {"cmd":"kill","node":I}   {"cmd":"quit"}`

const FLAGS = {
  nodes: { type: 'string' },
  'listen-template': { type: 'string', multiple: true },
  bootstrap: { type: 'string', multiple: true },
  'bootstrap-first': { type: 'boolean' },
  'identity-template': { type: 'string' },
  'metrics-template': { type: 'string' },
  'nick-template': { type: 'string' },
  room: { type: 'string' },
  'tcp-only': { type: 'boolean' },
  'quic-only': { type: 'boolean' },
  'ping-interval': { type: 'string' },
  'max-connections': { type: 'string' },
  'inbound-per-host': { type: 'string' },
  'high-water': { type: 'string' },
  'low-water': { type: 'string' },
  'dht-prefix': { type: 'string' },
  'dht-addresses': { type: 'string' },
  limits: { type: 'string' },
  events: { type: 'string' },
  'stagger-ms': { type: 'string' },
  'full-metrics': { type: 'boolean' },
  'native-secp256k1': { type: 'boolean' },
  'log-level': { type: 'string' },
  stdin: { type: 'boolean' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

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
    return parseHostConfig(json)
  } catch (err) {
    if (err instanceof HostProtocolError) throw new UsageError(`--config: ${err.message}`)
    throw err
  }
}

export function parseHostArgs (argv: string[]): HostConfig | 'help' {
  let v: Record<string, any>
  try {
    v = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false, allowNegative: true }).values
  } catch (err: any) {
    throw new UsageError(`host: ${err.message}`)
  }
  if (v.help === true) return 'help'
  const c = hostConfigFlag(v.config)
  if (v['tcp-only'] === true && v['quic-only'] === true) throw new UsageError('--tcp-only and --quic-only exclude each other')
  // a flag wins over --config; --config over the defaults
  const quic = v['quic-only'] === true || (v['tcp-only'] !== true && c.transport === 'quic')
  const transports = { tcp: !quic, quic }
  const logLevel = v['log-level'] ?? c.logLevel ?? 'warn'
  if (!LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log-level ${JSON.stringify(logLevel)}: expected one of ${LOG_LEVELS.join(', ')}`)
  const dhtAddressFilter: DhtAddressFilter = v['dht-addresses'] ?? 'all'
  if (!['all', 'public-only', 'private-only'].includes(dhtAddressFilter)) throw new UsageError(`--dht-addresses ${JSON.stringify(dhtAddressFilter)}: expected all, public-only or private-only`)
  return {
    nodes: count('nodes', v.nodes, 0),
    staggerMs: count('stagger-ms', v['stagger-ms'], 0),
    listenTemplates: v['listen-template'] ?? [transports.tcp ? '/ip4/127.0.0.1/tcp/0' : '/ip4/127.0.0.1/udp/0/quic-v1'],
    bootstrap: v.bootstrap ?? [],
    bootstrapFirst: v['bootstrap-first'] === true,
    identityTemplate: v['identity-template'],
    metricsTemplate: v['metrics-template'],
    nickTemplate: v['nick-template'] ?? 'n{i}',
    defaults: {
      transports,
      room: v.room ?? DEFAULT_ROOM,
      pingIntervalMs: count('ping-interval', v['ping-interval'], c.pingIntervalS ?? 0) * 1000,
      connections: {
        maxConnections: count('max-connections', v['max-connections'], c.maxConnections ?? DEFAULT_CONNECTION_LIMITS.maxConnections, 1),
        highWater: count('high-water', v['high-water'], DEFAULT_CONNECTION_LIMITS.highWater),
        lowWater: count('low-water', v['low-water'], DEFAULT_CONNECTION_LIMITS.lowWater),
        inboundPerHostPerSecond: count('inbound-per-host', v['inbound-per-host'], DEFAULT_CONNECTION_LIMITS.inboundPerHostPerSecond, 1)
      },
      dhtProtocolPrefix: v['dht-prefix'],
      dhtAddressFilter,
      limits: parseLimitsFlag(v.limits ?? 'lab', message => new UsageError(message)),
      // --no-full-metrics: only the cheap p2p_chat_* metrics, also on a node with a /metrics endpoint
      ...(v['full-metrics'] != null ? { metrics: v['full-metrics'] === true } : c.fullMetrics != null ? { metrics: c.fullMetrics } : {}),
      nativeSecp256k1: v['native-secp256k1'] !== false
    },
    events: v.events != null ? new Set(String(v.events).split(',').map(s => s.trim()).filter(Boolean)) : undefined,
    logLevel,
    stdin: v.stdin !== false
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
            ...(cmd.metrics != null ? { metricsAddress: parseHostPort('"metrics"', cmd.metrics) } : {})
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
