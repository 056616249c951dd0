/**
 * STUN discovery loop: classifies the NAT once (RFC 5780 when the server supports it), then
 * re-checks the mapped address every `intervalMs`, backing off (1 s doubling to 60 s) while the
 * server does not answer. A learned public address is handed to libp2p's address manager as an
 * observed address of each listening port (a candidate that AutoNAT-style checks can confirm);
 * with no NAT in front (`open`) it is confirmed and announced at once.
 */
import { createSocket } from 'node:dgram'
import type { Socket } from 'node:dgram'
import { networkInterfaces } from 'node:os'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import { classifyNat } from './classify.ts'
import type { NatClassification } from './classify.ts'
import { parseStunServer, StunClient } from './stun/client.ts'
import type { StunServerAddress } from './stun/client.ts'
import { formatTransportAddress } from './stun/message.ts'
import type { TransportAddress } from './stun/message.ts'
import { NAT_DEFAULTS } from './options.ts'
import type { NatEventBody } from './events.ts'
import type { NatMetrics } from './metrics.ts'

export interface AddressSink {
  addObservedAddr: (addr: Multiaddr) => void
  confirmObservedAddr: (addr: Multiaddr) => void
}

export interface DiscoveryInit {
  servers: string[]
  udpPort: number
  /** Local IPv4 address of the discovery socket. Default: every interface (0.0.0.0). */
  udpHost?: string
  intervalMs: number
  addresses: AddressSink
  listenAddrs: () => Multiaddr[]
  emit: (e: NatEventBody) => void
  metrics: NatMetrics
}

export class StunDiscovery {
  private readonly init: DiscoveryInit
  private readonly servers: StunServerAddress[]
  private socket?: Socket
  private client?: StunClient
  private timer?: NodeJS.Timeout
  private stopped = false
  private lastMapped?: string
  classification?: NatClassification

  constructor (init: DiscoveryInit) {
    this.init = init
    this.servers = init.servers.map(parseStunServer)
  }

  async start (): Promise<void> {
    if (this.servers.length === 0) return
    const socket = createSocket('udp4')
    this.socket = socket
    socket.on('error', () => { /* a late ICMP error; the next round reports failures */ })
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject)
      socket.bind(this.init.udpPort, this.init.udpHost, () => { socket.off('error', reject); resolve() })
    })
    this.client = new StunClient(socket)
    this.schedule(0, NAT_DEFAULTS.stunBackoff.initialMs)
  }

  stop (): void {
    this.stopped = true
    clearTimeout(this.timer)
    this.client?.close()
    this.socket?.close()
  }

  private schedule (delayMs: number, nextBackoffMs: number): void {
    if (this.stopped) return
    this.timer = setTimeout(() => { void this.round(nextBackoffMs) }, delayMs)
  }

  private async round (backoffMs: number): Promise<void> {
    const client = this.client
    if (client == null || this.stopped) return
    const [server, second] = this.servers
    const serverName = `${server.host}:${server.port}`
    try {
      let mapped
      if (this.classification == null) {
        const local = Object.values(networkInterfaces()).flat().flatMap(i => i != null ? [i.address] : [])
        const c = await classifyNat(client, { server, ...(second != null ? { secondServer: second } : {}), localAddresses: local })
        this.classification = c
        mapped = c.mapped
        this.init.metrics.setType(c.type)
        this.publish(mapped, serverName)
        this.init.emit({ event: 'nat:type', type: c.type, mapping: c.mapping, filtering: c.filtering, server: serverName })
      } else {
        mapped = (await client.binding(server)).mapped
        this.publish(mapped, serverName)
      }
      this.init.metrics.stunRound(true)
      this.schedule(this.init.intervalMs, NAT_DEFAULTS.stunBackoff.initialMs)
    } catch (err) {
      if (this.stopped) return
      this.init.metrics.stunRound(false)
      this.init.emit({ event: 'nat:stun-failed', server: serverName, error: (err as Error).message, retryInMs: backoffMs })
      this.schedule(backoffMs, Math.min(backoffMs * 2, NAT_DEFAULTS.stunBackoff.maxMs))
    }
  }

  private publish (mapped: TransportAddress, server: string): void {
    const key = formatTransportAddress(mapped)
    if (key === this.lastMapped) return
    this.lastMapped = key
    this.init.emit({ event: 'nat:mapped', address: key, server })
    // the mapped IP with each IPv4 TCP / QUIC port the node listens on: what peers would dial
    const open = this.classification?.type === 'open'
    for (const listen of this.init.listenAddrs()) {
      const m = /^\/ip4\/([^/]+)(\/tcp\/\d+|\/udp\/\d+\/quic-v1)(\/p2p\/[^/]+)?$/.exec(listen.toString())
      if (m == null || m[1].startsWith('127.') || m[1] === mapped.address) continue
      const candidate = multiaddr(`/ip4/${mapped.address}${m[2]}`)
      if (open) this.init.addresses.confirmObservedAddr(candidate)
      else this.init.addresses.addObservedAddr(candidate)
    }
  }
}
