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
 *   the first ones stay, later new ones are dropped;
 * - what one host may send to the DHT is metered in bytes and in requests (dht-meter.ts).
 */
import type { AbortOptions, PeerId, PeerStore, StreamHandler } from '@libp2p/interface'
import type { KadDHTComponents } from '@libp2p/kad-dht'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { DhtInboundMeter } from './dht-meter.ts'
import { DhtStoreFullError } from './errors.ts'
import type { ResourceBudget } from './resource-budget.ts'

type Datastore = KadDHTComponents['datastore']
type Key = Parameters<Datastore['put']>[0]
type Registrar = KadDHTComponents['registrar']

export type DhtLimitsBudget = Pick<ResourceBudget, 'dhtRecords' | 'dhtProviderRecordsPerPeer' | 'addressesPerPeer'>

/** Counts what kad-dht stored under its prefix and refuses puts beyond the budget. */
export class DhtRecordBudget {
  private readonly budget: Pick<DhtLimitsBudget, 'dhtRecords' | 'dhtProviderRecordsPerPeer'>
  private readonly providerPrefix: string
  private readonly recordPrefix: string
  private readonly stored = new Set<string>()
  private readonly providersOf = new Map<string, number>()
  private readonly onRefused?: (what: 'dht_records' | 'dht_provider_records_per_peer') => void

  constructor (budget: Pick<DhtLimitsBudget, 'dhtRecords' | 'dhtProviderRecordsPerPeer'>, datastorePrefix = '/dht', onRefused?: DhtRecordBudget['onRefused']) {
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

/**
 * `target` with some of its methods replaced; every other property is the target's own, its methods
 * bound to it (kad-dht's components are class instances with private state).
 */
function withOverrides<T extends object> (target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get (t, prop, receiver) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof T]
      const value = Reflect.get(t, prop, receiver)
      return typeof value === 'function' ? value.bind(t) : value
    }
  })
}

function budgetedDatastore (datastore: Datastore, records: DhtRecordBudget): Datastore {
  return withOverrides(datastore, {
    put: async (key: Key, value: Uint8Array, options?: AbortOptions) => {
      records.admit(key.toString())
      return datastore.put(key, value, options)
    },
    delete: async (key: Key, options?: AbortOptions) => {
      await datastore.delete(key, options)
      records.forget(key.toString())
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
  return withOverrides(peerStore, {
    merge: async (peer: PeerId, data: Parameters<PeerStore['merge']>[1], options?: AbortOptions) => {
      if (data.multiaddrs == null || data.multiaddrs.length === 0) return peerStore.merge(peer, data, options)
      const multiaddrs = await addressesThatFit(peerStore, peer, data.multiaddrs, max)
      return peerStore.merge(peer, { ...data, multiaddrs }, options)
    }
  })
}

/** A registrar whose handlers meter their inbound streams (kad-dht registers its one protocol here). */
function meteredRegistrar (registrar: Registrar, meter: DhtInboundMeter): Registrar {
  return withOverrides(registrar, {
    handle: async (protocol: string, handler: StreamHandler, options?: Parameters<Registrar['handle']>[2]) =>
      registrar.handle(protocol, (stream, connection) => {
        // kad-dht attaches its reader synchronously inside the handler; the meter listens beside it
        const handled = handler(stream, connection)
        meter.meter(stream, connection)
        return handled
      }, options)
  })
}

export interface DhtLimits { records: DhtRecordBudget, meter: DhtInboundMeter }

/** kad-dht's components with the budgeted datastore, the capped peer store and the metered registrar in place. */
export function limitedDhtComponents (components: KadDHTComponents, budget: DhtLimitsBudget, limits: DhtLimits): KadDHTComponents {
  let datastore: Datastore | undefined
  let peerStore: PeerStore | undefined
  let registrar: Registrar | undefined
  return new Proxy(components, {
    get (target, prop, receiver) {
      if (prop === 'datastore') return (datastore ??= budgetedDatastore(target.datastore, limits.records))
      if (prop === 'peerStore') return (peerStore ??= cappedPeerStore(target.peerStore, budget.addressesPerPeer))
      if (prop === 'registrar') return (registrar ??= meteredRegistrar(target.registrar, limits.meter))
      return Reflect.get(target, prop, receiver)
    }
  })
}

/** Wraps a kad-dht factory so the instance sees only the limited components. */
export function withDhtLimits<T> (factory: (components: KadDHTComponents) => T, budget: DhtLimitsBudget, limits: DhtLimits): (components: KadDHTComponents) => T {
  return (components) => factory(limitedDhtComponents(components, budget, limits))
}
