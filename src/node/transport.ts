import type { Multiaddr } from '@multiformats/multiaddr'

/** The transports a connection is counted under: a closed set, fit for metric labels. */
export const TRANSPORTS = ['tcp', 'quic', 'other'] as const
export type Transport = typeof TRANSPORTS[number]

/** The transport a connection runs over, from its remote address. */
export function transportOf (addr: Multiaddr): Transport {
  const names = addr.getComponents().map(c => c.name)
  if (names.includes('p2p-circuit')) return 'other'
  if (names.includes('quic-v1')) return 'quic'
  if (names.includes('tcp')) return 'tcp'
  return 'other'
}
