import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { rng, writeBulkRun, writeSmallRun } from './fixtures/run-small/generate.ts'
import { processRun } from '../src/harness/analysis/index.ts'
import { PLOT_FILES, plotRun } from '../src/harness/plots/index.ts'
import { latencyCdfSpec } from '../src/harness/plots/charts.ts'
import { cdfPoints } from '../src/harness/plots/data.ts'
import { renderPng } from '../src/harness/plots/render.ts'
import { writeReport } from '../src/harness/report.ts'
import { DEFAULT_PLOT_OPTIONS } from '../src/harness/analysis/options.ts'

const root = mkdtempSync(join(tmpdir(), 'p2p-chat-plots-'))
cleanupTempDir(root)
after(() => { rmSync(root, { recursive: true, force: true }) })

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngInfo (path: string): { width: number, height: number, bytes: number } {
  const b = readFileSync(path)
  assert.ok(b.subarray(0, 8).equals(PNG_SIGNATURE), `${path}: not a PNG`)
  assert.equal(b.subarray(12, 16).toString('ascii'), 'IHDR')
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length }
}

describe('plots and report of a simulated run', () => {
  const dir = join(root, 'bulk')
  let written: string[]

  before(async () => {
    writeBulkRun(dir, { nodes: 30, messages: 300, seed: 5 })
    written = (await processRun(dir)).plots
  })

  it('writes every plot as a real PNG of chart size', () => {
    assert.deepEqual(written.map(p => p.slice(dir.length + 7)), [...PLOT_FILES])
    for (const file of PLOT_FILES) {
      const info = pngInfo(join(dir, 'plots', file))
      assert.ok(info.width >= DEFAULT_PLOT_OPTIONS.width * DEFAULT_PLOT_OPTIONS.scale, `${file}: width ${info.width}`)
      assert.ok(info.height >= DEFAULT_PLOT_OPTIONS.height * DEFAULT_PLOT_OPTIONS.scale, `${file}: height ${info.height}`)
      assert.ok(info.bytes > 20_000, `${file}: only ${info.bytes} bytes, nothing drawn?`)
    }
  })

  it('reports setup, figures, the physical limit and embeds every plot', () => {
    const report = readFileSync(join(dir, 'report.md'), 'utf8')
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))
    assert.match(report, /\| nodes \| 30 in 3 groups \(2 bootstrap\) \|/)
    assert.match(report, /\| emulation path \| NFQUEUE delayer/)
    assert.match(report, /partition groups \[r0\] \/ \[r1, r2\] at t=72 s until t=82 s/)
    assert.ok(report.includes(`| latency / shortest path | ${summary.latencyOverShortestPath.p50.toFixed(2)}×`), 'ratio p50 quoted')
    assert.ok(report.includes(`(${summary.deliveryRatio.reached} of ${summary.deliveryRatio.expected} expected)`))
    for (const file of PLOT_FILES) assert.ok(report.includes(`](plots/${file})`), `${file} embedded`)
    assert.doesNotMatch(report, /SATURATED/)
  })
})

describe('report of a saturated run', () => {
  it('opens with a loud warning', async () => {
    const dir = join(root, 'small')
    writeSmallRun(dir, { saturated: true })
    await writeReport(dir) // analyses first: summary.json does not exist yet
    const report = readFileSync(join(dir, 'report.md'), 'utf8')
    const warning = report.indexOf('THE MACHINE WAS SATURATED')
    assert.ok(warning > 0 && warning < report.indexOf('## Setup'), 'the warning comes before everything else')
    assert.match(report, /measure this box, not the protocol/)
    assert.match(report, /3 malformed and skipped/)
  })
})

describe('report of a run whose start-up saturated the box', () => {
  it('judges the workload window: no warning, a note that names both shares', async () => {
    const dir = join(root, 'startup')
    writeSmallRun(dir, { startupSaturated: true })
    await writeReport(dir)
    const report = readFileSync(join(dir, 'report.md'), 'utf8')
    assert.doesNotMatch(report, /SATURATED/)
    assert.match(report, /in 33\.3 % of all samples, but in only 0\.0 % of the/)
    assert.match(report, /15 samples in machine\.csv, 10 in the workload window/)
  })
})

describe('rendering large inputs', () => {
  it('reduces a CDF to a bounded number of points', () => {
    const rand = rng(1)
    const values = Array.from({ length: 200_000 }, () => 20 + rand() * 100)
    const points = cdfPoints(values, 400)
    assert.equal(points.length, 401)
    assert.equal(points[0].fraction, 0)
    assert.equal(points.at(-1)!.fraction, 1)
    assert.ok(points.every((p, i) => i === 0 || p.ms >= points[i - 1].ms))
  })

  it('renders a 200 000-delivery latency CDF (guards against unreduced data, which takes minutes)', async () => {
    const rand = rng(2)
    const latency = Array.from({ length: 200_000 }, () => 30 + rand() * 70)
    const shortest = latency.map(l => l / 2)
    const path = join(root, 'big-cdf.png')
    const started = performance.now()
    await renderPng(latencyCdfSpec(latency, shortest, DEFAULT_PLOT_OPTIONS), path, 2)
    assert.ok(performance.now() - started < 30_000)
    assert.ok(statSync(path).size > 20_000)
  })

  it('plots a run dir that was never analysed (analyses it first)', async () => {
    const dir = join(root, 'fresh')
    writeBulkRun(dir, { nodes: 8, messages: 40, seed: 9, durationS: 30 })
    await plotRun(dir)
    assert.ok(existsSync(join(dir, 'summary.json')))
    assert.ok(PLOT_FILES.every(f => existsSync(join(dir, 'plots', f))))
  })
})
