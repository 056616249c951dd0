/**
 * Highest sustained rate of strictly validated messages one node accepts and forwards, next to the
 * raw secp256k1 verify rate of the same process. Source -> node under test -> sink, on loopback.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { startSink, startSource } from './wire-peers.ts'
import { pollUntil } from '../test/helpers/poll.ts'

export interface ForwardingStep { offered: number, sent: number, forwarded: number, forwardedPerSecond: number, sustained: boolean }
export interface ForwardingResult { verifyPerSecond: number, steps: ForwardingStep[], bestSustained: number }

const WORKER = fileURLToPath(new URL('./forwarder-worker.ts', import.meta.url))
const STEP_SECONDS = 4
const GRACE_MS = 1_000

/**
 * Offered rates, as fractions of the verify ceiling measured in the node's own process. With
 * libsecp256k1 the ceiling is ~5x OpenSSL's and the rest of the stack bounds forwarding well below
 * it, so the steps start low (the first unsustained step ends the sweep).
 */
const LOAD_STEPS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1]

export async function forwardingBenchmark (nodeFlags: string[] = []): Promise<ForwardingResult> {
  const worker = spawn(process.execPath, [...nodeFlags, WORKER], { stdio: ['ignore', 'pipe', 'inherit'] })
  let accepted = 0
  const ready = new Promise<{ verifyPerSecond: number, addr: string, topic: string }>((resolve, reject) => {
    createInterface({ input: worker.stdout }).on('line', line => {
      const msg = JSON.parse(line)
      if (msg.ready === true) resolve(msg)
      if (typeof msg.accepted === 'number') accepted = msg.accepted
    })
    worker.once('exit', code => { reject(new Error(`forwarding worker exited with ${code}`)) })
  })
  const { verifyPerSecond, addr, topic } = await ready
  const sink = await startSink(addr, topic)
  const source = await startSource(addr, topic)
  try {
    // warm-up: proves the path works (and JITs it) before anything is measured
    await source.prepare(200)
    await source.blast(200, 400)
    await pollUntil('warm-up messages at the sink (is the sink in the mesh?)', 10_000, () => sink.received() >= 200 ? true : undefined, 20)

    const steps: ForwardingStep[] = []
    for (const rate of LOAD_STEPS.map(f => Math.round(f * verifyPerSecond / 10) * 10)) {
      const count = rate * STEP_SECONDS
      await source.prepare(count)
      const before = sink.received()
      const t0 = performance.now()
      await source.blast(count, rate)
      await pollUntil('the whole step at the sink', GRACE_MS, () => sink.received() - before >= count ? true : undefined, 20).catch(() => {})
      const forwarded = sink.received() - before
      const seconds = (performance.now() - t0) / 1000
      const step = { offered: rate, sent: count, forwarded, forwardedPerSecond: forwarded / seconds, sustained: forwarded >= count * 0.99 && forwarded / seconds >= rate * 0.97 }
      steps.push(step)
      process.stderr.write(`  offered ${rate}/s: forwarded ${forwarded}/${count} (${step.forwardedPerSecond.toFixed(0)}/s)${step.sustained ? '' : ' - not sustained'}\n`)
      if (!step.sustained) break
      // let queues drain before the next step: the sink has everything the node accepted
      await pollUntil('drained queues', 3_000, () => sink.received() >= accepted ? true : undefined, 20).catch(() => {})
    }
    const best = steps.filter(s => s.sustained).reduce((m, s) => Math.max(m, s.forwardedPerSecond), 0)
    return { verifyPerSecond, steps, bestSustained: best }
  } finally {
    await source.stop()
    await sink.stop()
    worker.kill('SIGTERM')
  }
}
