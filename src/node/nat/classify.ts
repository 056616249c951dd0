/**
 * NAT behaviour discovery (RFC 5780 §4.3 and §4.4) with a STUN server that has an alternate
 * address and port (OTHER-ADDRESS), or, lacking one, mapping only by comparing what two servers see.
 *
 * Filtering runs first, on a socket that has only talked to the primary address: the mapping tests
 * send to the alternate address, which opens the very holes a filtering test looks for.
 */
import { StunTimeoutError } from './stun/client.ts'
import type { BindingResult, RetransmitOptions, StunClient, StunServerAddress } from './stun/client.ts'
import type { TransportAddress } from './stun/message.ts'

export type MappingBehaviour = 'none' | 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent' | 'unknown'
export type FilteringBehaviour = 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent' | 'unknown'
/** The classic names; `open` = no NAT (the mapped address is the local one) */
export type NatClass = 'open' | 'full-cone' | 'address-restricted' | 'port-restricted' | 'symmetric' | 'unknown'

export interface NatClassification {
  mapped: TransportAddress
  mapping: MappingBehaviour
  filtering: FilteringBehaviour
  type: NatClass
}

export interface ClassifyOptions {
  /** the primary server; its OTHER-ADDRESS enables the RFC 5780 tests */
  server: StunServerAddress
  /** a second server, used for the mapping test when the first has no OTHER-ADDRESS */
  secondServer?: StunServerAddress
  /** the socket's local addresses: a mapped address among them means no NAT */
  localAddresses?: string[]
  /** retransmission for tests whose answer is expected; default 200 ms x 4 */
  retransmit?: RetransmitOptions
  /** retransmission for the filtering tests, where silence is the answer; default 200 ms x 3, last wait 3 RTO */
  filterRetransmit?: RetransmitOptions
}

const same = (a: TransportAddress, b: TransportAddress): boolean => a.address === b.address && a.port === b.port

export async function classifyNat (client: StunClient, options: ClassifyOptions): Promise<NatClassification> {
  const retransmit = options.retransmit ?? { rtoMs: 200, maxRequests: 4, lastWaitFactor: 4 }
  const quiet = options.filterRetransmit ?? { rtoMs: 200, maxRequests: 3, lastWaitFactor: 3 }
  const primary = options.server
  const test1 = await client.binding(primary, retransmit)
  const mapped = test1.mapped
  const other = test1.otherAddress
  if (options.localAddresses?.includes(mapped.address) === true) {
    return { mapped, mapping: 'none', filtering: 'endpoint-independent', type: 'open' }
  }
  const answered = async (change: { ip: boolean, port: boolean }): Promise<BindingResult | undefined> => {
    try {
      return await client.binding(primary, { ...quiet, change })
    } catch (err) {
      if (err instanceof StunTimeoutError) return undefined
      throw err
    }
  }

  let filtering: FilteringBehaviour = 'unknown'
  if (other != null) {
    if (await answered({ ip: true, port: true }) != null) filtering = 'endpoint-independent'
    else if (await answered({ ip: false, port: true }) != null) filtering = 'address-dependent'
    else filtering = 'address-and-port-dependent'
  }

  let mapping: MappingBehaviour = 'unknown'
  if (other != null) {
    const test2 = await client.binding({ host: other.address, port: primary.port }, retransmit)
    if (same(test2.mapped, mapped)) mapping = 'endpoint-independent'
    else {
      const test3 = await client.binding({ host: other.address, port: other.port }, retransmit)
      mapping = same(test3.mapped, test2.mapped) ? 'address-dependent' : 'address-and-port-dependent'
    }
  } else if (options.secondServer != null) {
    const second = await client.binding(options.secondServer, retransmit)
    // two servers tell EIM from "dependent", not which kind of dependent
    mapping = same(second.mapped, mapped) ? 'endpoint-independent' : 'address-and-port-dependent'
  }
  return { mapped, mapping, filtering, type: natClassOf(mapping, filtering) }
}

export function natClassOf (mapping: MappingBehaviour, filtering: FilteringBehaviour): NatClass {
  if (mapping === 'none') return 'open'
  if (mapping === 'address-dependent' || mapping === 'address-and-port-dependent') return 'symmetric'
  if (mapping !== 'endpoint-independent') return 'unknown'
  if (filtering === 'endpoint-independent') return 'full-cone'
  if (filtering === 'address-dependent') return 'address-restricted'
  if (filtering === 'address-and-port-dependent') return 'port-restricted'
  return 'unknown'
}
