/**
 * The line protocol between a p2p-chat process and whoever drives it from another process (the
 * experiment runner, the NAT lab, the test helpers, the benchmarks, the trace analysis): NDJSON,
 * one JSON object per line, each line versioned (`"v": 1`; a line without `v` is read as version 1,
 * what every trace written before the field carries).
 *
 * Two streams come out, both the library's `ChatNodeEvent`s plus the process's own lines:
 *   host  `p2p-chat host`: `ready`/`stopped`/`error` carrying the host's `index` of a node, and
 *         `host:ready` once the nodes of `--nodes` are up (see src/cli/host.ts)
 *   run   `p2p-chat --json`: `ready` (this node's addresses), the REPL's answers (`id`, `addrs`,
 *         `peers`, `help`, each with `data`) and `error`
 * and one goes in: the host's stdin commands (`start`, `publish`, `stop`, `kill`, `quit`); the
 * host's node defaults come typed too, as the JSON of `p2p-chat host --config` (`HostNodeConfig`).
 *
 * Every parser here is a hand-written validator over `unknown`: a line is rebuilt field by field
 * from what was checked, so nothing unchecked crosses the process boundary, and a malformed line
 * throws a `HostProtocolError` whose message starts with the culprit (the field, the event name,
 * the version). The tables of fields are checked against the library's own types at compile time
 * (`Same<...>` below), so the protocol cannot drift from `ChatNodeEvent`.
 */
import { ChatError } from './errors.ts'
import { IGNORE_REASONS, REJECT_REASONS } from './chat-payload.ts'
import { TRANSPORTS } from './transport.ts'
import type { ChatNodeEvent, ChatNodeEventBody } from './node-events.ts'
import type { HostEventBody } from './node-host.ts'
import type { NatStatus } from './nat/status.ts'
import type { GossipsubKnobs } from './gossipsub-knobs.ts'
import { NODE_ROLES } from './node-role.ts'

/** The version every line is written with; the parsers accept this one only. */
export const PROTOCOL_VERSION = 1

/** A line of the protocol is malformed: `problem` names the culprit, `line` is the line (cut). */
export class HostProtocolError extends ChatError {
  static name = 'HostProtocolError'
  static culpritFirst = true
  readonly problem: string
  readonly line: string

  constructor (problem: string, line: string) {
    const shown = line.length > 200 ? `${line.slice(0, 200)}...` : line
    super(`${problem} (in ${JSON.stringify(shown)})`)
    this.problem = problem
    this.line = shown
  }
}

// ---- validators: (value, where) -> the value typed, or throw a Problem naming `where` ----------

/** A field of a line is wrong; becomes a HostProtocolError carrying the line (internal). */
class Problem extends ChatError {
  static name = 'Problem'
}

type Check<T> = (v: unknown, at: string) => T
interface Optional<T> { readonly optional: Check<T> }
type Field = Check<unknown> | Optional<unknown>
type Shape = Record<string, Field>
type Simplify<T> = { [K in keyof T]: T[K] } & {}
type Out<S extends Shape> = Simplify<
{ [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never } &
{ [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never }
>

const describe = (v: unknown): string => v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v) : typeof v === 'object' ? 'an object' : String(v)
const fail = (at: string, expected: string, v: unknown): never => {
  throw new Problem(v === undefined ? `"${at}": missing (expected ${expected})` : `"${at}": expected ${expected}, got ${describe(v)}`)
}

const str: Check<string> = (v, at) => typeof v === 'string' ? v : fail(at, 'a string', v)
const num: Check<number> = (v, at) => typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'a number', v)
const int: Check<number> = (v, at) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : fail(at, 'an integer >= 0', v)
const seconds: Check<number> = (v, at) => typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(at, 'a number of seconds >= 0', v)
const positive: Check<number> = (v, at) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : fail(at, 'an integer >= 1', v)
const bool: Check<boolean> = (v, at) => typeof v === 'boolean' ? v : fail(at, 'true or false', v)
const oneOf = <const T extends readonly string[]>(...values: T): Check<T[number]> =>
  (v, at) => values.find(x => x === v) ?? fail(at, `one of ${values.join(', ')}`, v)
const arrayOf = <T>(item: Check<T>): Check<T[]> => (v, at) => Array.isArray(v) ? v.map((x: unknown, i) => item(x, `${at}[${i}]`)) : fail(at, 'an array', v)
const opt = <T>(check: Check<T>): Optional<T> => ({ optional: check })
const isOptional = (f: Field): f is Optional<unknown> => typeof f !== 'function'

function isRecord (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The fields of `shape` out of `v`, checked; fields not in the shape are left out. */
function fields<S extends Shape> (shape: S, v: Record<string, unknown>, prefix = ''): Out<S> {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(shape)) {
    const value = v[key]
    if (isOptional(field)) {
      if (value !== undefined) out[key] = field.optional(value, prefix + key)
    } else {
      out[key] = field(value, prefix + key)
    }
  }
  // sound: every key of S was checked by its own validator just above
  return out as Out<S>
}

const object = <S extends Shape>(shape: S): Check<Out<S>> => (v, at) => isRecord(v) ? fields(shape, v, `${at}.`) : fail(at, 'an object', v)

// ---- the tables ---------------------------------------------------------------------------------

const peer = { peerId: str, transport: oneOf(...TRANSPORTS), remoteAddr: str }
const natClass = oneOf('open', 'full-cone', 'address-restricted', 'port-restricted', 'symmetric', 'unknown')
const mapping = oneOf('none', 'endpoint-independent', 'address-dependent', 'address-and-port-dependent', 'unknown')
const filtering = oneOf('endpoint-independent', 'address-dependent', 'address-and-port-dependent', 'unknown')
const direction = oneOf('inbound', 'outbound')
const outcome = oneOf('reject', 'ignore')
const reason = oneOf(...REJECT_REASONS, ...IGNORE_REASONS)

/** A room message's verifiable fields: `message` (gossip) and `history` (fetched) carry the same. */
const messageFields = {
  id: str, from: str, publicKey: str, topic: str, seqno: str, data: str, signature: str, propagationSource: str,
  version: num, nick: str, text: str, sentAtMs: num, receivedAtMs: num, latencyMs: num
}

/** The body of every `ChatNodeEvent` kind, by `event`. */
const NODE_EVENTS = {
  'peer:connected': peer,
  'peer:disconnected': peer,
  'room:peer-joined': { peerId: str, roomPeers: int },
  'room:peer-left': { peerId: str, roomPeers: int },
  'room:ready': { sendablePeers: int },
  'room:unready': {},
  message: messageFields,
  published: { id: str, text: str, sentAtMs: num, publishedAtMs: num, recipients: int, recipientPeers: arrayOf(str) },
  rejected: { outcome, reason, propagationSource: opt(str) },
  'rejected:summary': { intervalMs: num, suppressed: int, reasons: arrayOf(object({ outcome, reason, count: int })), sources: int },
  duplicate: { id: str, count: positive },
  verdict: { peerId: str, verdict: oneOf('graylisted', 'pruned'), score: num },
  bootstrap: { address: str, peerId: str, outcome: oneOf('success', 'failure'), error: opt(str), retryInMs: opt(num) },
  history: messageFields,
  'history:synced': { peers: int, received: int, accepted: int, duplicates: int, refused: int, durationMs: num },
  'history:refused': { servedBy: str, reason: str },
  dm: {
    id: str, from: str, to: str, publicKey: str, data: str, signature: str,
    version: num, nick: str, text: str, sentAtMs: num, receivedAtMs: num
  },
  'dm:sent': { id: str, to: str, text: str, status: str, reason: opt(str), sentAtMs: num, rttMs: num, dialed: bool },
  rejoin: { known: int, dialed: int, connected: int },
  'nat:mapped': { address: str, server: str },
  'nat:type': { type: natClass, mapping, filtering, server: str },
  'nat:stun-failed': { server: str, error: str, retryInMs: num },
  'nat:reservation': { relay: str, address: str },
  'nat:relayed': { peerId: str, relay: str, direction },
  'nat:punch': { peerId: str },
  'nat:direct': { peerId: str, ms: num, remoteAddr: str, direction },
  'nat:fallback': { peerId: str, reason: str }
} satisfies Record<ChatNodeEventBody['event'], Shape>

/** `p2p-chat host`'s own lines (`node`, the peer id, is there when the node is known). */
const HOST_EVENTS = {
  ready: { index: int, addrs: arrayOf(str), room: str, topic: str, metricsUrl: opt(str) },
  stopped: { index: int, how: oneOf('stop', 'kill') },
  error: { index: opt(int), kind: str, message: str }
} satisfies Record<HostEventBody['event'], Shape>

const natStatus: Check<NatStatus> = (v, at) => {
  if (!isRecord(v)) return fail(at, 'an object', v)
  const state = oneOf('classified', 'pending', 'off')(v.state, `${at}.state`)
  if (state !== 'classified') return { state }
  return { state, ...fields({ type: natClass, mapping, filtering, mapped: str }, v, `${at}.`) }
}

/** `p2p-chat --json`'s own lines: its `ready`, the REPL's answers and its problems. */
const RUN_EVENTS = {
  ready: { peerId: str, addrs: arrayOf(str), room: str, topic: str, ephemeralIdentity: bool, metricsUrl: opt(str) },
  id: { data: str },
  addrs: { data: object({ addrs: arrayOf(str), nat: natStatus }) },
  peers: { data: arrayOf(object({ ...peer, inRoom: bool })) },
  help: { data: str },
  'history:list': { data: arrayOf(object({ id: str, from: str, nick: str, text: str, sentAtMs: num })) },
  'dm:list': { data: arrayOf(object({ direction: oneOf('in', 'out'), peerId: str, text: str, ts: num, status: str })) },
  hangup: { data: object({ peerId: str, closed: int }) },
  error: { kind: str, message: str }
} satisfies Record<string, Shape>

/**
 * A node's own gossipsub knobs (src/node/gossipsub-knobs.ts), each optional: the ones given replace
 * the defaults, and the node checks their relations (D against Dlo, Dhi, ...) when it starts.
 */
const GOSSIPSUB_KNOBS = {
  D: opt(int),
  Dlo: opt(int),
  Dhi: opt(int),
  Dscore: opt(int),
  Dout: opt(int),
  Dlazy: opt(int),
  heartbeatIntervalMs: opt(num),
  mcacheLength: opt(int),
  mcacheGossip: opt(int),
  fanoutTTLMs: opt(num),
  seenTTLMs: opt(num),
  floodPublish: opt(bool),
  idontwant: opt(bool),
  idontwantMinBytes: opt(int),
  opportunisticGraft: opt(bool),
  scoring: opt(oneOf('chat-room', 'off')),
  validationDelayMs: opt(num)
} satisfies Shape

/** The knobs that shape who connects to whom: random walks below `targetPeers`, trimming between the watermarks. */
const TOPOLOGY_KNOBS = { targetPeers: opt(int), lowWater: opt(int), highWater: opt(int) } satisfies Shape

/** An experiment's adversary (node-role.ts): `peers` for a censor, `ratePerS` and `invalid` for a spammer. */
const ROLE = { kind: oneOf(...NODE_ROLES), peers: opt(arrayOf(str)), ratePerS: opt(num), invalid: opt(bool) } satisfies Shape

const COMMANDS = {
  start: {
    node: int,
    listen: opt(arrayOf(str)),
    bootstrap: opt(arrayOf(str)),
    identity: opt(str),
    metrics: opt(str),
    nick: opt(str),
    gossipsub: opt(object(GOSSIPSUB_KNOBS)),
    topology: opt(object(TOPOLOGY_KNOBS)),
    role: opt(object(ROLE))
  },
  publish: { node: int, text: str, waitMs: opt(num) },
  stop: { node: int },
  kill: { node: int },
  quit: {}
} satisfies Record<string, Shape>

/**
 * The defaults of every node of a `p2p-chat host` (`--config JSON`), what the runner used to spell
 * as flags: a flag given beside it still wins (the spec's `node.extraArgs`).
 */
const HOST_CONFIG = {
  transport: opt(oneOf('tcp', 'quic')),
  /** RTT pings per node, seconds; 0 = off */
  pingIntervalS: opt(seconds),
  maxConnections: opt(positive),
  /** room messages each node keeps and serves; 0 (the host's default) = history off */
  historyMessages: opt(int),
  /** libp2p's and all gossipsub metrics in every node's registry */
  fullMetrics: opt(bool),
  /** the longest room text every node takes, bytes (the node checks its range); the experiment runner's: its workload's largest message */
  maxTextBytes: opt(positive),
  /** the host's stderr log level (checked by the CLI against its levels) */
  logLevel: opt(str)
} satisfies Shape

type Union<M extends Record<string, Shape>, Key extends string> = { [K in keyof M & string]: Simplify<Record<Key, K> & Out<M[K]>> }[keyof M & string]

/**
 * The compile-time proof that a table and the library's type describe the same records: each
 * record of one is assignable to the other, and each event has the same field names (optional
 * ones included, which assignability alone lets through).
 */
type Same<A, B> = [A] extends [B] ? [B] extends [A] ? true : false : false
type SameFields<M extends Record<string, Shape>, U extends { event: string }> =
  { [K in keyof M & string]: Same<keyof Out<M[K]>, Exclude<keyof Extract<U, { event: K }>, 'event'>> }[keyof M & string]
const proven = <T extends true>(): T | undefined => undefined
proven<Same<Union<typeof NODE_EVENTS, 'event'>, ChatNodeEventBody>>()
proven<SameFields<typeof NODE_EVENTS, ChatNodeEventBody>>()
proven<Same<Union<typeof HOST_EVENTS, 'event'>, HostEventBody>>()
proven<SameFields<typeof HOST_EVENTS, HostEventBody>>()
proven<Same<Out<typeof GOSSIPSUB_KNOBS>, Partial<GossipsubKnobs>>>()

// ---- the messages -------------------------------------------------------------------------------

/** `p2p-chat host`'s own lines about a node: `node` is its peer id when known. */
export type HostNodeLine = { node?: string, ts: number } & HostEventBody
export type HostReadyLine = { event: 'host:ready', ts: number, nodes: number }
/** A line of `p2p-chat host`'s stdout. */
export type HostStreamEvent = ChatNodeEvent | HostNodeLine | HostReadyLine

export type RunOwnEventBody = Union<typeof RUN_EVENTS, 'event'>
/** The REPL's answers on the run stream (`/id`, `/addrs`, `/peers`, `/help`). */
export type RunAnswerBody = Extract<RunOwnEventBody, { event: 'id' | 'addrs' | 'peers' | 'help' | 'history:list' | 'dm:list' | 'hangup' }>
/** A line of `p2p-chat --json`'s stdout. */
export type RunStreamEvent = ChatNodeEvent | ({ node: string, ts: number } & RunOwnEventBody)

/** A command on `p2p-chat host`'s stdin. */
export type HostCommand = Union<typeof COMMANDS, 'cmd'>

export type EventStream = 'host' | 'run'

const known = (table: object): string => Object.keys(table).join(', ')

function parseObject (line: string): Record<string, unknown> {
  let v: unknown
  try {
    v = JSON.parse(line)
  } catch {
    throw new HostProtocolError('not JSON', line)
  }
  if (!isRecord(v)) throw new HostProtocolError(`not a JSON object (${describe(v)})`, line)
  if (v.v !== undefined && v.v !== PROTOCOL_VERSION) throw new HostProtocolError(`"v": version ${describe(v.v)} is not the supported ${PROTOCOL_VERSION}`, line)
  return v
}

function has<M extends object> (table: M, key: string): key is keyof M & string {
  return Object.hasOwn(table, key)
}

/**
 * One line of the `host` or the `run --json` stream, checked field by field.
 * @throws HostProtocolError naming the culprit: not JSON, wrong version, unknown event, a field missing or mistyped
 */
export function parseEventLine (line: string, stream: 'host'): HostStreamEvent
export function parseEventLine (line: string, stream: 'run'): RunStreamEvent
export function parseEventLine (line: string, stream: EventStream): HostStreamEvent | RunStreamEvent {
  const v = parseObject(line)
  try {
    const event = str(v.event, 'event')
    const ts = num(v.ts, 'ts')
    if (stream === 'host') {
      if (event === 'host:ready') return { event, ts, nodes: int(v.nodes, 'nodes') }
      if (has(HOST_EVENTS, event)) {
        const node = v.node !== undefined ? { node: str(v.node, 'node') } : {}
        // sound: HOST_EVENTS[event] is the shape of this very event (proven<Same<...>> above)
        return { event, ts, ...node, ...fields(HOST_EVENTS[event], v) } as HostNodeLine
      }
    } else if (has(RUN_EVENTS, event)) {
      return { event, ts, node: str(v.node, 'node'), ...fields(RUN_EVENTS[event], v) } as RunStreamEvent
    }
    if (has(NODE_EVENTS, event)) {
      // sound: NODE_EVENTS[event] is the shape of this very event (proven<Same<...>> above)
      return { event, ts, node: str(v.node, 'node'), ...fields(NODE_EVENTS[event], v) } as ChatNodeEvent
    }
    const own = stream === 'host' ? `host:ready, ${known(HOST_EVENTS)}` : known(RUN_EVENTS)
    throw new Problem(`"event": unknown event ${JSON.stringify(event)} (known: ${own}, ${known(NODE_EVENTS)})`)
  } catch (err) {
    if (err instanceof Problem) throw new HostProtocolError(err.message, line)
    throw err
  }
}

/** The line (no newline) for an event of either stream, version stamped. */
export function formatEvent (e: HostStreamEvent | RunStreamEvent): string {
  const { event, ...rest } = e
  return JSON.stringify({ event, v: PROTOCOL_VERSION, ...rest })
}

/**
 * One command line of `p2p-chat host`'s stdin, checked field by field.
 * @throws HostProtocolError naming the culprit: not JSON, wrong version, unknown command, a field missing or mistyped
 */
export function parseCommandLine (line: string): HostCommand {
  const v = parseObject(line)
  try {
    const cmd = str(v.cmd, 'cmd')
    if (!has(COMMANDS, cmd)) throw new Problem(`"cmd": unknown command ${JSON.stringify(cmd)} (known: ${known(COMMANDS)})`)
    // sound: COMMANDS[cmd] is the shape of this very command (the union is built from the table)
    return { cmd, ...fields(COMMANDS[cmd], v) } as HostCommand
  } catch (err) {
    if (err instanceof Problem) throw new HostProtocolError(err.message, line)
    throw err
  }
}

/** The line (no newline) for a command, version stamped. */
export function formatCommand (c: HostCommand): string {
  const { cmd, ...rest } = c
  return JSON.stringify({ cmd, v: PROTOCOL_VERSION, ...rest })
}

/** The typed defaults of a host's nodes, passed as `p2p-chat host --config JSON`. */
export type HostNodeConfig = Out<typeof HOST_CONFIG>

/**
 * The `--config` JSON of `p2p-chat host`, checked field by field.
 * @throws HostProtocolError naming the culprit: not JSON, wrong version, a field mistyped
 */
export function parseHostConfig (json: string): HostNodeConfig {
  const v = parseObject(json)
  try {
    return fields(HOST_CONFIG, v)
  } catch (err) {
    if (err instanceof Problem) throw new HostProtocolError(err.message, json)
    throw err
  }
}

/** The `--config` JSON for `config`, version stamped. */
export function formatHostConfig (config: HostNodeConfig): string {
  return JSON.stringify({ v: PROTOCOL_VERSION, ...config })
}

/**
 * The envelope of a line only, for readers of recorded traces that need a few fields of a few
 * events and must read traces of older versions (fields since added, events since renamed):
 * JSON, an object, the version, a string `event`; the rest stays `unknown` for the reader to check.
 */
export function parseEnvelope (line: string): { event: string, fields: Readonly<Record<string, unknown>> } {
  const v = parseObject(line)
  if (typeof v.event !== 'string') throw new HostProtocolError(v.event === undefined ? '"event": missing' : `"event": expected a string, got ${describe(v.event)}`, line)
  return { event: v.event, fields: v }
}
