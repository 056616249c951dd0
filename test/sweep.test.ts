/**
 * Sweeps, trials and comparison (src/harness/sweep.ts, sweep-run.ts, compare.ts): the variants a
 * sweep stands for and their seeds, each refusal naming the field or variant, confidence intervals
 * against hand-computed numbers, the refusal of runs that differ beyond their axes, and end to end
 * on loopback: a 2 x 2 sweep interrupted with SIGINT after its first run resumes where it stopped
 * (the finished run untouched), its comparison shows the swept knob moving latency, and a run of it
 * bundled for publication verifies, while a changed trace is caught (by its sum, and with the sums
 * rewritten, by the figures).
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planSweep, trialSeed } from '../src/harness/sweep.ts'
import { checkComparable, estimate } from '../src/harness/compare.ts'
import type { ComparedRun } from '../src/harness/compare.ts'
import { SpecError } from '../src/harness/spec.ts'
import { cleanupTempDir, onCleanup } from './helpers/cleanup.ts'
import { MAIN, runCli } from './helpers/cli.ts'
import { pollUntil } from './helpers/poll.ts'

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-sweep-'))
  cleanupTempDir(dir)
})
after(async () => { await rm(dir, { recursive: true, force: true }) })

const base = { name: 'sw', runner: 'local', nodes: { count: 4 }, seed: 7 }

describe('sweep plan', () => {
  it('is the cartesian product of the axes, each variant run `trials` times with the same seeds across variants', () => {
    const plan = planSweep({ ...base, sweep: { D: { field: 'protocol.default.D', values: [4, 8] }, loss: { field: 'links.default.lossPct', values: [0, 1, 5] } }, trials: 2 })
    assert.equal(plan.runs.length, 2 * 3 * 2)
    assert.deepEqual(plan.runs.slice(0, 4).map(r => [r.variant, r.trial]), [['D=4,loss=0', 0], ['D=4,loss=0', 1], ['D=4,loss=1', 0], ['D=4,loss=1', 1]])
    assert.deepEqual(plan.runs.map(r => r.seed).slice(0, 2), [7, trialSeed(7, 1)])
    assert.notEqual(trialSeed(7, 1), 8, 'a trial seed is hashed, not counted up')
    assert.ok(plan.runs.every(r => r.seed === (r.trial === 0 ? 7 : trialSeed(7, 1))), 'trial t has one seed in every variant')
    const last = plan.runs[plan.runs.length - 1]
    assert.deepEqual([last.spec.protocol.default.D, last.spec.protocol.default.Dhi, last.spec.links.default.lossPct, last.dir], [8, 16, 5, 'runs/D=8_loss=5/trial-1'])
    assert.match(last.spec.name, /^[A-Za-z0-9._-]{1,64}$/, 'a run\'s name is a valid spec name')
  })

  for (const [what, sweep, message] of [
    ['a value that makes an invalid spec, naming the variant', { D: { field: 'protocol.default.D', values: [4, 0] } }, /^sweep variant D=0: protocol\.default\.D: must be at least 1, got 0$/],
    ['an axis without values', { D: { field: 'protocol.default.D', values: [] } }, /^sweep\.D\.values: a list of 1 to 100 values$/],
    ['a swept seed', { s: { field: 'seed', values: [1, 2] } }, /^sweep\.s\.field: seed cannot be swept/],
    ['an unknown axis field', { D: { field: 'protocol.default.D', values: [4], step: 2 } }, /^sweep\.D\.step: unknown field$/],
    ['a field no spec has', { x: { field: 'nodes.colour', values: ['red'] } }, /^sweep variant x=red: nodes\.colour: unknown field$/]
  ] as Array<[string, unknown, RegExp]>) {
    it(`refuses ${what}`, () => {
      assert.throws(() => planSweep({ ...base, sweep }), (err: any) => err instanceof SpecError && message.test(err.message))
    })
  }
})

describe('comparison figures', () => {
  it('gives the mean and the 95 % interval of Student\'s t, worked by hand', () => {
    // 10, 12, 14: mean 12, sd 2, t(0.975, 2) = 4.303 -> 4.303 * 2 / sqrt(3) = 4.9687
    const e = estimate([10, 12, 14, null])
    assert.equal(e.n, 3)
    assert.equal(e.mean, 12)
    assert.ok(Math.abs((e.halfWidth as number) - 4.9687) < 1e-3, String(e.halfWidth))
    assert.equal(estimate([5]).halfWidth, null, 'one trial: no interval')
    assert.equal(estimate([]).mean, null)
  })

  it('refuses runs on other code or kernels, naming what differs, unless forced', () => {
    const run = (name: string, commit: string, kernel: string, d: number): ComparedRun => ({
      dir: join('/r', name), variant: name, axes: {}, trial: 0, spec: { nodes: { count: 4 }, protocol: { default: { D: d } } }, manifest: { gitCommit: commit, kernel }, summary: {} as any, perDelivery: { bytes: null, control: null }
    })
    const runs = [run('a', 'c1', 'k', 4), run('b', 'c1', 'k', 8), run('c', 'c2', 'k', 8)]
    assert.throws(() => checkComparable(runs, [], false, '/r'), (err: any) => err.name === 'CompareError' && /manifest\.gitCommit: "c1" \(a, b\) vs "c2" \(c\)/.test(err.message) && /--force/.test(err.message))
    const forced = checkComparable(runs, [], true, '/r')
    assert.deepEqual(forced.axisFields, ['protocol.default.D'], 'separate runs: the differing spec fields are the axes')
    assert.deepEqual(forced.mismatches.map(m => m.field), ['manifest.gitCommit'])
    // a sweep declares its axes: any other spec difference is a mismatch
    const sweepRuns = [run('a', 'c1', 'k', 4), { ...run('b', 'c1', 'k', 8), spec: { nodes: { count: 5 }, protocol: { default: { D: 8 } } } }]
    assert.throws(() => checkComparable(sweepRuns, [{ name: 'D', field: 'protocol.default.D', values: [4, 8] }], false, '/r'), /spec\.nodes\.count: 4 \(a\) vs 5 \(b\)/)

  })

  it('compares a sweep over an item of a list (adversaries.0.count), and names a difference by its index', () => {
    const axis = [{ name: 'sybils', field: 'adversaries.0.count', values: [0, 3] }]
    const run = (name: string, count: number, rate = 20): ComparedRun => ({
      dir: join('/r', name), variant: `sybils=${count}`, axes: { sybils: count }, trial: 0, manifest: {}, summary: {} as any, perDelivery: { bytes: null, control: null },
      spec: { adversaries: [{ role: 'silent', count }, { role: 'spammer', count: 1, ratePerS: rate }] }
    })
    assert.deepEqual(checkComparable([run('a', 0), run('b', 3)], axis, false, '/r').mismatches, [])
    assert.throws(() => checkComparable([run('a', 0), run('b', 3, 50)], axis, false, '/r'), /spec\.adversaries\.1\.ratePerS: 20 \(a\) vs 50 \(b\)/)
  })

  it('accepts in a sweep what validation fills in from the axes (a swept D sets Dlo), but not a value that differs inside a variant', () => {
    const axis = [{ name: 'D', field: 'protocol.default.D', values: [4, 8] }]
    const sweepSpec = { nodes: { count: 4 }, sweep: { D: { field: 'protocol.default.D', values: [4, 8] } }, trials: 2 }
    const run = (name: string, variant: string, d: number, dlo: number, count = 4): ComparedRun => ({
      dir: join('/r', name), variant, axes: { D: d }, trial: 0, spec: { nodes: { count }, protocol: { default: { D: d, Dlo: dlo } } }, manifest: {}, summary: {} as any, perDelivery: { bytes: null, control: null }, sweepSpec
    })
    const derived = [run('a0', 'D=4', 4, 3), run('a1', 'D=4', 4, 3), run('b0', 'D=8', 8, 5), run('b1', 'D=8', 8, 5)]
    assert.deepEqual(checkComparable(derived, axis, false, '/r').followAxes, ['protocol.default.Dlo'])
    assert.throws(() => checkComparable([...derived.slice(0, 3), run('b1', 'D=8', 8, 6)], axis, false, '/r'), /spec\.protocol\.default\.Dlo: /, 'a Dlo that differs between two trials of one variant')
    assert.throws(() => checkComparable([...derived.slice(0, 3), run('b1', 'D=8', 8, 5, 5)], axis, false, '/r'), /spec\.nodes\.count: /, 'a field the sweep names is never filled in')
  })
})

describe('a sweep end to end (loopback)', () => {
  it('resumes after SIGINT at the next unfinished run, then compares its variants', async () => {
    const spec = join(dir, 'sweep.yaml')
    await writeFile(spec, [
      'name: resume', 'runner: local', 'nodes: { count: 3 }',
      'workload: { publishers: 2, ratePerS: 5, durationS: 3, warmupS: 1, cooldownS: 1 }',
      'metrics: { enabled: false }',
      'sweep:', '  delay: { field: protocol.default.validationDelayMs, values: [0, 100] }',
      'trials: 2'
    ].join('\n') + '\n')
    const out = join(dir, 'out')
    const child = spawn(process.execPath, [MAIN, 'experiment', 'run', spec, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] })
    const forget = onCleanup(() => { child.kill('SIGKILL') })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c })
    const exited = new Promise<number | null>(resolve => child.on('exit', resolve))
    const state = async (): Promise<any> => JSON.parse(await readFile(join(out, 'sweep.json'), 'utf8'))
    await pollUntil('the first run to finish', 120_000, async () => (await state()).runs[0].status === 'done' ? true : undefined, 100)
    child.kill('SIGINT')
    assert.equal(await exited, 130, stderr)
    forget()
    const stopped = await state()
    assert.equal(stopped.runs[0].status, 'done')
    assert.ok(stopped.runs.slice(1).some((r: any) => r.status === 'pending'), 'runs left to do')
    assert.match(stderr, /resume with: p2p-chat experiment run/)
    const firstSummary = join(out, 'runs', 'delay=0', 'trial-0', 'summary.json')
    const before = (await stat(firstSummary)).mtimeMs

    const resumed = await runCli(['experiment', 'run', spec, '--out', out], { timeoutMs: 240_000 })
    assert.equal(resumed.code, 0, resumed.stderr)
    assert.match(resumed.stderr, /\[1\/4\] delay=0 trial 1\/2: done earlier/)
    assert.equal((await stat(firstSummary)).mtimeMs, before, 'the finished run was not run again')
    assert.ok((await state()).runs.every((r: any) => r.status === 'done'))

    // the comparison: the 100 ms validation delay in every latency, with an interval over 2 trials
    const csv = (await readFile(join(out, 'comparison.csv'), 'utf8')).trim().split('\n').map(l => l.split(','))
    const col = (name: string): number => csv[0].indexOf(name)
    const row = (variant: string): string[] => csv.find(r => r[0] === variant) as string[]
    assert.equal(row('delay=100')[col('trials')], '2')
    assert.ok(Number(row('delay=100')[col('latency_p50_mean')]) - Number(row('delay=0')[col('latency_p50_mean')]) >= 90, csv.join('\n'))
    assert.notEqual(row('delay=0')[col('latency_p50_ci95')], '', 'two trials give an interval')
    for (const png of ['latency-cdf.png', 'by-delay.png']) assert.ok(existsSync(join(out, 'compare', png)), png)
    assert.match(await readFile(join(out, 'comparison.md'), 'utf8'), /\| delay=100 \| 100 \| 2 \| 100 ± 0 \|/)

    // two separate runs: the differing field is the axis; a run from other code is refused, and --force says so
    const other = join(dir, 'other-commit')
    await cp(join(out, 'runs', 'delay=100', 'trial-0'), other, { recursive: true })
    const manifest = JSON.parse(await readFile(join(other, 'manifest.json'), 'utf8'))
    await writeFile(join(other, 'manifest.json'), JSON.stringify({ ...manifest, gitCommit: 'another-commit' }))
    const refused = await runCli(['experiment', 'compare', join(out, 'runs', 'delay=0', 'trial-0'), other, '--out', join(dir, 'cmp')])
    assert.equal(refused.code, 2)
    assert.match(refused.stderr, /differ in more than their axes.*manifest\.gitCommit: .* vs "another-commit"/)
    const forced = await runCli(['experiment', 'compare', join(out, 'runs', 'delay=0', 'trial-0'), other, '--out', join(dir, 'cmp'), '--force'])
    assert.equal(forced.code, 0, forced.stderr)
    const md = await readFile(join(dir, 'cmp', 'comparison.md'), 'utf8')
    assert.match(md, /`protocol\.default\.validationDelayMs` \(where the runs' specs differ\)/)
    assert.match(md, /Compared with --force although the runs differ beyond their axes/)

    // a run bundled for publication verifies; a changed trace is caught by its sum, and with the sums
    // rewritten to match, by the figures its traces now give
    const one = join(out, 'runs', 'delay=0', 'trial-0')
    const bundle = join(dir, 'one.tar.gz')
    const packed = await runCli(['experiment', 'bundle', one, '--out', bundle])
    assert.equal(packed.code, 0, packed.stderr)
    const listing = execFileSync('tar', ['-tzf', bundle], { encoding: 'utf8' })
    assert.match(listing, /^trial-0\/SHA256SUMS$/m)
    assert.match(listing, /^trial-0\/traces\/host-0\.ndjson$/m)
    assert.doesNotMatch(listing, /keys\//, 'no private key in a bundle')
    const verified = await runCli(['experiment', 'verify', bundle], { timeoutMs: 120_000 })
    assert.equal(verified.code, 0, verified.stderr)
    assert.match(verified.stdout, /verified: \d+ files match SHA256SUMS; 1 run analysed again from the traces give the stated figures/)

    const unpacked = join(dir, 'unpacked')
    await mkdir(unpacked)
    execFileSync('tar', ['-xzf', bundle, '-C', unpacked])
    const trace = join(unpacked, 'trial-0', 'traces', 'host-0.ndjson')
    const lines = (await readFile(trace, 'utf8')).split('\n')
    await writeFile(trace, lines.filter((l, i) => !(l.includes('"event":"message"') && i === lines.findIndex(x => x.includes('"event":"message"')))).join('\n'))
    const tampered = join(dir, 'tampered.tar.gz')
    execFileSync('tar', ['-czf', tampered, '-C', unpacked, 'trial-0'])
    const bad = await runCli(['experiment', 'verify', tampered], { timeoutMs: 120_000 })
    assert.equal(bad.code, 1)
    assert.match(bad.stderr, /trial-0\/traces\/host-0\.ndjson|traces\/host-0\.ndjson: SHA-256 differs from SHA256SUMS/)
    const sums = join(unpacked, 'trial-0', 'SHA256SUMS')
    const newSum = createHash('sha256').update(await readFile(trace)).digest('hex')
    await writeFile(sums, (await readFile(sums, 'utf8')).replace(/^[0-9a-f]{64}( {2}traces\/host-0\.ndjson)$/m, `${newSum}$1`))
    execFileSync('tar', ['-czf', tampered, '-C', unpacked, 'trial-0'])
    const lying = await runCli(['experiment', 'verify', tampered], { timeoutMs: 120_000 })
    assert.equal(lying.code, 1)
    assert.match(lying.stderr, /the traces give other figures than its summary\.json \(.*deliveries/)
  })
})
