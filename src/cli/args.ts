/**
 * Command-line parsing and validation of `run` and `keygen`. Every usage error names the flag and
 * the value and ends the process with exit code 2 (`UsageError`). The node flags `run` shares with
 * `host` (room, bootstrap, transports, pings, DHT, limits, log level, stdin) are src/cli/node-flags.ts.
 */
import type { ResourceBudget } from '../node/resource-budget.ts'
import { DEFAULT_DISCOVERY_TARGET_PEERS, DEFAULT_DM_POLICY, DEFAULT_HISTORY_OPTIONS, DEFAULT_NICK, DEFAULT_VALIDATION_LIMITS, DM_POLICIES } from '../node/options.ts'
import type { DhtAddressFilter, DmPolicy } from '../node/options.ts'
import type { Multiaddr } from '@multiformats/multiaddr'
import { checkNick } from '../node/chat-payload.ts'
import { NAT_FLAGS, parseNatFlags } from './nat-flags.ts'
import type { NatInit } from '../node/nat/options.ts'
import type { LogLevel } from './logger.ts'
import { flagHelp, nodeFlags, parseFlagValues, parseMultiaddr, parseNodeFlags } from './node-flags.ts'
import type { FlagRow, NodeFlagDefaults } from './node-flags.ts'
import { UsageError } from './usage-error.ts'

export { UsageError }

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
  /** --data-dir: identity, peer store and history kept across restarts */
  dataDir?: string
  history: { maxMessages: number, maxAgeMs: number }
  dmPolicy: DmPolicy
  /** --target-peers: the DHT walk looks for peers while fewer are connected */
  targetPeers?: number
  /** --max-text-bytes: the longest room text; undefined: the library's default */
  maxTextBytes?: number
}

/** What `run`'s node flags mean when not given (`host` has its own: HOST_NODE_DEFAULTS). */
export const RUN_NODE_DEFAULTS: NodeFlagDefaults = { transports: { tcp: true, quic: true }, pingIntervalS: 10, logLevel: 'info' }

/**
 * One row per flag: parseArgs config and the help text come from the same table; the node flags
 * (src/cli/node-flags.ts) are `host`'s too.
 */
export const RUN_FLAGS = {
  identity: { type: 'string', arg: 'PATH', help: 'load the secp256k1 identity from this protobuf key file' },
  'identity-out': { type: 'string', arg: 'PATH', help: 'generate an identity and save it here (never overwrites)' },
  listen: { type: 'string', multiple: true, arg: 'MULTIADDR', help: 'listen address, repeatable (default: all interfaces, TCP and QUIC, random ports)' },
  external: { type: 'string', multiple: true, arg: 'MULTIADDR', help: 'extra address to announce (identify, DHT), repeatable' },
  ...nodeFlags(RUN_NODE_DEFAULTS),
  nick: { type: 'string', arg: 'NICK', help: 'nickname in your messages', defaultText: DEFAULT_NICK },
  json: { type: 'boolean', help: 'NDJSON event stream on stdout instead of the human chat view' },
  publish: { type: 'string', arg: 'TEXT', help: 'publish one message as soon as a room peer can receive it' },
  'publish-timeout': { type: 'string', arg: 'SECONDS', help: 'how long --publish waits for a peer it can reach', defaultText: '30' },
  once: { type: 'boolean', help: 'with --publish: stop once the message went out (exit 0) or its deadline passed (exit 1); implied when stdin ends first' },
  metrics: { type: 'string', arg: 'HOST:PORT', help: 'serve Prometheus metrics on http://HOST:PORT/metrics' },
  'data-dir': { type: 'string', arg: 'DIR', help: 'keep the identity (unless --identity), known peers and the room history here across restarts (created 0700)' },
  history: { type: 'string', arg: 'N', help: 'room messages kept and served to late joiners, 0 = no history', defaultText: String(DEFAULT_HISTORY_OPTIONS.maxMessages) },
  'history-age': { type: 'string', arg: 'HOURS', help: 'oldest room message kept', defaultText: String(DEFAULT_HISTORY_OPTIONS.maxAgeMs / 3_600_000) },
  'target-peers': { type: 'string', arg: 'N', help: 'look for more peers (DHT random walks) while fewer than N are connected', defaultText: String(DEFAULT_DISCOVERY_TARGET_PEERS) },
  'dm-policy': { type: 'string', arg: 'POLICY', help: `direct messages accepted: ${DM_POLICIES.join(', ')} (room: from peers in this room)`, defaultText: DEFAULT_DM_POLICY },
  ...NAT_FLAGS,
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'print the version' }
} as const satisfies Record<string, FlagRow>

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

/** --history's ceiling: the store's index lives in memory (~150 B a message). */
const MAX_HISTORY_MESSAGES = 1_000_000

export function parseRunArgs (argv: string[]): RunConfig | 'help' | 'version' {
  const v = parseFlagValues(argv, RUN_FLAGS)
  if (v.help === true) return 'help'
  if (v.version === true) return 'version'

  const node = parseNodeFlags(v, RUN_NODE_DEFAULTS)
  if (v.identity != null && v['identity-out'] != null) {
    throw new UsageError('--identity and --identity-out exclude each other: load a key, or create one')
  }
  const { transports } = node

  const listen: string[] | undefined = v.listen?.map((value: string) => {
    const ma = parseMultiaddr('listen', value)
    if (hasProtocol(ma, 'quic-v1') && !transports.quic) throw new UsageError(`--listen ${value}: a QUIC address, but --tcp-only disables QUIC`)
    if (hasProtocol(ma, 'tcp') && !transports.tcp) throw new UsageError(`--listen ${value}: a TCP address, but --quic-only disables TCP`)
    if (!hasProtocol(ma, 'quic-v1') && !hasProtocol(ma, 'tcp')) throw new UsageError(`--listen ${value}: neither a TCP nor a QUIC (quic-v1) address`)
    return ma.toString()
  })
  const external: string[] = (v.external ?? []).map((value: string) => parseMultiaddr('external', value).toString())

  const nick: string = v.nick ?? DEFAULT_NICK
  const nickProblem = checkNick(nick, DEFAULT_VALIDATION_LIMITS)
  if (nickProblem != null) throw new UsageError(`--nick ${JSON.stringify(nick)}: ${nickProblem}`)

  const timeoutSeconds = Number(v['publish-timeout'] ?? 30)
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError(`--publish-timeout ${JSON.stringify(v['publish-timeout'])}: expected a positive number of seconds`)

  if (v.publish != null && v.publish.length === 0) throw new UsageError('--publish: the text must not be empty')
  if (v.once === true && v.publish == null) throw new UsageError('--once needs --publish TEXT: it stops the node once that message went out')

  const historySize = Number(v.history ?? DEFAULT_HISTORY_OPTIONS.maxMessages)
  if (!Number.isInteger(historySize) || historySize < 0 || historySize > MAX_HISTORY_MESSAGES) throw new UsageError(`--history ${JSON.stringify(v.history)}: expected a whole number of messages from 0 (off) to ${MAX_HISTORY_MESSAGES}`)
  const historyHours = Number(v['history-age'] ?? DEFAULT_HISTORY_OPTIONS.maxAgeMs / 3_600_000)
  if (!Number.isFinite(historyHours) || historyHours <= 0) throw new UsageError(`--history-age ${JSON.stringify(v['history-age'])}: expected a positive number of hours`)
  const dmPolicy = v['dm-policy'] ?? DEFAULT_DM_POLICY
  if (!DM_POLICIES.includes(dmPolicy)) throw new UsageError(`--dm-policy ${JSON.stringify(dmPolicy)}: expected one of ${DM_POLICIES.join(', ')}`)
  const targetPeers = v['target-peers'] != null ? Number(v['target-peers']) : undefined
  if (targetPeers != null && (!Number.isInteger(targetPeers) || targetPeers < 0)) throw new UsageError(`--target-peers ${JSON.stringify(v['target-peers'])}: expected a whole number of peers, 0 or more`)
  if (v['data-dir'] === '') throw new UsageError('--data-dir: the directory must not be empty')
  if (v['data-dir'] != null && v['identity-out'] != null) throw new UsageError('--data-dir and --identity-out exclude each other: the data directory keeps its own identity')

  return {
    dataDir: v['data-dir'],
    history: { maxMessages: historySize, maxAgeMs: historyHours * 3_600_000 },
    dmPolicy,
    targetPeers,
    identity: v.identity,
    identityOut: v['identity-out'],
    listen,
    external,
    bootstrap: node.bootstrap,
    transports,
    room: node.room,
    nick,
    json: v.json === true,
    stdin: node.stdin,
    publish: v.publish,
    publishTimeoutMs: timeoutSeconds * 1000,
    once: v.once === true,
    logLevel: node.logLevel,
    metrics: v.metrics != null ? parseHostPort('--metrics', v.metrics) : undefined,
    pingIntervalMs: node.pingIntervalMs,
    dhtProtocolPrefix: node.dhtProtocolPrefix,
    dhtAddressFilter: node.dhtAddressFilter,
    limits: node.limits,
    maxTextBytes: node.maxTextBytes,
    nat: parseNatFlags(v, message => new UsageError(message))
  }
}

export function parseKeygenArgs (argv: string[]): { out: string } | 'help' {
  const v = parseFlagValues(argv, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } })
  if (v.help === true) return 'help'
  if (v.out == null || v.out === '') throw new UsageError('keygen: --out PATH is required')
  return { out: v.out }
}

export function runHelp (): string {
  const rows = flagHelp(RUN_FLAGS)
  return [
    'Usage: p2p-chat [run] [options]      start a chat node',
    '       p2p-chat keygen --out PATH    create an identity key file and print its peer id',
    '       p2p-chat experiment ...       run and analyse experiments (p2p-chat experiment --help)',
    '       p2p-chat interop-node --params FILE   a gossipsub-interop node (p2p-chat interop-node --help)',
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
  ['/history [N]', 'the last N room messages this node keeps (default 20), history marked'],
  ['/dm PEER TEXT', 'send TEXT to one peer (a peer id, or the nick of exactly one room peer)'],
  ['/dms', 'direct messages of this session, received and sent'],
  ['/hangup PEER', 'close every connection to a peer (it may come back)'],
  ['/help', 'this list'],
  ['/quit', 'stop the node (also Ctrl-D, Ctrl-C)']
]
