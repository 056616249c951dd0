/** What the node knows about its NAT, as data: `/addrs` in the CLI and the NAT lab's trials read it. */
import type { NatClassification } from './classify.ts'
import type { NatTraversal } from './traversal.ts'
import { formatTransportAddress } from './stun/message.ts'

/** What `/addrs` reports about the NAT: the classification, or why there is none. */
export type NatStatus =
  | ({ state: 'classified' } & Pick<NatClassification, 'type' | 'mapping' | 'filtering'> & { mapped: string })
  | { state: 'pending' | 'off' }

export function natStatus (traversal: Pick<NatTraversal, 'classification' | 'discovering'> | undefined): NatStatus {
  if (traversal == null || !traversal.discovering()) return { state: 'off' }
  const c = traversal.classification()
  if (c == null) return { state: 'pending' }
  return { state: 'classified', type: c.type, mapping: c.mapping, filtering: c.filtering, mapped: formatTransportAddress(c.mapped) }
}
