/**
 * The flags of a chat node that `p2p-chat run` (RUN_FLAGS, src/cli/args.ts) and `p2p-chat host`
 * (HOST_FLAGS, src/cli/host.ts) both take: one row each (parseArgs config and help) and one parser,
 * so a bad value gives the same error from both commands. Where the commands deliberately differ
 * (host: TCP only, no RTT pings, `--limits lab`, log level warn), the difference is the command's
 * NodeFlagDefaults, which both the parser and the help's "(default: ...)" read.
 */
import { parseArgs } from 'node:util'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { DEFAULT_ROOM, DEFAULT_VALIDATION_LIMITS, MAX_TEXT_BYTES_LIMIT } from '../node/options.ts'
import type { DhtAddressFilter } from '../node/options.ts'
import type { ResourceBudget } from '../node/resource-budget.ts'
import { parseLimitsFlag } from './limits-flag.ts'
import { LOG_LEVELS } from './logger.ts'
import type { LogLevel } from './logger.ts'
import { UsageError } from './usage-error.ts'

/** One flag: its parseArgs config and its help line. */
export interface FlagRow {
  readonly type: 'string' | 'boolean'
  readonly multiple?: boolean
  readonly short?: string
  /** the value's placeholder in the help, e.g. SECONDS */
  readonly arg?: string
  readonly help: string
  /** the help's "(default: ...)" */
  readonly defaultText?: string
  /** a boolean that is on unless negated: the help shows --no-NAME */
  readonly negated?: boolean
}

/** What a node flag means when it is not given; one per command. */
export interface NodeFlagDefaults {
  transports: { tcp: boolean, quic: boolean }
  pingIntervalS: number
  /** `--limits` when not given; undefined = the library's budget */
  limits?: string
  logLevel: LogLevel
}

/** The node flags' values, parsed and checked. */
export interface NodeFlags {
  bootstrap: string[]
  transports: { tcp: boolean, quic: boolean }
  room: string
  pingIntervalMs: number
  dhtProtocolPrefix?: string
  dhtAddressFilter: DhtAddressFilter
  limits: Partial<ResourceBudget>
  /** --max-text-bytes; undefined: the library's default */
  maxTextBytes?: number
  logLevel: LogLevel
  stdin: boolean
}

const DHT_FILTERS: DhtAddressFilter[] = ['all', 'public-only', 'private-only']

const transportsText = ({ tcp, quic }: NodeFlagDefaults['transports']): string => tcp && quic ? 'TCP and QUIC' : tcp ? 'TCP only' : 'QUIC only'

/** The node flags' rows, showing one command's defaults. */
export function nodeFlags (d: NodeFlagDefaults) {
  return {
    bootstrap: { type: 'string', multiple: true, arg: 'MULTIADDR', help: 'bootstrap peer, /p2p/<id> required; dns4, dns6, dnsaddr allowed; repeatable' },
    'tcp-only': { type: 'boolean', help: 'run TCP only', defaultText: transportsText(d.transports) },
    'quic-only': { type: 'boolean', help: 'run QUIC only' },
    room: { type: 'string', arg: 'NAME', help: 'chat room to join', defaultText: DEFAULT_ROOM },
    'ping-interval': { type: 'string', arg: 'SECONDS', help: 'ping every connected peer this often (RTT histogram, dead-link detection), 0 = off', defaultText: String(d.pingIntervalS) },
    'dht-prefix': { type: 'string', arg: 'PREFIX', help: 'Kademlia protocol prefix', defaultText: '/p2p-chat' },
    'dht-addresses': { type: 'string', arg: 'FILTER', help: `addresses the DHT keeps: ${DHT_FILTERS.join(', ')}`, defaultText: 'all' },
    limits: {
      type: 'string',
      arg: 'lab|FILE',
      help: 'resource budget: "lab" lifts per-host limits (many nodes on one address), or a YAML/JSON file of budget keys (docs/security.md)',
      ...(d.limits != null ? { defaultText: d.limits } : {})
    },
    'max-text-bytes': { type: 'string', arg: 'N', help: `longest room text taken and sent, bytes, up to ${MAX_TEXT_BYTES_LIMIT}; every node of a room needs the same (a longer text is refused, not forwarded)`, defaultText: String(DEFAULT_VALIDATION_LIMITS.maxTextBytes) },
    'log-level': { type: 'string', arg: 'LEVEL', help: `stderr log level: ${LOG_LEVELS.join(', ')}`, defaultText: d.logLevel },
    stdin: { type: 'boolean', negated: true, help: 'do not read stdin (daemon mode: run until SIGINT/SIGTERM)' }
  } as const satisfies Record<string, FlagRow>
}

/** The help lines of a flag table, in its order. */
export function flagHelp (flags: Record<string, FlagRow>): string[] {
  return Object.entries(flags).map(([name, f]) => {
    const short = f.short != null ? `-${f.short}, ` : ''
    const flag = f.negated === true ? `--no-${name}` : `${short}--${name}${f.arg != null ? ` ${f.arg}` : ''}`
    return `  ${flag.padEnd(30)} ${f.help}${f.defaultText != null ? ` (default: ${f.defaultText})` : ''}`
  })
}

/** parseArgs over a flag table; `command` prefixes parseArgs' own errors (unknown flag, missing value). */
export function parseFlagValues (argv: string[], flags: Record<string, Pick<FlagRow, 'type' | 'multiple' | 'short'>>, command = ''): Record<string, any> {
  try {
    return parseArgs({ args: argv, options: flags, strict: true, allowPositionals: false, allowNegative: true }).values
  } catch (err: any) {
    throw new UsageError(`${command}${err.message}`)
  }
}

export function parseMultiaddr (flag: string, value: string): Multiaddr {
  try {
    return multiaddr(value)
  } catch (err: any) {
    throw new UsageError(`--${flag} ${JSON.stringify(value)}: not a valid multiaddr (${err.message})`)
  }
}

function parseBootstrap (value: string): string {
  const ma = parseMultiaddr('bootstrap', value)
  const peerId = ma.getComponents().findLast(c => c.name === 'p2p')?.value
  if (peerId == null) throw new UsageError(`--bootstrap ${value}: must end in /p2p/<peer id>`)
  try {
    peerIdFromString(peerId)
  } catch {
    throw new UsageError(`--bootstrap ${value}: ${JSON.stringify(peerId)} is not a valid peer id`)
  }
  return ma.toString()
}

/** The node flags of parseArgs values `v`; `d` fills in what is not given. */
export function parseNodeFlags (v: Record<string, any>, d: NodeFlagDefaults): NodeFlags {
  if (v['tcp-only'] === true && v['quic-only'] === true) {
    throw new UsageError('--tcp-only and --quic-only exclude each other; give at most one')
  }
  const transports = v['tcp-only'] === true ? { tcp: true, quic: false } : v['quic-only'] === true ? { tcp: false, quic: true } : { ...d.transports }

  const bootstrap: string[] = (v.bootstrap ?? []).map(parseBootstrap)

  const room: string = v.room ?? DEFAULT_ROOM
  if (!/^[\w.-]{1,64}$/.test(room)) throw new UsageError(`--room ${JSON.stringify(room)}: use 1-64 letters, digits, '.', '_' or '-'`)

  const logLevel = v['log-level'] ?? d.logLevel
  if (!LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log-level ${JSON.stringify(logLevel)}: expected one of ${LOG_LEVELS.join(', ')}`)

  const dhtAddressFilter = v['dht-addresses'] ?? 'all'
  if (!DHT_FILTERS.includes(dhtAddressFilter)) throw new UsageError(`--dht-addresses ${JSON.stringify(dhtAddressFilter)}: expected one of ${DHT_FILTERS.join(', ')}`)

  const pingSeconds = Number(v['ping-interval'] ?? d.pingIntervalS)
  if (!Number.isFinite(pingSeconds) || pingSeconds < 0) throw new UsageError(`--ping-interval ${JSON.stringify(v['ping-interval'])}: expected a number of seconds, 0 or more`)

  const maxTextBytes = v['max-text-bytes'] != null ? Number(v['max-text-bytes']) : undefined
  if (maxTextBytes != null && (!Number.isInteger(maxTextBytes) || maxTextBytes < 1 || maxTextBytes > MAX_TEXT_BYTES_LIMIT)) {
    throw new UsageError(`--max-text-bytes ${JSON.stringify(v['max-text-bytes'])}: expected a whole number of bytes from 1 to ${MAX_TEXT_BYTES_LIMIT}`)
  }

  const limits = v.limits ?? d.limits
  return {
    bootstrap,
    transports,
    room,
    pingIntervalMs: pingSeconds * 1000,
    dhtProtocolPrefix: v['dht-prefix'],
    dhtAddressFilter,
    limits: limits != null ? parseLimitsFlag(limits, message => new UsageError(message)) : {},
    maxTextBytes,
    logLevel,
    stdin: v.stdin !== false
  }
}
