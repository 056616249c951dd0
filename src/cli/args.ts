/**
 * Command-line parsing and validation. Every usage error names the flag and the value and ends
 * the process with exit code 2 (`UsageError`).
 */
import { parseLimitsFlag } from './limits-flag.ts'
import type { ResourceBudget } from '../node/resource-budget.ts'
import { parseArgs } from 'node:util'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Multiaddr } from '@multiformats/multiaddr'
import { DEFAULT_NICK, DEFAULT_ROOM, DEFAULT_VALIDATION_LIMITS } from '../node/options.ts'
import type { DhtAddressFilter } from '../node/options.ts'
import { checkNick } from '../node/chat-payload.ts'
import { NAT_FLAGS, parseNatFlags } from './nat-flags.ts'
import type { NatInit } from '../node/nat/options.ts'
import { LOG_LEVELS } from './logger.ts'
import type { LogLevel } from './logger.ts'
import { ChatError } from '../node/errors.ts'

export class UsageError extends ChatError {
  static name = 'UsageError'
  static culpritFirst = true
  readonly exitCode = 2

  constructor (message: string) {
    super(message)
  }
}

export interface RunConfig {
  identity?: string
  identityOut?: string
  listen?: string[]
  external: string[]
  bootstrap: string[]
  transports: { tcp: boolean, quic: boolean }
  room: string
  nick: string
  json: boolean
  stdin: boolean
  publish?: string
  publishTimeoutMs: number
  /** Stop after `publish` went out (or its deadline passed). */
  once: boolean
  logLevel: LogLevel
  metrics?: { host: string, port: number }
  pingIntervalMs: number
  dhtProtocolPrefix?: string
  dhtAddressFilter: DhtAddressFilter
  limits: Partial<ResourceBudget>
  nat: NatInit
}

/** One row per flag: parseArgs config and the help text come from the same table. */
export const RUN_FLAGS = {
  identity: { type: 'string', arg: 'PATH', help: 'load the secp256k1 identity from this protobuf key file' },
  'identity-out': { type: 'string', arg: 'PATH', help: 'generate an identity and save it here (never overwrites)' },
  listen: { type: 'string', multiple: true, arg: 'MULTIADDR', help: 'listen address, repeatable (default: all interfaces, TCP and QUIC, random ports)' },
  external: { type: 'string', multiple: true, arg: 'MULTIADDR', help: 'extra address to announce (identify, DHT), repeatable' },
  bootstrap: { type: 'string', multiple: true, arg: 'MULTIADDR', help: 'bootstrap peer, /p2p/<id> required; dns4, dns6, dnsaddr allowed; repeatable' },
  'tcp-only': { type: 'boolean', help: 'run TCP only' },
  'quic-only': { type: 'boolean', help: 'run QUIC only' },
  room: { type: 'string', arg: 'NAME', help: `chat room to join (default: ${DEFAULT_ROOM})` },
  nick: { type: 'string', arg: 'NICK', help: `nickname in your messages (default: ${DEFAULT_NICK})` },
  json: { type: 'boolean', help: 'NDJSON event stream on stdout instead of the human chat view' },
  stdin: { type: 'boolean', help: 'do not read stdin (daemon mode)' },
  publish: { type: 'string', arg: 'TEXT', help: 'publish one message as soon as a room peer can receive it' },
  'publish-timeout': { type: 'string', arg: 'SECONDS', help: 'how long --publish waits for a peer it can reach (default: 30)' },
  once: { type: 'boolean', help: 'with --publish: stop once the message went out (exit 0) or its deadline passed (exit 1); implied when stdin ends first' },
  'log-level': { type: 'string', arg: 'LEVEL', help: `stderr log level: ${LOG_LEVELS.join(', ')} (default: info)` },
  metrics: { type: 'string', arg: 'HOST:PORT', help: 'serve Prometheus metrics on http://HOST:PORT/metrics' },
  'ping-interval': { type: 'string', arg: 'SECONDS', help: 'ping every connected peer this often for the RTT histogram, 0 = off (default: 10)' },
  'dht-prefix': { type: 'string', arg: 'PREFIX', help: 'Kademlia protocol prefix (default: /p2p-chat)' },
  'dht-addresses': { type: 'string', arg: 'FILTER', help: 'addresses the DHT keeps: all, public-only, private-only (default: all)' },
  limits: { type: 'string', arg: 'lab|FILE', help: 'resource budget: "lab" lifts per-host limits (many nodes on one address), or a YAML/JSON file of budget keys (docs/security.md)' },
  ...NAT_FLAGS,
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'print the version' }
} as const

const DHT_FILTERS: DhtAddressFilter[] = ['all', 'public-only', 'private-only']

function parseOptions (argv: string[], flags: Record<string, { type: 'string' | 'boolean', multiple?: boolean, short?: string }>): Record<string, any> {
  try {
    return parseArgs({ args: argv, options: flags, strict: true, allowPositionals: false, allowNegative: true }).values
  } catch (err: any) {
    throw new UsageError(err.message)
  }
}

function parseMultiaddr (flag: string, value: string): Multiaddr {
  try {
    return multiaddr(value)
  } catch (err: any) {
    throw new UsageError(`--${flag} ${JSON.stringify(value)}: not a valid multiaddr (${err.message})`)
  }
}

function hasProtocol (ma: Multiaddr, name: string): boolean {
  return ma.getComponents().some(c => c.name === name)
}

/** `HOST:PORT` or `[IPV6]:PORT`; `what` names the flag or field in the error. */
export function parseHostPort (what: string, value: string): { host: string, port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value)
  const port = Number(match?.[3])
  if (match == null || port > 65535) {
    throw new UsageError(`${what} ${JSON.stringify(value)}: expected HOST:PORT, e.g. 127.0.0.1:9464`)
  }
  return { host: match[1] ?? match[2], port }
}

export function parseRunArgs (argv: string[]): RunConfig | 'help' | 'version' {
  const v = parseOptions(argv, RUN_FLAGS)
  if (v.help === true) return 'help'
  if (v.version === true) return 'version'

  if (v['tcp-only'] === true && v['quic-only'] === true) {
    throw new UsageError('--tcp-only and --quic-only exclude each other; give at most one')
  }
  if (v.identity != null && v['identity-out'] != null) {
    throw new UsageError('--identity and --identity-out exclude each other: load a key, or create one')
  }
  const transports = { tcp: v['quic-only'] !== true, quic: v['tcp-only'] !== true }

  const listen: string[] | undefined = v.listen?.map((value: string) => {
    const ma = parseMultiaddr('listen', value)
    if (hasProtocol(ma, 'quic-v1') && !transports.quic) throw new UsageError(`--listen ${value}: a QUIC address, but --tcp-only disables QUIC`)
    if (hasProtocol(ma, 'tcp') && !transports.tcp) throw new UsageError(`--listen ${value}: a TCP address, but --quic-only disables TCP`)
    if (!hasProtocol(ma, 'quic-v1') && !hasProtocol(ma, 'tcp')) throw new UsageError(`--listen ${value}: neither a TCP nor a QUIC (quic-v1) address`)
    return ma.toString()
  })
  const external: string[] = (v.external ?? []).map((value: string) => parseMultiaddr('external', value).toString())
  const bootstrap: string[] = (v.bootstrap ?? []).map((value: string) => {
    const ma = parseMultiaddr('bootstrap', value)
    const peerId = ma.getComponents().findLast(c => c.name === 'p2p')?.value
    if (peerId == null) throw new UsageError(`--bootstrap ${value}: must end in /p2p/<peer id>`)
    try {
      peerIdFromString(peerId)
    } catch {
      throw new UsageError(`--bootstrap ${value}: ${JSON.stringify(peerId)} is not a valid peer id`)
    }
    return ma.toString()
  })

  const nick: string = v.nick ?? DEFAULT_NICK
  const nickProblem = checkNick(nick, DEFAULT_VALIDATION_LIMITS)
  if (nickProblem != null) throw new UsageError(`--nick ${JSON.stringify(nick)}: ${nickProblem}`)

  const room: string = v.room ?? DEFAULT_ROOM
  if (!/^[\w.-]{1,64}$/.test(room)) throw new UsageError(`--room ${JSON.stringify(room)}: use 1-64 letters, digits, '.', '_' or '-'`)

  const logLevel = v['log-level'] ?? 'info'
  if (!LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log-level ${JSON.stringify(logLevel)}: expected one of ${LOG_LEVELS.join(', ')}`)

  const dhtAddressFilter = v['dht-addresses'] ?? 'all'
  if (!DHT_FILTERS.includes(dhtAddressFilter)) throw new UsageError(`--dht-addresses ${JSON.stringify(dhtAddressFilter)}: expected one of ${DHT_FILTERS.join(', ')}`)

  const timeoutSeconds = Number(v['publish-timeout'] ?? 30)
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError(`--publish-timeout ${JSON.stringify(v['publish-timeout'])}: expected a positive number of seconds`)

  const pingSeconds = Number(v['ping-interval'] ?? 10)
  if (!Number.isFinite(pingSeconds) || pingSeconds < 0) throw new UsageError(`--ping-interval ${JSON.stringify(v['ping-interval'])}: expected a number of seconds, 0 or more`)

  if (v.publish != null && v.publish.length === 0) throw new UsageError('--publish: the text must not be empty')
  if (v.once === true && v.publish == null) throw new UsageError('--once needs --publish TEXT: it stops the node once that message went out')

  return {
    identity: v.identity,
    identityOut: v['identity-out'],
    listen,
    external,
    bootstrap,
    transports,
    room,
    nick,
    json: v.json === true,
    stdin: v.stdin !== false,
    publish: v.publish,
    publishTimeoutMs: timeoutSeconds * 1000,
    once: v.once === true,
    logLevel,
    metrics: v.metrics != null ? parseHostPort('--metrics', v.metrics) : undefined,
    pingIntervalMs: pingSeconds * 1000,
    dhtProtocolPrefix: v['dht-prefix'],
    dhtAddressFilter,
    limits: v.limits != null ? parseLimitsFlag(v.limits, message => new UsageError(message)) : {},
    nat: parseNatFlags(v, message => new UsageError(message))
  }
}

export function parseKeygenArgs (argv: string[]): { out: string } | 'help' {
  const v = parseOptions(argv, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } })
  if (v.help === true) return 'help'
  if (v.out == null || v.out === '') throw new UsageError('keygen: --out PATH is required')
  return { out: v.out }
}

export function runHelp (): string {
  const rows = Object.entries(RUN_FLAGS).map(([name, f]) => {
    const short = 'short' in f ? `-${f.short}, ` : ''
    const flag = name === 'stdin' ? '--no-stdin' : `${short}--${name}${'arg' in f && f.arg != null ? ` ${f.arg}` : ''}`
    return `  ${flag.padEnd(30)} ${f.help}`
  })
  return [
    'Usage: p2p-chat [run] [options]      start a chat node',
    '       p2p-chat keygen --out PATH    create an identity key file and print its peer id',
    '       p2p-chat experiment ...       run and analyse experiments (p2p-chat experiment --help)',
    '       p2p-chat --version            print the version',
    '',
    'Options of run:',
    ...rows,
    '',
    'While it runs, type a line to send it to the room, or a command:',
    ...REPL_COMMANDS.map(([cmd, what]) => `  ${cmd.padEnd(30)} ${what}`),
    '',
    'With --metrics HOST:PORT the node serves GET /metrics (Prometheus) and GET /healthz ("ok").',
    'Exit codes: 0 clean stop, 1 runtime error (bad key file, port in use, --once message not sent),',
    '2 usage error (unknown flag, invalid value). Errors are one line on stderr naming the culprit.'
  ].join('\n')
}

export const KEYGEN_HELP = [
  'Usage: p2p-chat keygen --out PATH',
  '',
  'Creates a new secp256k1 identity, writes it to PATH as a libp2p PrivateKey protobuf (mode 0600,',
  'never overwriting an existing file) and prints its peer id. Start a node on it with',
  '`p2p-chat --identity PATH`.',
  '',
  'Options:',
  '  --out PATH                     where to write the key (required)',
  '  -h, --help                     show this help'
].join('\n')

/** REPL commands and what they do: the REPL's /help and --help share this table. */
export const REPL_COMMANDS: Array<[string, string]> = [
  ['/peers', 'connected peers, their transport, and who is in the room'],
  ['/id', 'this node\'s peer id'],
  ['/addrs', 'the addresses this node announces, and its NAT type (STUN)'],
  ['/help', 'this list'],
  ['/quit', 'stop the node (also Ctrl-D, Ctrl-C)']
]
