/**
 * The netns lab's rate caps (src/lab/netns/rate.ts): a machine's uplink and downlink (tbf), single
 * links (an htb class per destination), and netem.sh's downlink recipe (ifb) run for real in a
 * namespace. Needs root; skips otherwise. Tolerance: configured vs observed within 5 % (issue 19).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { cleanAll, createLab, listNamespaces } from '../src/lab/netns/index.ts'
import type { Lab } from '../src/lab/netns/index.ts'
import { renderNetemCommands } from '../src/harness/netem.ts'
import { onCleanup } from './helpers/cleanup.ts'
import { waitForLine } from './helpers/child-lines.ts'

const root = process.getuid?.() === 0
const NODE = process.execPath
const TCP = fileURLToPath(new URL('./helpers/netns-tcp.ts', import.meta.url))
/** the serialisation probe's message, and the TCP payload a full 1500-byte frame carries (timestamps on) */
const MESSAGE = 64 * 1024
const MSS = 1448

describe('netns lab rate caps', { skip: root ? false : 'needs root: network namespaces, nftables and NFQUEUE' }, () => {
  const runId = `r${process.pid}`
  let lab: Lab
  // host 0: a; host 1: b; host 2: c1 and c2 (two addresses, one namespace)
  let b: string, c1: string
  let addresses: string[]

  before(async () => {
    onCleanup(() => { void cleanAll(`p2pc-${runId}-`, { force: true }) })
    lab = await createLab({ runId, machines: [{}, {}, { addresses: 2 }] })
    addresses = lab.machines.flatMap(h => h.addresses);
    [, b, c1] = addresses
  })

  after(async () => {
    await lab?.destroy()
    assert.deepEqual(listNamespaces(`p2pc-${runId}-`), [])
  })

  it('caps a host\'s uplink and downlink to within 5 % of the configured rate, serialises a 64 KiB message at 1 Mbit/s, queues back-to-back ones, and lifts the caps', async (t) => {
    await lab.shape({ addresses, delayMs: addresses.map(() => addresses.map(() => 1)) })
    const sink = lab.spawn(1, NODE, [TCP, 'sink', '7003'], { stdio: ['ignore', 'pipe', 'inherit'] })
    const ackSink = lab.spawn(1, NODE, [TCP, 'sink', '7004', String(MESSAGE)], { stdio: ['ignore', 'pipe', 'inherit'] })
    const stop = (): void => { for (const c of [sink, ackSink]) if (c.pid != null) try { process.kill(-c.pid, 'SIGKILL') } catch { /* gone */ } }
    onCleanup(stop)
    const txBytes = async (machine: number): Promise<number> => Number(await lab.exec(machine, 'cat', ['/sys/class/net/eth0/statistics/tx_bytes']))
    /** bytes on the wire (frames, headers included: what tbf meters) per second while BYTES go from machine 0 to 1 */
    const wireMbit = async (bytes: number): Promise<number> => {
      const before = await txBytes(0)
      const { bytes: got, ms } = JSON.parse(await lab.exec(0, NODE, [TCP, 'send', b, '7003', String(bytes)])) as { bytes: number, ms: number }
      assert.equal(got, bytes)
      return (await txBytes(0) - before) * 8 / 1000 / ms
    }
    try {
      await waitForLine(sink, 'listening', 10_000)
      await waitForLine(ackSink, 'listening', 10_000)
      // throughput: 8 Mbit/s up from machine 0, then 8 Mbit/s down into machine 1 (machine 0 uncapped)
      await lab.limitRate(0, { upMbit: 8 })
      const up = await wireMbit(4_000_000)
      assert.ok(Math.abs(up - 8) / 8 < 0.05, `${up.toFixed(2)} Mbit/s on the wire through an 8 Mbit/s uplink`)
      await lab.limitRate(0, undefined)
      await lab.limitRate(1, { downMbit: 8 })
      const down = await wireMbit(4_000_000)
      assert.ok(Math.abs(down - 8) / 8 < 0.05, `${down.toFixed(2)} Mbit/s on the wire through an 8 Mbit/s downlink`)
      await lab.limitRate(1, undefined)

      // serialisation: two 64 KiB messages written back to back on a 1 Mbit/s uplink. A full frame
      // carries MSS bytes of payload in MSS + 66 bytes (IP, TCP with timestamps, Ethernet), so a
      // message is 64 KiB x (MSS + 66) / MSS on the wire: 548 ms at 1 Mbit/s. The second queues behind the first.
      await lab.limitRate(0, { upMbit: 1 })
      const { acksMs } = JSON.parse(await lab.exec(0, NODE, [TCP, 'messages', b, '7004', String(MESSAGE), '2'])) as { acksMs: number[] }
      const wireMs = MESSAGE * (MSS + 66) / MSS * 8 / 1000
      assert.ok(acksMs[0] >= 500, `the first message took ${acksMs[0].toFixed(0)} ms: at least 0.5 s at 1 Mbit/s`)
      assert.ok(Math.abs(acksMs[0] - wireMs) / wireMs < 0.05, `first message ${acksMs[0].toFixed(0)} ms, its frames take ${wireMs.toFixed(0)} ms at 1 Mbit/s`)
      assert.ok(Math.abs(acksMs[1] - 2 * wireMs) / (2 * wireMs) < 0.05, `the second, queued behind it, at ${acksMs[1].toFixed(0)} ms (two messages: ${(2 * wireMs).toFixed(0)} ms)`)
      t.diagnostic(`measured: ${up.toFixed(2)} Mbit/s up and ${down.toFixed(2)} Mbit/s down through 8 Mbit/s caps; 64 KiB at 1 Mbit/s in ${acksMs[0].toFixed(0)} ms and the next in ${acksMs[1].toFixed(0)} ms (frames: ${wireMs.toFixed(0)} / ${(2 * wireMs).toFixed(0)} ms)`)
      await lab.limitRate(0, undefined)
      const free = await wireMbit(2_500_000)
      assert.ok(free > 20, `${free.toFixed(1)} Mbit/s once the caps are lifted`)
    } finally {
      stop()
    }
  })

  it('caps one link (an htb class per destination) within 5 %, serialises a 64 KiB message on it, and leaves the machine\'s other links alone', async (t) => {
    await lab.shape({ addresses, delayMs: addresses.map(() => addresses.map(() => 1)) })
    const sinks = [lab.spawn(1, NODE, [TCP, 'sink', '7005'], { stdio: ['ignore', 'pipe', 'inherit'] }), lab.spawn(2, NODE, [TCP, 'sink', '7005'], { stdio: ['ignore', 'pipe', 'inherit'] }),
      lab.spawn(1, NODE, [TCP, 'sink', '7006', String(MESSAGE)], { stdio: ['ignore', 'pipe', 'inherit'] })]
    const stop = (): void => { for (const c of sinks) if (c.pid != null) try { process.kill(-c.pid, 'SIGKILL') } catch { /* gone */ } }
    onCleanup(stop)
    const txBytes = async (): Promise<number> => Number(await lab.exec(0, 'cat', ['/sys/class/net/eth0/statistics/tx_bytes']))
    const wireMbit = async (to: string, bytes: number): Promise<number> => {
      const before = await txBytes()
      const { bytes: got, ms } = JSON.parse(await lab.exec(0, NODE, [TCP, 'send', to, '7005', String(bytes)])) as { bytes: number, ms: number }
      assert.equal(got, bytes)
      return (await txBytes() - before) * 8 / 1000 / ms
    }
    try {
      for (const sink of sinks) await waitForLine(sink, 'listening', 10_000)
      await lab.limitRate(0, { links: [{ address: b, mbit: 8 }] })
      const capped = await wireMbit(b, 4_000_000)
      assert.ok(Math.abs(capped - 8) / 8 < 0.05, `${capped.toFixed(2)} Mbit/s on the wire through an 8 Mbit/s link`)
      const other = await wireMbit(c1, 4_000_000)
      assert.ok(other > 20, `${other.toFixed(1)} Mbit/s to another machine, whose link has no cap`)
      // the link's cap under an uplink cap: the smaller one holds
      await lab.limitRate(0, { upMbit: 4, links: [{ address: b, mbit: 8 }] })
      const under = await wireMbit(b, 2_000_000)
      assert.ok(Math.abs(under - 4) / 4 < 0.05, `${under.toFixed(2)} Mbit/s through an 8 Mbit/s link under a 4 Mbit/s uplink`)
      await lab.limitRate(0, { links: [{ address: b, mbit: 1 }] })
      const { acksMs } = JSON.parse(await lab.exec(0, NODE, [TCP, 'messages', b, '7006', String(MESSAGE), '2'])) as { acksMs: number[] }
      const wireMs = MESSAGE * (MSS + 66) / MSS * 8 / 1000
      assert.ok(Math.abs(acksMs[0] - wireMs) / wireMs < 0.05, `first message ${acksMs[0].toFixed(0)} ms, its frames take ${wireMs.toFixed(0)} ms at 1 Mbit/s`)
      assert.ok(Math.abs(acksMs[1] - 2 * wireMs) / (2 * wireMs) < 0.05, `the second, queued behind it, at ${acksMs[1].toFixed(0)} ms (two messages: ${(2 * wireMs).toFixed(0)} ms)`)
      t.diagnostic(`measured: ${capped.toFixed(2)} Mbit/s through an 8 Mbit/s link, ${other.toFixed(1)} Mbit/s beside it, ${under.toFixed(2)} Mbit/s under a 4 Mbit/s uplink; 64 KiB at 1 Mbit/s in ${acksMs[0].toFixed(0)} ms and the next in ${acksMs[1].toFixed(0)} ms (frames: ${wireMs.toFixed(0)} / ${(2 * wireMs).toFixed(0)} ms)`)
      await lab.limitRate(0, undefined)
      const free = await wireMbit(b, 2_500_000)
      assert.ok(free > 20, `${free.toFixed(1)} Mbit/s once the caps are lifted`)
    } finally {
      stop()
    }
  })

  it('netem.sh\'s downlink cap (ingress redirected to an ifb device) holds a machine\'s inbound traffic within 5 % of the rate', async (t) => {
    await lab.shape({ addresses, delayMs: addresses.map(() => addresses.map(() => 0)) })
    const sink = lab.spawn(1, NODE, [TCP, 'sink', '7007'], { stdio: ['ignore', 'pipe', 'inherit'] })
    const stop = (): void => { if (sink.pid != null) try { process.kill(-sink.pid, 'SIGKILL') } catch { /* gone */ } }
    onCleanup(stop)
    // what a cluster node would run: the rendered commands for b, 8 Mbit/s down, no delays (no netem qdisc, which this kernel lacks)
    const [, forB] = renderNetemCommands(addresses.map(address => ({ address, downlinkMbit: address === b ? 8 : undefined })), { delayMs: addresses.map(() => addresses.map(() => 0)) })
    const undo = async (): Promise<void> => { await lab.exec(1, 'sh', ['-c', 'tc qdisc del dev eth0 ingress; tc qdisc del dev eth0 root; ip link del ifb-eth0; true']) }
    onCleanup(() => { void undo().catch(() => {}) })
    try {
      await waitForLine(sink, 'listening', 10_000)
      await lab.exec(1, 'sh', ['-c', ['set -e', ...forB.commands].join('\n')])
      const rxBytes = async (): Promise<number> => Number(await lab.exec(1, 'cat', ['/sys/class/net/eth0/statistics/rx_bytes']))
      const before = await rxBytes()
      const { bytes: got, ms } = JSON.parse(await lab.exec(0, NODE, [TCP, 'send', b, '7007', '4000000'])) as { bytes: number, ms: number }
      assert.equal(got, 4_000_000)
      const down = (await rxBytes() - before) * 8 / 1000 / ms
      assert.ok(Math.abs(down - 8) / 8 < 0.05, `${down.toFixed(2)} Mbit/s into b through netem.sh's 8 Mbit/s downlink`)
      t.diagnostic(`measured: ${down.toFixed(2)} Mbit/s through netem.sh's 8 Mbit/s ifb downlink`)
    } finally {
      stop()
      await undo()
    }
  })
})
