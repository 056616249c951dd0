/**
 * The QUIC transport, created on first use. @chainsafe/libp2p-quic opens its two dial endpoints
 * (UDP sockets on 0.0.0.0 and [::], OS-chosen ports) as soon as it is constructed, so a node told to
 * listen on TCP on loopback only still had two UDP ports open on every interface (issue 15: a node
 * must listen only where it is told). Here the real transport exists once the node listens on a
 * QUIC address or dials one; until then nothing is bound.
 *
 * What remains upstream: once QUIC is in use its dial endpoints still bind the wildcard addresses,
 * whatever the listen address (the transport has no option for their address; it dials from those
 * sockets, not from its listener's, ChainSafe/js-libp2p-quic issue 68).
 */
import { serviceCapabilities, transportSymbol } from '@libp2p/interface'
import type { CreateListenerOptions, DialTransportOptions, Listener, Startable, Transport, Connection } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'

const HOSTS = new Set(['ip4', 'ip6', 'dns', 'dns4', 'dns6'])

/** The addresses @chainsafe/libp2p-quic accepts (its QUIC_V1 exact match): HOST/udp/PORT/quic-v1[/p2p/ID]. */
export function isQuicV1 (ma: Multiaddr): boolean {
  const names = ma.getComponents().map(c => c.name)
  return HOSTS.has(names[0]) && names[1] === 'udp' && names[2] === 'quic-v1' &&
    (names.length === 3 || (names.length === 4 && names[3] === 'p2p'))
}

class LazyTransport implements Transport, Startable {
  private readonly create: () => Transport
  private inner?: Transport

  constructor (create: () => Transport) {
    this.create = create
  }

  readonly [Symbol.toStringTag] = 'quic'
  readonly [transportSymbol] = true
  readonly [serviceCapabilities] = ['@libp2p/transport']

  private transport (): Transport {
    this.inner ??= this.create()
    return this.inner
  }

  start (): void {}

  async stop (): Promise<void> {
    const inner = this.inner
    // a restarted node starts unbound again
    this.inner = undefined
    await (inner as Partial<Startable> | undefined)?.stop?.()
  }

  async dial (ma: Multiaddr, options: DialTransportOptions): Promise<Connection> {
    return this.transport().dial(ma, options)
  }

  createListener (options: CreateListenerOptions): Listener {
    return this.transport().createListener(options)
  }

  readonly listenFilter = (addrs: Multiaddr[]): Multiaddr[] => addrs.filter(isQuicV1)
  readonly dialFilter = (addrs: Multiaddr[]): Multiaddr[] => addrs.filter(isQuicV1)
}

/** Wraps a transport factory (`quic()`) so that the transport is created on its first listen or dial. */
export function lazyTransport<C> (factory: (components: C) => Transport): (components: C) => Transport {
  return (components) => new LazyTransport(() => factory(components))
}
