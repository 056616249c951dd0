import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { rng, writeBulkRun, writeSmallRun } from './fixtures/run-small/generate.ts'
import { processRun } from '../src/harness/pipeline.ts'
import { PLOT_FILES, plotRun } from '../src/harness/plots/index.ts'
import { latencyCdfSpec } from '../src/harness/plots/charts.ts'
import { duplicatesSpec } from '../src/harness/plots/node-charts.ts'
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
    assert.match(report, /\| nodes \| 30 in 3 groups \(r0, r1, r2\) \(2 bootstrap\) \|/)
    assert.match(report, /\| emulation path \| NFQUEUE delayer/)
    assert.match(report, /\| 72 s \| partition r0 from r1 \+ r2 \| 82 s \|/)
    assert.ok(report.includes(`${summary.deliveryRatio.reached} of ${summary.deliveryRatio.expected} expected deliveries made`))
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
  it('judges the workload window: no warning; the set-up time, which it measures, says so', async () => {
    const dir = join(root, 'startup')
    writeSmallRun(dir, { startupSaturated: true })
    await writeReport(dir)
    const report = readFileSync(join(dir, 'report.md'), 'utf8')
    assert.doesNotMatch(report, /SATURATED|\[!NOTE\]/)
    assert.match(report, /\| room meshed [^\n]*the start-up saturated the CPU \(33\.3 % of the run's samples at or above the threshold, 0\.0 % of the workload's\)/)
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
    const deliveries = { latency, shortest: latency.map(l => l / 2), faultFree: latency.map((_, i) => i % 3 !== 0), publishedAt: latency.map((_, i) => i), receivedAt: [] }
    const path = join(root, 'big-cdf.png')
    const started = performance.now()
    await renderPng(latencyCdfSpec(deliveries, DEFAULT_PLOT_OPTIONS), path, 2)
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

describe('what the report shows a researcher', () => {
  const dir = join(root, 'researcher')
  let report: string
  let summary: any
  before(async () => {
    writeBulkRun(dir, { nodes: 30, messages: 300, seed: 7 })
    writeFileSync(join(dir, 'spec.yaml'), 'name: east-west-partition\nnodes:\n  count: 30\n')
    await processRun(dir)
    report = readFileSync(join(dir, 'report.md'), 'utf8')
    summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))
  })

  it('is titled with the spec\'s name', () => {
    assert.equal(report.split('\n')[0], '# east-west-partition')
  })

  it('splits every headline figure into fault-free and fault windows; per-hop overhead from fault-free deliveries', () => {
    assert.match(report, /\| figure \| fault-free messages \| messages in or near a fault window \| all \|/)
    for (const row of ['delivered within 1 s', 'delivered within 5 s', 'latency p50 / p90 / p99', 'per-hop overhead p50 / p99']) assert.match(report, new RegExp(`\\| ${row} \\|`))
    const ff = summary.byFaultClass.faultFree.perHopOverheadMs
    assert.match(report, /Measured from fault-free deliveries only/)
    assert.ok(report.includes(`| per-hop overhead | ${Number(ff.p50.toFixed(2)).toLocaleString('en-US')} ms |`), 'the physical-limit table quotes the fault-free overhead')
    assert.match(report, /### By group pair \(fault-free deliveries\)[\s\S]*\| inside r0 \|[\s\S]*\| r0 ↔ r1 \|/)
  })

  it('says the faults as a reader would', () => {
    assert.match(report, /\| at \(s after the workload started\) \| fault \| until \|/)
    assert.match(report, /\| kill node \d+ \|/)
    assert.doesNotMatch(report, /kill nodes \d+ at t=/)
  })

  it('draws recovery (latency by publish time, within 1 s / 5 s) and no chart that restates the configuration', () => {
    assert.ok(PLOT_FILES.includes('latency-over-time.png'))
    assert.ok(!(PLOT_FILES as readonly string[]).includes('throughput.png'))
    assert.ok(existsSync(join(dir, 'plots', 'latency-over-time.png')))
    assert.ok(!existsSync(join(dir, 'plots', 'throughput.png')))
  })

  it('puts latency on a log axis with fault-free and fault deliveries apart, and the physical limit visible', () => {
    const spec: any = latencyCdfSpec({ latency: [10, 20, 5000], shortest: [5, 5, 5], faultFree: [true, true, false], publishedAt: [0, 0, 0], receivedAt: [] }, DEFAULT_PLOT_OPTIONS)
    assert.equal(spec.encoding.x.scale.type, 'log')
    assert.deepEqual(new Set(spec.data.values.map((v: any) => v.series.split(' (')[0])), new Set(['fault-free messages', 'messages in or near a fault window', 'physical limit: shortest path over link delays']))
    assert.ok(spec.encoding.x.scale.domainMax === undefined, 'no cut: the log axis shows the stragglers and the limit')
  })

  it('shows duplicates binned in whole steps with their mean', () => {
    const spec: any = duplicatesSpec('traces', [100, 140, 180, 220, 260, 300, 340], DEFAULT_PLOT_OPTIONS)
    assert.equal(spec.layer[0].encoding.x.bin.step, 10)
    assert.match(spec.title.subtitle, /mean 220\.0/)
    assert.equal(spec.layer[1].data.values[0].mean, 220)
  })
})
