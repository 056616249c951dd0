/**
 * The NAT lab: an "internet" of namespaces and home networks behind NAT routers.
 *
 *   inet   a bridge, the internet's switch (16.0.0.0/16)
 *   stun   a real STUN server (coturn) on two internet addresses (RFC 5780 tests need two)
 *   relay  a public node: bootstrap and circuit relay
 *   r<i>   a home router: wan0 on the internet, lan0 = 192.168.<100+i>.1, nftables NAT of one type
 *   n<i>   the machine behind router i: 192.168.<100+i>.2, default route via its router
 *
 * The internet uses 16.0.0.0/16 (Testground's choice) because js-libp2p treats 10/8, 172.16/12,
 * 192.168/16, 100.64/10 and the TEST-NET ranges as private and drops them from identify and DCUtR.
 * That space is public on the real internet, so the lab must never reach out: nothing is created in
 * the machine's own namespace, no namespace has a link to it, and the routers have no default
 * route (test/nat-lab.test.ts proves it). Names use the netns lab's prefix, so `p2p-chat experiment
 * clean` (cleanAll) removes leftovers; removing the namespaces removes their veths and nft tables.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { LabLifecycle } from '../lifecycle.ts'
import { listNamespaces, NAME_PREFIX } from '../netns/clean.ts'
import { NetnsError } from '../netns/errors.ts'
import { eachLimited, ipBatch, nftScript, execute } from '../netns/exec.ts'
import { INTERNET_PREFIX_LENGTH, RELAY_ADDRESS, STUN_ADDRESSES, STUN_PORT } from './addresses.ts'
import { renderRouterTable } from './nat-rules.ts'
import type { NatType } from './nat-rules.ts'
import { startCoturn } from './stun-server.ts'

export interface NatLabOptions {
  /** names are `p2pc-<runId>-*`; [a-z0-9], 1-20 characters */
  runId: string
  /** one router (with one machine behind it) per entry */
  routers: NatType[]
  /** remove the lab when this process exits; default true */
  cleanupOnExit?: boolean
}

export interface NatRouter {
  index: number
  type: NatType
  ns: string
  publicAddress: string
  lanAddress: string
}

export interface NatMachine {
  index: number
  ns: string
  address: string
  router: NatRouter
}

export interface NatLab {
  readonly runId: string
  readonly prefix: string
  readonly internetNs: string
  readonly stunNs: string
  readonly relayNs: string
  readonly routers: NatRouter[]
  /** machines[i] sits behind routers[i] */
  readonly machines: NatMachine[]
  /** `HOST:PORT` of the lab's STUN server (primary address) */
  readonly stunServer: string
  /** every namespace of the lab */
  namespaces: () => string[]
  /** starts `cmd` inside namespace `ns`, in its own process group */
  spawn: (ns: string, cmd: string, args?: string[], options?: SpawnOptions) => ChildProcess
  /** runs `cmd` inside `ns`, resolves with its stdout */
  exec: (ns: string, cmd: string, args?: string[]) => Promise<string>
  /** starts coturn (STUN only) on both STUN addresses, ports 3478 and 3479; resolves once it answers */
  startStunServer: () => Promise<void>
  /** replaces router i's NAT rules with another type (forgets its dynamic sets) */
  setRouterType: (index: number, type: NatType) => Promise<void>
  /** kills every process in the lab and removes its namespaces; idempotent */
  destroy: () => Promise<void>
}

export async function createNatLab (options: NatLabOptions): Promise<NatLab> {
  const { runId, routers: types } = options
  if (!/^[a-z0-9]{1,20}$/.test(runId)) throw new NetnsError(`runId: must be 1-20 characters [a-z0-9] (got ${JSON.stringify(runId)})`)
  if (types.length < 1 || types.length > 150) throw new NetnsError(`routers: must hold 1 to 150 routers (got ${types.length})`)
  if (process.getuid?.() !== 0) throw new NetnsError('the NAT lab needs root (network namespaces, nftables)')
  const prefix = `${NAME_PREFIX}${runId}-`
  if (listNamespaces(prefix).length > 0) throw new NetnsError(`runId: namespaces ${prefix}* already exist (a run in progress, or leftovers: p2p-chat experiment clean)`)
  const layout = natLayout(runId, prefix, types)
  const life = new LabLifecycle(prefix, options.cleanupOnExit !== false)
  try {
    await ipBatch(layout.all.map(ns => `netns add ${ns}`))
    await buildInternet(layout)
    await eachLimited(layout.routers, 4, async r => { await buildHome(r, layout.machines[r.index]) })
  } catch (err) {
    life.destroy()
    throw err
  }
  return new NatNetnsLab(layout, life)
}

/** The lab's names and addresses, fixed before any namespace exists. */
interface NatLayout {
  runId: string
  prefix: string
  internetNs: string
  stunNs: string
  relayNs: string
  routers: NatRouter[]
  machines: NatMachine[]
  /** every namespace of the lab */
  all: string[]
}

function natLayout (runId: string, prefix: string, types: NatType[]): NatLayout {
  const internetNs = `${prefix}inet`
  const stunNs = `${prefix}stun`
  const relayNs = `${prefix}relay`
  const routers: NatRouter[] = types.map((type, index) => ({
    index,
    type,
    ns: `${prefix}r${index}`,
    publicAddress: `16.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`,
    lanAddress: `192.168.${100 + index}.1`
  }))
  const machines: NatMachine[] = routers.map(router => ({
    index: router.index,
    ns: `${prefix}n${router.index}`,
    address: `192.168.${100 + router.index}.2`,
    router
  }))
  const all = [internetNs, stunNs, relayNs, ...routers.map(r => r.ns), ...machines.map(h => h.ns)]
  return { runId, prefix, internetNs, stunNs, relayNs, routers, machines, all }
}

/** The internet: a bridge in its own namespace, a veth to every public namespace (STUN, relay, routers' wan0). */
async function buildInternet ({ internetNs, stunNs, relayNs, routers }: NatLayout): Promise<void> {
  const p = INTERNET_PREFIX_LENGTH
  const publicLinks: Array<{ port: string, ns: string, dev: string }> = [
    { port: 'p-stun', ns: stunNs, dev: 'eth0' },
    { port: 'p-relay', ns: relayNs, dev: 'eth0' },
    ...routers.map(r => ({ port: `p-r${r.index}`, ns: r.ns, dev: 'wan0' }))
  ]
  await ipBatch([
    'link set lo up',
    'link add br0 type bridge stp_state 0 mcast_snooping 0',
    'link set br0 addrgenmode none',
    'link set br0 up',
    ...publicLinks.flatMap(l => [
      `link add ${l.port} type veth peer name ${l.dev} netns ${l.ns}`,
      `link set ${l.port} addrgenmode none`,
      `link set ${l.port} master br0 up`
    ])
  ], internetNs)
  await ipBatch(['link set lo up', ...STUN_ADDRESSES.map(a => `addr add ${a}/${p} dev eth0`), 'link set eth0 addrgenmode none', 'link set eth0 up'], stunNs)
  await ipBatch(['link set lo up', `addr add ${RELAY_ADDRESS}/${p} dev eth0`, 'link set eth0 addrgenmode none', 'link set eth0 up'], relayNs)
}

/** A home network: router `r` (its wan0, a lan0 to its machine, forwarding, its NAT rules) and the machine behind it. */
async function buildHome (r: NatRouter, machine: NatMachine): Promise<void> {
  await ipBatch([
    'link set lo up',
    `addr add ${r.publicAddress}/${INTERNET_PREFIX_LENGTH} dev wan0`,
    'link set wan0 addrgenmode none',
    'link set wan0 up',
    `link add lan0 type veth peer name eth0 netns ${machine.ns}`,
    'link set lan0 addrgenmode none',
    `addr add ${r.lanAddress}/24 dev lan0`,
    'link set lan0 up'
  ], r.ns)
  await ipBatch([
    'link set lo up',
    'link set eth0 addrgenmode none',
    `addr add ${machine.address}/24 dev eth0`,
    'link set eth0 up',
    `route add default via ${r.lanAddress}`
  ], machine.ns)
  await execute('sysctl', ['-qw', 'net.ipv4.ip_forward=1'], { netns: r.ns })
  await nftScript(r.ns, renderRouterTable({ type: r.type, lan: 'lan0', wan: 'wan0', insideAddress: machine.address }))
}

/** A built NAT lab: its layout as fields, NatLab's operations as methods. */
class NatNetnsLab implements NatLab {
  readonly runId: string
  readonly prefix: string
  readonly internetNs: string
  readonly stunNs: string
  readonly relayNs: string
  readonly routers: NatRouter[]
  readonly machines: NatMachine[]
  readonly stunServer = `${STUN_ADDRESSES[0]}:${STUN_PORT}`
  readonly #all: string[]
  readonly #life: LabLifecycle

  constructor (layout: NatLayout, life: LabLifecycle) {
    this.runId = layout.runId
    this.prefix = layout.prefix
    this.internetNs = layout.internetNs
    this.stunNs = layout.stunNs
    this.relayNs = layout.relayNs
    this.routers = layout.routers
    this.machines = layout.machines
    this.#all = layout.all
    this.#life = life
  }

  namespaces (): string[] {
    return [...this.#all]
  }

  spawn (ns: string, cmd: string, args: string[] = [], spawnOptions: SpawnOptions = {}): ChildProcess {
    this.#check(ns)
    return this.#life.spawn(ns, cmd, args, spawnOptions)
  }

  async exec (ns: string, cmd: string, args: string[] = []): Promise<string> {
    this.#check(ns)
    return await execute(cmd, args, { netns: ns })
  }

  async startStunServer (): Promise<void> {
    await startCoturn(this)
  }

  async setRouterType (index: number, type: NatType): Promise<void> {
    const r = this.routers[index]
    if (r == null) throw new NetnsError(`router ${index}: the lab has ${this.routers.length} routers`)
    await execute('nft', ['delete', 'table', 'ip', 'p2pc_nat'], { netns: r.ns })
    await nftScript(r.ns, renderRouterTable({ type, lan: 'lan0', wan: 'wan0', insideAddress: this.machines[index].address }))
    r.type = type
  }

  async destroy (): Promise<void> {
    this.#life.destroy()
  }

  #check (ns: string): void {
    if (!this.#all.includes(ns)) throw new NetnsError(`namespace ${ns} is not in NAT lab ${this.runId}`)
  }
}
