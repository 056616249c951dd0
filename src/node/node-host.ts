/**
 * Several chat nodes in one process: each with its own identity, listen addresses, metrics
 * registry (and optional /metrics endpoint) and log prefix, all reporting through one merged
 * event stream. A node process costs ~100 MB and a cold start of ~0.45 s of CPU; a hosted node
 * shares the runtime, the loaded code and the event loop, so hundreds fit on a small machine.
 *
 * The nodes are independent libp2p instances that talk over real sockets (loopback, or addresses
 * inside network namespaces): nothing short-circuits the network between them.
 */
import { TypedEventEmitter } from 'main-event'
import { createChatNode } from './create-node.ts'
import type { ChatNode } from './create-node.ts'
import type { ChatNodeEvent } from './node-events.ts'
import type { ChatNodeInit } from './options.ts'
import { startMetricsServer } from './metrics-server.ts'
import type { MetricsServer } from './metrics-server.ts'
import { ChatError, InvalidConfigError } from './errors.ts'

export interface HostedNodeInit extends ChatNodeInit {
  /** Serve this node's registry on http://host:port/metrics (turns on full metrics for it). */
  metricsAddress?: { host: string, port: number }
}

/** What the host itself reports, next to the nodes' own events. `index` is the host's name for a node. */
export type HostEventBody =
  | { event: 'ready', index: number, addrs: string[], room: string, topic: string, metricsUrl?: string }
  | { event: 'stopped', index: number, how: 'stop' | 'kill' }
  | { event: 'error', index?: number, kind: string, message: string }

export type HostEvent = ChatNodeEvent | ({ node?: string, ts: number } & HostEventBody)

export interface NodeHostEvents {
  event: CustomEvent<HostEvent>
}

export interface HostedNode {
  index: number
  node: ChatNode
  metricsServer?: MetricsServer
}

export class NodeIndexError extends ChatError {
  static name = 'NodeIndexError'
  constructor (message: string) {
    super(message)
  }
}

export class NodeHost extends TypedEventEmitter<NodeHostEvents> {
  private readonly defaults: ChatNodeInit
  private readonly nodes = new Map<number, HostedNode>()
  private readonly starting = new Set<number>()

  /** `defaults` apply to every node; `start` overrides them per node. */
  constructor (defaults: ChatNodeInit = {}) {
    super()
    this.defaults = defaults
  }

  private report (body: HostEventBody, node?: string): void {
    this.safeDispatchEvent('event', { detail: { ...(node != null ? { node } : {}), ts: Date.now(), ...body } })
  }

  get (index: number): HostedNode {
    const hosted = this.nodes.get(index)
    if (hosted == null) throw new NodeIndexError(`node ${index} is not running${this.starting.has(index) ? ' yet (still starting)' : ''}`)
    return hosted
  }

  indexes (): number[] {
    return [...this.nodes.keys()].sort((a, b) => a - b)
  }

  async start (index: number, init: HostedNodeInit = {}): Promise<HostedNode> {
    if (!Number.isSafeInteger(index) || index < 0) throw new NodeIndexError(`node index ${index}: expected an integer >= 0`)
    if (this.nodes.has(index) || this.starting.has(index)) throw new NodeIndexError(`node ${index} is already running`)
    this.starting.add(index)
    try {
      const { metricsAddress, ...nodeInit } = { ...this.defaults, ...init }
      // co-hosted nodes share a namespace: each dials from its own listen address (see dialFrom)
      nodeInit.dialFrom ??= ownTcpAddress(nodeInit.listen)
      const node = await createChatNode({
        logPrefix: `node${index}`,
        ...nodeInit,
        metrics: nodeInit.metrics ?? metricsAddress != null
      })
      const id = node.libp2p.peerId.toString()
      node.events.addEventListener('event', ({ detail }) => { this.safeDispatchEvent('event', { detail }) })
      let metricsServer: MetricsServer | undefined
      try {
        await node.start()
        if (metricsAddress != null) {
          metricsServer = await startMetricsServer(node.registry, metricsAddress.host, metricsAddress.port).catch((err: any) => {
            throw new InvalidConfigError(`metrics ${metricsAddress.host}:${metricsAddress.port} of node ${index}`, err.code ?? err.message, { cause: err })
          })
        }
      } catch (err) {
        await node.stop().catch(() => {})
        throw err
      }
      const hosted = { index, node, metricsServer }
      this.nodes.set(index, hosted)
      this.report({
        event: 'ready',
        index,
        addrs: node.libp2p.getMultiaddrs().map(String),
        room: node.room.room,
        topic: node.room.topic,
        ...(metricsServer != null ? { metricsUrl: metricsServer.url } : {})
      }, id)
      return hosted
    } finally {
      this.starting.delete(index)
    }
  }

  /** Node `index` publishes `text`; resolves once a peer was handed it (see `ChatRoom.publish`). */
  async publish (index: number, text: string, waitMs?: number): Promise<void> {
    const { node } = this.get(index)
    await node.room.publish(text, { waitMs })
  }

  /** A clean stop: the node leaves the room and closes its connections. */
  async stop (index: number): Promise<void> {
    const hosted = this.get(index)
    this.nodes.delete(index)
    await Promise.allSettled([hosted.node.stop(), hosted.metricsServer?.close()])
    this.report({ event: 'stopped', index, how: 'stop' }, hosted.node.libp2p.peerId.toString())
  }

  /**
   * A crash as its peers see it: every connection is reset (no unsubscribe, no goodbye), then the
   * node's timers and listeners are released.
   */
  async kill (index: number): Promise<void> {
    const hosted = this.get(index)
    this.nodes.delete(index)
    const crash = new Error('killed by the node host')
    for (const conn of hosted.node.libp2p.getConnections()) conn.abort(crash)
    await Promise.allSettled([hosted.node.libp2p.stop(), hosted.metricsServer?.close()])
    this.report({ event: 'stopped', index, how: 'kill' }, hosted.node.libp2p.peerId.toString())
  }

  async stopAll (): Promise<void> {
    await Promise.allSettled(this.indexes().map(async i => this.stop(i)))
  }
}

/** The one specific IPv4 address a node listens on over TCP, if there is exactly one. */
function ownTcpAddress (listen: string[] | undefined): string | undefined {
  const ips = new Set((listen ?? []).flatMap(ma => {
    const m = /^\/ip4\/([\d.]+)\/tcp\//.exec(ma)
    return m != null && m[1] !== '0.0.0.0' ? [m[1]] : []
  }))
  return ips.size === 1 ? [...ips][0] : undefined
}
