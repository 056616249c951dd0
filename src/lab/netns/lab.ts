/**
 * A lab of network namespaces: one switch namespace holding a bridge, one namespace per machine,
 * each joined to the bridge by a veth pair (`eth0` in the machine, `h<index>` in the switch). A machine
 * has one or several addresses of one private subnet on its eth0, no default route, and no link
 * to the real machine's own network: a packet can only reach another machine of the lab.
 *
 * Shaping (see rules.ts and the delayer): loss and partitions in nftables, delay and jitter in
 * the NFQUEUE delayer, on the bridge for pairs in different machines and on the input hook of `lo`
 * in each machine with several addresses (its own pairs never reach the bridge). Input, not output:
 * lo orphans a packet from its socket on the way, so a held packet no longer counts against the
 * sender's TCP small-queue budget (held at output, TCP sends ~2 packets per delay: 1 Mbit/s at
 * 25 ms), and a drop is silent loss, not an EPERM from sendmsg.
 *
 * Why the bridge rather than every machine's own egress: the same TCP small-queue throttling hits a
 * packet held on a machine's output hook (measured: 20 MB over 25 ms each way, 1 Mbit/s held on
 * output vs 120 Mbit/s held after the veth), and rules in every machine cost a process per machine on
 * every change (first shape, 150 machines: 71 ms on the bridge; ~16 ms more per machine that needs its
 * own rules, 1.7 s for 100 machines of 10 addresses); see measure.ts.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { allocateAddresses, monitorAddress, numberToIp, parseSubnet } from './addresses.ts'
import type { Subnet } from './addresses.ts'
import { LabLifecycle } from '../lifecycle.ts'
import { listNamespaces, NAME_PREFIX, recordOwner } from './clean.ts'
import { startDelayer } from './delayer.ts'
import type { Delayer, DelayerStats } from './delayer.ts'
import { NetnsError } from './errors.ts'
import { eachLimited, ipBatch, nftScript, execute } from './exec.ts'
import { renderTable } from './rules.ts'
import type { LossSpec, Scope } from './rules.ts'
import { openTunnel } from './tunnel.ts'
import type { Tunnel } from './tunnel.ts'
import { egressCommands, tbfCommand } from './rate.ts'
import type { LinkCap } from './rate.ts'

export interface LabOptions {
  /** unique per run: names are `p2pc-<runId>-sw` and `p2pc-<runId>-h<index>`; [a-z0-9], 1-24 characters */
  runId: string
  /** one entry per machine namespace; `addresses` defaults to 1 */
  machines: Array<{ addresses?: number }>
  /** private IPv4 subnet of every address; default 10.88.0.0/16 */
  subnet?: string
  /** remove the lab when this process exits (also through process.exit() in a signal handler); default true */
  cleanupOnExit?: boolean
  /**
   * called if the delayer dies while the lab lives: shaped traffic then stops (no bypass), so a
   * run should abort; default: none
   */
  onDelayerExit?: (err: Error) => void
}

export interface LabMachine {
  index: number
  /** network namespace name, for `ip netns exec` */
  ns: string
  addresses: string[]
}

export interface ShapeSpec {
  /** the addresses the matrices are indexed by; pairs outside it are not shaped */
  addresses: string[]
  /** one-way delay [from][to], ms; the diagonal is ignored */
  delayMs: number[][]
  /** jitter [from][to], ms: each packet's delay is uniform in [delay - jitter, delay + jitter]; default 0 */
  jitterMs?: number[][]
  /** loss [from][to], percent (resolution 0.0001 %); default 0 */
  lossPct?: number[][]
  /** seed of the delayer's jitter generator, reseeded at every shape(); default 1 */
  seed?: number
}

/** A machine by index, or 'monitor': the switch namespace, which has `monitorAddress` on its bridge. */
export type Where = number | 'monitor'

export interface Lab {
  readonly runId: string
  readonly switchNs: string
  readonly machines: LabMachine[]
  /**
   * Address of the bridge in the switch namespace, reachable from every machine and never shaped,
   * partitioned or delayed (its packets are not forwarded, so no filter sees them): run the
   * scraper (Prometheus) there with spawn('monitor', ...). The subnet's last usable address.
   */
  readonly monitorAddress: string
  /** which emulation path shapes this lab, for the run's manifest */
  readonly emulation: 'nfqueue+nft'
  /** index of the machine that holds `address` */
  machineOf: (address: string) => number
  /** starts `cmd` inside a machine's namespace, in its own process group (kill it with process.kill(-pid)) */
  spawn: (where: Where, cmd: string, args?: string[], options?: SpawnOptions) => ChildProcess
  /** runs `cmd` inside a machine's namespace and resolves with its stdout (rejects on a non-zero exit) */
  exec: (where: Where, cmd: string, args?: string[]) => Promise<string>
  /** a 127.0.0.1 port in the caller's namespace relayed to `port` on `where`'s address (see tunnel.ts) */
  tunnel: (where: Where, port: number) => Promise<Tunnel>
  /**
   * caps a machine's bandwidth, Mbit/s: a number caps both ways; `{ upMbit, downMbit }` each way
   * (up: what the machine sends, tbf on its own end of the veth; down: what it receives, tbf on the
   * switch's end); undefined (or a direction left out) removes the cap; `links` caps what it sends to
   * single addresses (htb, src/lab/netns/rate.ts). Pairs inside one machine (lo) are not capped.
   */
  limitRate: (machineIndex: number, rate: number | RateCap | undefined) => Promise<void>
  /** sets delay, jitter and loss of every pair of `addresses`; call again to change them at runtime */
  shape: (spec: ShapeSpec) => Promise<void>
  /** drops every packet between addresses of different sets (addresses in no set are unaffected) */
  partition: (sets: string[][]) => Promise<void>
  /** removes the partition */
  heal: () => Promise<void>
  /** the delayer's counters (undefined before the first shape()) */
  delayerStats: () => Promise<DelayerStats | undefined>
  /** kills every process in the lab's namespaces and removes them; idempotent */
  destroy: () => Promise<void>
}

const MAX_MACHINES = 1000 // a Linux bridge has at most 1024 ports

export async function createLab (options: LabOptions): Promise<Lab> {
  const { runId } = options
  validateLabOptions(options)
  const subnet = parseSubnet(options.subnet ?? '10.88.0.0/16')
  const prefix = `${NAME_PREFIX}${runId}-`
  const machines = labMachines(prefix, options.machines, subnet)
  if (listNamespaces(prefix).length > 0) throw new NetnsError(`runId: namespaces ${prefix}* already exist (a run in progress, or leftovers: p2p-chat experiment clean)`)
  const layout: LabLayout = { runId, prefix, subnet, switchNs: `${prefix}sw`, machines, monitor: monitorAddress(subnet) }
  const life = new LabLifecycle(prefix, options.cleanupOnExit !== false)
  try {
    recordOwner(runId)
    await buildNamespaces(layout)
  } catch (err) {
    life.destroy()
    throw err
  }
  return new NetnsLab(layout, life, options.onDelayerExit)
}

function validateLabOptions ({ runId, machines }: LabOptions): void {
  if (!/^[a-z0-9]{1,24}$/.test(runId)) throw new NetnsError(`runId: must be 1-24 characters [a-z0-9] (got ${JSON.stringify(runId)})`)
  if (machines.length < 1 || machines.length > MAX_MACHINES) throw new NetnsError(`machines: must hold 1 to ${MAX_MACHINES} machines (got ${machines.length})`)
  machines.forEach((h, i) => {
    const n = h.addresses ?? 1
    if (!Number.isInteger(n) || n < 1) throw new NetnsError(`machines[${i}].addresses: must be an integer >= 1 (got ${n})`)
  })
  if (process.getuid?.() !== 0) throw new NetnsError('the netns lab needs root (network namespaces, nftables, NFQUEUE)')
}

/** The lab's names and addresses, fixed before any namespace exists. */
interface LabLayout {
  runId: string
  /** `p2pc-<runId>-`, the prefix of every namespace (and tunnel socket) of the lab */
  prefix: string
  subnet: Subnet
  switchNs: string
  machines: LabMachine[]
  monitor: string
}

function labMachines (prefix: string, machineSpecs: LabOptions['machines'], subnet: Subnet): LabMachine[] {
  const total = machineSpecs.reduce((sum, h) => sum + (h.addresses ?? 1), 0)
  const pool = allocateAddresses(subnet, total)
  let next = 0
  return machineSpecs.map((h, index) => ({
    index,
    ns: `${prefix}h${index}`,
    addresses: pool.slice(next, (next += h.addresses ?? 1))
  }))
}

/** The namespaces, the bridge with its monitor address, and a veth pair per machine. */
async function buildNamespaces ({ switchNs, machines, monitor, subnet }: LabLayout): Promise<void> {
  await ipBatch([`netns add ${switchNs}`, ...machines.map(h => `netns add ${h.ns}`)])
  await ipBatch([
    'link add br0 type bridge stp_state 0 mcast_snooping 0',
    'link set dev br0 addrgenmode none',
    `addr add ${monitor}/${subnet.prefixLength} dev br0`,
    'link set dev br0 up',
    'link set dev lo up',
    ...machines.flatMap(h => [
      `link add h${h.index} type veth peer name eth0 netns ${h.ns}`,
      `link set h${h.index} addrgenmode none`,
      `link set h${h.index} master br0 up`
    ])
  ], switchNs)
  await eachLimited(machines, 4, async h => {
    await ipBatch([
      // one wire-sized packet per skb (no TSO/GSO bursts): loss and delay act per packet, as on a
      // wire; and lo, the path between a machine's own addresses, gets a wire's MTU
      ...(h.addresses.length > 1 ? ['link set dev lo mtu 1500 gso_max_segs 1'] : []),
      'link set dev lo up',
      'link set dev eth0 addrgenmode none gso_max_segs 1', // addrgenmode none: no IPv6 link-local chatter
      ...h.addresses.map(a => `addr add ${a}/${subnet.prefixLength} dev eth0`),
      'link set dev eth0 up'
    ], h.ns)
  })
}

/** Checks one shape matrix against `addresses` (all zeros when absent). */
function shapeMatrix (name: string, addresses: string[], m: number[][] | undefined): number[][] {
  const n = addresses.length
  const matrix = m ?? addresses.map(() => new Array<number>(n).fill(0))
  if (matrix.length !== n || matrix.some(row => row.length !== n)) throw new NetnsError(`shape.${name}: must be ${n} x ${n} like shape.addresses`)
  matrix.forEach((row, i) => row.forEach((v, j) => {
    if (!Number.isFinite(v) || v < 0 || (name === 'lossPct' && v > 100)) throw new NetnsError(`shape.${name}[${i}][${j}]: invalid value ${v}`)
  }))
  return matrix
}

/**
 * A machine's bandwidth caps, Mbit/s; a direction left out is not capped. `links` caps what it sends
 * to each of those addresses (a per-link cap, under the uplink's).
 */
export interface RateCap { upMbit?: number, downMbit?: number, links?: LinkCap[] }

/** A built lab: its shaping state (filters, delayer, queue rules) as fields, Lab's operations as methods. */
class NetnsLab implements Lab {
  readonly runId: string
  readonly switchNs: string
  readonly machines: LabMachine[]
  readonly monitorAddress: string
  readonly emulation = 'nfqueue+nft' as const
  readonly #layout: LabLayout
  readonly #life: LabLifecycle
  readonly #onDelayerExit?: (err: Error) => void
  readonly #machineByAddress = new Map<string, number>()
  readonly #multiAddressMachines: LabMachine[]
  readonly #switchScope: Scope
  #delayer?: Delayer
  #loss?: LossSpec
  #cut?: string[][]
  // last table loaded per namespace: a change that leaves a machine's own pairs alone (a partition
  // along machine boundaries) costs no process for that machine
  readonly #loaded = new Map<string, string>()
  // namespaces that have their queue rule (added after the delayer holds the first matrix)
  readonly #queued = new Set<string>()
  #tunnels = 0

  constructor (layout: LabLayout, life: LabLifecycle, onDelayerExit?: (err: Error) => void) {
    this.runId = layout.runId
    this.switchNs = layout.switchNs
    this.machines = layout.machines
    this.monitorAddress = layout.monitor
    this.#layout = layout
    this.#life = life
    this.#onDelayerExit = onDelayerExit
    for (const h of layout.machines) for (const a of h.addresses) this.#machineByAddress.set(a, h.index)
    this.#multiAddressMachines = layout.machines.filter(h => h.addresses.length > 1)
    this.#switchScope = { kind: 'switch', machineOf: this.#machineByAddress }
  }

  machineOf (address: string): number {
    const index = this.#machineByAddress.get(address)
    if (index == null) throw new NetnsError(`address ${address} is not in lab ${this.runId}`)
    return index
  }

  spawn (where: Where, cmd: string, args: string[] = [], spawnOptions: SpawnOptions = {}): ChildProcess {
    return this.#life.spawn(this.#nsOf(where), cmd, args, spawnOptions)
  }

  async exec (where: Where, cmd: string, args: string[] = []): Promise<string> {
    return await execute(cmd, args, { netns: this.#nsOf(where) })
  }

  async tunnel (where: Where, port: number): Promise<Tunnel> {
    const address = where === 'monitor' ? this.monitorAddress : (this.machines[where]?.addresses[0] ?? this.#nsOf(where))
    const socketPath = join(tmpdir(), `${this.#layout.prefix}tunnel${this.#tunnels++}.sock`)
    return await openTunnel((cmd, args, env) => this.spawn(where, cmd, args, { env, stdio: ['ignore', 'pipe', 'ignore'] }), socketPath, address, port)
  }

  async limitRate (machineIndex: number, rate: number | RateCap | undefined): Promise<void> {
    const ns = this.#nsOf(machineIndex)
    const { upMbit, downMbit, links = [] } = typeof rate === 'number' ? { upMbit: rate, downMbit: rate } : rate ?? {}
    for (const [name, mbit] of [['upMbit', upMbit], ['downMbit', downMbit], ...links.map((l, i) => [`links[${i}].mbit`, l.mbit] as const)] as const) {
      if (mbit != null && !(Number.isFinite(mbit) && mbit > 0)) throw new NetnsError(`limitRate: ${name} must be > 0 (got ${mbit})`)
    }
    for (const l of links) this.machineOf(l.address)
    // removing a cap that is not there is no error: -force goes on past it
    const apply = async (namespace: string, commands: string[], removing: boolean): Promise<void> => {
      await execute('tc', [...(removing ? ['-force'] : []), '-n', namespace, '-batch', '-'], { input: commands.join('\n') + '\n' }).catch(err => { if (!removing) throw err })
    }
    await apply(this.switchNs, [tbfCommand(`h${machineIndex}`, downMbit)], downMbit == null)
    // an htb tree is built anew: classes added to one left from an earlier call would clash
    if (links.length > 0) await apply(ns, ['qdisc del dev eth0 root'], true)
    await apply(ns, egressCommands('eth0', upMbit, links), upMbit == null && links.length === 0)
  }

  async shape (spec: ShapeSpec): Promise<void> {
    for (const a of spec.addresses) this.machineOf(a)
    const delayMs = shapeMatrix('delayMs', spec.addresses, spec.delayMs)
    const jitterMs = shapeMatrix('jitterMs', spec.addresses, spec.jitterMs)
    const lossPct = shapeMatrix('lossPct', spec.addresses, spec.lossPct)
    this.#loss = { addresses: spec.addresses, lossPct }
    await this.#applyFilters()
    const started = await this.#startQueues()
    await started.setMatrix({ addresses: spec.addresses, delayMs, jitterMs, seed: spec.seed ?? 1 })
    await this.#addQueueRules()
  }

  async partition (sets: string[][]): Promise<void> {
    for (const set of sets) for (const a of set) this.machineOf(a)
    this.#cut = sets.map(s => [...s])
    await this.#applyFilters()
  }

  async heal (): Promise<void> {
    this.#cut = undefined
    await this.#applyFilters()
  }

  async delayerStats (): Promise<DelayerStats | undefined> {
    return await this.#delayer?.stats()
  }

  async destroy (): Promise<void> {
    this.#life.destroy(() => this.#delayer?.stop())
  }

  #nsOf (where: Where): string {
    if (where === 'monitor') return this.switchNs
    const machine = this.machines[where]
    if (machine == null) throw new NetnsError(`machine ${where}: the lab has machines 0 to ${this.machines.length - 1}`)
    return machine.ns
  }

  async #load (ns: string, table: string): Promise<void> {
    if (this.#loaded.get(ns) === table) return
    this.#loaded.delete(ns)
    await nftScript(ns, table)
    this.#loaded.set(ns, table)
  }

  async #applyFilters (): Promise<void> {
    await this.#load(this.switchNs, renderTable(this.#switchScope, this.#loss, this.#cut))
    await eachLimited(this.#multiAddressMachines, 4, async h => {
      await this.#load(h.ns, renderTable({ kind: 'machine', own: new Set(h.addresses) }, this.#loss, this.#cut))
    })
  }

  async #startQueues (): Promise<Delayer> {
    if (this.#delayer != null) return this.#delayer
    const started = await startDelayer(this.switchNs, [this.switchNs, ...this.#multiAddressMachines.map(h => h.ns)], err => {
      if (!this.#life.destroyed) this.#onDelayerExit?.(err)
    })
    this.#delayer = started
    await execute('sysctl', ['-qw', 'net.bridge.bridge-nf-call-iptables=1'], { netns: this.switchNs })
    return started
  }

  async #addQueueRules (): Promise<void> {
    const { subnet } = this.#layout
    const sub = `${numberToIp(subnet.base)}/${subnet.prefixLength}`
    // no --queue-bypass: should the delayer die, shaped traffic stops instead of silently flowing unshaped
    const rules = [
      { ns: this.switchNs, args: ['-A', 'FORWARD', '-j', 'NFQUEUE', '--queue-num', '0'] },
      ...this.#multiAddressMachines.map(h => ({ ns: h.ns, args: ['-A', 'INPUT', '-i', 'lo', '-s', sub, '-d', sub, '-j', 'NFQUEUE', '--queue-num', '0'] }))
    ].filter(r => !this.#queued.has(r.ns))
    await eachLimited(rules, 4, async ({ ns, args }) => {
      await execute('iptables', ['-w', ...args], { netns: ns })
      this.#queued.add(ns)
    })
  }
}
