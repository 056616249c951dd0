/**
 * Where a delivered message's CPU goes: reads a V8 CPU profile (`--cpu-prof`) of a room and splits
 * the busy samples of a time window into categories (verify, Noise, yamux, gossipsub, ...), in
 * microseconds per delivered message. The idle window's rate is subtracted, as the room benchmark
 * subtracts idle CPU.
 *
 *   node bench/profile-budget.ts PROFILE --idle FROM,TO --load FROM,TO --deliveries N [--scale-to-ms X]
 *
 * Windows are seconds since the profile started (`--timeline` prints busy % per 2 s to find them).
 * Sampling inflates every figure alike (the profiler's own cost, and wall time a descheduled thread
 * still charges to its frame); `--scale-to-ms` rescales the total to a CPU per delivery measured
 * without the profiler (the room benchmark's figure), keeping the shares.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

interface CallFrame { functionName: string, url: string }
interface ProfileNode { id: number, callFrame: CallFrame, children?: number[] }
interface Profile { nodes: ProfileNode[], startTime: number, endTime: number, samples: number[], timeDeltas: number[] }

/** First match wins, tried on the sampled frame and then on each caller up the stack. */
const CATEGORIES: Array<[string, (f: CallFrame) => boolean]> = [
  ['signature verify', f => /nativeVerify|verifyOneShot|ecdsaVerify/.test(f.functionName)],
  ['signing', f => /nativeSign|signOneShot|ecdsaSign/.test(f.functionName)],
  ['public key decode', f => /compressPublicKey|convertKey/.test(f.functionName)],
  ['garbage collection', f => f.functionName === '(garbage collector)'],
  ['NDJSON events out (stdout)', f => /host-protocol|cli\/output|writeUtf8String/.test(f.url + ' ' + f.functionName)],
  ['socket reads and writes', f => /^(writeBuffer|writev|read|onStreamRead|handleWriteReq)$/.test(f.functionName) || /node:net|stream_base_commons|node:internal\/streams/.test(f.url)],
  ['Noise (ChaCha20-Poly1305)', f => /libp2p-noise|chacha20poly1305|^wasm/.test(f.url)],
  ['yamux', f => /libp2p-yamux/.test(f.url)],
  ['protobuf', f => /protons-runtime|message\/rpc\.js/.test(f.url)],
  ['stream plumbing (@libp2p/utils, uint8arraylist, it-*)', f => /@libp2p\/utils|uint8arraylist|it-length-prefixed|it-pushable|it-queue|p-queue|uint8arrays/.test(f.url)],
  ['SHA-256 (message ids)', f => /node:internal\/crypto\/hash/.test(f.url)],
  ['gossipsub (scores, caches, routing)', f => /@libp2p\/gossipsub/.test(f.url)],
  ['p2p-chat (validator, room, events)', f => /\/(src|dist)\/(node|cli|harness|lab)\//.test(f.url)],
  ['events, promises, microtasks', f => /main-event|event_target|task_queues|abort/.test(f.url) || f.functionName === 'runMicrotasks'],
  ['libp2p core, peer store, identify, DHT', f => /libp2p|peer-store|identify|kad-dht|multiaddr|multiformats/.test(f.url)]
]
const OTHER = 'other (runtime, timers)'

/** A busy sample: which profile node was on top, when (seconds since the start), and for how long. */
interface BusySample { nodeId: number, atS: number, us: number }

/** The profile's non-idle samples, and each node's category, looked up once per node. */
class IndexedProfile {
  readonly busy: BusySample[] = []
  readonly #byId: Map<number, ProfileNode>
  readonly #parent = new Map<number, number>()
  readonly #categories = new Map<number, string>()

  constructor (profile: Profile) {
    this.#byId = new Map(profile.nodes.map(n => [n.id, n]))
    for (const n of profile.nodes) for (const c of n.children ?? []) this.#parent.set(c, n.id)
    let t = profile.startTime
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i]
      const nodeId = profile.samples[i]
      if (this.#byId.get(nodeId)!.callFrame.functionName === '(idle)') continue
      this.busy.push({ nodeId, atS: (t - profile.startTime) / 1e6, us: profile.timeDeltas[i + 1] ?? 0 })
    }
  }

  categoryOf (nodeId: number): string {
    let name = this.#categories.get(nodeId)
    if (name == null) {
      name = OTHER
      search: for (let cur: number | undefined = nodeId; cur != null; cur = this.#parent.get(cur)) {
        const frame = this.#byId.get(cur)!.callFrame
        for (const [category, test] of CATEGORIES) if (test(frame)) { name = category; break search }
      }
      this.#categories.set(nodeId, name)
    }
    return name
  }
}

function budget (profile: IndexedProfile, fromS: number, toS: number): Map<string, number> {
  const byCategory = new Map<string, number>()
  for (const { nodeId, atS, us } of profile.busy) {
    if (atS < fromS || atS >= toS) continue
    const name = profile.categoryOf(nodeId)
    byCategory.set(name, (byCategory.get(name) ?? 0) + us)
  }
  return byCategory
}

function timeline (profile: IndexedProfile): string {
  const busy = new Map<number, number>()
  for (const { atS, us } of profile.busy) {
    const bucket = Math.floor(atS / 2) * 2
    busy.set(bucket, (busy.get(bucket) ?? 0) + us)
  }
  return [...busy].map(([s, us]) => `${s}s:${(us / 2e4).toFixed(0)}%`).join(' ')
}

// `| head` closes stdout early: that is the reader's choice, not an error
process.stdout.on('error', () => { process.exit(0) })

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { idle: { type: 'string' }, load: { type: 'string' }, deliveries: { type: 'string' }, 'scale-to-ms': { type: 'string' }, timeline: { type: 'boolean' } }
})
const window = (flag: string, value: string | undefined): [number, number] => {
  const parts = (value ?? '').split(',').map(Number)
  if (parts.length !== 2 || !parts.every(Number.isFinite) || parts[0] >= parts[1]) throw new Error(`--${flag} FROM,TO: seconds since the profile started, FROM < TO (got ${JSON.stringify(value)})`)
  return [parts[0], parts[1]]
}
if (positionals.length !== 1) throw new Error('usage: node bench/profile-budget.ts PROFILE --idle FROM,TO --load FROM,TO --deliveries N [--scale-to-ms X] | --timeline')
const profile = new IndexedProfile(JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile)
if (values.timeline === true) {
  process.stdout.write(timeline(profile) + '\n')
} else {
  const [idleFrom, idleTo] = window('idle', values.idle)
  const [loadFrom, loadTo] = window('load', values.load)
  const deliveries = Number(values.deliveries)
  if (!(deliveries > 0)) throw new Error('--deliveries N: the deliveries in the load window, > 0')
  const load = budget(profile, loadFrom, loadTo)
  const idle = budget(profile, idleFrom, idleTo)
  const idleScale = (loadTo - loadFrom) / (idleTo - idleFrom)
  const rows = [...new Set([...load.keys(), ...idle.keys()])]
    .map(name => [name, ((load.get(name) ?? 0) - (idle.get(name) ?? 0) * idleScale) / deliveries] as const)
  const total = rows.reduce((sum, [, us]) => sum + us, 0)
  const scale = values['scale-to-ms'] != null ? Number(values['scale-to-ms']) * 1000 / total : 1
  process.stdout.write(`CPU per delivered message above idle: ${(total / 1000).toFixed(2)} ms in the profile${scale !== 1 ? `, rescaled to ${values['scale-to-ms']} ms` : ''}\n`)
  for (const [name, us] of rows.sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`${(us * scale).toFixed(0).padStart(6)} us  ${(us / total * 100).toFixed(1).padStart(5)} %  ${name}\n`)
  }
}
