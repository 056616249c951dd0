/**
 * `tc netem` commands for the same link matrix the netns lab shapes, for machines whose kernel has
 * netem (real clusters: Kubernetes pods, k3d, bare Linux hosts). Pure: renders text, runs nothing.
 *
 * Each node shapes its own egress, so link [from][to] is applied on `from`'s device: an htb root
 * with one class per distinct (delay, jitter, loss) of that node's outgoing links, a netem qdisc
 * under each class, and a u32 filter on the destination address sending each peer's packets to
 * its class (the standard per-destination netem recipe). Unlisted destinations (DNS, the scraper)
 * go to an unshaped default class. An optional per-node rate cap is the htb parent's rate; a
 * per-link cap (links.bandwidthMbps) gives that destination a class of its own at that rate (a
 * class is a cap: two capped destinations never share one).
 *
 * Semantics next to the lab's delayer: both draw jitter uniformly in [delay - jitter, delay +
 * jitter]; netem may reorder packets of one pair under jitter, the delayer never does.
 */
import { bucketBytes } from '../lab/netns/rate.ts'

export interface NetemNode {
  address: string
  /** egress device on that node; default eth0 */
  device?: string
  /** cap on the node's total egress, Mbit/s; default none */
  rateMbit?: number
  /** cap on the node's total ingress, Mbit/s, through an ifb device; default none */
  downlinkMbit?: number
}

export interface NetemLinks {
  /** one-way delay [from][to], ms, indexed like the nodes */
  delayMs: number[][]
  jitterMs?: number[][]
  lossPct?: number[][]
  /** rate cap per link [from][to], Mbit/s; 0 or absent: none */
  bandwidthMbps?: number[][]
}

export interface NetemPlan {
  address: string
  /** shell commands, in order, to run on the node (as root, or with CAP_NET_ADMIN) */
  commands: string[]
}

/** htb's rate when there is no cap: high enough never to be the bottleneck. */
const UNCAPPED = '10gbit'

export function renderNetemCommands (nodes: NetemNode[], links: NetemLinks): NetemPlan[] {
  const n = nodes.length
  const matrix = (name: string, m: number[][] | undefined): number[][] => {
    const out = m ?? nodes.map(() => new Array<number>(n).fill(0))
    if (out.length !== n || out.some(row => row.length !== n)) throw new Error(`netem: links.${name} must be ${n} x ${n} like the nodes`)
    return out
  }
  const delay = matrix('delayMs', links.delayMs)
  const jitter = matrix('jitterMs', links.jitterMs)
  const loss = matrix('lossPct', links.lossPct)
  const linkRate = matrix('bandwidthMbps', links.bandwidthMbps)

  return nodes.map((node, from) => {
    const dev = node.device ?? 'eth0'
    const rate = node.rateMbit != null ? `${formatNumber(node.rateMbit)}mbit` : UNCAPPED
    const classes = new Map<string, { minor: number, netem?: string, rate: string, destinations: string[] }>()
    nodes.forEach((peer, to) => {
      if (to === from) return
      const netem = netemArgs(delay[from][to], jitter[from][to], loss[from][to])
      const capped = linkRate[from][to] > 0
      if (netem == null && !capped) return
      const key = capped ? `to ${peer.address}` : netem as string
      let cls = classes.get(key)
      if (cls == null) {
        const cap = node.rateMbit != null ? Math.min(node.rateMbit, linkRate[from][to]) : linkRate[from][to]
        cls = { minor: 0x100 + classes.size, netem, rate: capped ? `${formatNumber(cap)}mbit` : rate, destinations: [] }
        classes.set(key, cls)
      }
      cls.destinations.push(peer.address)
    })
    const commands = [
      `tc qdisc del dev ${dev} root 2>/dev/null || true`,
      `tc qdisc add dev ${dev} root handle 1: htb default 10`,
      `tc class add dev ${dev} parent 1: classid 1:1 htb rate ${rate} ceil ${rate}`,
      `tc class add dev ${dev} parent 1:1 classid 1:10 htb rate ${rate} ceil ${rate}`
    ]
    for (const cls of classes.values()) {
      const id = cls.minor.toString(16)
      commands.push(`tc class add dev ${dev} parent 1:1 classid 1:${id} htb rate ${cls.rate} ceil ${cls.rate}`)
      if (cls.netem != null) commands.push(`tc qdisc add dev ${dev} parent 1:${id} handle ${id}: netem ${cls.netem} limit 100000`)
      for (const dst of cls.destinations) {
        commands.push(`tc filter add dev ${dev} parent 1: protocol ip prio 1 u32 match ip dst ${dst}/32 flowid 1:${id}`)
      }
    }
    if (node.downlinkMbit != null) commands.push(...ingressCommands(dev, node.downlinkMbit))
    return { address: node.address, commands }
  })
}

/**
 * A downlink cap: the device's ingress redirected to an ifb device, whose egress a tbf caps (the
 * standard recipe: a qdisc shapes only what leaves a device). Bucket and queue as the lab's caps:
 * 1 ms at the rate (at least two frames), 100 ms of queue.
 */
function ingressCommands (dev: string, mbit: number): string[] {
  const ifb = `ifb-${dev}`.slice(0, 15)
  const burst = bucketBytes(mbit)
  return [
    `ip link del ${ifb} 2>/dev/null || true`,
    `ip link add ${ifb} type ifb`,
    `ip link set ${ifb} up`,
    `tc qdisc del dev ${dev} ingress 2>/dev/null || true`,
    `tc qdisc add dev ${dev} handle ffff: ingress`,
    `tc filter add dev ${dev} parent ffff: protocol all u32 match u32 0 0 action mirred egress redirect dev ${ifb}`,
    `tc qdisc add dev ${ifb} root tbf rate ${formatNumber(mbit)}mbit burst ${burst} latency 100ms`
  ]
}

/** One shell script per node: `set -e` and the commands. */
export function renderNetemScript (plan: NetemPlan): string {
  return ['#!/bin/sh', `# p2p-chat link shaping for ${plan.address} (tc-netem)`, 'set -e', ...plan.commands, ''].join('\n')
}

/** netem's arguments for one link, or undefined for a link that needs no shaping. */
export function netemArgs (delayMs: number, jitterMs: number, lossPct: number): string | undefined {
  for (const [name, v] of [['delay', delayMs], ['jitter', jitterMs], ['loss', lossPct]] as const) {
    if (!Number.isFinite(v) || v < 0) throw new Error(`netem: ${name} must be a number >= 0 (got ${v})`)
  }
  if (lossPct > 100) throw new Error(`netem: loss must be at most 100 % (got ${lossPct})`)
  if (delayMs === 0 && jitterMs === 0 && lossPct === 0) return undefined
  const parts = [`delay ${formatNumber(delayMs)}ms`]
  if (jitterMs > 0) parts.push(`${formatNumber(jitterMs)}ms`)
  if (lossPct > 0) parts.push(`loss random ${formatNumber(lossPct)}%`)
  return parts.join(' ')
}

function formatNumber (v: number): string {
  return String(Math.round(v * 10_000) / 10_000)
}
