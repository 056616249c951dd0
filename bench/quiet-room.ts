/**
 * The quiet 3-node room of the hop-cost issue: `scripts/run-experiment.sh -n 3 --delay 25 --jitter 0
 * --loss 0 --duration 30 --rate 2` (namespaces and the NFQUEUE delayer, so root only), reduced to its
 * per-hop overhead: (latency - path delay) / hops, p50 and p90, from the run's summary.json.
 * Without root it is skipped (the local runner has no links to subtract).
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface QuietRoomResult { perHopP50Ms: number, perHopP90Ms: number, deliveries: number }

const SCRIPT = fileURLToPath(new URL('../scripts/run-experiment.sh', import.meta.url))

export async function quietRoomBenchmark (): Promise<QuietRoomResult | undefined> {
  if (process.getuid?.() !== 0) return undefined
  const dir = await mkdtemp(join(tmpdir(), 'p2p-chat-quiet-room-'))
  const out = join(dir, 'run')
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('bash', [SCRIPT, '-n', '3', '--delay', '25', '--jitter', '0', '--loss', '0', '--duration', '30', '--rate', '2', '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] })
      child.on('error', reject)
      child.on('exit', resolve)
    })
    if (code !== 0) throw new Error(`quiet room: scripts/run-experiment.sh exited with ${code}`)
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8')) as { perHopOverheadMs: { p50: number, p90: number, count: number } }
    return { perHopP50Ms: summary.perHopOverheadMs.p50, perHopP90Ms: summary.perHopOverheadMs.p90, deliveries: summary.perHopOverheadMs.count }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
