/**
 * A gossipsub-interop node (libp2p/test-plans, gossipsub-interop): the framework's contract run on
 * this project's stack (TCP, Noise with one write per frame, yamux, identify, @libp2p/gossipsub with
 * the runtime patches of src/node/patches/). What the contract fixes, and the chat room does not use:
 * unsigned messages (StrictNoSign), the message id is the raw first 8 bytes of the data, no peer
 * scoring, no discovery (peers come from the script's `connect`), no connection trimming.
 *
 * Every message that arrives is logged (`Received Message`), duplicates included, at arrival, before
 * validation: through gossipsub's `fastMsgIdFn` option, which it calls exactly once per received
 * message and never for our own publishes.
 *
 * Two lines of our own, which the framework's analysis skips (it reads only `PeerID` and `Received
 * Message`): `Published Message` as a publish starts, so latency can be measured from publish and not
 * only from the first receiver, and `Delivered Message` with `from`, the peer the first copy came
 * from (gossipsub's `gossipsub:message` event, after validation), so hop paths can be rebuilt.
 */
import { lookup } from 'node:dns/promises'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { gossipsub, TopicValidatorResult } from '@libp2p/gossipsub'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import { oneWritePerFrame } from '../node/one-write-per-frame.ts'
import { interopKey, interopPeerId } from './identity.ts'
import { instructionsFor } from './params.ts'
import type { Instruction, InteropParams } from './params.ts'
import { mapGossipSubParams } from './gossipsub-params.ts'
import { interopMessageId, logInterop } from './log.ts'
import { messageIdToHex } from '../node/chat-room.ts'

export interface InteropNodeInit {
  nodeId: number
  params: InteropParams
  /** TCP port every node listens on. The framework: 9000. */
  port?: number
  /** The host name (or address) of node M, dialled at `port` (or `portOf(M)`). Default: `nodeM`. */
  hostOf?: (nodeId: number) => string
  /** The port of node M. Default: `port` (everyone on the same port, each on its own host). */
  portOf?: (nodeId: number) => number
  /** Diagnostics (stderr). */
  warn?: (line: string) => void
  /**
   * Resolves when the script's clock starts (`waitUntil` counts from then). Default: at once, once
   * the node listens. Under Shadow every node starts at t = 0 with infinite CPU; a few real cores
   * start dozens of nodes over seconds, so the namespace runner starts every script together, once
   * all nodes listen (`--start-on-signal`).
   */
  start?: Promise<void>
}

export const INTEROP_PORT = 9000
/** The framework's nodes keep every connection (go: NullConnMgr); ~20-45 per node in its scenarios. */
const MAX_CONNECTIONS = 1_000
/** Its go node accepts 10 MiB messages; the 96 KiB blobs of subnet-blob-msg fit either way. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024

type Step = Exclude<Instruction, { type: 'ifNodeIDEquals' }>

/** Runs the node's script to its end; resolves when the last instruction is done (the caller exits). */
export async function runInteropNode (init: InteropNodeInit): Promise<void> {
  const warn = init.warn ?? ((line: string) => { process.stderr.write(line + '\n') })
  const steps = instructionsFor(init.params.script, init.nodeId)
  // go, rust and jvm build their router from the node's first initGossipSub before running anything
  const first = steps.find(s => s.type === 'initGossipSub')
  const mapped = mapGossipSubParams(first?.type === 'initGossipSub' ? first.gossipSubParams : {})
  for (const field of mapped.unsupported) warn(`initGossipSub: ${field} (left at js's value)`)
  for (const field of mapped.unknown) warn(`initGossipSub: ${field} is not a GossipSubParams field; ignored`)

  const port = init.port ?? INTEROP_PORT
  const node = await createLibp2p({
    privateKey: await interopKey(init.nodeId),
    addresses: { listen: [`/ip4/0.0.0.0/tcp/${port}`] },
    transports: [tcp()],
    connectionEncrypters: [oneWritePerFrame(noise())],
    streamMuxers: [yamux()],
    connectionManager: { maxConnections: MAX_CONNECTIONS, inboundConnectionThreshold: MAX_CONNECTIONS },
    connectionMonitor: { enabled: false },
    services: {
      identify: identify(),
      pubsub: gossipsub({
        ...mapped.options,
        globalSignaturePolicy: 'StrictNoSign',
        msgIdFn: (msg) => msg.data.slice(0, 8),
        msgIdToStrFn: messageIdToHex,
        fastMsgIdFn: (rpcMsg) => {
          const data = rpcMsg.data ?? new Uint8Array()
          logInterop('Received Message', { id: interopMessageId(data), topic: rpcMsg.topic })
          return messageIdToHex(data.subarray(0, 8))
        },
        allowPublishToZeroTopicPeers: true,
        emitSelf: false,
        doPX: false,
        maxInboundDataLength: MAX_MESSAGE_BYTES
      })
    }
  })
  if (mapped.heartbeatInitialDelayMs != null) delayFirstHeartbeat(node.services.pubsub, mapped.heartbeatInitialDelayMs, warn)
  node.services.pubsub.addEventListener('gossipsub:message', ({ detail }) => {
    logInterop('Delivered Message', { id: interopMessageId(detail.msg.data), topic: detail.msg.topic, from: detail.propagationSource.toString() })
  })
  logInterop('PeerID', { id: node.peerId.toString(), node_id: init.nodeId })
  await init.start
  const context: StepContext = { node, init, port, warn, startedAt: performance.now() }
  try {
    for (const step of steps) await runStep(step, context)
  } finally {
    await node.stop()
  }
}

interface StepContext {
  node: Libp2p<{ pubsub: GossipSub }>
  init: InteropNodeInit
  port: number
  warn: (line: string) => void
  startedAt: number
}

async function runStep (step: Step, ctx: StepContext): Promise<void> {
  const pubsub = ctx.node.services.pubsub
  switch (step.type) {
    case 'connect':
      await Promise.all(step.connectTo.map(async (peer) => { await connect(peer, ctx) }))
      return
    case 'waitUntil': {
      const waitMs = ctx.startedAt + step.elapsedSeconds * 1000 - performance.now()
      if (waitMs > 0) await new Promise(resolve => setTimeout(resolve, waitMs))
      return
    }
    case 'publish': {
      const data = new Uint8Array(step.messageSizeBytes)
      new DataView(data.buffer).setBigUint64(0, step.messageID, false)
      logInterop('Published Message', { id: step.messageID.toString(), topic: step.topicID })
      await pubsub.publish(step.topicID, data)
      return
    }
    case 'subscribeToTopic':
      pubsub.subscribe(step.topicID)
      return
    case 'setTopicValidationDelay': {
      // the framework's stand-in for a blob's verification cost (~5 ms), which Shadow cannot model
      const delayMs = step.delaySeconds * 1000
      pubsub.topicValidators.set(step.topicID, async () => {
        await new Promise(resolve => setTimeout(resolve, delayMs))
        return TopicValidatorResult.Accept
      })
      return
    }
    case 'initGossipSub':
      // applied when the node was built (runInteropNode): a later one would need a new router
      return
  }
}

/** How long a `connect` keeps trying: real processes start at different moments, a peer may not listen yet. */
const CONNECT_DEADLINE_MS = 30_000
const CONNECT_RETRY_MS = 250

async function connect (peer: number, ctx: StepContext): Promise<void> {
  const host = ctx.init.hostOf?.(peer) ?? `node${peer}`
  const port = ctx.init.portOf?.(peer) ?? ctx.port
  const deadline = performance.now() + CONNECT_DEADLINE_MS
  for (let attempt = 1; ; attempt++) {
    try {
      const { address } = await lookup(host, { family: 4 })
      await ctx.node.dial(multiaddr(`/ip4/${address}/tcp/${port}/p2p/${(await interopPeerId(peer)).toString()}`), { signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now()))) })
      return
    } catch (err: any) {
      if (performance.now() + CONNECT_RETRY_MS >= deadline) {
        ctx.warn(`connect to node${peer} (${host}:${port}) failed after ${attempt} attempts: ${err.name}: ${err.message}`)
        return
      }
      await new Promise(resolve => setTimeout(resolve, CONNECT_RETRY_MS))
    }
  }
}

/**
 * The framework spreads the nodes' heartbeats (HeartbeatInitialDelay 100.1 ms + 0.1 ms per node), so
 * that a room of nodes does not beat in step. js gossipsub fixes its first heartbeat at 100 ms after
 * start and phases the later ones on that instant; it is rescheduled here, through its fields (no
 * option exists), right after start. A version without them gets a warning, and the js default.
 */
function delayFirstHeartbeat (pubsub: GossipSub, delayMs: number, warn: (line: string) => void): void {
  const status = (pubsub as unknown as { status?: { code: number, heartbeatTimeout?: ReturnType<typeof setTimeout>, hearbeatStartMs?: number } }).status
  const run = (pubsub as unknown as { runHeartbeat?: () => void }).runHeartbeat
  if (status?.heartbeatTimeout == null || typeof run !== 'function') {
    warn('initGossipSub: HeartbeatInitialDelay cannot be applied to this @libp2p/gossipsub; its first heartbeat runs at 100 ms')
    return
  }
  clearTimeout(status.heartbeatTimeout)
  status.hearbeatStartMs = Date.now() + delayMs
  status.heartbeatTimeout = setTimeout(run, delayMs)
}
