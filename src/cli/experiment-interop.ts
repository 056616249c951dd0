/**
 * `p2p-chat experiment interop (--params FILE | --scenario subnet-blob-msg [--seed S]) --nodes N
 *  [--network gossipsub-interop | --network uniform [--delay MS] [--mbit N]] [--out DIR] [--skip K]`,
 * also reached as `p2p-chat experiment run params.json --nodes N ...`: a gossipsub-interop scenario
 * on namespaces, then the framework's figures and ours (src/harness/interop-experiment.ts).
 */
import { mkdir, readFile, readdir } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runInteropExperiment } from '../harness/interop-experiment.ts'
import { INTEROP_NETWORKS } from '../harness/interop-network.ts'
import type { InteropNetworkKind } from '../harness/interop-network.ts'
import { paramsJson, subnetBlobMsg } from '../harness/interop-scenarios.ts'
import { parseInteropParams } from '../interop/params.ts'
import { UsageError } from './usage-error.ts'

function whole (flag: string, value: string | undefined, fallback: number | undefined, min: number): number | undefined {
  if (value == null) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n < min) throw new UsageError(`experiment interop --${flag} ${JSON.stringify(value)}: expected a number >= ${min}`)
  return n
}

/** True when FILE is a framework params.json (a JSON object with a `script` array), which `experiment run` hands here. */
export async function isInteropParams (file: string): Promise<boolean> {
  try {
    const v = JSON.parse(await readFile(file, 'utf8'))
    return typeof v === 'object' && v !== null && Array.isArray(v.script)
  } catch {
    return false
  }
}

const OPTIONS = {
  params: { type: 'string' },
  scenario: { type: 'string' },
  seed: { type: 'string' },
  nodes: { type: 'string' },
  out: { type: 'string' },
  network: { type: 'string' },
  delay: { type: 'string' },
  mbit: { type: 'string' },
  skip: { type: 'string' }
} as const

export async function experimentInterop (argv: string[]): Promise<number> {
  let v
  try {
    v = parseArgs({ args: argv, strict: true, options: OPTIONS }).values
  } catch (err: any) {
    throw new UsageError(`experiment interop: ${err.message}`)
  }
  if ((v.params == null) === (v.scenario == null) || v.nodes == null) throw new UsageError('experiment interop: --nodes N and one of --params FILE or --scenario subnet-blob-msg are required')
  if (v.scenario != null && v.scenario !== 'subnet-blob-msg') throw new UsageError(`experiment interop --scenario ${JSON.stringify(v.scenario)}: the one scenario built here is subnet-blob-msg`)
  const network = (v.network ?? 'gossipsub-interop') as InteropNetworkKind
  if (!INTEROP_NETWORKS.includes(network)) throw new UsageError(`experiment interop --network ${JSON.stringify(v.network)}: expected ${INTEROP_NETWORKS.join(' or ')}`)
  if (network !== 'uniform' && (v.delay != null || v.mbit != null)) throw new UsageError(`experiment interop --${v.delay != null ? 'delay' : 'mbit'}: only with --network uniform (the ${network} graph sets every delay and cap)`)
  if (process.getuid?.() !== 0) throw new UsageError('experiment interop: needs root (network namespaces)')
  const nodes = whole('nodes', v.nodes, undefined, 2) as number
  const seed = whole('seed', v.seed, 1, 0) as number
  let paramsText: string
  if (v.params != null) {
    paramsText = await readFile(v.params, 'utf8').catch((err: any) => { throw new UsageError(`--params ${v.params}: cannot be read (${err.code ?? err.message})`) })
    parseInteropParams(paramsText) // a bad file is refused before anything is created
  } else {
    paramsText = paramsJson(subnetBlobMsg(nodes, seed))
  }
  const out = resolve(v.out ?? join('results', `interop-${nodes}-${new Date().toISOString().replace(/[:.]/g, '-')}`))
  await mkdir(out, { recursive: true })
  if ((await readdir(out)).length > 0) throw new UsageError(`experiment interop --out ${out}: must not exist or be empty`)
  const result = await runInteropExperiment({
    out,
    paramsText,
    scenario: v.params != null ? basename(v.params) : `subnet-blob-msg (seed ${seed})`,
    nodes,
    network,
    seed,
    delayMs: whole('delay', v.delay, 0, 0),
    mbit: whole('mbit', v.mbit, undefined, 0.001),
    skip: whole('skip', v.skip, 0, 0),
    say: (line) => { process.stderr.write(line + '\n') }
  })
  const f = result.framework
  const s = f.summary
  const ours = result.summary.byFaultClass.all
  const ms = (x: number | null): string => x == null ? 'n/a' : `${x.toFixed(1)} ms`
  const failed = result.exitCodes.filter(c => c !== 0).length
  process.stdout.write([
    `${f.messages.length} messages over ${f.totalNodes} nodes in ${result.seconds.toFixed(0)} s (${failed} nodes did not exit 0)`,
    `the framework's figures: reached all ${s.reachedAll}/${f.messages.length}, reliability ${s.reliability?.toFixed(4) ?? 'n/a'}, ` +
    `dissemination time median ${s.medianTimeToDisseminateS?.toFixed(4) ?? 'n/a'} s (p50 ${s.medianP50S?.toFixed(4) ?? 'n/a'} s), avg duplicates ${s.meanAvgDuplicates?.toFixed(2) ?? 'n/a'}`,
    `ours, from publish: latency p50 ${ms(ours.latencyMs.p50)} p90 ${ms(ours.latencyMs.p90)} p99 ${ms(ours.latencyMs.p99)}, ` +
    `latency/shortest path p50 ${ours.latencyOverShortestPath.p50?.toFixed(2) ?? 'n/a'}, per-hop overhead p50 ${ms(ours.perHopOverheadMs.p50)} p99 ${ms(ours.perHopOverheadMs.p99)}` +
    (result.withoutPublisher > 0 ? ` (${result.withoutPublisher} messages without a publish line left out)` : ''),
    `logs: ${join(out, 'hosts')}/nodeN/interop-node.stdout; the framework's analysis: ${join(out, 'plots', 'analysis.txt')}; report: ${result.report}`
  ].join('\n') + '\n')
  return failed === 0 ? 0 : 1
}
