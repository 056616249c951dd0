/**
 * A gossipsub-interop scenario on the netns lab (src/harness/interop-experiment.ts): 8 interop nodes,
 * one namespace and one UTS host name (`nodeN`) each, names from per-namespace hosts files, links
 * from the framework's graph (regions' latencies, node classes' caps). Every node takes its id from
 * its host name, logs PeerID first and receives every message; the logs land in the framework's
 * layout with its graph files, its figures say every message reached every node, and ours (from
 * publish, with hop paths) agree and respect the link delays and the validation delay.
 * Needs root; skips otherwise. Leaves no namespace and no hosts file behind.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { runInteropExperiment } from '../src/harness/interop-experiment.ts'
import { frameworkNetwork } from '../src/harness/interop-network.ts'
import { analyseInteropRun, readInteropRun } from '../src/harness/interop-analysis.ts'
import { listNamespaces } from '../src/lab/netns/index.ts'
import { interopPeerId } from '../src/interop/identity.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { runCli } from './helpers/cli.ts'

const skip = process.getuid?.() === 0 ? false : 'needs root: network namespaces'
const N = 8
const PUBLISHES = [{ node: 3, id: 100, at: 4 }, { node: 6, id: 101, at: 5 }, { node: 0, id: 102, at: 6 }]
const VALIDATION_S = 0.005
/** a seed whose draw puts the 8 nodes in more than one region (asserted below) */
const SEED = 3

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-interop-run-'))
  cleanupTempDir(dir)
})
after(async () => { await rm(dir, { recursive: true, force: true }) })

describe('gossipsub-interop scenario on namespaces', { skip }, () => {
  it('8 nodes named by their host names, on the framework\'s graph, deliver every message to every node; its layout and figures, and ours from publish', async () => {
    const script = [
      ...Array.from({ length: N }, (_, i) => ({ type: 'ifNodeIDEquals', nodeID: i, instruction: { type: 'initGossipSub', gossipSubParams: { HeartbeatInitialDelay: (100_000 + 100 * (i + 1)) * 1000 } } })),
      { type: 'setTopicValidationDelay', topicID: 'a-subnet', delaySeconds: VALIDATION_S },
      ...Array.from({ length: N - 1 }, (_, i) => ({ type: 'ifNodeIDEquals', nodeID: i + 1, instruction: { type: 'connect', connectTo: [i, ...(i > 0 ? [i - 1] : [])] } })),
      { type: 'subscribeToTopic', topicID: 'a-subnet', partial: false },
      ...PUBLISHES.flatMap(p => [{ type: 'waitUntil', elapsedSeconds: p.at }, { type: 'ifNodeIDEquals', nodeID: p.node, instruction: { type: 'publish', messageID: p.id, messageSizeBytes: 4096, topicID: 'a-subnet' } }]),
      { type: 'waitUntil', elapsedSeconds: 9 }
    ]
    const out = join(dir, 'run')
    await mkdir(out)
    const runId = `iopt${process.pid % 100000}`
    const result = await runInteropExperiment({ out, paramsText: JSON.stringify({ script }), scenario: 'test', nodes: N, network: 'gossipsub-interop', seed: SEED, runId })
    assert.deepEqual(result.exitCodes, Array(N).fill(0), 'every node ran its script and exited 0')
    assert.deepEqual(listNamespaces(`p2pc-${runId}-`), [], 'no namespace left')
    assert.equal(existsSync(`/etc/netns/p2pc-${runId}-h0`), false, 'no hosts file left')

    // the framework's figures from its logs: every message reached the other 7 nodes
    const analysis = analyseInteropRun(await readInteropRun(out))
    assert.equal(analysis.totalNodes, N)
    assert.deepEqual(analysis.messages.map(m => [m.id, m.reached]).sort(), PUBLISHES.map(p => [String(p.id), 1]))
    for (const m of analysis.messages) assert.ok(m.timeToDisseminateS > 0 && m.timeToDisseminateS < 2, `message ${m.id} spread in ${m.timeToDisseminateS} s`)
    for (let i = 0; i < N; i++) {
      const lines = (await readFile(join(out, 'hosts', `node${i}`, 'interop-node.stdout'), 'utf8')).trim().split('\n').map(l => JSON.parse(l))
      assert.deepEqual([lines[0].msg, lines[0].node_id, lines[0].id], ['PeerID', i, (await interopPeerId(i)).toString()], `node${i} knew its id from its host name`)
      const received = new Set(lines.filter(l => l.msg === 'Received Message').map(l => l.id))
      for (const p of PUBLISHES) if (p.node !== i) assert.ok(received.has(String(p.id)), `node${i} received message ${p.id}`)
    }
    // the graph in the framework's files: every node on the network node of its region and class
    const network = frameworkNetwork(N, SEED)
    assert.ok(new Set(network.regions).size > 1, `the seed spreads the nodes over regions: ${network.regions.join(' ')}`)
    const shadow = parseYaml(await readFile(join(out, 'shadow.yaml'), 'utf8'))
    assert.deepEqual(Object.keys(shadow.hosts).map(h => shadow.hosts[h].network_node_id), network.networkNodeIds)
    assert.match(await readFile(join(out, 'graph.gml'), 'utf8'), /label "europe-fullnode"/)

    // ours, from publish: every delivery measured, each no faster than the link delays allow, and
    // each forwarder on the path costs at least the 5 ms validation it waits before it forwards
    // (a receipt is logged at arrival, before the receiver's own validation)
    const s = result.summary
    assert.equal(s.deliveryRatio.overall, 1)
    assert.equal(s.latencyMs.count, PUBLISHES.length * (N - 1))
    assert.equal(s.perHopOverheadMs.count, PUBLISHES.length * (N - 1), 'every hop path rebuilt from the Delivered Message lines')
    const rows = (await readFile(join(out, 'deliveries.csv'), 'utf8')).trim().split('\n')
    const col = rows[0].split(',')
    for (const row of rows.slice(1).map(r => r.split(','))) {
      const [latency, shortest, pathDelay, hops] = ['latency_ms', 'shortest_path_ms', 'path_delay_ms', 'hops'].map(c => Number(row[col.indexOf(c)]))
      assert.ok(latency >= shortest, `latency ${latency} ms >= the shortest path's ${shortest} ms`)
      assert.ok(latency - pathDelay >= VALIDATION_S * 1000 * (hops - 1), `${hops} hops: ${latency} ms - ${pathDelay} ms of links >= ${hops - 1} validations`)
    }
    assert.match(await readFile(result.report, 'utf8'), /## Physical limit/)
  })

  it('experiment interop refuses a bad params file before it builds anything, naming the field', async () => {
    const params = join(dir, 'bad.json')
    await writeFile(params, JSON.stringify({ script: [{ type: 'publish', messageID: 1, messageSizeBytes: 2, topicID: 't' }] }))
    const { code, stderr } = await runCli(['experiment', 'interop', '--params', params, '--nodes', '4', '--out', join(dir, 'bad-run')])
    assert.equal(code, 1)
    assert.match(stderr, /^p2p-chat: params script\[0\]\.messageSizeBytes: expected a whole number from 8/m)
    // `experiment run` takes a params.json as the same thing
    const run = await runCli(['experiment', 'run', params, '--nodes', '4', '--out', join(dir, 'bad-run')])
    assert.equal(run.code, 1)
    assert.match(run.stderr, /^p2p-chat: params script\[0\]\.messageSizeBytes: expected a whole number from 8/m)
    assert.equal(existsSync(join(dir, 'bad-run')), false, 'nothing was created')
  })
})
