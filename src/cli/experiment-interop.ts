/**
 * `p2p-chat experiment interop (--params FILE | --scenario subnet-blob-msg [--seed S]) --nodes N [--out DIR] [--delay MS] [--mbit N] [--skip K]`:
 * a gossipsub-interop scenario on namespaces (src/harness/interop-run.ts), then the framework's
 * figures from the logs (src/harness/interop-analysis.ts): `plots/analysis.txt` in the framework's
 * format, `interop-summary.json`, and a summary line.
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runInteropScenario } from '../harness/interop-run.ts'
import { analyseInteropRun, formatAnalysisTxt, readInteropRun } from '../harness/interop-analysis.ts'
import { paramsJson, subnetBlobMsg } from '../harness/interop-scenarios.ts'
import { UsageError } from './usage-error.ts'

function whole (flag: string, value: string | undefined, fallback: number | undefined, min: number): number | undefined {
  if (value == null) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n < min) throw new UsageError(`experiment interop --${flag} ${JSON.stringify(value)}: expected a number >= ${min}`)
  return n
}

export async function experimentInterop (argv: string[]): Promise<number> {
  let v
  try {
    v = parseArgs({ args: argv, strict: true, options: { params: { type: 'string' }, scenario: { type: 'string' }, seed: { type: 'string' }, nodes: { type: 'string' }, out: { type: 'string' }, delay: { type: 'string' }, mbit: { type: 'string' }, skip: { type: 'string' } } }).values
  } catch (err: any) {
    throw new UsageError(`experiment interop: ${err.message}`)
  }
  if ((v.params == null) === (v.scenario == null) || v.nodes == null) throw new UsageError('experiment interop: --nodes N and one of --params FILE or --scenario subnet-blob-msg are required')
  if (v.scenario != null && v.scenario !== 'subnet-blob-msg') throw new UsageError(`experiment interop --scenario ${JSON.stringify(v.scenario)}: the one scenario built here is subnet-blob-msg`)
  if (process.getuid?.() !== 0) throw new UsageError('experiment interop: needs root (network namespaces)')
  const nodes = whole('nodes', v.nodes, undefined, 2) as number
  const out = resolve(v.out ?? join('results', `interop-${nodes}-${new Date().toISOString().replace(/[:.]/g, '-')}`))
  await mkdir(out, { recursive: true })
  if ((await readdir(out)).length > 0) throw new UsageError(`experiment interop --out ${out}: must not exist or be empty`)
  if (v.params != null) await copyFile(v.params, join(out, 'params.json')).catch((err: any) => { throw new UsageError(`--params ${v.params}: cannot be read (${err.code ?? err.message})`) })
  else await writeFile(join(out, 'params.json'), paramsJson(subnetBlobMsg(nodes, whole('seed', v.seed, 1, 0))))
  const result = await runInteropScenario({
    params: join(out, 'params.json'),
    nodes,
    out,
    delayMs: whole('delay', v.delay, 0, 0),
    mbit: whole('mbit', v.mbit, undefined, 0.001),
    say: (line) => { process.stderr.write(line + '\n') }
  })
  const analysis = analyseInteropRun(await readInteropRun(out), { skip: whole('skip', v.skip, 0, 0) })
  await mkdir(join(out, 'plots'), { recursive: true })
  await writeFile(join(out, 'plots', 'analysis.txt'), formatAnalysisTxt(analysis))
  await writeFile(join(out, 'interop-summary.json'), JSON.stringify({ nodes, exitCodes: result.exitCodes, seconds: result.seconds, ...analysis }, null, 2) + '\n')
  const s = analysis.summary
  const failed = result.exitCodes.filter(c => c !== 0).length
  process.stdout.write([
    `${analysis.messages.length} messages over ${analysis.totalNodes} nodes in ${result.seconds.toFixed(0)} s (${failed} nodes did not exit 0): ` +
    `reached all ${s.reachedAll}/${analysis.messages.length}, reliability ${s.reliability?.toFixed(4) ?? 'n/a'}, ` +
    `dissemination time median ${s.medianTimeToDisseminateS?.toFixed(4) ?? 'n/a'} s (p50 ${s.medianP50S?.toFixed(4) ?? 'n/a'} s), avg duplicates ${s.meanAvgDuplicates?.toFixed(2) ?? 'n/a'}`,
    `logs: ${join(out, 'hosts')}/nodeN/interop-node.stdout; the framework's analysis: ${join(out, 'plots', 'analysis.txt')}`
  ].join('\n') + '\n')
  return failed === 0 ? 0 : 1
}
