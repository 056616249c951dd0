/**
 * `experiment run`: one spec, end to end. Makes the plan and the node keys, builds the network
 * (a netns lab shaped per address pair, or plain loopback), starts Prometheus and the node hosts,
 * waits for the room to mesh, drives the workload and the fault timeline, stops everything, and
 * writes the run directory (spec, manifest, topology, traces, metrics, CSVs, plots, report).
 * Ctrl-C or a crash tears everything down.
 */
import type { ChildProcess } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { stringify } from 'yaml'
import { generateIdentity, peerIdOf, saveIdentity } from '../../node/identity.ts'
import { processRun } from '../pipeline.ts'
import type { RunSummary } from '../analysis/index.ts'
import { HarnessError } from '../errors.ts'
import { makePlan } from '../plan.ts'
import type { Plan, PlannedFault, PlannedRole } from '../plan.ts'
import { protocolOf, toFileForm } from '../spec.ts'
import { maxTextBytesOf } from '../workload.ts'
import type { ExperimentSpec } from '../spec.ts'
import { Fleet } from './fleet.ts'
import type { NodeStart } from './fleet.ts'
import { watchMachine } from './machine.ts'
import type { MachineWatch } from './machine.ts'
import { progress } from './progress.ts'
import { prometheusArgs, stopPrometheus, writePrometheusConfig, writeTargets } from './prometheus.ts'
import { buildManifest } from './manifest.ts'
import { listenAddrOf, localNetwork, metricsAddrOf, netemScript, netnsNetwork } from './network.ts'
import type { Network } from './network.ts'
import { forgetRun, forgetRunSync, registerRun } from './registry.ts'

/** How long the room may take to mesh before the run goes on without it (and says so). */
const MESH_DEADLINE_MS = 180_000
const PUBLISH_WAIT_MS = 5_000

export interface RunResult { runDir: string, summary: RunSummary, meshedAfterMs?: number }

/** What must hold before a run directory is made: the machine can run this spec. */
export function preflight (spec: ExperimentSpec): void {
  if (spec.runner === 'netns' && process.getuid?.() !== 0) {
    throw new HarnessError('runner netns needs root (network namespaces); run as root, or set runner: local for unshaped loopback')
  }
  if (spec.metrics.enabled && !onPath('prometheus')) {
    throw new HarnessError('metrics.enabled: prometheus is not installed (Debian: apt-get install prometheus; or metrics: { enabled: false })')
  }
}

function onPath (command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some(dir => {
    try { accessSync(join(dir, command), constants.X_OK); return true } catch { return false }
  })
}

export async function runExperiment (spec: ExperimentSpec, runDir: string, signal: AbortSignal): Promise<RunResult> {
  preflight(spec)
  for (const dir of ['traces', 'keys', 'prometheus']) await mkdir(join(runDir, dir), { recursive: true })
  await writeFile(join(runDir, 'spec.yaml'), `# the spec as run, defaults filled in\n${stringify(toFileForm(spec))}`)
  const plan = makePlan(spec)
  const peerIds = await makeKeys(runDir, spec.nodes.count)
  return await new ExperimentRun(spec, runDir, signal, plan, peerIds).execute()
}

/** A planned adversary as the host's start command says it (a censor's target by peer id). */
function roleOf (r: PlannedRole | undefined, peerIds: string[]): Pick<NodeStart, 'role'> {
  if (r === undefined) return {}
  if (r.role === 'censor' || r.role === 'eclipse') return { role: { kind: r.role, peers: [peerIds[r.target]] } }
  if (r.role === 'spammer') return { role: { kind: 'spammer', ratePerS: r.ratePerS, invalid: r.invalid } }
  return { role: { kind: 'silent' } }
}

/** The bootstrap nodes' indices and the addresses the other nodes dial them at. */
interface Bootstrap { nodes: number[], addrs: string[] }

/**
 * One run of a spec, from the network's creation to the run directory's last file. Its fields are
 * what the teardown and the run files need, whichever step the run got to; each step is a method.
 */
class ExperimentRun {
  readonly runId = `${Date.now().toString(36).slice(-6)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`
  readonly show = progress()
  readonly machine: MachineWatch
  readonly startedAtMs: number
  network?: Network
  fleet?: Fleet
  prometheus?: ChildProcess
  readonly faults: Array<Record<string, unknown>> = []
  meshedAfterMs?: number
  workload = { startedAtMs: 0, endedAtMs: 0 }
  /** The first thing that broke the run from outside its steps (a node host, Prometheus, the delayer). */
  failure?: Error
  delayer: unknown

  readonly spec: ExperimentSpec
  readonly runDir: string
  readonly signal: AbortSignal
  readonly plan: Plan
  readonly peerIds: string[]

  constructor (spec: ExperimentSpec, runDir: string, signal: AbortSignal, plan: Plan, peerIds: string[]) {
    this.spec = spec
    this.runDir = runDir
    this.signal = signal
    this.plan = plan
    this.peerIds = peerIds
    this.machine = watchMachine(join(runDir, 'machine.csv'), join(runDir, 'processes.csv'), () => this.fleet?.running() ?? [])
    this.startedAtMs = Date.now()
  }

  async execute (): Promise<RunResult> {
    const { runDir, spec, plan, peerIds, faults, startedAtMs, runId, signal } = this
    process.on('exit', this.exitHook)
    let network: Network
    try {
      network = await this.drive()
    } catch (err) {
      await this.teardown()
      await writeRunFiles(runDir, spec, plan, peerIds, this.network?.addresses, faults, this.workload, { startedAtMs, meshedAfterMs: this.meshedAfterMs, emulation: this.network?.emulation ?? 'none', runId, interrupted: signal.aborted, error: (err as Error).message })
      throw err
    }
    await this.teardown()
    await writeRunFiles(runDir, spec, plan, peerIds, network.addresses, faults, this.workload, { startedAtMs, meshedAfterMs: this.meshedAfterMs, emulation: network.emulation, runId, delayer: this.delayer })
    await writeFile(join(runDir, 'netem.sh'), netemScript(network.addresses, plan))
    const { summary } = await processRun(runDir, { figures: 'collect' })
    return { runDir, summary, meshedAfterMs: this.meshedAfterMs }
  }

  /** Every step from the network to the stopped fleet; returns the network the run used. */
  async drive (): Promise<Network> {
    const { spec, runId, runDir } = this
    await registerRun(runId, { runDir, pid: process.pid })
    const onDelayerExit = (err: Error): void => { this.failure ??= new HarnessError(`the delayer died, the lab's links are down: ${err.message}`) }
    const network = spec.runner === 'netns' ? await netnsNetwork(runId, spec, this.plan, onDelayerExit) : localNetwork(spec.nodes.count)
    this.network = network
    this.tick('starting Prometheus')
    await this.startPrometheus(network)
    const fleet = await this.startFleet(network)
    const bootstrap = await this.startNodes(fleet, network)
    await this.awaitMesh(fleet)
    await this.runTimeline(fleet, network, bootstrap)
    this.guard()
    this.tick('stopping')
    this.delayer = await network.delayerStats()
    await fleet.stop()
    return network
  }

  // an exit without the teardown (a second Ctrl-C: process.exit) still ends the node hosts and
  // Prometheus, each a process group of its own; the lab removes itself the same way
  readonly exitHook = (): void => {
    this.fleet?.killAll()
    try { if (this.prometheus?.pid != null) process.kill(-this.prometheus.pid, 'SIGKILL') } catch { /* gone */ }
    forgetRunSync(this.runId)
  }

  async teardown (): Promise<void> {
    this.show.done()
    this.fleet?.killAll()
    await stopPrometheus(this.prometheus)
    await this.network?.destroy()
    await this.machine.stop()
    await forgetRun(this.runId)
    process.off('exit', this.exitHook)
  }

  tick (phase: string, leftMs?: number): void {
    const fleet = this.fleet
    this.show.update({ phase, nodes: this.spec.nodes.count, nodesUp: fleet?.nodes.filter(n => n.up).length ?? 0, nodesReady: fleet?.nodes.filter(n => n.ready).length ?? 0, published: fleet?.published ?? 0, delivered: fleet?.delivered ?? 0, leftMs, cpuPct: this.machine.lastCpuPct() })
  }

  guard (): void {
    if (this.signal.aborted) throw new HarnessError('interrupted')
    if (this.failure != null) throw this.failure
  }

  /**
   * Waits for `check`, at most `deadlineMs`; the progress line shows the time left until
   * `phaseEndsAtMs`, the end of the phase (not this wait's deadline), or none when unknown.
   */
  async until (fleet: Fleet, what: string, check: () => boolean, deadlineMs: number, phaseEndsAtMs?: number): Promise<boolean> {
    const deadline = Date.now() + deadlineMs
    while (!check()) {
      this.guard()
      if (Date.now() > deadline) return false
      await fleetChange(fleet, 500)
      this.tick(what, phaseEndsAtMs != null ? phaseEndsAtMs - Date.now() : undefined)
    }
    return true
  }

  async startPrometheus (network: Network): Promise<void> {
    if (!this.spec.metrics.enabled) return
    const promDir = join(this.runDir, 'prometheus')
    await writePrometheusConfig(promDir, this.spec.metrics.scrapeIntervalS)
    await writeTargets(promDir, [])
    const prometheus = network.spawnPrometheus(listen => prometheusArgs(promDir, listen)).child
    this.prometheus = prometheus
    prometheus.on('exit', (code) => { if (!this.signal.aborted && this.failure == null && code !== 0 && code !== null) this.failure = new HarnessError(`Prometheus exited with code ${code}`) })
  }

  async startFleet (network: Network): Promise<Fleet> {
    const { spec, runDir } = this
    const fleet = new Fleet(network.spawner, {
      runDir,
      nodeCount: spec.nodes.count,
      perProcess: spec.nodes.perProcess,
      peerIds: this.peerIds,
      hostConfig: {
        transport: spec.transport === 'quic' ? 'quic' : 'tcp',
        pingIntervalS: spec.node.pingIntervalS,
        ...(spec.node.maxConnections != null ? { maxConnections: spec.node.maxConnections } : {}),
        logLevel: 'warn',
        fullMetrics: spec.metrics.full,
        // every node takes (and forwards) the workload's largest message
        maxTextBytes: maxTextBytesOf(spec.workload)
      },
      hostArgs: spec.node.extraArgs
    })
    this.fleet = fleet
    fleet.addEventListener('crashed', ({ detail }) => {
      this.failure ??= new HarnessError(`node host process ${detail.process} died (exit ${detail.code ?? detail.signal}): ${detail.stderr.trim().split('\n').slice(-3).join(' / ')}`)
    })
    fleet.startProcesses()
    await registerRun(this.runId, { runDir, pid: process.pid, pids: fleet.pids() })
    return fleet
  }

  startNode (fleet: Fleet, network: Network, i: number, bootstrap: string[]): void {
    const { spec } = this
    const { targetPeers, lowWater, highWater, ...gossipsub } = protocolOf(spec.protocol, this.plan.nodes[i].group)
    fleet.startNode(i, {
      listen: [listenAddrOf(spec, network.addresses, i)],
      bootstrap,
      identity: join(this.runDir, 'keys', `${i}.key`),
      metrics: metricsAddrOf(spec, network.addresses, i),
      gossipsub,
      topology: { targetPeers, lowWater, highWater },
      ...roleOf(this.plan.roles[i], this.peerIds)
    })
  }

  /** Bootstrap nodes first (the others need their addresses), then the others, spread out. */
  async startNodes (fleet: Fleet, network: Network): Promise<Bootstrap> {
    const { spec, plan, peerIds } = this
    this.tick('starting bootstrap nodes')
    const bootstrapNodes = plan.nodes.filter(n => n.bootstrap).map(n => n.index)
    for (const i of bootstrapNodes) this.startNode(fleet, network, i, [])
    if (!await this.until(fleet, 'starting bootstrap nodes', () => bootstrapNodes.every(i => fleet.nodes[i].up), 60_000)) {
      throw new HarnessError(`bootstrap nodes ${bootstrapNodes.join(', ')} did not start within 60 s`)
    }
    const bootstrapAddrs = bootstrapNodes.map(i => spec.runner === 'local'
      ? fleet.nodes[i].addrs.find(a => a.includes(spec.transport === 'quic' ? '/quic-v1' : '/tcp/')) ?? ''
      : `${listenAddrOf(spec, network.addresses, i)}/p2p/${peerIds[i]}`)
    const others = plan.nodes.filter(n => !n.bootstrap).map(n => n.index)
    for (const i of others) {
      this.guard()
      this.startNode(fleet, network, i, bootstrapAddrs)
      // a cold node start costs CPU, and a burst of dials makes the bootstrap nodes' Noise
      // handshakes time out (the dialers then back off for seconds): spread the starts
      await new Promise(resolve => setTimeout(resolve, spec.nodes.startIntervalMs))
    }
    if (!await this.until(fleet, 'starting nodes', () => fleet.nodes.every(n => n.up), 120_000)) {
      throw new HarnessError(`only ${fleet.nodes.filter(n => n.up).length} of ${spec.nodes.count} nodes started within 120 s`)
    }
    if (spec.metrics.enabled) await writeTargets(join(this.runDir, 'prometheus'), this.targets(fleet))
    return { nodes: bootstrapNodes, addrs: bootstrapAddrs }
  }

  targets (fleet: Fleet): Parameters<typeof writeTargets>[1] {
    return fleet.nodes.flatMap((n, i) => {
      const url = n.metricsUrl != null ? new URL(n.metricsUrl) : undefined
      return url == null ? [] : [{ address: url.host, labels: { room: 'lobby', node: this.peerIds[i], index: String(i), group: this.plan.nodes[i].group, run: this.runId } }]
    })
  }

  /** Waits for the room to mesh (or its deadline), then for the warm-up. */
  async awaitMesh (fleet: Fleet): Promise<void> {
    const minRoomPeers = Math.min(3, this.spec.nodes.count - 1)
    const meshed = await this.until(fleet, 'meshing', () => fleet.nodes.every(n => n.ready && n.roomPeers >= minRoomPeers), MESH_DEADLINE_MS)
    if (meshed) this.meshedAfterMs = Date.now() - this.startedAtMs
    const warmupS = this.spec.workload.warmupS
    const warmupEnd = Date.now() + warmupS * 1000
    await this.until(fleet, 'warm-up', () => Date.now() >= warmupEnd, warmupS * 1000 + 1000, warmupEnd)
  }

  /** The workload and the fault timeline, on one clock, then the cool-down. */
  async runTimeline (fleet: Fleet, network: Network, bootstrap: Bootstrap): Promise<void> {
    const { spec, plan } = this
    const t0 = Date.now()
    this.workload = { startedAtMs: t0, endedAtMs: 0 }
    const actions = [
      ...plan.publishes.map((p, seq) => ({ atMs: p.atMs, run: () => { fleet.publish(p.node, payloadText(seq, p.bytes), PUBLISH_WAIT_MS) } })),
      ...plan.faults.map(f => ({ atMs: f.atMs, run: async () => { await this.applyFault(fleet, network, bootstrap, f, t0) } }))
    ].sort((a, b) => a.atMs - b.atMs)
    const workloadMs = spec.workload.durationS * 1000
    for (const action of actions) {
      const wait = t0 + action.atMs - Date.now()
      if (wait > 0) await this.until(fleet, 'workload', () => Date.now() >= t0 + action.atMs, wait + 1000, t0 + workloadMs)
      this.guard()
      await action.run()
      this.tick('workload', t0 + workloadMs - Date.now())
    }
    this.workload.endedAtMs = Math.max(Date.now(), t0 + workloadMs)
    const cooldownEnd = Date.now() + Math.max(0, t0 + workloadMs - Date.now()) + spec.workload.cooldownS * 1000
    await this.until(fleet, 'cool-down', () => Date.now() >= cooldownEnd, cooldownEnd - Date.now() + 1000, cooldownEnd)
  }

  async applyFault (fleet: Fleet, network: Network, bootstrap: Bootstrap, f: PlannedFault, base: number): Promise<void> {
    const { plan, faults } = this
    const at = base + f.atMs
    switch (f.kind) {
      case 'kill':
        for (const i of f.nodes) fleet.kill(i)
        faults.push({ kind: 'kill', atMs: at, nodes: f.nodes, untilMs: endOf(plan, f, 'restart', base) })
        break
      case 'restart':
        for (const i of f.nodes) this.startNode(fleet, network, i, bootstrap.nodes.includes(i) ? [] : bootstrap.addrs)
        faults.push({ kind: 'restart', atMs: at, nodes: f.nodes })
        break
      case 'freeze': {
        const frozen = fleet.signalProcessesOf(f.nodes, 'SIGSTOP')
        faults.push({ kind: 'freeze', atMs: at, nodes: frozen, untilMs: endOf(plan, f, 'thaw', base) })
        break
      }
      case 'thaw':
        faults.push({ kind: 'thaw', atMs: at, nodes: fleet.signalProcessesOf(f.nodes, 'SIGCONT') })
        break
      case 'partition': {
        const sets = f.groups.map(groups => plan.nodes.filter(n => groups.includes(n.group)).map(n => network.addresses[n.index]))
        await network.partition(sets)
        faults.push({ kind: 'partition', atMs: at, groups: f.groups, untilMs: endOf(plan, f, 'heal', base) })
        break
      }
      case 'heal':
        await network.heal()
        faults.push({ kind: 'heal', atMs: at })
        break
    }
  }
}

/** Resolves on the fleet's next change or node start, or after `timeoutMs`. */
async function fleetChange (fleet: Fleet, timeoutMs: number): Promise<void> {
  await new Promise<void>(resolve => {
    const done = (): void => { clearTimeout(timer); fleet.removeEventListener('change', done); fleet.removeEventListener('up', done); resolve() }
    const timer = setTimeout(done, timeoutMs)
    fleet.addEventListener('change', done)
    fleet.addEventListener('up', done)
  })
}

/** When the fault that ends `f` (its restart, thaw or heal) happens, in epoch ms. */
function endOf (plan: Plan, f: PlannedFault, kind: PlannedFault['kind'], base: number): number | undefined {
  const end = plan.faults.find(g => g.kind === kind && g.atMs >= f.atMs && (!('nodes' in f) || !('nodes' in g) || g.nodes.some(n => f.nodes.includes(n))))
  return end != null ? base + end.atMs : undefined
}

/** A chat line of exactly `bytes` bytes that names its sequence number. */
export function payloadText (seq: number, bytes: number): string {
  const head = `m${seq} `
  return head.length >= bytes ? head.slice(0, bytes) : head + 'x'.repeat(bytes - head.length)
}

/** An adversary's role and, for a censor or an eclipse, its target, as topology.json gives them. */
function roleFields (r: PlannedRole | undefined): { role?: string, target?: number } {
  if (r === undefined) return {}
  return 'target' in r ? { role: r.role, target: r.target } : { role: r.role }
}

async function makeKeys (runDir: string, count: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const key = await generateIdentity()
    await saveIdentity(join(runDir, 'keys', `${i}.key`), key)
    ids.push(peerIdOf(key))
  }
  return ids
}

async function writeRunFiles (
  runDir: string, spec: ExperimentSpec, plan: Plan, peerIds: string[], addresses: string[] | undefined,
  faults: Array<Record<string, unknown>>, workload: { startedAtMs: number, endedAtMs: number },
  extra: { startedAtMs: number, meshedAfterMs?: number, emulation: string, runId: string, interrupted?: boolean, error?: string, delayer?: unknown }
): Promise<void> {
  const topology = {
    nodes: plan.nodes.map(n => ({ index: n.index, peerId: peerIds[n.index], address: addresses?.[n.index], group: n.group, bootstrap: n.bootstrap, process: Math.floor(n.index / spec.nodes.perProcess), ...roleFields(plan.roles[n.index]), ...plan.bandwidth[n.index], ...(plan.classes != null ? { class: plan.classes[n.index] } : {}) })),
    links: plan.links,
    faults,
    workload: { ...workload, endedAtMs: workload.endedAtMs || Date.now(), ratePerS: spec.workload.ratePerS, publishers: plan.publishers }
  }
  await writeFile(join(runDir, 'topology.json'), JSON.stringify(topology))
  const manifest = await buildManifest({ spec, ...extra, endedAtMs: Date.now() })
  await writeFile(join(runDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
}
