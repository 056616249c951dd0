/**
 * Every place where p2p-chat changes what a dependency does, in one table, against the version of
 * the dependency it was written for (docs/upstream.md, "Runtime patches", has the measured effects
 * and the upstream change we would propose; test/runtime-patches.test.ts fails when an installed
 * version leaves a range).
 *
 * - `RUNTIME_PATCHES`: process-wide swaps of a dependency's prototype. They are installed once per
 *   process, by an explicit `installRuntimePatches()` at the process entry (src/cli/main.ts for
 *   `run`, src/cli/host.ts for `host`, bench workers, test helpers), never by a node factory. A
 *   program that embeds the library and does not call it gets the dependencies' own behaviour.
 * - `PER_NODE_DEVIATIONS`: the others (a private field, a module-cache bust, metric names and an
 *   error text used as an API, an undocumented pass-through, a wrapper that changes a frame's
 *   writes). Each is applied where it is used, per node; they are listed here for the version check.
 */
import { RuntimePatchConflictError } from '../errors.ts'
import { installNativeSecp256k1, nativeSecp256k1Installed } from './native-secp256k1.ts'
import { installLazyWindowUpdates, lazyWindowUpdatesInstalled } from './yamux-window-updates.ts'
import { dtlsOfferRewriteInstalled, installDtlsOfferRewrite } from './dtls-offer-rewrite.ts'

export interface Deviation {
  name: string
  /** the npm package whose behaviour changes */
  dependency: string
  /** the versions it was written and tested for (version-range.ts syntax) */
  versionRange: string
  /** the file that makes the change */
  where: string
  why: string
}

/** The process-wide patches; each can be chosen on or off, once per process. */
export interface RuntimePatchChoice {
  /** secp256k1 sign/verify through OpenSSL (patches/native-secp256k1.ts). Default: true. */
  nativeSecp256k1?: boolean
  /** yamux window updates at half a window (patches/yamux-window-updates.ts). Default: true. */
  lazyWindowUpdates?: boolean
  /** WebRTC offers that make the dialer the DTLS client when asked (patches/dtls-offer-rewrite.ts). Default: true. */
  dtlsOfferRewrite?: boolean
}

export type RuntimePatchName = keyof RuntimePatchChoice

export interface RuntimePatch extends Deviation {
  name: RuntimePatchName
  /** Swaps the prototype; idempotent. False when this runtime cannot take it (nothing changed). */
  install: () => Promise<boolean>
  installed: () => boolean
}

export const RUNTIME_PATCHES: readonly RuntimePatch[] = [
  {
    name: 'nativeSecp256k1',
    dependency: '@libp2p/crypto',
    versionRange: '5.1.23',
    where: 'src/node/patches/native-secp256k1.ts',
    why: 'Secp256k1PublicKey.prototype.verify and Secp256k1PrivateKey.prototype.sign through node:crypto (OpenSSL) with noble\'s semantics: gossipsub and Noise build the keys themselves and take no verifier',
    install: installNativeSecp256k1,
    installed: nativeSecp256k1Installed
  },
  {
    name: 'lazyWindowUpdates',
    dependency: '@chainsafe/libp2p-yamux',
    versionRange: '>=8.0.1 <9',
    where: 'src/node/patches/yamux-window-updates.ts',
    why: 'YamuxStream.prototype.sendWindowUpdate skips an update until half the receive window is used (reads the private recvWindow, recvWindowCapacity): the muxer takes no threshold option',
    install: async () => { installLazyWindowUpdates(); return true },
    installed: lazyWindowUpdatesInstalled
  },
  {
    name: 'dtlsOfferRewrite',
    dependency: 'node-datachannel',
    versionRange: '>=0.33.4 <0.34',
    where: 'src/node/patches/dtls-offer-rewrite.ts (used by src/node/nat/dtls-role.ts)',
    why: 'RTCPeerConnection.prototype.createOffer (polyfill) says a=setup:active when the connection\'s configuration asks the dialer to be the DTLS client: @libp2p/webrtc sends the offer as it gets it',
    install: async () => { installDtlsOfferRewrite(); return true },
    installed: dtlsOfferRewriteInstalled
  }
]

export const PER_NODE_DEVIATIONS: readonly Deviation[] = [
  {
    name: 'oneWritePerFrame',
    dependency: '@chainsafe/libp2p-noise',
    versionRange: '>=17.0.0 <18',
    where: 'src/node/one-write-per-frame.ts',
    why: 'replaces `send` on the connection Noise encrypts over, joining its two chunks per frame (length, ciphertext) into one write'
  },
  {
    name: 'closestPeerTaggerStopped',
    dependency: '@libp2p/kad-dht',
    versionRange: '16.4.5',
    where: 'src/node/dht-closest-peers.ts',
    why: 'stops the private routingTable.closestPeerTagger (no option for its size or interval)'
  },
  {
    name: 'isolatedPrometheusMetrics',
    dependency: '@libp2p/prometheus-metrics',
    versionRange: '>=5.0.24 <6',
    where: 'src/node/create-node.ts (isolatedPrometheusMetrics)',
    why: 'loads the module once per node under a query string (a module-cache bust): it keeps its metrics in a module-level map keyed by name'
  },
  {
    name: 'gossipsubMetricTaps',
    dependency: '@libp2p/gossipsub',
    versionRange: '17.1.1',
    where: 'src/node/gossipsub-service.ts (metricsRegister taps), src/node/gossipsub-metrics.ts',
    why: 'reads gossipsub metric names (gossipsub_rpc_*_total, gossipsub_msg_received_invalid_total with its error label) as an API: the only place bad signatures dropped inside gossipsub show'
  },
  {
    name: 'noPeersErrorText',
    dependency: '@libp2p/gossipsub',
    versionRange: '17.1.1',
    where: 'src/node/chat-room.ts (publish)',
    why: 'recognises a publish to nobody by the error text PublishError.NoPeersSubscribedToTopic'
  },
  {
    name: 'tcpDialFrom',
    dependency: '@libp2p/tcp',
    versionRange: '>=11.0.28 <12',
    where: 'src/node/create-node.ts (tcpDialOptions)',
    why: 'passes net.connect\'s localAddress through dialOpts, which @libp2p/tcp hands to net.connect as they are but does not type'
  },
  {
    name: 'relaySlotsFreed',
    dependency: '@libp2p/circuit-relay-v2',
    versionRange: '>=4.2.13 <5',
    where: 'src/node/nat/relay-reservations.ts',
    why: 'deletes a reservation from the relay service\'s reservations map when its holder disconnects (the relay keeps it for its 2 h TTL)'
  }
]

const DEFAULT_CHOICE: Required<RuntimePatchChoice> = { nativeSecp256k1: true, lazyWindowUpdates: true, dtlsOfferRewrite: true }

let chosen: Required<RuntimePatchChoice> | undefined
let installing: Promise<void> | undefined
let installCount = 0

const onOff = (on: boolean): string => on ? 'on' : 'off'

/**
 * Installs the process-wide runtime patches the choice turns on (all by default). Call it once, at
 * the process entry, before any node is created. Idempotent: a later call with the same choice
 * changes nothing; a later call with another choice throws `RuntimePatchConflictError`, since a
 * prototype swap cannot be undone for one node and kept for another.
 */
export async function installRuntimePatches (choice: RuntimePatchChoice = {}): Promise<void> {
  const wanted = { ...DEFAULT_CHOICE, ...definedOnly(choice) }
  if (chosen != null) {
    for (const name of Object.keys(wanted) as RuntimePatchName[]) {
      if (wanted[name] !== chosen[name]) {
        throw new RuntimePatchConflictError(name, `runtime patch ${name}: this process installed its runtime patches with it ${onOff(chosen[name])}, a later call asks for ${onOff(wanted[name])}; the patches are process-wide, chosen once at the process entry`)
      }
    }
    await installing
    return
  }
  chosen = wanted
  installCount++
  installing = (async () => {
    for (const patch of RUNTIME_PATCHES) {
      if (wanted[patch.name]) await patch.install()
    }
  })()
  await installing
}

function definedOnly (choice: RuntimePatchChoice): RuntimePatchChoice {
  return Object.fromEntries(Object.entries(choice).filter(([, v]) => v != null))
}

export interface RuntimePatchState {
  /** the choice of `installRuntimePatches()`, undefined before it was called */
  chosen?: Readonly<Required<RuntimePatchChoice>>
  /** how many times `installRuntimePatches()` installed (0 or 1; a later call installs nothing) */
  installs: number
  /** per patch: swapped in now (false for a chosen patch this runtime cannot take, e.g. OpenSSL without secp256k1) */
  installed: Record<RuntimePatchName, boolean>
}

export function runtimePatchState (): RuntimePatchState {
  const installed = Object.fromEntries(RUNTIME_PATCHES.map(p => [p.name, p.installed()])) as Record<RuntimePatchName, boolean>
  return { ...(chosen != null ? { chosen: { ...chosen } } : {}), installs: installCount, installed }
}

/**
 * For a node factory: throws `RuntimePatchConflictError` when a per-node option asks for a patch
 * other than the process's choice (an option left out takes the process's choice). Installs nothing.
 */
export function checkRuntimePatchOptions (options: RuntimePatchChoice): void {
  for (const [name, value] of Object.entries(definedOnly(options)) as Array<[RuntimePatchName, boolean]>) {
    const processHas = chosen?.[name] ?? false
    if (value === processHas) continue
    const because = chosen == null
      ? 'but this process installed no runtime patches (call installRuntimePatches() at the process entry)'
      : `but this process installed its runtime patches with it ${onOff(processHas)}`
    throw new RuntimePatchConflictError(name, `runtime patch ${name}: ${onOff(value)} for this node, ${because}; it is process-wide: choose it with installRuntimePatches({ ${name}: ${String(value)} })`)
  }
}
