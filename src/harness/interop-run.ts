/**
 * A gossipsub-interop scenario (its params.json) on the netns lab: one namespace per node, each node
 * in its own UTS namespace whose host name is `nodeN`, names resolved through a per-namespace hosts
 * file (`ip netns exec` binds /etc/netns/NS/hosts over /etc/hosts), the interop nodes of
 * src/interop/ as the processes, and their logs in the framework's layout,
 * `OUT/hosts/nodeN/interop-node.stdout` (and `.stderr`), which its analysis script reads as it is.
 *
 * Links: the one-way delay of every pair and each node's cap (tbf) from an InteropNetwork
 * (src/harness/interop-network.ts): the framework's graph of regions and node classes, or uniform.
 */
import { closeSync, openSync, rmSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { createLab } from '../lab/netns/index.ts'
import type { Lab } from '../lab/netns/index.ts'
import { cliEntry } from '../lab/cli-entry.ts'
import type { Instruction } from '../interop/params.ts'
import { ChatError } from '../node/errors.ts'
import type { InteropNetwork } from './interop-network.ts'

export interface InteropRunInit {
  /** the framework's params.json, which every node reads */
  params: string
  /** its script, parsed (the runner needs its last waitUntil) */
  script: Instruction[]
  nodes: number
  /** the run folder: hosts/nodeN/ are written here */
  out: string
  /** delays and caps, by node id; its size is `nodes` */
  network: InteropNetwork
  /** the lab's run id ([a-z0-9], at most 24). Default: derived from the process id */
  runId?: string
  /** progress lines (stderr) */
  say?: (line: string) => void
}

export interface InteropRunResult {
  out: string
  /** each node's exit code (null: killed at the deadline) */
  exitCodes: Array<number | null>
  seconds: number
  /** each node's address in its namespace */
  addresses: string[]
  emulation: string
  startedAtMs: number
  endedAtMs: number
}

export class InteropRunError extends ChatError {
  static name = 'InteropRunError'
  static culpritFirst = true
}

/** Beyond the script's last waitUntil, how long the nodes get to exit before they are killed, s. */
const EXIT_GRACE_S = 60

/** The latest `waitUntil` anywhere in the script: when the nodes should be done. */
export function scriptSeconds (script: Instruction[]): number {
  const walk = (i: Instruction): number => i.type === 'waitUntil' ? i.elapsedSeconds : i.type === 'ifNodeIDEquals' ? walk(i.instruction) : 0
  return Math.max(0, ...script.map(walk))
}

export async function runInteropScenario (init: InteropRunInit): Promise<InteropRunResult> {
  const say = init.say ?? (() => {})
  if (!Number.isInteger(init.nodes) || init.nodes < 2 || init.nodes > 1000) throw new InteropRunError(`--nodes ${init.nodes}: expected 2 to 1000 nodes`)
  if (init.network.delayMs.length !== init.nodes) throw new InteropRunError(`network: describes ${init.network.delayMs.length} nodes, the run has ${init.nodes}`)
  const paramsPath = resolve(init.params)
  const deadlineS = scriptSeconds(init.script) + EXIT_GRACE_S
  const started = performance.now()
  const startedAtMs = Date.now()
  const lab = await createLab({ runId: init.runId ?? `iop${process.pid % 100000}`, machines: Array.from({ length: init.nodes }, () => ({})) })
  const hostsDirs = lab.machines.map(m => join('/etc/netns', m.ns))
  // the lab removes its namespaces when this process exits, however it ends; the hosts files too
  const removeHostsFiles = (): void => { for (const d of hostsDirs) rmSync(d, { recursive: true, force: true }) }
  process.once('exit', removeHostsFiles)
  try {
    await prepareMachines(lab, init, hostsDirs)
    say(`interop: ${init.nodes} nodes in namespaces, script ends at ${deadlineS - EXIT_GRACE_S} s`)
    const exitCodes = await runNodes(lab, init, paramsPath, deadlineS)
    const addresses = lab.machines.map(m => m.addresses[0])
    return { out: init.out, exitCodes, seconds: (performance.now() - started) / 1000, addresses, emulation: lab.emulation, startedAtMs, endedAtMs: Date.now() }
  } finally {
    await lab.destroy()
    removeHostsFiles()
    process.off('exit', removeHostsFiles)
  }
}

/** Hosts files (every nodeM to its address), the delay matrix and the rate caps. */
async function prepareMachines (lab: Lab, init: InteropRunInit, hostsDirs: string[]): Promise<void> {
  const hosts = ['127.0.0.1 localhost', ...lab.machines.map((m, i) => `${m.addresses[0]} node${i}`)].join('\n') + '\n'
  for (const dir of hostsDirs) {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'hosts'), hosts)
  }
  const addresses = lab.machines.map(m => m.addresses[0])
  const { delayMs, mbit } = init.network
  if (delayMs.some(row => row.some(d => d > 0))) await lab.shape({ addresses, delayMs })
  for (const m of lab.machines) if (mbit[m.index] != null) await lab.limitRate(m.index, mbit[m.index])
}

/** Starts every node (its host name nodeN), waits for all to exit, kills what is left at the deadline. */
async function runNodes (lab: Lab, init: InteropRunInit, paramsPath: string, deadlineS: number): Promise<Array<number | null>> {
  const entry = cliEntry()
  const children: ChildProcess[] = []
  const exits: Array<Promise<number | null>> = []
  for (const m of lab.machines) {
    const dir = join(init.out, 'hosts', `node${m.index}`)
    await mkdir(dir, { recursive: true })
    const stdout = openSync(join(dir, 'interop-node.stdout'), 'w')
    const stderr = openSync(join(dir, 'interop-node.stderr'), 'w')
    // a UTS namespace of its own: the node learns its id from its host name, as under Shadow
    // `ip netns exec`, unshare and sh each exec the next in place: the child's pid is the node's
    const child = lab.spawn(m.index, 'unshare', ['--uts', 'sh', '-c', 'hostname "$0" && exec "$@"', `node${m.index}`,
      process.execPath, entry, 'interop-node', '--params', paramsPath, '--start-on-signal'], { stdio: ['ignore', stdout, stderr] })
    closeSync(stdout)
    closeSync(stderr)
    children.push(child)
    exits.push(new Promise(resolve => child.once('exit', (code) => { resolve(code) })))
  }
  const killAll = (): void => {
    for (const c of children) if (c.exitCode == null && c.pid != null) try { process.kill(-c.pid, 'SIGKILL') } catch { /* gone */ }
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    // the scripts' clocks start together, once every node listens (what Shadow's t = 0 is)
    await allListening(init.out, lab.machines.length, exits)
    for (const c of children) if (c.pid != null) process.kill(c.pid, 'SIGUSR2')
    timer = setTimeout(killAll, deadlineS * 1000)
    return await Promise.all(exits)
  } catch (err) {
    killAll()
    throw err
  } finally {
    clearTimeout(timer)
  }
}

/** How long the nodes get to start and listen (dozens of runtimes loading on a few cores), s. */
const STARTUP_DEADLINE_S = 120

/** Resolves once every node's log has its PeerID line (it logs it once it listens). */
async function allListening (out: string, nodes: number, exits: Array<Promise<number | null>>): Promise<void> {
  const deadline = performance.now() + STARTUP_DEADLINE_S * 1000
  let exited: number | undefined
  for (const [i, e] of exits.entries()) void e.then(() => { exited ??= i })
  const pending = new Set(Array.from({ length: nodes }, (_, i) => i))
  while (pending.size > 0) {
    for (const i of [...pending]) {
      const text = await readFile(join(out, 'hosts', `node${i}`, 'interop-node.stdout'), 'utf8').catch(() => '')
      if (text.includes('"msg":"PeerID"')) pending.delete(i)
    }
    if (pending.size === 0) return
    if (exited != null) throw new InteropRunError(`node${exited} exited before every node listened: see ${join(out, 'hosts', `node${exited}`, 'interop-node.stderr')}`)
    if (performance.now() > deadline) throw new InteropRunError(`nodes ${[...pending].map(i => `node${i}`).join(', ')} did not listen within ${STARTUP_DEADLINE_S} s`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}
