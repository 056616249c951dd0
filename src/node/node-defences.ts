/** A node's resource defences, built together because each one's refusals feed the others' counts and the penalties. */
import { IpLimits } from './ip-limits.ts'
import { DhtRecordBudget } from './dht-limits.ts'
import { DhtInboundMeter } from './dht-meter.ts'
import { PeerPenalties } from './peer-penalties.ts'
import type { ChatMetrics } from './metrics.ts'
import type { NodeLinks } from './node-links.ts'
import type { ResourceBudget } from './resource-budget.ts'

/** The node's resource defences: per-host limits, peer penalties and the DHT's budgets, each refusal counted. */
export interface Defences {
  ipLimits: IpLimits
  penalties: PeerPenalties
  dhtLimits: { records: DhtRecordBudget, meter: DhtInboundMeter }
}

export function nodeDefences (budget: ResourceBudget, metrics: ChatMetrics, links: NodeLinks): Defences {
  const refused = (limit: string): void => { metrics.limitRefusals.inc({ limit }) }
  const ipLimits = new IpLimits(budget, { onRefused: refused })
  const penalties = new PeerPenalties({
    onAbusive: (peer) => {
      refused('abusive_peer')
      links.abortConnections(peer, 'abusive peer: too many refused messages')
    }
  })
  const dhtLimits = {
    records: new DhtRecordBudget(budget, undefined, refused),
    meter: new DhtInboundMeter(budget, (peer, offence) => {
      // a refused store is already counted by the record budget, under its own limit
      if (offence !== 'dht_store_refused') refused(offence === 'dht_overdrawn' ? 'dht_rate_per_host' : 'dht_requests_per_stream')
      penalties.record(peer.toString(), offence)
    })
  }
  return { ipLimits, penalties, dhtLimits }
}
