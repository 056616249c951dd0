import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { T0, peer, writeBulkRun, writeSmallRun } from './fixtures/run-small/generate.ts'
import { analyzeRun, summaryOf, SUMMARY_FORMAT, RunDirError } from '../src/harness/analysis/index.ts'
import { faultWindows, downIntervals, isDownAt } from '../src/harness/analysis/faults.ts'
import { shortestDelaysFrom } from '../src/harness/analysis/paths.ts'
import { parseCsvLine } from '../src/harness/analysis/read-run.ts'
import type { RunSummary, Topology } from '../src/harness/analysis/index.ts'

const root = mkdtempSync(join(tmpdir(), 'p2p-chat-analysis-'))
cleanupTempDir(root)
after(() => { rmSync(root, { recursive: true, force: true }) })
let dirs = 0
const freshDir = (): string => join(root, `run-${dirs++}`)

function readCsvRows (path: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n')
  const cols = parseCsvLine(header)
  return lines.map(l => Object.fromEntries(parseCsvLine(l).map((v, i) => [cols[i], v])))
}

describe('analyzeRun on a hand-made 6-node run', () => {
  const dir = freshDir()
  let summary: RunSummary
  let deliveries: Array<Record<string, string>>
  let messages: Array<Record<string, string>>
  const delivery = (id: string, receiver: number): Record<string, string> => {
    const row = deliveries.find(r => r.message_id === id && r.receiver === peer(receiver))
    assert.ok(row, `no delivery of ${id} to node ${receiver}`)
    return row
  }
  const message = (id: string): Record<string, string> => messages.find(r => r.message_id === id)!

  before(async () => {
    writeSmallRun(dir, { saturated: true })
    summary = await analyzeRun(dir)
    deliveries = readCsvRows(join(dir, 'deliveries.csv'))
    messages = readCsvRows(join(dir, 'messages.csv'))
  })

  it('writes one delivery per receiver with the contract columns', () => {
    assert.equal(readFileSync(join(dir, 'deliveries.csv'), 'utf8').split('\n')[0],
      'message_id,publisher,receiver,published_at_ms,received_at_ms,latency_ms,hops,propagation_source,path_delay_ms,shortest_path_ms,per_hop_overhead_ms,fault_free')
    assert.equal(deliveries.length, 18)
    assert.deepEqual(delivery('m1', 1), {
      message_id: 'm1', publisher: peer(0), receiver: peer(1), published_at_ms: String(T0), received_at_ms: String(T0 + 12), latency_ms: '12',
      hops: '1', propagation_source: peer(0), path_delay_ms: '10', shortest_path_ms: '10', per_hop_overhead_ms: '2', fault_free: '1'
    })
  })

  it('rebuilds hop paths, path delay, the shortest path and per-hop overhead', () => {
    // 0 -> 2 over the direct 30 ms link, though 0-1-2 takes 20 ms
    assert.deepEqual([delivery('m1', 2).hops, delivery('m1', 2).path_delay_ms, delivery('m1', 2).shortest_path_ms, delivery('m1', 2).per_hop_overhead_ms], ['1', '30', '20', '5'])
    // 0 -> 2 -> 3 -> 4: path 30+10+10, shortest 0-1-2-3-4 = 40, (60 - 50) / 3
    assert.deepEqual([delivery('m1', 4).hops, delivery('m1', 4).path_delay_ms, delivery('m1', 4).shortest_path_ms, delivery('m1', 4).per_hop_overhead_ms], ['3', '50', '40', '3.333'])
    // 3 -> 2 -> 1 -> 0: three hops, overhead 1 ms each
    assert.deepEqual([delivery('m2', 0).hops, delivery('m2', 0).path_delay_ms, delivery('m2', 0).per_hop_overhead_ms], ['3', '30', '1'])
  })

  it('leaves the hop path empty, never crashes, when a forwarder left no trace or sources loop', () => {
    assert.deepEqual([delivery('m2', 5).hops, delivery('m2', 5).path_delay_ms, delivery('m2', 5).per_hop_overhead_ms, delivery('m2', 5).shortest_path_ms], ['', '', '', '20'])
    assert.equal(delivery('m3', 2).hops, '')
    assert.equal(delivery('m3', 3).hops, '')
    assert.equal(delivery('m3', 0).hops, '1')
  })

  it('expects killed nodes nowhere while down, and partitioned nodes everywhere', () => {
    assert.deepEqual([message('m1').receivers_expected, message('m1').receivers_reached, message('m1').delivery_ratio], ['5', '5', '1'])
    assert.deepEqual([message('m4').receivers_expected, message('m4').receivers_reached, message('m4').delivery_ratio], ['4', '4', '1'])
    assert.deepEqual([message('m5').receivers_expected, message('m5').receivers_reached, message('m5').delivery_ratio], ['5', '2', '0.4'])
  })

  it('computes time to 50/90/99/100 % of expected receivers, empty when never reached', () => {
    assert.deepEqual(['t50_ms', 't90_ms', 't99_ms', 't100_ms'].map(k => message('m1')[k]), ['47', '72', '72', '72'])
    assert.deepEqual(['t50_ms', 't90_ms', 't99_ms', 't100_ms'].map(k => message('m2')[k]), ['25', '', '', ''])
    assert.deepEqual(['t50_ms', 't90_ms', 't100_ms'].map(k => message('m4')[k]), ['22', '44', '44'])
    assert.deepEqual(['t50_ms', 't100_ms'].map(k => message('m5')[k]), ['', ''])
  })

  it('counts duplicates per message from duplicate trace events', () => {
    assert.deepEqual(messages.map(m => m.duplicates), ['3', '0', '0', '0', '0'])
    assert.deepEqual(summary.duplicates, { source: 'traces', total: 3, perMessage: 0.6, perDelivery: 0.166667 })
    // copies of an id nobody published or delivered are no undelivered message: they are counted apart
    assert.equal(messages.length, 5)
    assert.equal(summary.traces.duplicatesOfUnknownMessages, 4)
  })

  it('summarises delivery overall and in fault-free windows', () => {
    assert.deepEqual(summary.deliveryRatio, { overall: 0.75, faultFree: 0.8, faultFreeMessages: 3, faultMarginMs: 5000, expected: 24, reached: 18 })
    assert.deepEqual(messages.map(m => m.fault_free), ['1', '1', '1', '0', '0'])
  })

  it('splits the headline figures into fault-free messages and fault windows, and fault-free deliveries by group pair', () => {
    const { faultFree, faultWindows, all } = summary.byFaultClass
    assert.deepEqual([faultFree.messages, faultWindows.messages, all.messages], [3, 2, 5])
    assert.equal(faultFree.deliveryRatio, summary.deliveryRatio.faultFree)
    assert.equal(all.deliveryRatio, summary.deliveryRatio.overall)
    assert.equal(faultFree.latencyMs.count + faultWindows.latencyMs.count, summary.latencyMs.count)
    assert.deepEqual(all.latencyMs, summary.latencyMs)
    // every delivery carries its message's class
    for (const d of deliveries) assert.equal(d.fault_free, message(d.message_id).fault_free)
    const clear = deliveries.filter(d => d.fault_free === '1')
    assert.equal(faultFree.latencyMs.count, clear.length)
    assert.equal(faultFree.perHopOverheadMs.count, clear.filter(d => d.per_hop_overhead_ms !== '').length)
    // every latency here is far below a second: within 1 s and 5 s are the eventual ratio
    assert.equal(faultFree.within1s, faultFree.deliveryRatio)
    assert.equal(faultWindows.within5s, faultWindows.deliveryRatio)
    for (const m of messages) assert.equal(m.reached_within_1s, m.receivers_reached)
    assert.deepEqual(summary.groupPairs.map(g => [g.pair, g.inside]), [['a', true], ['b', true], ['a ↔ b', false]].filter(([pair]) => summary.groupPairs.some(g => g.pair === pair)))
    assert.equal(summary.groupPairs.reduce((n, g) => n + g.deliveries, 0), clear.length)
  })

  it('summarises latency, the physical limit, overhead and hops', () => {
    assert.deepEqual(summary.latencyMs, { count: 18, p50: 27.5, p90: 50.9, p99: 69.96, max: 72 })
    assert.equal(summary.perHopOverheadMs.count, 15)
    assert.equal(summary.perHopOverheadMs.p50, 2)
    assert.equal(summary.latencyOverShortestPath.max, 3) // m3 at node 2: 30 ms over a 10 ms shortest path
    assert.deepEqual(summary.hops, { 1: 6, 2: 4, 3: 3, 4: 2, unknown: 3 })
    assert.equal(summary.dissemination.t50MsP50, 28)
    assert.equal(summary.throughput.publishedPerS, 0.1)
  })

  it('counts malformed trace lines per file, skips host:ready lines and ignores non-trace files', () => {
    assert.equal(summary.traces.malformedLines, 3)
    assert.deepEqual(summary.traces.malformedByFile, { 'nodes-0-2.ndjson': 2, 'node-3.ndjson': 1 })
    assert.equal(summary.traces.files, 4)
  })

  it('flags saturation by its documented rule', () => {
    assert.equal(summary.machine.saturated, true)
    assert.equal(summary.machine.saturatedShare, 0.2)
    assert.equal(summary.machine.cpuBusyPctMax, 95)
    assert.match(summary.machine.saturationRule, /cpu_busy_pct >= 90 in more than 10 % of the machine.csv samples of the workload window/)
    assert.deepEqual(summary.machine.verdictWindow, { startMs: T0, endMs: T0 + 50_000 })
  })

  it('judges saturation on the workload window, keeping the whole run\'s share beside it', async () => {
    const startup = freshDir()
    writeSmallRun(startup, { startupSaturated: true })
    const m = (await analyzeRun(startup)).machine
    assert.deepEqual([m.saturated, m.saturatedShare, m.saturatedShareWholeRun, m.saturatedWholeRun, m.samples, m.verdictSamples], [false, 0, 0.3333, true, 15, 10])
    assert.equal(m.cpuBusyPctMax, 100)
  })

  it('writes summary.json with what it returned', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')), summary)
  })
})

describe('summaryOf', () => {
  it('trusts a summary.json of this format and re-analyses an older one', async () => {
    const dir = freshDir()
    writeSmallRun(dir)
    await analyzeRun(dir)
    const path = join(dir, 'summary.json')
    const stored = JSON.parse(readFileSync(path, 'utf8'))
    writeFileSync(path, JSON.stringify({ ...stored, nodes: 999 }))
    assert.equal((await summaryOf(dir)).nodes, 999, 'same format: read as stored')
    writeFileSync(path, JSON.stringify({ ...stored, format: undefined, nodes: 999 }))
    assert.equal((await summaryOf(dir)).nodes, 6, 'no format: analysed again')
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).format, SUMMARY_FORMAT, 'and rewritten')
  })
})

describe('analyzeRun on a simulated gossip run', () => {
  it('recovers the true hop count of every delivery, and duplicates from metrics', async () => {
    const dir = freshDir()
    const truth = writeBulkRun(dir, { nodes: 30, messages: 300, seed: 3 })
    const summary = await analyzeRun(dir)
    const rows = readCsvRows(join(dir, 'deliveries.csv'))
    assert.equal(rows.length, truth.deliveries)
    for (const r of rows) assert.equal(Number(r.hops), truth.hops.get(`${r.message_id} ${r.receiver}`), `${r.message_id} at ${r.receiver}`)
    assert.equal(summary.hops.unknown, undefined)
    assert.equal(summary.deliveryRatio.faultFree, 1)
    assert.ok(summary.deliveryRatio.overall! < 1, 'the partition must show as loss')
    assert.equal(summary.duplicates.source, 'metrics')
    assert.ok(summary.duplicates.total! > 0 && summary.duplicates.total! <= truth.duplicates)
    assert.equal(summary.machine.saturated, false)
    for (const r of rows) assert.ok(Number(r.latency_ms) >= Number(r.shortest_path_ms), 'no delivery beats the physical limit')
  })
})

describe('run directory errors and edge cases', () => {
  it('names the missing or malformed file and field', async () => {
    const dir = freshDir()
    writeSmallRun(dir)
    unlinkSync(join(dir, 'topology.json'))
    await assert.rejects(analyzeRun(dir), (e: Error) => e instanceof RunDirError && /topology\.json: missing/.test(e.message))
    writeFileSync(join(dir, 'topology.json'), JSON.stringify({ nodes: [{ index: 0, peerId: 'a' }], links: { delayMs: [[0, 1]] }, faults: [] }))
    await assert.rejects(analyzeRun(dir), /links\.delayMs: must be a 1x1 matrix/)
    writeFileSync(join(dir, 'topology.json'), '{ nope')
    await assert.rejects(analyzeRun(dir), /topology\.json: not valid JSON/)
    const empty = freshDir()
    writeSmallRun(empty)
    rmSync(join(empty, 'traces'), { recursive: true })
    await assert.rejects(analyzeRun(empty), /traces: missing/)
  })

  it('tolerates a truncated last line, unknown peers and missing metrics/machine files', async () => {
    const dir = freshDir()
    writeSmallRun(dir)
    appendFileSync(join(dir, 'traces', 'node-5.ndjson'), JSON.stringify({ event: 'message', node: 'stranger', ts: T0 + 40, id: 'm1', from: peer(0), propagationSource: peer(0), receivedAtMs: T0 + 40 }) + '\n{"event":"mess')
    rmSync(join(dir, 'metrics.csv'))
    rmSync(join(dir, 'machine.csv'))
    const s = await analyzeRun(dir)
    assert.equal(s.traces.malformedLines, 4)
    assert.equal(s.traces.unknownPeers, 1)
    assert.equal(s.deliveries.total, 19)
    assert.equal(s.deliveryRatio.reached, 18, 'a peer outside the topology is not an expected receiver')
    assert.equal(s.machine.samples, 0)
    assert.equal(s.machine.saturated, false)
    const stranger = readCsvRows(join(dir, 'deliveries.csv')).find(r => r.receiver === 'stranger')!
    assert.deepEqual([stranger.hops, stranger.path_delay_ms, stranger.shortest_path_ms], ['1', '', ''])
  })
})

describe('fault windows and shortest paths', () => {
  const topo = (faults: Topology['faults']): Topology => ({ nodes: [], links: { delayMs: [] }, faults })

  it('ends a kill at its node\'s restart, else at untilMs, else at the end of the run', () => {
    const t = topo([
      { kind: 'kill', atMs: 100, nodes: [1, 2] },
      { kind: 'restart', atMs: 150, nodes: [2] },
      { kind: 'restart', atMs: 300, nodes: [1] },
      { kind: 'freeze', atMs: 400, untilMs: 450, nodes: [3] },
      { kind: 'kill', atMs: 500, nodes: [4] }
    ])
    const down = downIntervals(t, 1000)
    assert.deepEqual(down.get(1), [[100, 300]])
    assert.deepEqual(down.get(2), [[100, 150]])
    assert.deepEqual(down.get(3), [[400, 450]])
    assert.deepEqual(down.get(4), [[500, 1000]])
    assert.equal(isDownAt(down, 2, 149), true)
    assert.equal(isDownAt(down, 2, 150), false)
    assert.deepEqual(faultWindows(t, 1000).map(w => [w.kind, w.startMs, w.endMs]), [['kill', 100, 300], ['freeze', 400, 450], ['kill', 500, 1000]])
  })

  it('ends a partition at the next heal', () => {
    const t = topo([{ kind: 'partition', atMs: 10, groups: [['a'], ['b']] }, { kind: 'heal', atMs: 70 }, { kind: 'heal', atMs: 90 }])
    assert.deepEqual(faultWindows(t, 1000).map(w => [w.startMs, w.endMs, w.label]), [[10, 70, 'partition a | b']])
  })

  it('finds shortest one-way delays over links that exist (null = no link)', () => {
    const m = [[0, 10, 50, null], [10, 0, 10, null], [50, 10, 0, 5], [null, null, 5, 0]]
    assert.deepEqual([...shortestDelaysFrom(m, 0)], [0, 10, 20, 25])
    assert.deepEqual([...shortestDelaysFrom([[0, null], [null, 0]], 0)], [0, Infinity])
  })
})
