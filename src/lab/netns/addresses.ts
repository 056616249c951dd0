/**
 * Address plan of a lab: every host address comes from one private IPv4 subnet, numbered in
 * order and skipping addresses that end in .0 or .255 (valid inside a /16, but they confuse people
 * reading traces).
 */
import { NetnsError } from './errors.ts'

export interface Subnet {
  /** network address as a 32-bit unsigned number */
  base: number
  prefixLength: number
}

export function parseSubnet (cidr: string): Subnet {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr)
  if (match == null) throw new NetnsError(`subnet: not an IPv4 CIDR: ${cidr}`)
  const octets = match.slice(1, 5).map(Number)
  const prefixLength = Number(match[5])
  if (octets.some(o => o > 255) || prefixLength < 8 || prefixLength > 24) {
    throw new NetnsError(`subnet: ${cidr} must be an IPv4 network with a prefix length from 8 to 24`)
  }
  const value = ipToNumber(octets.join('.'))
  const mask = prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0
  if ((value & ~mask) >>> 0 !== 0) throw new NetnsError(`subnet: ${cidr} has host bits set`)
  if (!isPrivate(value)) throw new NetnsError(`subnet: ${cidr} is not private address space (10/8, 172.16/12, 192.168/16): a lab must not shadow real addresses`)
  return { base: value, prefixLength }
}

/** The `count` host addresses of a subnet, in order. */
export function allocateAddresses (subnet: Subnet, count: number): string[] {
  const size = 2 ** (32 - subnet.prefixLength) - 1 // the last usable one is the monitor's
  const out: string[] = []
  for (let offset = 1; offset < size - 1 && out.length < count; offset++) {
    const value = subnet.base + offset
    const last = value & 0xff
    if (last === 0 || last === 255) continue
    out.push(numberToIp(value))
  }
  if (out.length < count) throw new NetnsError(`subnet: /${subnet.prefixLength} holds ${out.length} addresses, the lab needs ${count}`)
  return out
}

/** The subnet's last usable address (not ending in .0 or .255): the lab's monitor address. */
export function monitorAddress (subnet: Subnet): string {
  let value = subnet.base + 2 ** (32 - subnet.prefixLength) - 2
  while ((value & 0xff) === 0 || (value & 0xff) === 255) value--
  return numberToIp(value)
}

export function ipToNumber (ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0)
}

export function numberToIp (value: number): string {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join('.')
}

function isPrivate (value: number): boolean {
  return (value >>> 24) === 10 || (value >>> 20) === (0xac1 /* 172.16/12 */) || (value >>> 16) === 0xc0a8
}
