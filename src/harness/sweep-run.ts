/**
 * Runs a sweep (src/harness/sweep.ts) into one directory, one run after another, with its state in
 * `sweep.json` written after every run: a crash or Ctrl-C leaves it saying which runs are done, and
 * the same command on the same directory goes on at the next unfinished run (a half-written run
 * directory is removed and run again). A run that fails is recorded and the sweep goes on; it is
 * run again on the next resume.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { HarnessError } from './errors.ts'
import { planSweep } from './sweep.ts'
import type { SweepAxis, SweepRun } from './sweep.ts'
import { preflight, runExperiment } from './runner/experiment-run.ts'
import type { RunSummary } from './analysis/index.ts'

export const SWEEP_STATE_FORMAT = 1

export interface SweepRunState {
  variant: string
  axes: Record<string, unknown>
  trial: number
  seed: number
  dir: string
  status: 'pending' | 'done' | 'failed'
  error?: string
}

export interface SweepState {
  format: number
  /** the spec document as given (sweep and trials included): a resume must be of the same sweep */
  spec: Record<string, unknown>
  axes: SweepAxis[]
  trials: number
  runs: SweepRunState[]
}

export interface SweepResult { state: SweepState, interrupted: boolean }

/** What a sweep reports of each run as it goes (the CLI prints it). */
export type SweepProgress = { index: number, total: number, trials: number, run: SweepRun } & (
  | { status: 'done earlier' }
  | { status: 'running' }
  | { status: 'done', summary: RunSummary }
  | { status: 'failed', error: string })

export class SweepError extends HarnessError {
  static name = 'SweepError'
}

async function saveState (dir: string, state: SweepState): Promise<void> {
  const path = join(dir, 'sweep.json')
  await writeFile(`${path}.tmp`, JSON.stringify(state, null, 2) + '\n')
  await rename(`${path}.tmp`, path)
}

/** The state to go on from: a new one for an empty directory, the stored one for the same sweep. */
async function openState (raw: Record<string, unknown>, dir: string, runs: SweepRun[], axes: SweepAxis[], trials: number): Promise<SweepState> {
  const path = join(dir, 'sweep.json')
  if (existsSync(path)) {
    const stored = JSON.parse(await readFile(path, 'utf8')) as SweepState
    if (stored.format !== SWEEP_STATE_FORMAT || JSON.stringify(stored.spec) !== JSON.stringify(raw)) {
      throw new SweepError(`--out ${dir}: holds another sweep (its sweep.json has another spec); resume with the spec it ran, or use another directory`)
    }
    return stored
  }
  if (existsSync(dir) && (await readdir(dir)).length > 0) throw new SweepError(`--out ${dir}: exists, is not empty and holds no sweep.json; a sweep never overwrites a run`)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'spec.yaml'), `# the sweep as given; each run's own spec.yaml has its variant, seed and defaults\n${stringify(raw)}`)
  const state: SweepState = {
    format: SWEEP_STATE_FORMAT,
    spec: raw,
    axes,
    trials,
    runs: runs.map(r => ({ variant: r.variant, axes: r.axes, trial: r.trial, seed: r.seed, dir: r.dir, status: 'pending' }))
  }
  await saveState(dir, state)
  return state
}

export async function runSweep (raw: Record<string, unknown>, dir: string, signal: AbortSignal, progress: (p: SweepProgress) => void): Promise<SweepResult> {
  const plan = planSweep(raw)
  for (const r of plan.runs) preflight(r.spec)
  const state = await openState(raw, dir, plan.runs, plan.axes, plan.trials)
  for (const [i, run] of plan.runs.entries()) {
    const entry = state.runs[i]
    const at = { index: i, total: plan.runs.length, trials: plan.trials, run }
    if (entry.status === 'done') {
      progress({ ...at, status: 'done earlier' })
      continue
    }
    const runDir = join(dir, run.dir)
    await rm(runDir, { recursive: true, force: true })
    await mkdir(runDir, { recursive: true })
    await writeFile(join(runDir, 'variant.json'), JSON.stringify({ variant: run.variant, axes: run.axes, trial: run.trial, seed: run.seed }, null, 2) + '\n')
    progress({ ...at, status: 'running' })
    try {
      const result = await runExperiment(run.spec, runDir, signal)
      entry.status = 'done'
      delete entry.error
      progress({ ...at, status: 'done', summary: result.summary })
    } catch (err: any) {
      if (signal.aborted) {
        await saveState(dir, state)
        return { state, interrupted: true }
      }
      entry.status = 'failed'
      entry.error = String(err?.message ?? err).slice(0, 500)
      progress({ ...at, status: 'failed', error: entry.error })
    }
    await saveState(dir, state)
  }
  return { state, interrupted: false }
}
