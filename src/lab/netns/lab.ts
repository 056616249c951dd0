/**
 * A lab of network namespaces: one switch namespace holding a bridge, one namespace per host,
 * each joined to the bridge by a veth pair (`eth0` in the host, `h<index>` in the switch). A host
 * has one or several addresses of one private subnet on its eth0, no default route, and no link
 * to the machine's own network: a packet can only reach another host of the lab.
 *
 * Shaping (see rules.ts and the delayer): loss and partitions in nftables, delay and jitter in
 * the NFQUEUE delayer, on the bridge for pairs in different hosts and on the input hook of `lo`
 * in each host with several addresses (its own pairs never reach the bridge). Input, not output:
 * lo orphans a packet from its socket on the way, so a held packet no longer counts against the
 * sender's TCP small-queue budget (held at output, TCP sends ~2 packets per delay: 1 Mbit/s at
 * 25 ms), and a drop is silent loss, not an EPERM from sendmsg.
 *
 * Why the bridge rather than every host's own egress: the same TCP small-queue throttling hits a
 * packet held on a host's output hook (measured: 20 MB over 25 ms each way, 1 Mbit/s held on
 * output vs 120 Mbit/s held after the veth), and rules in every host cost a process per host on
 * every change (first shape, 150 hosts: 71 ms on the bridge; ~16 ms more per host that needs its
 * own rules, 1.7 s for 100 hosts of 10 addresses); see measure.ts.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { allocateAddresses, monitorAddress, numberToIp, parseSubnet } from './addresses.ts'
import { LabLifecycle } from '../lifecycle.ts'
import { listNamespaces, NAME_PREFIX, recordOwner } from './clean.ts'
import { startDelayer } from './delayer.ts'
import type { Delayer, DelayerStats } from './delayer.ts'
import { NetnsError } from './errors.ts'
import { eachLimited, ipBatch, nftScript, run } from './exec.ts'
import { renderTable } from './rules.ts'
import type { LossSpec, Scope } from './rules.ts'
import { openTunnel } from './tunnel.ts'
import type { Tunnel } from './tunnel.ts'

export interface LabOptions {
  /** unique per run: names are `p2pc-<runId>-sw` and `p2pc-<runId>-h<index>`; [a-z0-9], 1-24 characters */
  runId: string
  /** one entry per host namespace; `addresses` defaults to 1 */
  hosts: Array<{ addresses?: number }>
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

export interface LabHost {
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

/** A host by index, or 'monitor': the switch namespace, which has `monitorAddress` on its bridge. */
export type Where = number | 'monitor'

export interface Lab {
  readonly runId: string
  readonly switchNs: string
  readonly hosts: LabHost[]
  /**
   * Address of the bridge in the switch namespace, reachable from every host and never shaped,
   * partitioned or delayed (its packets are not forwarded, so no filter sees them): run the
   * scraper (Prometheus) there with spawn('monitor', ...). The subnet's last usable address.
   */
  readonly monitorAddress: string
  /** which emulation path shapes this lab, for the run's manifest */
  readonly emulation: 'nfqueue+nft'
  /** index of the host that holds `address` */
  hostOf: (address: string) => number
  /** starts `cmd` inside a host's namespace, in its own process group (kill it with process.kill(-pid)) */
  spawn: (where: Where, cmd: string, args?: string[], options?: SpawnOptions) => ChildProcess
  /** runs `cmd` inside a host's namespace and resolves with its stdout (rejects on a non-zero exit) */
  exec: (where: Where, cmd: string, args?: string[]) => Promise<string>
  /** a 127.0.0.1 port in the caller's namespace relayed to `port` on `where`'s address (see tunnel.ts) */
  tunnel: (where: Where, port: number) => Promise<Tunnel>
  /**
   * caps a host's bandwidth each way (tbf on both ends of its veth), Mbit/s; undefined removes the
   * cap. Pairs inside one host (lo) are not capped.
   */
  limitRate: (hostIndex: number, mbit: number | undefined) => Promise<void>
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

const MAX_HOSTS = 1000 // a Linux bridge has at most 1024 ports

export async function createLab (options: LabOptions): Promise<Lab> {
  const { runId, hosts: hostSpecs } = options
  if (!/^[a-z0-9]{1,24}$/.test(runId)) throw new NetnsError(`runId: must be 1-24 characters [a-z0-9] (got ${JSON.stringify(runId)})`)
  if (hostSpecs.length < 1 || hostSpecs.length > MAX_HOSTS) throw new NetnsError(`hosts: must hold 1 to ${MAX_HOSTS} hosts (got ${hostSpecs.length})`)
  hostSpecs.forEach((h, i) => {
    const n = h.addresses ?? 1
    if (!Number.isInteger(n) || n < 1) throw new NetnsError(`hosts[${i}].addresses: must be an integer >= 1 (got ${n})`)
  })
  if (process.getuid?.() !== 0) throw new NetnsError('the netns lab needs root (network namespaces, nftables, NFQUEUE)')
  const subnet = parseSubnet(options.subnet ?? '10.88.0.0/16')
  const total = hostSpecs.reduce((sum, h) => sum + (h.addresses ?? 1), 0)
  const pool = allocateAddresses(subnet, total)

  const prefix = `${NAME_PREFIX}${runId}-`
  if (listNamespaces(prefix).length > 0) throw new NetnsError(`runId: namespaces ${prefix}* already exist (a run in progress, or leftovers: p2p-chat experiment clean)`)
  const switchNs = `${prefix}sw`
  let next = 0
  const hosts: LabHost[] = hostSpecs.map((h, index) => ({
    index,
    ns: `${prefix}h${index}`,
    addresses: pool.slice(next, (next += h.addresses ?? 1))
  }))
  const hostByAddress = new Map<string, number>()
  for (const h of hosts) for (const a of h.addresses) hostByAddress.set(a, h.index)
  const multiHosts = hosts.filter(h => h.addresses.length > 1)
  const monitor = monitorAddress(subnet)

  const life = new LabLifecycle(prefix, options.cleanupOnExit !== false)

  try {
    recordOwner(runId)
    await ipBatch([`netns add ${switchNs}`, ...hosts.map(h => `netns add ${h.ns}`)])
    await ipBatch([
      'link add br0 type bridge stp_state 0 mcast_snooping 0',
      'link set dev br0 addrgenmode none',
      `addr add ${monitor}/${subnet.prefixLength} dev br0`,
      'link set dev br0 up',
      'link set dev lo up',
      ...hosts.flatMap(h => [
        `link add h${h.index} type veth peer name eth0 netns ${h.ns}`,
        `link set h${h.index} addrgenmode none`,
        `link set h${h.index} master br0 up`
      ])
    ], switchNs)
    await eachLimited(hosts, 4, async h => {
      await ipBatch([
        // one wire-sized packet per skb (no TSO/GSO bursts): loss and delay act per packet, as on a
        // wire; and lo, the path between a host's own addresses, gets a wire's MTU
        ...(h.addresses.length > 1 ? ['link set dev lo mtu 1500 gso_max_segs 1'] : []),
        'link set dev lo up',
        'link set dev eth0 addrgenmode none gso_max_segs 1', // addrgenmode none: no IPv6 link-local chatter
        ...h.addresses.map(a => `addr add ${a}/${subnet.prefixLength} dev eth0`),
        'link set dev eth0 up'
      ], h.ns)
    })
  } catch (err) {
    life.destroy()
    throw err
  }

  let delayer: Delayer | undefined
  let loss: LossSpec | undefined
  let cut: string[][] | undefined
  const switchScope: Scope = { kind: 'switch', hostOf: hostByAddress }

  // last table loaded per namespace: a change that leaves a host's own pairs alone (a partition
  // along host boundaries) costs no process for that host
  const loaded = new Map<string, string>()
  const load = async (ns: string, table: string): Promise<void> => {
    if (loaded.get(ns) === table) return
    loaded.delete(ns)
    await nftScript(ns, table)
    loaded.set(ns, table)
  }
  const applyFilters = async (): Promise<void> => {
    await load(switchNs, renderTable(switchScope, loss, cut))
    await eachLimited(multiHosts, 4, async h => {
      await load(h.ns, renderTable({ kind: 'host', own: new Set(h.addresses) }, loss, cut))
    })
  }

  const startQueues = async (): Promise<Delayer> => {
    if (delayer != null) return delayer
    const started = await startDelayer(switchNs, [switchNs, ...multiHosts.map(h => h.ns)], err => {
      if (!life.destroyed) options.onDelayerExit?.(err)
    })
    delayer = started
    await run('sysctl', ['-qw', 'net.bridge.bridge-nf-call-iptables=1'], { netns: switchNs })
    return started
  }

  // after the delayer holds the first matrix; once per namespace
  const queued = new Set<string>()
  const addQueueRules = async (): Promise<void> => {
    const sub = `${numberToIp(subnet.base)}/${subnet.prefixLength}`
    // no --queue-bypass: should the delayer die, shaped traffic stops instead of silently flowing unshaped
    const rules = [
      { ns: switchNs, args: ['-A', 'FORWARD', '-j', 'NFQUEUE', '--queue-num', '0'] },
      ...multiHosts.map(h => ({ ns: h.ns, args: ['-A', 'INPUT', '-i', 'lo', '-s', sub, '-d', sub, '-j', 'NFQUEUE', '--queue-num', '0'] }))
    ].filter(r => !queued.has(r.ns))
    await eachLimited(rules, 4, async ({ ns, args }) => {
      await run('iptables', ['-w', ...args], { netns: ns })
      queued.add(ns)
    })
  }

  const nsOf = (where: Where): string => {
    if (where === 'monitor') return switchNs
    const host = hosts[where]
    if (host == null) throw new NetnsError(`host ${where}: the lab has hosts 0 to ${hosts.length - 1}`)
    return host.ns
  }
  const spawnIn = (where: Where, cmd: string, args: string[], spawnOptions: SpawnOptions): ChildProcess => {
    return life.spawn(nsOf(where), cmd, args, spawnOptions)
  }
  let tunnels = 0

  const lab: Lab = {
    runId,
    switchNs,
    hosts,
    monitorAddress: monitor,
    emulation: 'nfqueue+nft',
    hostOf (address) {
      const index = hostByAddress.get(address)
      if (index == null) throw new NetnsError(`address ${address} is not in lab ${runId}`)
      return index
    },
    spawn (where, cmd, args = [], spawnOptions = {}) {
      return spawnIn(where, cmd, args, spawnOptions)
    },
    async exec (where, cmd, args = []) {
      return await run(cmd, args, { netns: nsOf(where) })
    },
    async tunnel (where, port) {
      const address = where === 'monitor' ? monitor : (hosts[where]?.addresses[0] ?? nsOf(where))
      const socketPath = join(tmpdir(), `${prefix}tunnel${tunnels++}.sock`)
      return await openTunnel((cmd, args, env) => spawnIn(where, cmd, args, { env, stdio: ['ignore', 'pipe', 'ignore'] }), socketPath, address, port)
    },
    async limitRate (hostIndex, mbit) {
      const ns = nsOf(hostIndex)
      if (mbit != null && !(Number.isFinite(mbit) && mbit > 0)) throw new NetnsError(`limitRate: mbit must be > 0 (got ${mbit})`)
      const tbf = (dev: string): string => {
        if (mbit == null) return `qdisc del dev ${dev} root`
        // burst: 5 ms at the rate, at least a few packets; latency bounds the queue like a router's buffer
        const burst = Math.max(15_000, Math.round(mbit * 1e6 / 8 * 0.005))
        return `qdisc replace dev ${dev} root tbf rate ${mbit}mbit burst ${burst} latency 100ms`
      }
      const force = mbit == null ? ['-force'] : []
      await run('tc', [...force, '-n', switchNs, '-batch', '-'], { input: tbf(`h${hostIndex}`) + '\n' }).catch(err => { if (mbit != null) throw err })
      await run('tc', [...force, '-n', ns, '-batch', '-'], { input: tbf('eth0') + '\n' }).catch(err => { if (mbit != null) throw err })
    },
    async shape (spec) {
      const n = spec.addresses.length
      const check = (name: string, m: number[][] | undefined): number[][] => {
        const matrix = m ?? spec.addresses.map(() => new Array<number>(n).fill(0))
        if (matrix.length !== n || matrix.some(row => row.length !== n)) throw new NetnsError(`shape.${name}: must be ${n} x ${n} like shape.addresses`)
        matrix.forEach((row, i) => row.forEach((v, j) => {
          if (!Number.isFinite(v) || v < 0 || (name === 'lossPct' && v > 100)) throw new NetnsError(`shape.${name}[${i}][${j}]: invalid value ${v}`)
        }))
        return matrix
      }
      for (const a of spec.addresses) lab.hostOf(a)
      const delayMs = check('delayMs', spec.delayMs)
      const jitterMs = check('jitterMs', spec.jitterMs)
      const lossPct = check('lossPct', spec.lossPct)
      loss = { addresses: spec.addresses, lossPct }
      await applyFilters()
      const started = await startQueues()
      await started.setMatrix({ addresses: spec.addresses, delayMs, jitterMs, seed: spec.seed ?? 1 })
      await addQueueRules()
    },
    async partition (sets) {
      for (const set of sets) for (const a of set) lab.hostOf(a)
      cut = sets.map(s => [...s])
      await applyFilters()
    },
    async heal () {
      cut = undefined
      await applyFilters()
    },
    async delayerStats () {
      return await delayer?.stats()
    },
    async destroy () {
      life.destroy(() => delayer?.stop())
    }
  }
  return lab
}
