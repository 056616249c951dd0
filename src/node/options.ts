/**
 * Every tunable of a chat node with its documented default, in one place. The CLI maps its flags
 * onto `ChatNodeInit`; library users pass it to `createChatNode` directly.
 */
import type { PrivateKey } from '@libp2p/interface'
import type { Datastore } from 'interface-datastore'
import type { Registry } from 'prom-client'
import type { NatInit } from './nat/options.ts'
import type { ResourceBudget } from './resource-budget.ts'
import type { GossipsubKnobs } from './gossipsub-knobs.ts'
import type { NodeRole } from './node-role.ts'
import { InvalidConfigError } from './errors.ts'

/** How the DHT filters peer addresses before storing them in its routing table. */
export type DhtAddressFilter = 'all' | 'public-only' | 'private-only'

export interface ChatNodeInit {
  /**
   * Local IPv4 address every outgoing TCP connection is bound to. Default: the OS's choice. Several
   * nodes sharing one network namespace (the experiment harness) each need their own, or their
   * traffic leaves from the namespace's first address and is shaped as another node's.
   */
  dialFrom?: string
  /** The node's identity. A fresh secp256k1 key when omitted. */
  privateKey?: PrivateKey
  /** Listen addresses. Default: every interface on TCP and UDP/QUIC, OS-chosen ports. */
  listen?: string[]
  /** Addresses announced in addition to the listen addresses (identify, DHT). Default: none. */
  announce?: string[]
  /** Which transports to run. Default: both. */
  transports?: { tcp: boolean, quic: boolean }
  /** Bootstrap peers (multiaddrs with /p2p/ suffix; dns4, dns6, dnsaddr allowed). Default: none. */
  bootstrap?: string[]
  /** Room name; the GossipSub topic is `${topicPrefix}/${room}`. Default: `lobby`. */
  room?: string
  /** Nickname put into every published payload. Default: `anon`. */
  nick?: string
  /** Kademlia protocol prefix; nodes with another prefix form a separate DHT. Default: `/p2p-chat`. */
  dhtProtocolPrefix?: string
  /**
   * Which addresses the DHT keeps. Default `all`: labs, namespaces and loopback runs use private
   * addresses, which kad-dht's own default (`public-only`) would throw away.
   */
  dhtAddressFilter?: DhtAddressFilter
  /**
   * Let kad-dht keep its 20 closest peers connected (its default, re-tagged every 5 s). Off by
   * default: a room's DHT only serves discovery, and the tagger cost ~7.5 % of a room's CPU
   * (dht-closest-peers.ts). Default: false.
   */
  dhtKeepClosestPeers?: boolean
  /** Random walks run while the node has fewer connections than this. Default: 8. */
  discoveryTargetPeers?: number
  /** Interval between discovery rounds in ms. Default: 10 000. */
  discoveryIntervalMs?: number
  /**
   * The room's gossipsub parameters (mesh degrees, heartbeat, caches, flood publish, IDONTWANT,
   * opportunistic graft, scoring profile, a validation delay); see `GossipsubKnobs` and
   * `DEFAULT_GOSSIPSUB_KNOBS` (src/node/gossipsub-knobs.ts). Default: those defaults.
   */
  gossipsub?: Partial<GossipsubKnobs>
  /** For experiments: an adversary, the node with one behaviour changed (node-role.ts). Default: honest. */
  role?: NodeRole
  /** Validation limits for received messages; see `ValidationLimits`. */
  validation?: Partial<ValidationLimits>
  /** The prom-client registry the node reports into. Default: a fresh registry per node. */
  registry?: Registry
  /** Interval of ping RTT measurements to connected peers, ms; 0 disables. Default: 10 000. */
  pingIntervalMs?: number
  /**
   * Full metrics: libp2p's own (`libp2p_*`, @libp2p/prometheus-metrics, which wraps every stream
   * and connection), all ~97 `gossipsub_*` series, and process/Node.js metrics. Without it the
   * registry holds only the project's `p2p_chat_*` metrics, which cost next to nothing; a CPU
   * profile of a busy node spent ~8 % of its time in the libp2p tracking alone. Default: false
   * (the CLI turns it on with `--metrics`).
   */
  metrics?: boolean
  /** Connection limits; see `ConnectionLimits`. */
  connections?: Partial<ConnectionLimits>
  /** What peers may make the node hold; see `ResourceBudget` (resource-budget.ts). Default: `DEFAULT_RESOURCE_BUDGET`. */
  limits?: Partial<ResourceBudget>
  /**
   * Sign and verify secp256k1 through node:crypto (OpenSSL) instead of @noble/curves, ~4x faster,
   * same results (patches/native-secp256k1.ts). A process-wide patch, chosen once at the process
   * entry with `installRuntimePatches({ nativeSecp256k1 })` (patches/index.ts); here only an
   * assertion: a value other than the process's choice throws `RuntimePatchConflictError`.
   * Default: the process's choice.
   */
  nativeSecp256k1?: boolean
  /**
   * Yamux window updates once half a stream's receive window is used (as go-yamux), not after every
   * data frame: half the frames on a busy connection (patches/yamux-window-updates.ts). A
   * process-wide patch, chosen once with `installRuntimePatches({ lazyWindowUpdates })`; here only
   * an assertion, as for `nativeSecp256k1`. Default: the process's choice.
   */
  lazyWindowUpdates?: boolean
  /** Prefix of this node's libp2p debug log lines (several nodes in one process). Default: none. */
  logPrefix?: string
  /** NAT traversal: STUN discovery, relay (client/server), direct upgrade; see src/node/nat/options.ts. Default: off. */
  nat?: NatInit
  /**
   * Where libp2p keeps its peer store (and the DHT its records) and the room history its messages:
   * a LevelDatastore in a data directory (data-dir.ts) makes them survive a restart. Default: memory.
   */
  datastore?: Datastore
  /** The room history (src/node/history/); see `HistoryOptions`. */
  history?: Partial<HistoryOptions>
  /** Whose direct messages are accepted (src/node/dm/). Default: `DEFAULT_DM_POLICY`. */
  dmPolicy?: DmPolicy
  /** Room peers remembered in the peer store that are dialled at start (known-peers.ts). Default: 8. */
  rejoinDials?: number
}

/** Who may send this node direct messages: anyone, peers subscribed to its room, nobody. */
export type DmPolicy = 'all' | 'room' | 'none'
export const DM_POLICIES: readonly DmPolicy[] = ['all', 'room', 'none']
/** A stranger's DMs are refused unless it shares the room: spam needs at least a room subscription. */
export const DEFAULT_DM_POLICY: DmPolicy = 'room'

export interface HistoryOptions {
  /** Room messages kept (and served to others); 0 turns history off: no store, no answers, no fetch. */
  maxMessages: number
  /** Oldest message kept, ms. */
  maxAgeMs: number
  /** Room peers asked for missed messages once the room is ready. */
  syncPeers: number
  /** Most messages fetched at join; without a data directory, the newest this many. */
  syncMessages: number
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = {
  maxMessages: 1000,
  maxAgeMs: 24 * 3_600_000,
  syncPeers: 3,
  syncMessages: 100
}

export interface ConnectionLimits {
  /**
   * Hard cap (libp2p's `maxConnections`): inbound connections beyond it are refused. A safety net
   * for memory; the watermarks below are what keep the count where the protocols need it.
   * libp2p's own default is 300.
   */
  maxConnections: number
  /**
   * Above this many connected peers the node closes connections (not its room mesh, not peers
   * tagged keep-alive, the longest connected non-room peers first, none younger than
   * `gracePeriodMs`) down to `lowWater`. A room needs its gossipsub mesh (D_hi = 12) plus a few
   * gossip targets (kad-dht's 20 keep-alive closest peers only with `dhtKeepClosestPeers`). 0 turns trimming off.
   */
  highWater: number
  lowWater: number
  /** New connections are never trimmed before this age, ms (the DHT and the mesh need a moment). */
  gracePeriodMs: number
  /**
   * Inbound connections accepted per second from one IP address. libp2p's default of 5 is a
   * sensible guard between machines; many nodes on one loopback address (benchmarks) need more.
   */
  inboundPerHostPerSecond: number
}

export interface ValidationLimits {
  /**
   * Longest accepted text in UTF-8 bytes, 1..`MAX_TEXT_BYTES_LIMIT`. Every node of a room needs the
   * same: a node refuses (REJECT, and does not forward) a longer text. Raising it raises the node's
   * gossipsub frame limit with it (`maxRpcBytesFor`); direct messages keep their 4 KiB frame
   * (`DirectMessagesOptions.maxMessageBytes`), so a longer DM is answered `too_large`.
   */
  maxTextBytes: number
  /** Longest accepted nickname in UTF-8 bytes. */
  maxNickBytes: number
  /** How far in the future a send time may be (clock disparity allowance), ms. */
  maxClockSkewMs: number
  /** Oldest accepted send time, ms in the past. */
  maxMessageAgeMs: number
}

export const DEFAULT_ROOM = 'lobby'
export const DEFAULT_NICK = 'anon'
export const TOPIC_PREFIX = '/p2p-chat/room/1'
export const DEFAULT_DHT_PROTOCOL_PREFIX = '/p2p-chat'
export const DEFAULT_LISTEN_TCP = ['/ip4/0.0.0.0/tcp/0', '/ip6/::/tcp/0']
export const DEFAULT_LISTEN_QUIC = ['/ip4/0.0.0.0/udp/0/quic-v1', '/ip6/::/udp/0/quic-v1']
export const DEFAULT_DISCOVERY_TARGET_PEERS = 8
export const DEFAULT_DISCOVERY_INTERVAL_MS = 10_000
export const DEFAULT_PING_INTERVAL_MS = 10_000
/** How long an RTT probe waits for its answer before the link counts as dead (rtt-probe.ts), ms. */
export const DEFAULT_PING_TIMEOUT_MS = 5_000
/**
 * Outbound ping streams per connection. The ping spec wants one; every ping of the node runs one at
 * a time per peer (one-ping-per-peer.ts), and the second allows the stream of the ping that just
 * settled to finish closing while the next one opens (the spec asks listeners to accept 2 for this).
 */
export const PING_MAX_OUTBOUND_STREAMS = 2
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 128,
  highWater: 32,
  lowWater: 24,
  gracePeriodMs: 20_000,
  inboundPerHostPerSecond: 5
}
/**
 * How long `ChatRoom.publish` waits for a reachable room peer (and retries a send that reached
 * nobody) before it reports the message as not sent. A new connection becomes sendable within
 * about one gossipsub heartbeat (1 s).
 */
export const DEFAULT_SEND_WAIT_MS = 5_000

/**
 * Largest gossipsub RPC frame a peer may send, bytes. A frame carries many messages (a batch, an
 * IWANT answer) plus control: at one chat message's size (the old limit, 3 KiB) an honest peer's
 * batch of a dozen messages killed the stream and lost them all. 1 MiB keeps memory bounded.
 */
export const DEFAULT_MAX_RPC_BYTES = 1024 * 1024

/** The highest text limit a node may be given (`ValidationLimits.maxTextBytes`, `--max-text-bytes`), bytes. */
export const MAX_TEXT_BYTES_LIMIT = 64 * 1024
/** What a gossipsub message adds to its text at most: nick (32), nonce, send time, from, seqno, topic, signature, key, framing. */
const MESSAGE_OVERHEAD_BYTES = 1024
/** Messages of the largest allowed text one RPC frame holds: an IWANT answer carries every message asked for at once. */
const RPC_MESSAGES_AT_MAX_TEXT = 64

/**
 * The largest gossipsub RPC frame a node takes: `DEFAULT_MAX_RPC_BYTES`, or 64 messages of the
 * node's largest text when the text limit is raised beyond what 1 MiB holds (past ~15 KiB): js
 * gossipsub answers an IWANT with one RPC of every message asked for, and a frame over the limit
 * kills the stream and loses them all. At the 64 KiB text limit 4.1 MiB a frame, per inbound stream.
 */
export function maxRpcBytesFor (maxTextBytes: number): number {
  return Math.max(DEFAULT_MAX_RPC_BYTES, RPC_MESSAGES_AT_MAX_TEXT * (maxTextBytes + MESSAGE_OVERHEAD_BYTES))
}

/** Size of a secp256k1 key file (libp2p `PrivateKey` protobuf: 4 bytes of framing, 32 of key). */
export const SECP256K1_KEY_FILE_BYTES = 36
/**
 * Largest `--identity` file read, bytes: far above any libp2p private key protobuf (an RSA-4096
 * one is ~2.4 KiB), so a wrong path (a log, a disk image) is refused without being read whole.
 */
export const IDENTITY_FILE_MAX_BYTES = 4096

/** Payload schema version this build writes and accepts. */
export const PAYLOAD_VERSION = 1

export const DEFAULT_VALIDATION_LIMITS: ValidationLimits = {
  maxTextBytes: 2048,
  maxNickBytes: 32,
  maxClockSkewMs: 30_000,
  maxMessageAgeMs: 5 * 60_000
}

/** The validation limits with the defaults filled in; a text limit that is not a whole number in 1..`MAX_TEXT_BYTES_LIMIT` throws `InvalidConfigError`. */
export function validationLimits (given: Partial<ValidationLimits> = {}): ValidationLimits {
  const limits = { ...DEFAULT_VALIDATION_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) }
  const text = limits.maxTextBytes
  if (!Number.isInteger(text) || text < 1 || text > MAX_TEXT_BYTES_LIMIT) throw new InvalidConfigError('validation.maxTextBytes', `expected a whole number of bytes from 1 to ${MAX_TEXT_BYTES_LIMIT}, got ${text}`)
  return limits
}

/** Bounds of the metrics HTTP server (`--metrics`, metrics-server.ts). */
export interface MetricsServerLimits {
  /**
   * Open sockets at most. A newcomer at the limit replaces the oldest socket without a request in
   * progress; it is closed at once only when every socket is serving one (a warning is logged).
   */
  maxConnections: number
  /** A socket with no traffic for this long is closed, ms. */
  idleTimeoutMs: number
  /** A request must have sent its headers within this time, ms. */
  headersTimeoutMs: number
  /** A request must have been received completely within this time, ms. */
  requestTimeoutMs: number
  /** A keep-alive socket is closed this long after its last response, ms. */
  keepAliveTimeoutMs: number
}

/**
 * 64 sockets: Prometheus keeps one per scraper, a person with curl a few more; far below a process's
 * usual 1 024 file descriptors, which libp2p needs for its connections. A scrape answers in well
 * under a second, so 5 s for headers and 10 s for a request are generous.
 */
export const DEFAULT_METRICS_SERVER_LIMITS: MetricsServerLimits = {
  maxConnections: 64,
  idleTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000
}
/** At most one warning about connections the metrics server closed at its limit per this many ms; the next counts what it skipped. */
export const METRICS_SERVER_WARNING_INTERVAL_MS = 10_000

/** Bootstrap re-dial backoff: first retry after `initialMs`, doubling up to `maxMs`. */
export const BOOTSTRAP_BACKOFF = { initialMs: 1_000, maxMs: 60_000, dialTimeoutMs: 10_000 }

export function topicForRoom (room: string): string {
  return `${TOPIC_PREFIX}/${room}`
}
