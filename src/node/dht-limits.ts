/**
 * Bounds on what peers can make the DHT store, applied at kad-dht's public seam: the components
 * it is given. A chat room uses the DHT for discovery only (FIND_NODE); it never publishes a
 * provider record or a value. Measured before (docs/security.md): ADD_PROVIDER and PUT_VALUE with
 * distinct keys grew the in-memory datastore without bound (~730 B a record, kept 48 h: 146 MB to
 * 1.1 GB); ADD_PROVIDER with a new address each time made the peer store merge ever-longer address
 * lists (500 merges took 24.7 s at 4 000 addresses, 100 % CPU).
 *
 * We keep serving the whole Kademlia protocol (other kad clients may share the prefix), but:
 * - provider records and values together are capped (`dhtRecords`), provider records per peer too
 *   (`dhtProviderRecordsPerPeer`); a store beyond the cap fails, and kad-dht resets that stream;
 * - the addresses kad-dht merges into the peer store for one peer are capped (`addressesPerPeer`):
 *   the first ones stay, later new ones are dropped.
 */
import type { AbortOptions, PeerId, PeerStore } from '@libp2p/interface'
import type { KadDHTComponents } from '@libp2p/kad-dht'
import type { Multiaddr } from '@multiformats/multiaddr'

type Datastore = KadDHTComponents['datastore']
type Key = Parameters<Datastore['put']>[0]
import { DhtStoreFullError } from './errors.ts'
import type { ResourceBudget } from './resource-budget.ts'

export type DhtLimitsBudget = Pick<ResourceBudget, 'dhtRecords' | 'dhtProviderRecordsPerPeer' | 'addressesPerPeer'>

/** Counts what kad-dht stored under its prefix and refuses puts beyond the budget. */
export class DhtRecordBudget {
  private readonly budget: DhtLimitsBudget
  private readonly providerPrefix: string
  private readonly recordPrefix: string
  private readonly stored = new Set<string>()
  private readonly providersOf = new Map<string, number>()
  private readonly onRefused?: (what: 'dht_records' | 'dht_provider_records_per_peer') => void

  constructor (budget: DhtLimitsBudget, datastorePrefix = '/dht', onRefused?: DhtRecordBudget['onRefused']) {
    this.budget = budget
    this.providerPrefix = `${datastorePrefix}/provider/`
    this.recordPrefix = `${datastorePrefix}/record/`
    this.onRefused = onRefused
  }

  get size (): number {
    return this.stored.size
  }

  /** Throws `DhtStoreFullError` when storing `key` would exceed the budget; records it otherwise. */
  admit (key: string): void {
    if (this.stored.has(key)) return
    const provider = this.providerOf(key)
    if (provider == null && !key.startsWith(this.recordPrefix)) return
    if (this.stored.size >= this.budget.dhtRecords) {
      this.onRefused?.('dht_records')
      throw new DhtStoreFullError(`the DHT stores at most ${this.budget.dhtRecords} provider records and values`)
    }
    if (provider != null) {
      const count = this.providersOf.get(provider) ?? 0
      if (count >= this.budget.dhtProviderRecordsPerPeer) {
        this.onRefused?.('dht_provider_records_per_peer')
        throw new DhtStoreFullError(`the DHT stores at most ${this.budget.dhtProviderRecordsPerPeer} provider records per peer`)
      }
      this.providersOf.set(provider, count + 1)
    }
    this.stored.add(key)
  }

  forget (key: string): void {
    if (!this.stored.delete(key)) return
    const provider = this.providerOf(key)
    if (provider == null) return
    const left = (this.providersOf.get(provider) ?? 1) - 1
    if (left <= 0) this.providersOf.delete(provider)
    else this.providersOf.set(provider, left)
  }

  /** Provider keys are `<prefix>/provider/<cid>/<peer>`: the last segment names the provider. */
  private providerOf (key: string): string | undefined {
    if (!key.startsWith(this.providerPrefix)) return undefined
    return key.slice(key.lastIndexOf('/') + 1)
  }
}

function budgetedDatastore (datastore: Datastore, records: DhtRecordBudget): Datastore {
  return new Proxy(datastore, {
    get (target, prop, receiver) {
      if (prop === 'put') {
        return async (key: Key, value: Uint8Array, options?: AbortOptions) => {
          records.admit(key.toString())
          return target.put(key, value, options)
        }
      }
      if (prop === 'delete') {
        return async (key: Key, options?: AbortOptions) => {
          await target.delete(key, options)
          records.forget(key.toString())
        }
      }
      const value = Reflect.get(target, prop, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

/** New addresses for `peer` that still fit under `max`, the known ones counted first. */
async function addressesThatFit (peerStore: PeerStore, peer: PeerId, offered: Multiaddr[], max: number): Promise<Multiaddr[]> {
  const known = await peerStore.get(peer).then(p => p.addresses.map(a => a.multiaddr.toString()), () => [])
  const seen = new Set(known)
  const fresh: Multiaddr[] = []
  for (const ma of offered) {
    const key = ma.toString()
    if (seen.has(key)) continue
    seen.add(key)
    fresh.push(ma)
  }
  return fresh.slice(0, Math.max(0, max - known.length))
}

function cappedPeerStore (peerStore: PeerStore, max: number): PeerStore {
  return new Proxy(peerStore, {
    get (target, prop, receiver) {
      if (prop === 'merge') {
        return async (peer: PeerId, data: Parameters<PeerStore['merge']>[1], options?: AbortOptions) => {
          if (data.multiaddrs == null || data.multiaddrs.length === 0) return target.merge(peer, data, options)
          const multiaddrs = await addressesThatFit(target, peer, data.multiaddrs, max)
          return target.merge(peer, { ...data, multiaddrs }, options)
        }
      }
      const value = Reflect.get(target, prop, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

/** kad-dht's components with the budgeted datastore and the capped peer store in place. */
export function limitedDhtComponents (components: KadDHTComponents, budget: DhtLimitsBudget, records: DhtRecordBudget): KadDHTComponents {
  let datastore: Datastore | undefined
  let peerStore: PeerStore | undefined
  return new Proxy(components, {
    get (target, prop, receiver) {
      if (prop === 'datastore') return (datastore ??= budgetedDatastore(target.datastore, records))
      if (prop === 'peerStore') return (peerStore ??= cappedPeerStore(target.peerStore, budget.addressesPerPeer))
      return Reflect.get(target, prop, receiver)
    }
  })
}

/** Wraps a kad-dht factory so the instance sees only the limited components. */
export function withDhtLimits<T> (factory: (components: KadDHTComponents) => T, budget: DhtLimitsBudget, records: DhtRecordBudget): (components: KadDHTComponents) => T {
  return (components) => factory(limitedDhtComponents(components, budget, records))
}
