/**
 * `experiment bundle` and `experiment verify`: a run or a sweep packed for publication, and checked.
 *
 * A bundle is `NAME.tar.gz` holding `NAME/`: every file of the run directory (or of the sweep: its
 * spec, state, comparison and every run) but the node keys (`keys/`: private) and the Prometheus
 * TSDB (`prometheus/`: `metrics.csv` holds its series), and `NAME/SHA256SUMS` (sha256sum's format)
 * over all of them. Verify unpacks into a scratch directory, checks every sum (a file changed,
 * missing or not listed is named), then analyses every run again from its raw traces and metrics
 * and checks that the figures are those the bundle's `summary.json` states, and redraws its report.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { HarnessError } from './errors.ts'
import { processRun } from './pipeline.ts'

const run = promisify(execFile)

export class BundleError extends HarnessError {
  static name = 'BundleError'
}

/** Left out of a bundle: private keys, and the raw TSDB that metrics.csv already holds. */
const EXCLUDED_DIRS = new Set(['keys', 'prometheus'])

async function sha256 (path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under `root`, relative, sorted; excluded directories skipped at any depth. */
async function filesUnder (root: string, at = ''): Promise<string[]> {
  const out: string[] = []
  for (const e of (await readdir(join(root, at), { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const rel = at === '' ? e.name : `${at}/${e.name}`
    if (e.isDirectory()) {
      if (!EXCLUDED_DIRS.has(e.name)) out.push(...await filesUnder(root, rel))
    } else if (e.isFile()) out.push(rel)
  }
  return out
}

/** Directories under `root` that are run directories (a topology.json), relative. */
async function runDirsUnder (root: string): Promise<string[]> {
  return (await filesUnder(root)).filter(f => basename(f) === 'topology.json').map(f => dirname(f))
}

export interface BundleResult { path: string, files: number, runs: number }

export async function bundleRun (dir: string, out?: string): Promise<BundleResult> {
  const source = resolve(dir)
  if (!existsSync(join(source, 'topology.json')) && !existsSync(join(source, 'sweep.json'))) {
    throw new BundleError(`${dir}: neither a run directory (topology.json) nor a sweep (sweep.json)`)
  }
  const name = basename(source)
  const target = resolve(out ?? `${name}.tar.gz`)
  const scratch = await mkdtemp(join(tmpdir(), 'p2p-chat-bundle-'))
  try {
    const stage = join(scratch, name)
    const files = await filesUnder(source)
    for (const f of files) {
      await mkdir(dirname(join(stage, f)), { recursive: true })
      await cp(join(source, f), join(stage, f))
    }
    const sums = await Promise.all(files.map(async f => `${await sha256(join(stage, f))}  ${f}`))
    await writeFile(join(stage, 'SHA256SUMS'), sums.join('\n') + '\n')
    await mkdir(dirname(target), { recursive: true })
    await run('tar', ['-czf', target, '-C', scratch, name])
    return { path: target, files: files.length, runs: (await runDirsUnder(stage)).length }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

export interface VerifyResult { files: number, runs: number }

/** The figures of a summary.json that re-analysis must reproduce (all but where it was written). */
function figures (summary: Record<string, unknown>): string {
  return JSON.stringify({ ...summary, runDir: undefined })
}

export async function verifyBundle (bundle: string): Promise<VerifyResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'p2p-chat-verify-'))
  try {
    await run('tar', ['-xzf', resolve(bundle), '-C', scratch]).catch((err: any) => { throw new BundleError(`${bundle}: not a readable tar.gz (${String(err.stderr ?? err.message).trim().split('\n')[0]})`) })
    const tops = await readdir(scratch)
    if (tops.length !== 1) throw new BundleError(`${bundle}: expected one top folder, found ${tops.length}`)
    const root = join(scratch, tops[0])
    const sumsPath = join(root, 'SHA256SUMS')
    if (!existsSync(sumsPath)) throw new BundleError(`${bundle}: no SHA256SUMS`)
    const listed = new Map((await readFile(sumsPath, 'utf8')).trim().split('\n').map(line => {
      const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)
      if (m == null) throw new BundleError(`${bundle}: SHA256SUMS: malformed line ${JSON.stringify(line.slice(0, 100))}`)
      return [m[2], m[1]] as [string, string]
    }))
    const present = (await filesUnder(root)).filter(f => f !== 'SHA256SUMS')
    for (const f of present) if (!listed.has(f)) throw new BundleError(`${bundle}: ${f} is not in SHA256SUMS`)
    for (const [f, sum] of listed) {
      if (!existsSync(join(root, f))) throw new BundleError(`${bundle}: ${f} is listed in SHA256SUMS but missing`)
      if (await sha256(join(root, f)) !== sum) throw new BundleError(`${bundle}: ${f}: SHA-256 differs from SHA256SUMS`)
    }
    const runs = await runDirsUnder(root)
    for (const r of runs) await reanalyse(bundle, join(root, r), relative(root, join(root, r)) || '.')
    return { files: present.length, runs: runs.length }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** Analyses a bundled run again from its traces and metrics; its figures must be the stated ones. */
async function reanalyse (bundle: string, runDir: string, name: string): Promise<void> {
  const statedPath = join(runDir, 'summary.json')
  if (!existsSync(statedPath)) throw new BundleError(`${bundle}: ${name}: no summary.json to check`)
  const stated = JSON.parse(await readFile(statedPath, 'utf8'))
  await rm(statedPath)
  const { summary } = await processRun(runDir, { figures: 'analyse' })
  if (figures(summary as unknown as Record<string, unknown>) !== figures(stated)) {
    const differing = Object.keys(stated).filter(k => k !== 'runDir' && JSON.stringify(stated[k]) !== JSON.stringify((summary as any)[k]))
    throw new BundleError(`${bundle}: ${name}: the traces give other figures than its summary.json (${differing.slice(0, 5).join(', ')})`)
  }
}
