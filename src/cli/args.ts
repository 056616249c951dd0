/**
 * Command-line parsing and validation. Every usage error names the flag and the value and ends
 * the process with exit code 2 (`UsageError`).
 */
import { parseArgs } from 'node:util'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import { DEFAULT_NICK, DEFAULT_ROOM, DEFAULT_VALIDATION_LIMITS } from '../node/options.ts'
import type { DhtAddressFilter } from '../node/options.ts'
import { checkNick } from '../node/chat-payload.ts'
import { LOG_LEVELS } from './logger.ts'
import type { LogLevel } from './logger.ts'

export class UsageError extends Error {
  static name = 'UsageError'
  readonly exitCode = 2

  constructor (message: string) {
    super(message)
    this.name = 'UsageError'
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
  logLevel: LogLevel
  metrics?: { host: string, port: number }
  pingIntervalMs: number
  dhtProtocolPrefix?: string
  dhtAddressFilter: DhtAddressFilter
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
  publish: { type: 'string', arg: 'TEXT', help: 'publish one message once the room has a peer' },
  'publish-timeout': { type: 'string', arg: 'SECONDS', help: 'how long --publish waits for a peer (default: 30)' },
  'log-level': { type: 'string', arg: 'LEVEL', help: `stderr log level: ${LOG_LEVELS.join(', ')} (default: info)` },
  metrics: { type: 'string', arg: 'HOST:PORT', help: 'serve Prometheus metrics on http://HOST:PORT/metrics' },
  'ping-interval': { type: 'string', arg: 'SECONDS', help: 'ping every connected peer this often for the RTT histogram, 0 = off (default: 10)' },
  'dht-prefix': { type: 'string', arg: 'PREFIX', help: 'Kademlia protocol prefix (default: /p2p-chat)' },
  'dht-addresses': { type: 'string', arg: 'FILTER', help: 'addresses the DHT keeps: all, public-only, private-only (default: all)' },
  help: { type: 'boolean', help: 'show this help' }
} as const

const DHT_FILTERS: DhtAddressFilter[] = ['all', 'public-only', 'private-only']

function parseOptions (argv: string[], flags: Record<string, { type: 'string' | 'boolean', multiple?: boolean }>): Record<string, any> {
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

function parseHostPort (flag: string, value: string): { host: string, port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value)
  const port = Number(match?.[3])
  if (match == null || port > 65535) {
    throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected HOST:PORT, e.g. 127.0.0.1:9464`)
  }
  return { host: match[1] ?? match[2], port }
}

export function parseRunArgs (argv: string[]): RunConfig | 'help' {
  const v = parseOptions(argv, RUN_FLAGS)
  if (v.help === true) return 'help'

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
    if (!hasProtocol(ma, 'p2p')) throw new UsageError(`--bootstrap ${value}: must end in /p2p/<peer id>`)
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
    logLevel,
    metrics: v.metrics != null ? parseHostPort('metrics', v.metrics) : undefined,
    pingIntervalMs: pingSeconds * 1000,
    dhtProtocolPrefix: v['dht-prefix'],
    dhtAddressFilter
  }
}

export function parseKeygenArgs (argv: string[]): { out: string } | 'help' {
  const v = parseOptions(argv, { out: { type: 'string' }, help: { type: 'boolean' } })
  if (v.help === true) return 'help'
  if (v.out == null || v.out === '') throw new UsageError('keygen: --out PATH is required')
  return { out: v.out }
}

export function runHelp (): string {
  const rows = Object.entries(RUN_FLAGS).map(([name, f]) => {
    const flag = name === 'stdin' ? '--no-stdin' : `--${name}${'arg' in f && f.arg != null ? ` ${f.arg}` : ''}`
    return `  ${flag.padEnd(30)} ${f.help}`
  })
  return [
    'Usage: p2p-chat [run] [options]      start a chat node',
    '       p2p-chat keygen --out PATH    create an identity key file and print its peer id',
    '',
    'Options of run:',
    ...rows,
    '',
    'Exit codes: 0 clean stop, 1 runtime error (e.g. a bad key file), 2 usage error.'
  ].join('\n')
}
