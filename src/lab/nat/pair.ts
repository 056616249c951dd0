/**
 * One trial in the NAT lab: a relay node on the internet, node B behind router b, node A behind
 * router a. B reserves a slot on the relay; A dials B through it (its bootstrap list holds B's
 * relayed address), the traversal service tries the direct path, and A sends one chat line that B
 * must receive. Every node is a real `p2p-chat` process (NDJSON on stdout) inside its namespace.
 */
import type { ChildProcess } from 'node:child_process'
import { RELAY_ADDRESS } from './addresses.ts'
import type { NatLab } from './lab.ts'
import { cliEntryOfThisProcess } from '../cli-entry.ts'
import { parseEventLine } from '../../node/host-protocol.ts'
import type { RunStreamEvent } from '../../node/host-protocol.ts'
import type { NatStatus } from '../../node/nat/status.ts'

export const RELAY_PORT = 4001
const ROOM = 'natlab'

/** A line of the node's `--json` stream, parsed and checked (src/node/host-protocol.ts). */
export type NodeEvent = RunStreamEvent

export class LabNode {
  readonly child: ChildProcess
  readonly events: NodeEvent[] = []
  private readonly waiters = new Set<() => void>()
  stderr = ''

  constructor (lab: NatLab, ns: string, args: string[]) {
    this.child = lab.spawn(ns, process.execPath, [cliEntryOfThisProcess(), '--json', '--log-level', 'warn', ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    let buffered = ''
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk
      let nl
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl)
        buffered = buffered.slice(nl + 1)
        try { this.events.push(parseEventLine(line, 'run')) } catch { /* not a protocol line */ }
      }
      for (const w of this.waiters) w()
    })
    this.child.stderr?.setEncoding('utf8').on('data', (c: string) => { this.stderr = (this.stderr + c).slice(-4000) })
    this.child.on('exit', () => { for (const w of this.waiters) w() })
  }

  /** the first event (already seen or coming) that matches, or undefined at the deadline */
  async waitFor<E extends NodeEvent> (match: (e: NodeEvent) => e is E, timeoutMs: number): Promise<E | undefined>
  async waitFor (match: (e: NodeEvent) => boolean, timeoutMs: number): Promise<NodeEvent | undefined>
  async waitFor (match: (e: NodeEvent) => boolean, timeoutMs: number): Promise<NodeEvent | undefined> {
    const found = this.events.find(match)
    if (found != null) return found
    return await new Promise(resolve => {
      const check = (): void => {
        const e = this.events.find(match)
        if (e != null || this.child.exitCode != null) { done(e) }
      }
      const done = (e: NodeEvent | undefined): void => { clearTimeout(timer); this.waiters.delete(check); resolve(e) }
      const timer = setTimeout(() => { done(undefined) }, timeoutMs)
      this.waiters.add(check)
    })
  }

  send (line: string): void { this.child.stdin?.write(line + '\n') }

  async stop (): Promise<void> {
    if (this.child.exitCode != null || this.child.pid == null) return
    const exited = new Promise(resolve => this.child.once('exit', resolve))
    try { process.kill(-this.child.pid, 'SIGTERM') } catch { return }
    const timer = setTimeout(() => { try { process.kill(-(this.child.pid as number), 'SIGKILL') } catch { /* gone */ } }, 3000)
    await exited
    clearTimeout(timer)
  }
}

export interface Relay { node: LabNode, peerId: string, address: string }

export async function startRelay (lab: NatLab): Promise<Relay> {
  const node = new LabNode(lab, lab.relayNs, ['--relay', '--tcp-only', '--stun-server', 'none', '--no-stdin', '--room', 'nat-relay', '--listen', `/ip4/${RELAY_ADDRESS}/tcp/${RELAY_PORT}`])
  const ready = await node.waitFor(e => e.event === 'ready', 20_000)
  if (ready == null) throw new Error(`relay node did not start: ${node.stderr.trim().split('\n').slice(-2).join(' | ')}`)
  return { node, peerId: ready.peerId, address: `/ip4/${RELAY_ADDRESS}/tcp/${RELAY_PORT}/p2p/${ready.peerId}` }
}

export interface TrialResult {
  outcome: 'direct' | 'relayed' | 'failed'
  msToDirect?: number
  chatDelivered: boolean
  /** A's direct message reached B and came back acknowledged `delivered`, over the same path */
  dmDelivered: boolean
  detail: string
  /** what A's `/addrs` says about its NAT at the end of the trial */
  aNat?: NatStatus
}

export interface TrialOptions {
  relay: Relay
  /** machine index of A (dialer) and B */
  a: number
  b: number
  /** A's deadline for the direct upgrade or its fallback, ms */
  upgradeTimeoutMs?: number
  label?: string
}

export async function runTrial (lab: NatLab, options: TrialOptions): Promise<TrialResult> {
  const { relay } = options
  const common = ['--tcp-only', '--stun-server', lab.stunServer, '--room', ROOM, '--ping-interval', '0', '--listen', '/ip4/0.0.0.0/tcp/0']
  const b = new LabNode(lab, lab.machines[options.b].ns, [...common, '--nick', 'b', '--bootstrap', relay.address])
  let a: LabNode | undefined
  try {
    const bReady = await b.waitFor(e => e.event === 'ready', 20_000)
    if (bReady == null) return { outcome: 'failed', chatDelivered: false, dmDelivered: false, detail: `B did not start: ${b.stderr.trim().split('\n').pop() ?? ''}` }
    const reservation = await b.waitFor(e => e.event === 'nat:reservation', 20_000)
    if (reservation == null) return { outcome: 'failed', chatDelivered: false, dmDelivered: false, detail: 'B got no relay reservation' }
    const bViaRelay = `${relay.address}/p2p-circuit/p2p/${bReady.peerId}`
    a = new LabNode(lab, lab.machines[options.a].ns, [...common, '--nick', 'a', '--bootstrap', relay.address, '--bootstrap', bViaRelay])
    const aNode = a
    const deadline = options.upgradeTimeoutMs ?? 25_000
    const step = await aNode.waitFor(e => (e.event === 'nat:direct' || e.event === 'nat:fallback') && e.peerId === bReady.peerId, deadline)
    const relayed = aNode.events.find(e => e.event === 'nat:relayed' && e.peerId === bReady.peerId)
    const outcome: TrialResult['outcome'] = step?.event === 'nat:direct' ? 'direct' : relayed != null ? 'relayed' : 'failed'
    // the chat: A's line must reach B, over whatever connection they have now
    const text = `hello from a ${options.label ?? ''} ${Date.now()}`.trim()
    let chatDelivered = false
    let dmDelivered = false
    if (outcome !== 'failed') {
      await aNode.waitFor(e => e.event === 'room:ready', 10_000)
      aNode.send(text)
      chatDelivered = (await b.waitFor(e => e.event === 'message' && e.text === text, 10_000)) != null
      aNode.send(`/dm ${bReady.peerId} ${text} (direct)`)
      const acked = await aNode.waitFor(e => e.event === 'dm:sent' && e.to === bReady.peerId, 12_000)
      dmDelivered = acked?.event === 'dm:sent' && acked.status === 'delivered' &&
        (await b.waitFor(e => e.event === 'dm' && e.id === acked.id, 5_000)) != null
    }
    // /addrs after A's classification, which runs beside the dial through the relay
    await aNode.waitFor(e => e.event === 'nat:type', 10_000)
    aNode.send('/addrs')
    const addrs = await aNode.waitFor(e => e.event === 'addrs', 5_000)
    return {
      outcome,
      ...(step?.event === 'nat:direct' ? { msToDirect: step.ms } : {}),
      ...(addrs != null ? { aNat: addrs.data.nat } : {}),
      chatDelivered,
      dmDelivered,
      detail: step == null ? 'no upgrade result in time' : step.event === 'nat:fallback' ? step.reason : step.event === 'nat:direct' ? step.remoteAddr : step.event
    }
  } finally {
    await Promise.all([a?.stop(), b.stop()])
  }
}
