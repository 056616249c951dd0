/**
 * The framework's network graph (src/harness/interop-network.ts) and an interop run's logs as our own
 * traces (src/harness/interop-traces.ts). The graph: regions and classes drawn by the framework's
 * weights, delays from its latency table, its GML and a Shadow config the framework's analysis reads.
 * The traces: hand-written logs whose latencies, hop paths, per-hop overhead and duplicates are
 * worked out by hand in the comments and checked through the analysis every run goes through.
 */
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { frameworkNetwork, graphGml, INTEROP_NODE_CLASSES, shadowYaml, uniformNetwork } from '../src/harness/interop-network.ts'
import { writeInteropTraces } from '../src/harness/interop-traces.ts'
import { REGION_PRESETS } from '../src/harness/regions.ts'
import { analyzeRun } from '../src/harness/analysis/index.ts'
import { interopPeerId } from '../src/interop/identity.ts'

const root = mkdtempSync(join(tmpdir(), 'p2p-chat-interop-network-'))
cleanupTempDir(root)
after(() => { rmSync(root, { recursive: true, force: true }) })

const preset = REGION_PRESETS['gossipsub-interop']

describe('gossipsub-interop network graph', () => {
  it('draws regions and classes by the framework\'s weights; delays and caps follow them', () => {
    const n = 1200
    const net = frameworkNetwork(n, 11)
    assert.deepEqual(frameworkNetwork(n, 11), net, 'the same seed, the same graph')
    assert.notDeepEqual(frameworkNetwork(n, 12).regions, net.regions)
    const total = preset.weights.reduce((a, b) => a + b, 0)
    preset.regions.forEach((r, i) => {
      const share = net.regions.filter(x => x === r).length / n
      // binomial sd at n = 1200 is <= 1.5 %; 3 sd
      assert.ok(Math.abs(share - preset.weights[i] / total) < 0.045, `${r}: ${share} vs ${preset.weights[i] / total}`)
    })
    const supernodes = net.classes.filter(c => c === 'supernode').length / n
    assert.ok(Math.abs(supernodes - 0.2) < 0.035, `supernodes ${supernodes}`)
    for (const i of [0, 1, 2, 3, 17, 999]) {
      const ri = preset.regions.indexOf(net.regions[i] as string)
      const ci = INTEROP_NODE_CLASSES.findIndex(c => c.name === net.classes[i])
      assert.equal(net.mbit[i], INTEROP_NODE_CLASSES[ci].uploadMbit)
      assert.equal(net.networkNodeIds[i], ci * preset.regions.length + ri)
      for (const j of [0, 5, 400]) assert.equal(net.delayMs[i][j], preset.delayMs[ri][preset.regions.indexOf(net.regions[j] as string)])
    }
    assert.equal(net.delayMs[1][1], preset.delayMs[preset.regions.indexOf(net.regions[1] as string)][preset.regions.indexOf(net.regions[1] as string)], 'a region\'s own latency on the diagonal')
  })

  it('writes the graph as the framework\'s GML (16 network nodes, every pair) and a Shadow config its analysis reads', () => {
    const gml = graphGml()
    // the framework's analysis reads labels with this pattern (analyze_message_deliveries.py)
    const labels = new Map([...gml.matchAll(/node\s*\[([^\]]*)\]/g)].map(m => [Number(/id\s+(\d+)/.exec(m[1])?.[1]), /label\s+"([^"]*)"/.exec(m[1])?.[1]]))
    assert.equal(labels.size, 16)
    assert.equal(labels.get(0), 'australia-supernode')
    assert.equal(labels.get(9), 'europe-fullnode')
    assert.equal([...gml.matchAll(/edge \[/g)].length, 16 * 16)
    assert.match(gml, /source 1\n {4}target 12\n {4}latency "70 ms"/, 'europe-supernode to na_east-fullnode: 70 ms')
    const net = frameworkNetwork(5, 2)
    const shadow = parseYaml(shadowYaml(net, '/bin/p2p-chat-interop', 400))
    assert.deepEqual(Object.keys(shadow.hosts), ['node0', 'node1', 'node2', 'node3', 'node4'])
    assert.deepEqual(Object.values(shadow.hosts).map((h: any) => h.network_node_id), net.networkNodeIds)
    assert.equal(shadow.hosts.node3.processes[0].args, '--params params.json')
    assert.equal(shadow.network.graph.file.path, 'graph.gml')
  })
})

describe('gossipsub-interop logs as our traces', () => {
  it('gives latency from publish, hop paths, per-hop overhead and duplicates, as worked out by hand', async () => {
    const dir = join(root, 'run')
    const ids = await Promise.all([0, 1, 2].map(async i => (await interopPeerId(i)).toString()))
    const at = (ms: number): string => new Date(Date.UTC(2000, 0, 1, 0, 2, 0) + Math.floor(ms)).toISOString().replace('Z', `${String(Math.round((ms % 1) * 1000)).padStart(3, '0')}Z`)
    const line = (ms: number, msg: string, fields: object): string => JSON.stringify({ time: at(ms), level: 'INFO', msg, ...fields })
    const logs = [
      // node0 publishes "7" at 0 ms; node1 echoes it back at 30 ms (a duplicate at the publisher)
      [line(0, 'PeerID', { id: ids[0], node_id: 0 }), line(0, 'Published Message', { id: '7', topic: 't' }), line(30, 'Received Message', { id: '7', topic: 't' })],
      // node1: first copy at 10.5 ms from node0, a second at 12 ms
      [line(0, 'PeerID', { id: ids[1], node_id: 1 }), line(10.5, 'Received Message', { id: '7', topic: 't' }), line(12, 'Received Message', { id: '7', topic: 't' }),
        line(15.5, 'Delivered Message', { id: '7', topic: 't', from: ids[0] })],
      // node2: first copy at 25 ms from node1; "8" was never published in these logs
      [line(0, 'PeerID', { id: ids[2], node_id: 2 }), line(25, 'Received Message', { id: '7', topic: 't' }), line(31, 'Delivered Message', { id: '7', topic: 't', from: ids[1] }),
        line(40, 'Received Message', { id: '8', topic: 't' })]
    ]
    logs.forEach((lines, i) => {
      mkdirSync(join(dir, 'hosts', `node${i}`), { recursive: true })
      writeFileSync(join(dir, 'hosts', `node${i}`, 'interop-node.stdout'), lines.join('\n') + '\n')
    })
    const result = await writeInteropTraces(dir, uniformNetwork(3, 4, undefined), ['10.0.0.1', '10.0.0.2', '10.0.0.3'])
    assert.equal(result.messages, 1)
    assert.equal(result.withoutPublisher, 1, 'message 8 has no publish line')
    assert.deepEqual(result.topology.nodes.map(n => n.peerId), ids)
    const s = await analyzeRun(dir)
    // node1: 10.5 ms over 1 hop of 4 ms -> overhead 6.5; node2: 25 ms over 2 hops (8 ms) -> (25 - 8) / 2 = 8.5
    assert.equal(s.deliveries.total, 2)
    assert.equal(s.deliveryRatio.overall, 1)
    assert.deepEqual(s.hops, { 1: 1, 2: 1 })
    assert.equal(s.latencyMs.max, 25)
    assert.equal(s.perHopOverheadMs.max, 8.5)
    assert.equal(s.pathDelayMs.max, 8)
    // node1's second copy and node0's echo
    assert.deepEqual([s.duplicates.source, s.duplicates.total], ['traces', 2])
  })
})
