/**
 * `p2p-chat experiment run SPEC [--out DIR] | collect RUN_DIR | plot RUN_DIR | clean`: the
 * experiment harness (src/harness/) from the command line.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadSpec, loadSpecDocument, SpecError } from '../harness/spec.ts'
import { isSweep } from '../harness/sweep.ts'
import { preflight, runExperiment } from '../harness/runner/experiment-run.ts'
import { collectRun } from '../harness/collect.ts'
import { processRun } from '../harness/pipeline.ts'
import { cleanAll } from '../lab/netns/index.ts'
import { cleanOrphanedRuns } from '../harness/runner/registry.ts'
import { summaryLines } from './run-summary.ts'
import { UsageError } from './usage-error.ts'
import { natMatrix } from '../harness/nat-matrix.ts'
import { BundleError, bundleRun, verifyBundle } from '../harness/bundle.ts'
import { HarnessError } from '../harness/errors.ts'

export const EXPERIMENT_HELP = `Usage: p2p-chat experiment run SPEC [--out DIR]   run the experiment SPEC (YAML or JSON, see docs/experiments.md); with sweep: or trials:,
                                                   every run into DIR and their comparison; the same command on the same DIR resumes it
       p2p-chat experiment compare DIR... [--out DIR] [--force]   runs and sweeps side by side: comparison.md, .csv and plots
                                                   (refused where the runs differ beyond their axes, unless --force)
       p2p-chat experiment bundle DIR [--out FILE]     a run or sweep as a tar.gz for publication, with SHA256SUMS
       p2p-chat experiment verify BUNDLE               check a bundle's sums, analyse its runs again from the traces, redraw the reports
       p2p-chat experiment collect RUN_DIR         re-export metrics.csv from the run's Prometheus data; rebuild deliveries.csv, messages.csv, summary.json
       p2p-chat experiment plot RUN_DIR            redraw plots/*.png, report.md and report.html
       p2p-chat experiment nat-matrix [--trials N] [--out DIR]   NAT type x NAT type in the NAT lab: nat-matrix.csv, .md, .png (root)
       p2p-chat experiment run PARAMS.json --nodes N [--network gossipsub-interop|uniform] [--out DIR] [--skip K]
       p2p-chat experiment interop (--params FILE | --scenario subnet-blob-msg [--seed S]) --nodes N
                [--network gossipsub-interop | --network uniform [--delay MS] [--mbit N]] [--out DIR] [--skip K]
                                                   a gossipsub-interop scenario on namespaces, on the framework's network graph by default:
                                                   its logs and figures, and our traces, CSVs, plots and report (root, docs/interop.md)
       p2p-chat experiment clean                   remove whatever a crashed run left (namespaces, nft tables, delayer, node processes)

run writes into --out DIR (default results/NAME-DATE-TIME; it must not exist or be empty).
The netns runner needs root; runner: local runs unshaped loopback processes anywhere.
Exit codes: 0 done, 1 the run failed, 2 a bad spec or usage, 130 interrupted (everything torn down).`

/** A bad spec: a usage error (exit 2) whose hint is the spec reference, not the flags. */
class SpecUsageError extends UsageError {
  static name = 'SpecUsageError'
  readonly hint = 'docs/experiments.md, "The spec", describes every field'
}

function runDirArg (argv: string[], command: string): string {
  if (argv.length !== 1 || argv[0].startsWith('-')) throw new UsageError(`experiment ${command}: expected one RUN_DIR`)
  const dir = resolve(argv[0])
  if (!existsSync(join(dir, 'topology.json'))) throw new UsageError(`experiment ${command}: ${argv[0]} is not a run directory (no topology.json)`)
  return dir
}


async function experimentRun (argv: string[]): Promise<number> {
  // a gossipsub-interop params.json is a scenario of its own kind, with its own flags
  const { isInteropParams, experimentInterop } = await import('./experiment-interop.ts')
  const file = parseArgs({ args: argv, strict: false, allowPositionals: true }).positionals[0]
  if (file !== undefined && await isInteropParams(file)) return await experimentInterop(['--params', file, ...argv.filter(a => a !== file)])
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true, strict: true })
  } catch (err: any) {
    throw new UsageError(`experiment run: ${err.message}`)
  }
  if (parsed.positionals.length !== 1) throw new UsageError('experiment run: expected one SPEC file')
  let spec
  try {
    // sweep: and trials: make a spec many runs, validated variant by variant
    const raw = await loadSpecDocument(parsed.positionals[0])
    if (isSweep(raw)) {
      const { experimentSweep } = await import('./experiment-sweep.ts')
      return await experimentSweep(raw, parsed.positionals[0], parsed.values.out)
    }
    spec = await loadSpec(parsed.positionals[0])
  } catch (err) {
    if (err instanceof SpecError) throw new SpecUsageError(err.message)
    throw err
  }
  // before the run directory exists: a run that cannot start leaves nothing behind
  preflight(spec)
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  const runDir = resolve(parsed.values.out ?? join('results', `${spec.name}-${stamp}`))
  if (existsSync(runDir) && readdirSync(runDir).length > 0) throw new UsageError(`--out ${runDir}: exists and is not empty; a run never overwrites another`)
  await mkdir(runDir, { recursive: true })

  const controller = new AbortController()
  const onSignal = (signal: string): void => {
    if (controller.signal.aborted) {
      // a second Ctrl-C: now (the run's and the lab's exit hooks still end the nodes and remove
      // the namespaces); a repeated SIGTERM, e.g. sent to a process group and passed on by the
      // launcher as well, asks for nothing new
      if (signal === 'SIGINT') process.exit(130)
      return
    }
    process.stderr.write(`\np2p-chat: ${signal}: stopping the run and tearing everything down (Ctrl-C again: at once)\n`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const result = await runExperiment(spec, runDir, controller.signal)
    process.stdout.write(`run directory: ${result.runDir}\n`)
    process.stdout.write(`meshed after ${result.meshedAfterMs != null ? `${(result.meshedAfterMs / 1000).toFixed(1)} s` : 'never (see report.md)'}\n`)
    process.stdout.write(summaryLines(result.summary) + '\n')
    process.stdout.write(`report: ${join(result.runDir, 'report.md')}\n`)
    return 0
  } catch (err) {
    if (controller.signal.aborted) {
      process.stderr.write(`p2p-chat: run interrupted; partial results in ${runDir}\n`)
      return 130
    }
    throw err
  }
}

/** A bundle that does not check out is the user's input at fault: one line, exit 1. */
function usageOnBundleError (err: unknown): never {
  if (err instanceof BundleError) throw new HarnessError(err.message)
  throw err
}

export async function experiment (argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'run':
      return experimentRun(rest)
    case 'collect': {
      const { metricRows, summary } = await collectRun(runDirArg(rest, 'collect'))
      process.stdout.write(`metrics.csv: ${metricRows} samples\n${summaryLines(summary)}\n`)
      return 0
    }
    case 'plot': {
      const dir = runDirArg(rest, 'plot')
      const { plots, report } = await processRun(dir, { figures: 'stored' })
      process.stdout.write(`${plots.length} plots in ${join(dir, 'plots')}\nreport: ${report}\n`)
      return 0
    }
    case 'clean': {
      if (rest.length > 0) throw new UsageError('experiment clean: takes no arguments')
      const runs = await cleanOrphanedRuns()
      const lab = process.getuid?.() === 0 ? await cleanAll() : { namespaces: [], killedPids: [] }
      process.stdout.write(`removed ${lab.namespaces.length} namespaces, killed ${lab.killedPids.length + runs.killed.length} processes, ended ${runs.runs.length} orphaned runs\n`)
      return 0
    }
    case 'nat-matrix':
      return await natMatrix(rest, message => new UsageError(message))
    case 'interop': {
      const { experimentInterop } = await import('./experiment-interop.ts')
      return await experimentInterop(rest)
    }
    case 'bundle': {
      const parsed = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: true, strict: false })
      if (parsed.positionals.length !== 1) throw new UsageError('experiment bundle: expected one run or sweep directory')
      const b = await bundleRun(parsed.positionals[0], typeof parsed.values.out === 'string' ? parsed.values.out : undefined).catch(usageOnBundleError)
      process.stdout.write(`${b.path}: ${b.files} files of ${b.runs} run${b.runs === 1 ? '' : 's'}, with SHA256SUMS (node keys and the Prometheus TSDB left out)\n`)
      return 0
    }
    case 'verify': {
      if (rest.length !== 1 || rest[0].startsWith('-')) throw new UsageError('experiment verify: expected one BUNDLE.tar.gz')
      const v = await verifyBundle(rest[0]).catch(usageOnBundleError)
      process.stdout.write(`${rest[0]}: verified: ${v.files} files match SHA256SUMS; ${v.runs} run${v.runs === 1 ? '' : 's'} analysed again from the traces give the stated figures, reports redrawn\n`)
      return 0
    }
    case 'compare': {
      const { experimentCompare } = await import('./experiment-sweep.ts')
      return await experimentCompare(rest)
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(EXPERIMENT_HELP + '\n')
      return command === undefined ? 2 : 0
    default:
      throw new UsageError(`experiment ${command}: unknown command; expected run, compare, bundle, verify, collect, plot, nat-matrix, interop or clean`)
  }
}
