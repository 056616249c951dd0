/**
 * A gossipsub-interop scenario from params to figures, into one run folder:
 * - the framework's own layout: `params.json`, `hosts/nodeN/interop-node.stdout` (and `.stderr`),
 *   and with its network graph `graph.gml` and `shadow.yaml`, so its `analyze_message_deliveries.py`
 *   runs on the folder unmodified (per-region plot included);
 * - its figures computed here the same way: `plots/analysis.txt` (its format) and `interop-summary.json`;
 * - our run directory on top (`traces/`, `topology.json`, `manifest.json`, `spec.yaml`), then the
 *   pipeline every experiment goes through: deliveries.csv, messages.csv, summary.json, plots,
 *   report.md and report.html, with latency from publish, hop paths and per-hop overhead.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify as toYaml } from 'yaml'
import { runInteropScenario, scriptSeconds } from './interop-run.ts'
import { analyseInteropRun, formatAnalysisTxt, readInteropRun } from './interop-analysis.ts'
import type { InteropAnalysis } from './interop-analysis.ts'
import { frameworkNetwork, graphGml, shadowYaml, uniformNetwork } from './interop-network.ts'
import type { InteropNetworkKind } from './interop-network.ts'
import { writeInteropTraces } from './interop-traces.ts'
import { hostManifest } from './runner/manifest.ts'
import { processRun } from './pipeline.ts'
import type { RunSummary } from './analysis/index.ts'
import { parseInteropParams } from '../interop/params.ts'

export interface InteropExperimentInit {
  /** the run folder, existing and empty */
  out: string
  /** params.json text (the framework's, or a scenario built here) */
  paramsText: string
  /** what the params are, for the report: a file name or `subnet-blob-msg (seed S)` */
  scenario: string
  nodes: number
  network: InteropNetworkKind
  /** seed of the framework network's draws */
  seed: number
  /** `uniform`: one-way delay of every pair, ms, and each node's cap, Mbit/s */
  delayMs?: number
  mbit?: number
  /** messages left out of the framework's figures, as its `--skip` */
  skip?: number
  runId?: string
  say?: (line: string) => void
}

export interface InteropExperimentResult {
  exitCodes: Array<number | null>
  seconds: number
  framework: InteropAnalysis
  summary: RunSummary
  report: string
  /** messages received that no node logged a publish of (left out of our figures) */
  withoutPublisher: number
}

export async function runInteropExperiment (init: InteropExperimentInit): Promise<InteropExperimentResult> {
  const { out, nodes } = init
  const params = parseInteropParams(init.paramsText)
  const network = init.network === 'gossipsub-interop' ? frameworkNetwork(nodes, init.seed) : uniformNetwork(nodes, init.delayMs ?? 0, init.mbit)
  await writeFile(join(out, 'params.json'), init.paramsText)
  if (init.network === 'gossipsub-interop') {
    await writeFile(join(out, 'graph.gml'), graphGml())
    await writeFile(join(out, 'shadow.yaml'), shadowYaml(network, 'p2p-chat-interop', scriptSeconds(params.script) + 60))
  }
  const spec = {
    name: `gossipsub-interop ${init.scenario}, ${nodes} nodes`,
    runner: 'netns',
    transport: 'tcp',
    interop: { scenario: init.scenario, nodes, network: init.network, seed: init.seed, ...(init.network === 'uniform' ? { delayMs: init.delayMs ?? 0, mbit: init.mbit ?? null } : {}), skip: init.skip ?? 0 }
  }
  await writeFile(join(out, 'spec.yaml'), toYaml(spec))
  const run = await runInteropScenario({ params: join(out, 'params.json'), script: params.script, nodes, out, network, runId: init.runId, say: init.say })

  const framework = analyseInteropRun(await readInteropRun(out), { skip: init.skip ?? 0 })
  await mkdir(join(out, 'plots'), { recursive: true })
  await writeFile(join(out, 'plots', 'analysis.txt'), formatAnalysisTxt(framework))
  await writeFile(join(out, 'interop-summary.json'), JSON.stringify({ nodes, exitCodes: run.exitCodes, seconds: run.seconds, ...framework }, null, 2) + '\n')

  const traces = await writeInteropTraces(out, network, run.addresses, { skip: init.skip ?? 0 })
  await writeFile(join(out, 'manifest.json'), JSON.stringify({
    ...hostManifest(),
    seed: init.seed,
    runner: 'netns',
    emulation: run.emulation,
    transport: 'tcp',
    interop: { scenario: init.scenario, network: init.network, regions: network.regions, classes: network.classes, mbit: network.mbit },
    startedAtMs: run.startedAtMs,
    endedAtMs: run.endedAtMs
  }, null, 2) + '\n')
  const { summary, report } = await processRun(out)
  return { exitCodes: run.exitCodes, seconds: run.seconds, framework, summary, report, withoutPublisher: traces.withoutPublisher }
}
