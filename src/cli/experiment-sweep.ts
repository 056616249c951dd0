/**
 * `p2p-chat experiment run SWEEP.yaml [--out DIR]` for a spec with `sweep:` or `trials:` (every run
 * into DIR, resumable: the same command on the same DIR goes on where it stopped; the comparison
 * written at the end), and `p2p-chat experiment compare DIR... [--out DIR] [--force]`.
 */
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runSweep, SweepError } from '../harness/sweep-run.ts'
import type { SweepProgress } from '../harness/sweep-run.ts'
import { summaryLines } from './run-summary.ts'
import { CompareError } from '../harness/compare.ts'
import { writeComparison } from '../harness/compare-report.ts'
import type { ComparisonResult } from '../harness/compare-report.ts'
import { SpecError } from '../harness/spec.ts'
import { UsageError } from './usage-error.ts'

function stamp (): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
}

function comparisonLines (c: ComparisonResult): string {
  return `comparison of ${c.runs} runs in ${c.variants.length} variants: ${c.path} (${c.plots.length} plots)\n`
}

function progressLine (p: SweepProgress): string {
  const tag = `[${p.index + 1}/${p.total}] ${p.run.variant} trial ${p.run.trial + 1}/${p.trials}`
  switch (p.status) {
    case 'running': return `${tag}: running (seed ${p.run.seed})`
    case 'done': return `${tag}: ${summaryLines(p.summary).replace(/\n/g, '; ')}`
    case 'failed': return `${tag}: FAILED: ${p.error}`
    default: return `${tag}: done earlier`
  }
}

/** Runs a sweep spec; exit 0 all runs done, 1 some failed, 130 interrupted (resume with the same command). */
export async function experimentSweep (raw: Record<string, unknown>, specPath: string, out: string | undefined): Promise<number> {
  const name = typeof raw.name === 'string' ? raw.name : 'experiment'
  const dir = resolve(out ?? join('results', `${name}-sweep-${stamp()}`))
  const controller = new AbortController()
  const onSignal = (signal: string): void => {
    if (controller.signal.aborted) {
      if (signal === 'SIGINT') process.exit(130)
      return
    }
    process.stderr.write(`\np2p-chat: ${signal}: stopping the sweep after tearing down its current run; the same command resumes it\n`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let result
  try {
    result = await runSweep(raw, dir, controller.signal, p => { process.stderr.write(`sweep ${progressLine(p)}\n`) })
  } catch (err) {
    if (err instanceof SpecError) throw new UsageError(`${specPath}: ${err.message}`)
    if (err instanceof SweepError) throw new UsageError(err.message)
    throw err
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  const { state } = result
  const done = state.runs.filter(r => r.status === 'done').length
  const failed = state.runs.filter(r => r.status === 'failed')
  process.stdout.write(`sweep directory: ${dir}\n${done} of ${state.runs.length} runs done${failed.length > 0 ? `, ${failed.length} failed (${failed.map(f => `${f.variant} trial ${f.trial + 1}`).join('; ')})` : ''}\n`)
  if (result.interrupted) {
    process.stderr.write(`p2p-chat: sweep interrupted; resume with: p2p-chat experiment run ${specPath} --out ${dir}\n`)
    return 130
  }
  if (done > 0) process.stdout.write(comparisonLines(await writeComparison(dir, [dir])))
  return failed.length === 0 ? 0 : 1
}

export async function experimentCompare (argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: { out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true, strict: true })
  } catch (err: any) {
    throw new UsageError(`experiment compare: ${err.message}`)
  }
  const dirs = parsed.positionals.map(d => resolve(d))
  if (dirs.length === 0) throw new UsageError('experiment compare: expected one or more run or sweep directories')
  // one sweep: its comparison lives in it; anything else gets a directory of its own
  const out = resolve(parsed.values.out ?? (dirs.length === 1 ? dirs[0] : join('results', `compare-${stamp()}`)))
  try {
    process.stdout.write(comparisonLines(await writeComparison(out, dirs, { force: parsed.values.force === true })))
  } catch (err) {
    if (err instanceof CompareError) throw new UsageError(`experiment compare: ${err.message}`)
    throw err
  }
  return 0
}
