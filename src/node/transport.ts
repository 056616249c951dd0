import type { Multiaddr } from '@multiformats/multiaddr'

/** The transport a connection runs over, from its remote address: a closed set for labels. */
export function transportOf (addr: Multiaddr): 'tcp' | 'quic' | 'other' {
  const names = addr.getComponents().map(c => c.name)
  if (names.includes('p2p-circuit')) return 'other'
  if (names.includes('quic-v1')) return 'quic'
  if (names.includes('tcp')) return 'tcp'
  return 'other'
}
