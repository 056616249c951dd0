/**
 * The gossipsub-interop analysis on hand-written logs: every figure below is worked out by hand
 * from the fixture times (arithmetic in the comments), not by running the code under test.
 */
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { analyseInteropRun, formatAnalysisTxt, parseRfc3339Ms, pythonFloat, readInteropRun } from '../src/harness/interop-analysis.ts'

const root = mkdtempSync(join(tmpdir(), 'p2p-chat-interop-analysis-'))
cleanupTempDir(root)
after(() => { rmSync(root, { recursive: true, force: true }) })

const peerId = (n: number): string => `12D3KooWnode${n}`
const peerLine = (nodeId: number | string): string =>
  JSON.stringify({ time: '2000-01-01T00:00:00.000100Z', level: 'INFO', msg: 'PeerID', id: peerId(Number(nodeId)), node_id: nodeId })
const recv = (id: string, time: string): string => JSON.stringify({ time, level: 'INFO', msg: 'Received Message', id, topic: 'a-subnet' })

/**
 * 4 nodes. Message "1" published by node0 at t = 120 s, message "2" by node2 at t = 132 s
 * (publishers log nothing, but node0 hears its "1" echoed back).
 */
const STDOUT: Record<string, string> = {
  node0: [
    peerLine(0),
    recv('1', '2000-01-01T00:02:00.300000Z'), // echo of its own message: a delivery
    recv('2', '2000-01-01T00:02:12.004500Z'),
    recv('2', '2000-01-01T00:02:12.006000Z') // duplicate
  ].join('\n') + '\n',
  node1: [
    'not json {', // skipped
    peerLine('1'), // rust style: node_id as a string
    recv('1', '2000-01-01T00:02:00.010250Z'),
    recv('1', '2000-01-01T00:02:00.020000Z'), // duplicate
    recv('1', '2000-01-01T00:02:00.030000Z'), // duplicate
    recv('2', '2000-01-01T00:02:12.001000Z')
  ].join('\n') + '\n',
  node2: [
    peerLine(2),
    recv('1', '2000-01-01T01:02:00.015500+01:00'), // = 00:02:00.015500Z
    JSON.stringify({ time: '2000-01-01T00:02:00.016000Z', id: '1' }), // no msg: skipped
    recv('1', 'yesterday') // bad time: skipped
  ].join('\n') + '\n',
  node3: [
    peerLine(3),
    JSON.stringify({ msg: 'Sent Message', time: '2000-01-01T00:02:00.100000Z', id: '1' }), // not a delivery, not skipped
    recv('9', '2000-01-01T00:02:00.110000Z').replace('}', `,"pad":"${'x'.repeat(70 * 1024)}"}`), // > 64 KiB: skipped
    recv('1', '2000-01-01T00:02:00.123456789Z'), // ns: Python keeps .123456
    recv('1', '2000-01-01T00:02:00.200000Z') // duplicate; no newline at the end of the file
    // node3 never receives "2"
  ].join('\n')
}
const SKIPPED = 4 // 'not json {', the line without msg, the bad time, the 70 KiB line

// message "1": deliveries 00:02:00 + .010250 (node1), .015500 (node2), .123456 (node3), .300000 (node0)
const M1 = {
  id: '1',
  deliveries: 4,
  duplicates: 3, // node1 2 + node3 1
  timeToDisseminateS: 0.28975, // .300000 - .010250
  p50S: 0.113206, // deliveries[4 // 2 = 2] - first = .123456 - .010250
  avgDuplicates: 0.75, // 3 / 4 nodes
  reached: 1 // min(1, 4 / (4 - 1))
}
// message "2": deliveries 00:02:12 + .001000 (node1), .004500 (node0)
const M2 = {
  id: '2',
  deliveries: 2,
  duplicates: 1, // node0
  timeToDisseminateS: 0.0035, // .004500 - .001000
  p50S: 0.0035, // deliveries[2 // 2 = 1] - first
  avgDuplicates: 0.25, // 1 / 4
  reached: 0.6666666666666666 // 2 / 3
}
const SUMMARY = {
  reliability: 0.8333333333333333, // (1 + 2/3) / 2
  reachedAll: 1,
  medianTimeToDisseminateS: 0.146625, // (0.28975 + 0.0035) / 2
  medianP50S: 0.058353, // (0.113206 + 0.0035) / 2
  meanAvgDuplicates: 0.5 // (0.75 + 0.25) / 2
}

function shadowRun (): string {
  const dir = join(root, 'shadow')
  for (const [host, text] of Object.entries(STDOUT)) {
    mkdirSync(join(dir, 'hosts', host), { recursive: true })
    writeFileSync(join(dir, 'hosts', host, 'x.stdout'), text)
    // stderr and other files of a host are not read
    writeFileSync(join(dir, 'hosts', host, 'x.stderr'), recv('1', '2000-01-01T00:01:00Z') + '\n')
  }
  writeFileSync(join(dir, 'shadow.yaml'), 'general: {}\n')
  return dir
}

describe('interop analysis', () => {
  it('reads hosts/<host>/*.stdout: deliveries, duplicates, node ids, skipped lines', async () => {
    const logs = await readInteropRun(shadowRun())
    assert.equal(logs.files.length, 4)
    assert.deepEqual([...logs.peerIds.keys()].sort(), [0, 1, 2, 3])
    assert.equal(logs.peerIds.get(1), peerId(1))
    assert.equal(logs.skippedLines, SKIPPED)
    assert.deepEqual([...logs.deliveries.keys()], ['1', '2'])
    assert.deepEqual([...logs.duplicates], [['2', 1], ['1', 3]])
    // a node's deliveries are attributed to the node id of its PeerID line
    assert.deepEqual(logs.deliveries.get('2')?.map(d => d.nodeId), [0, 1])
  })

  it('computes the framework figures and summary', async () => {
    const analysis = analyseInteropRun(await readInteropRun(shadowRun()))
    assert.equal(analysis.totalNodes, 4)
    assert.deepEqual(analysis.messages, [M1, M2])
    assert.deepEqual(analysis.summary, SUMMARY)
  })

  it('writes analysis.txt as the framework does', async () => {
    const analysis = analyseInteropRun(await readInteropRun(shadowRun()))
    assert.equal(formatAnalysisTxt(analysis), [
      'Message ID, Time to Disseminate, p50 to Disseminate, Avg Duplicate Count, Reached percent',
      '1, 0.28975s, 0.113206s, 0.75, 1.0',
      '2, 0.0035s, 0.0035s, 0.25, 0.6666666666666666',
      ''
    ].join('\n'))
  })

  it('reads every file of a folder without hosts/', async () => {
    const dir = join(root, 'flat')
    mkdirSync(join(dir, 'plots'), { recursive: true }) // directories are passed over
    for (const [host, text] of Object.entries(STDOUT)) writeFileSync(join(dir, `${host}.log`), text)
    const logs = await readInteropRun(dir)
    assert.equal(logs.files.length, 4)
    assert.equal(logs.skippedLines, SKIPPED)
    const analysis = analyseInteropRun(logs)
    assert.deepEqual(analysis.messages, [M1, M2])
    assert.deepEqual(analysis.summary, SUMMARY)
  })

  it('skips the first messages in order of first delivery', async () => {
    const logs = await readInteropRun(shadowRun())
    const one = analyseInteropRun(logs, { skip: 1 })
    assert.deepEqual(one.messages, [M2])
    assert.deepEqual(one.summary, {
      reliability: 0.6666666666666666,
      reachedAll: 0,
      medianTimeToDisseminateS: 0.0035,
      medianP50S: 0.0035,
      meanAvgDuplicates: 0.25
    })
    const none = analyseInteropRun(logs, { skip: 5 })
    assert.deepEqual(none.messages, [])
    assert.deepEqual(none.summary, { reliability: null, reachedAll: 0, medianTimeToDisseminateS: null, medianP50S: null, meanAvgDuplicates: null })
    assert.equal(formatAnalysisTxt(none), 'Message ID, Time to Disseminate, p50 to Disseminate, Avg Duplicate Count, Reached percent\n')
  })

  it('refuses more deliveries than nodes, and fewer than 2 nodes, as the framework does', async () => {
    const dir = join(root, 'overshoot')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a'), peerLine(0) + '\n' + recv('1', '2000-01-01T00:02:00Z') + '\n')
    writeFileSync(join(dir, 'b'), peerLine(1) + '\n' + recv('1', '2000-01-01T00:02:01Z') + '\n')
    writeFileSync(join(dir, 'c'), recv('1', '2000-01-01T00:02:02Z') + '\n') // no PeerID: node -1
    const logs = await readInteropRun(dir)
    assert.deepEqual(logs.deliveries.get('1')?.map(d => d.nodeId), [0, 1, -1])
    assert.throws(() => analyseInteropRun(logs), { name: 'HarnessError', message: /message 1 delivered to 3 nodes, only 2 logged PeerID/ })
    // with one node there is no reach to compute (Python divides by zero)
    logs.peerIds.delete(1)
    assert.throws(() => analyseInteropRun(logs), /1 node\(s\) logged PeerID/)
  })

  it('parses RFC 3339 to epoch ms keeping microseconds', () => {
    const base = Date.UTC(2000, 0, 1, 0, 2, 0)
    assert.equal(parseRfc3339Ms('2000-01-01T00:02:00Z'), base)
    assert.equal(Math.round((parseRfc3339Ms('2000-01-01T00:02:00.123456789Z')! - base) * 1000), 123456)
    assert.equal(Math.round((parseRfc3339Ms('1999-12-31T16:02:00.5-08:00')! - base) * 1000), 500000)
    assert.equal(parseRfc3339Ms('2000-02-30T00:00:00Z'), undefined)
    assert.equal(parseRfc3339Ms('2000-01-01'), undefined)
  })

  it('prints floats as Python repr does', () => {
    const cases: Array<[number, string]> = [
      [1, '1.0'], [0, '0.0'], [0.28975, '0.28975'], [2 / 3, '0.6666666666666666'], [0.1 + 0.2, '0.30000000000000004'],
      [0.0001, '0.0001'], [0.00001, '1e-05'], [1.5e-7, '1.5e-07'], [1e15, '1000000000000000.0'], [1e16, '1e+16'],
      [123456789012345680, '1.2345678901234568e+17'], [1e22, '1e+22']
    ]
    for (const [v, text] of cases) assert.equal(pythonFloat(v), text)
  })
})
