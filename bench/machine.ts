/**
 * Two properties of the machine a benchmark runs on, measured in the same run so that figures from
 * different machines (or hours) can be compared:
 *
 * - one OpenSSL secp256k1 verify (node:crypto, whatever the node itself uses): the unit of the
 *   hop-cost figure, CPU per delivered message divided by it;
 * - the wake-up penalty: the same fixed work (200 chained SHA-256) right after a 5 ms sleep and
 *   after a 200 ms sleep. On the development VM the second is ~6x slower (cold caches, a vCPU that
 *   was descheduled or clocked down), and a quiet room that publishes every few hundred ms pays it
 *   on every hop: its per-hop latency measures the machine's idle states as much as the stack.
 */
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { quantile } from './quantile.ts'

export interface MachineFigures {
  opensslVerifyUs: number
  /** Median duration of the fixed work after a short and after a long sleep, in microseconds. */
  warmWorkUs: number
  coldWorkUs: number
}

function opensslVerifyUs (durationMs = 1_500): number {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
  const data = Buffer.from('libp2p-pubsub:' + 'x'.repeat(90))
  const signature = sign('sha256', data, privateKey)
  let count = 0
  const start = performance.now()
  while (performance.now() - start < durationMs) {
    if (!verify('sha256', data, publicKey, signature)) throw new Error('OpenSSL verify failed')
    count++
  }
  return (performance.now() - start) * 1000 / count
}

function fixedWork (): Buffer {
  let hash = Buffer.alloc(32)
  for (let i = 0; i < 200; i++) hash = createHash('sha256').update(hash).digest()
  return hash
}

async function workAfterSleepUs (sleepMs: number, samples: number): Promise<number> {
  const durations: number[] = []
  for (let i = 0; i < samples; i++) {
    await sleep(sleepMs)
    const start = performance.now()
    fixedWork()
    durations.push((performance.now() - start) * 1000)
  }
  return quantile(durations.sort((a, b) => a - b), 0.5)
}

export async function machineFigures (): Promise<MachineFigures> {
  const opensslVerify = opensslVerifyUs()
  const warmWorkUs = await workAfterSleepUs(5, 60)
  const coldWorkUs = await workAfterSleepUs(200, 25)
  return { opensslVerifyUs: opensslVerify, warmWorkUs, coldWorkUs }
}
