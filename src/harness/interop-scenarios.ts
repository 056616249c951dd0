/**
 * The framework's named scenarios (gossipsub-interop/experiment.py), rebuilt from their description:
 * the same shape (instructions, sizes, times, link counts), our own seeded randomness, so a script is
 * not byte-identical to the one its Python would draw for the same seed.
 */
import type { Instruction } from '../interop/params.ts'
import { seededRandom } from './plan.ts'

/** Each node's first heartbeat at 100.1 ms + 0.1 ms per node (nanoseconds), so the nodes do not beat in step. */
function spreadHeartbeats (n: number): Instruction[] {
  return Array.from({ length: n }, (_, i) => ({ type: 'ifNodeIDEquals', nodeID: i, instruction: { type: 'initGossipSub', gossipSubParams: { HeartbeatInitialDelay: (100_000 + 100 * (i + 1)) * 1000 } } }))
}

/** Every node gets at least `k` links to random others; each pair is dialled once, by the node that picked it. */
export function randomMesh (n: number, k: number, next: () => number): Instruction[] {
  const linked = Array.from({ length: n }, () => new Set<number>())
  const dials = Array.from({ length: n }, () => [] as number[])
  for (let i = 0; i < n; i++) {
    while (linked[i].size < k) {
      const j = Math.floor(next() * n)
      if (j === i || linked[i].has(j)) continue
      linked[i].add(j)
      linked[j].add(i)
      dials[i].push(j)
    }
  }
  return dials.flatMap((to, i) => to.length > 0 ? [{ type: 'ifNodeIDEquals' as const, nodeID: i, instruction: { type: 'connect' as const, connectTo: to } }] : [])
}

/**
 * `subnet-blob-msg`: spread heartbeats, a 5 ms validation delay and a subscription on "a-subnet",
 * at least min(20, n-1) links a node, 16 messages of 98 304 bytes from random nodes at 120, 132, ... 300 s,
 * and the end at 342 s.
 */
export function subnetBlobMsg (n: number, seed = 1): Instruction[] {
  const next = seededRandom(seed)
  const topic = 'a-subnet'
  const script: Instruction[] = [
    ...spreadHeartbeats(n),
    { type: 'setTopicValidationDelay', topicID: topic, delaySeconds: 0.005 },
    ...randomMesh(n, Math.min(20, n - 1), next),
    { type: 'subscribeToTopic', topicID: topic },
    { type: 'waitUntil', elapsedSeconds: 120 }
  ]
  for (let i = 0; i < 16; i++) {
    script.push({ type: 'ifNodeIDEquals', nodeID: Math.floor(next() * n), instruction: { type: 'publish', messageID: BigInt(i), messageSizeBytes: 2 * 1024 * 48, topicID: topic } })
    script.push({ type: 'waitUntil', elapsedSeconds: 120 + 12 * (i + 1) })
  }
  script.push({ type: 'waitUntil', elapsedSeconds: 120 + 12 * 16 + 30 })
  return script
}

/** The script as params.json text (message ids as numbers, as the framework writes them). */
export function paramsJson (script: Instruction[]): string {
  return JSON.stringify({ script }, (_k, v) => typeof v === 'bigint' ? Number(v) : v)
}
