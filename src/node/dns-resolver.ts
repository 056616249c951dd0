/**
 * Resolves /dns4, /dns6 and /dns multiaddrs through the operating system's resolver
 * (getaddrinfo: /etc/hosts, nsswitch), as every other networked program on the host does.
 *
 * Why our own: libp2p 3's dial path only resolves /dnsaddr, and @multiformats/dns queries DNS
 * servers directly, bypassing /etc/hosts, so `/dns4/localhost/...` fails on a machine without a
 * DNS server, and QUIC cannot dial host names at all. Resolving before the transport sees the
 * address makes DNS multiaddrs work for every transport.
 */
import { lookup } from 'node:dns/promises'
import { multiaddr } from '@multiformats/multiaddr'
import type { MultiaddrResolver } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'

const FAMILIES: Record<string, 0 | 4 | 6> = { dns4: 4, dns6: 6, dns: 0 }

export function hostDnsResolver (): MultiaddrResolver {
  return {
    canResolve (address: Multiaddr): boolean {
      return FAMILIES[address.getComponents()[0]?.name] != null
    },
    async resolve (address: Multiaddr): Promise<Multiaddr[]> {
      const [first, ...rest] = address.getComponents()
      const results = await lookup(first.value ?? '', { family: FAMILIES[first.name], all: true })
      const tail = rest.map(c => c.value == null ? `/${c.name}` : `/${c.name}/${c.value}`).join('')
      return results.map(r => multiaddr(`/ip${r.family}/${r.address}${tail}`))
    }
  }
}
