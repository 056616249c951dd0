/**
 * nftables rules of a home router for each NAT type (RFC 4787 terms: mapping and filtering).
 *
 * Linux conntrack NAT is endpoint-independent mapping with port preservation (`masquerade` keeps a
 * flow's source port unless another flow holds it) and address-and-port-dependent filtering (only
 * replies of a tracked flow come back in): a port-restricted cone. The other types start there:
 *
 * - full cone: any outside host may send to a port the inside host has used: a dynamic set of the
 *   inside UDP source ports seen, and a `dnat` of inbound packets to those ports.
 * - address-restricted: the same, but only from an address the inside machine has sent to: the set
 *   holds address . port.
 * - symmetric: `masquerade fully-random`: every flow (destination) gets its own random port.
 *
 * The sets record the inside port, which is the outside port too thanks to port preservation (one
 * machine per router, so no clash). Inbound new flows to the router itself are dropped.
 */

export const NAT_TYPES = ['full-cone', 'address-restricted', 'port-restricted', 'symmetric'] as const
export type NatType = typeof NAT_TYPES[number]

export function isNatType (value: string): value is NatType {
  return (NAT_TYPES as readonly string[]).includes(value)
}

export interface RouterRules {
  type: NatType
  /** inside interface and the one machine behind it */
  lan: string
  insideAddress: string
  /** outside interface */
  wan: string
  /** how long an unused mapping stays open, s (RFC 4787 REQ-5: at least 120 s) */
  mappingTimeoutS?: number
}

export const NAT_TABLE = 'p2pc_nat'

export function renderRouterTable (rules: RouterRules): string {
  const { type, lan, wan, insideAddress } = rules
  const timeout = rules.mappingTimeoutS ?? 120
  const wanQ = JSON.stringify(wan)
  const lanQ = JSON.stringify(lan)
  const lines: string[] = [`table ip ${NAT_TABLE} {`]
  if (type === 'full-cone') {
    lines.push(`  set mapped { type inet_service; flags dynamic,timeout; timeout ${timeout}s; }`)
  }
  if (type === 'address-restricted') {
    lines.push(`  set contacted { type ipv4_addr . inet_service; flags dynamic,timeout; timeout ${timeout}s; }`)
  }
  lines.push('  chain record {', '    type filter hook prerouting priority mangle; policy accept;')
  if (type === 'full-cone') lines.push(`    iifname ${lanQ} meta l4proto udp update @mapped { udp sport }`)
  if (type === 'address-restricted') lines.push(`    iifname ${lanQ} meta l4proto udp update @contacted { ip daddr . udp sport }`)
  lines.push('  }')
  lines.push('  chain prerouting {', '    type nat hook prerouting priority dstnat; policy accept;')
  if (type === 'full-cone') lines.push(`    iifname ${wanQ} udp dport @mapped dnat to ${insideAddress}`)
  if (type === 'address-restricted') lines.push(`    iifname ${wanQ} ip saddr . udp dport @contacted dnat to ${insideAddress}`)
  lines.push('  }')
  lines.push(
    '  chain postrouting {', '    type nat hook postrouting priority srcnat; policy accept;',
    `    oifname ${wanQ} masquerade${type === 'symmetric' ? ' fully-random' : ''}`,
    '  }',
    '  chain forward {', '    type filter hook forward priority filter; policy drop;',
    `    iifname ${lanQ} oifname ${wanQ} accept`,
    '    ct state established,related accept',
    // what the prerouting dnat let in (full cone, address-restricted)
    `    iifname ${wanQ} ct status dnat accept`,
    '  }',
    '  chain input {', '    type filter hook input priority filter; policy accept;',
    `    iifname ${wanQ} ct state new drop`,
    '  }',
    '}'
  )
  return lines.join('\n') + '\n'
}
