/**
 * The network an experiment runs on: a netns lab shaped per address pair (root), or plain loopback
 * (the local runner); where each node listens and serves metrics on it; and the same link matrix as
 * `tc netem` commands for clusters. `experiment-run.ts` drives the run on top of it.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createLab } from '../../lab/netns/index.ts'
import type { Lab } from '../../lab/netns/index.ts'
import { renderNetemCommands, renderNetemScript } from '../netem.ts'
import { HarnessError } from '../errors.ts'
import type { Plan } from '../plan.ts'
import type { ExperimentSpec } from '../spec.ts'
import type { Spawner } from './fleet.ts'

const NODE_PORT = 4001
const METRICS_PORT = 9464

export interface Network {
  spawner: Spawner
  /** address of each node */
  addresses: string[]
  /** where Prometheus runs, and the address it listens on */
  spawnPrometheus: (args: (listen: string) => string[]) => { child: ChildProcess, url: string }
  emulation: string
  /** the delayer's counters, for the manifest (netns) */
  delayerStats: () => Promise<unknown>
  partition: (sets: string[][]) => Promise<void>
  heal: () => Promise<void>
  destroy: () => Promise<void>
}

/** Where node `i` listens: an ephemeral loopback port (local), or the node port on its lab address. */
export function listenAddrOf (spec: ExperimentSpec, addresses: string[], i: number): string {
  return spec.runner === 'local'
    ? (spec.transport === 'quic' ? '/ip4/127.0.0.1/udp/0/quic-v1' : '/ip4/127.0.0.1/tcp/0')
    : (spec.transport === 'quic' ? `/ip4/${addresses[i]}/udp/${NODE_PORT}/quic-v1` : `/ip4/${addresses[i]}/tcp/${NODE_PORT}`)
}

export function metricsAddrOf (spec: ExperimentSpec, addresses: string[], i: number): string | undefined {
  return spec.metrics.enabled ? `${addresses[i]}:${spec.runner === 'local' ? 0 : METRICS_PORT}` : undefined
}

export function netemScript (addresses: string[], plan: Plan): string {
  const plans = renderNetemCommands(addresses.map((address, i) => ({ address, rateMbit: plan.bandwidth[i]?.uplinkMbps, downlinkMbit: plan.bandwidth[i]?.downlinkMbps })), plan.links)
  const downlinks = plan.bandwidth.some(b => b.downlinkMbps != null)
  return ['#!/bin/sh', '# The same link matrix as `tc netem` commands, one block per node, for clusters whose kernel has netem.',
    ...(downlinks ? ['# Uplink caps are the htb rate of each node\'s egress; downlink caps an ifb device that its ingress is redirected to (needs the ifb module).'] : []),
    ...plans.map(renderNetemScript)].join('\n')
}

export async function netnsNetwork (runId: string, spec: ExperimentSpec, plan: Plan, onDelayerExit: (err: Error) => void): Promise<Network> {
  const processes = Math.ceil(spec.nodes.count / spec.nodes.perProcess)
  const machines = Array.from({ length: processes }, (_, p) => ({ addresses: Math.min(spec.nodes.perProcess, spec.nodes.count - p * spec.nodes.perProcess) }))
  // one more namespace for Prometheus: it scrapes over the lab's switch, outside the shaped pairs
  const lab: Lab = await createLab({ runId, machines: [...machines, { addresses: 1 }], onDelayerExit })
  const infra = lab.machines.length - 1
  const addresses = plan.nodes.map(n => lab.machines[Math.floor(n.index / spec.nodes.perProcess)].addresses[n.index % spec.nodes.perProcess])
  await lab.shape({ addresses, delayMs: plan.links.delayMs, jitterMs: plan.links.jitterMs, lossPct: plan.links.lossPct, seed: spec.seed })
  // one node per namespace when capped (the spec checks it): the machine's cap is the node's
  for (const [i, cap] of plan.bandwidth.entries()) {
    const links = plan.links.bandwidthMbps[i].flatMap((mbit, j) => mbit > 0 ? [{ address: addresses[j], mbit }] : [])
    if (cap.uplinkMbps != null || cap.downlinkMbps != null || links.length > 0) await lab.limitRate(Math.floor(i / spec.nodes.perProcess), { upMbit: cap.uplinkMbps, downMbit: cap.downlinkMbps, links })
  }
  return {
    addresses,
    spawner: (p, cmd, args) => lab.spawn(p, cmd, args, { stdio: 'pipe' }),
    spawnPrometheus: (args) => {
      const listen = `${lab.machines[infra].addresses[0]}:9090`
      return { child: lab.spawn(infra, 'prometheus', args(listen), { stdio: 'ignore' }), url: `http://${listen}` }
    },
    emulation: lab.emulation,
    delayerStats: async () => await lab.delayerStats(),
    partition: async (sets) => { await lab.partition(sets) },
    heal: async () => { await lab.heal() },
    destroy: async () => { await lab.destroy() }
  }
}

export function localNetwork (count: number): Network {
  const spawner: Spawner = (_p, cmd, args) => spawn(cmd, args, { stdio: 'pipe', detached: true })
  return {
    addresses: Array.from({ length: count }, () => '127.0.0.1'),
    spawner,
    spawnPrometheus: (args) => {
      // port 0 is not allowed for Prometheus' web listener; a fixed high port is good enough here
      const listen = `127.0.0.1:${39090 + (process.pid % 1000)}`
      return { child: spawn('prometheus', args(listen), { stdio: 'ignore', detached: true }), url: `http://${listen}` }
    },
    emulation: 'none',
    delayerStats: async () => undefined,
    partition: async () => { throw new HarnessError('partition needs the netns runner') },
    heal: async () => {},
    destroy: async () => {}
  }
}
