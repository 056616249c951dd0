/**
 * The gossipsub-interop node (src/interop/, `p2p-chat interop-node`): peer ids every implementation
 * agrees on, params.json parsing with errors that name the field, go's GossipSubParams onto js
 * options, the log's format, and four real node processes on loopback running a script: every node
 * logs PeerID first and a Received Message line for the published message (and our own Published
 * and Delivered Message lines), and exits 0.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { interopPeerId, nodeIdFromHostname } from '../src/interop/identity.ts'
import { instructionsFor, parseInteropParams } from '../src/interop/params.ts'
import { mapGossipSubParams } from '../src/interop/gossipsub-params.ts'
import { interopLine, interopMessageId, rfc3339Micros } from '../src/interop/log.ts'
import { paramsJson, subnetBlobMsg } from '../src/harness/interop-scenarios.ts'
import { MAIN, runCli } from './helpers/cli.ts'
import { onCleanup, cleanupTempDir } from './helpers/cleanup.ts'

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-interop-'))
  cleanupTempDir(dir)
})
after(async () => { await rm(dir, { recursive: true, force: true }) })

describe('gossipsub-interop node: identities', () => {
  it('derives the peer ids of nodes 0..9999 exactly as the go, rust and jvm nodes do (their shared checksum)', async () => {
    const hash = createHash('sha256')
    for (let id = 0; id < 10_000; id++) hash.update(`>${id}:${(await interopPeerId(id)).toString()}\n`)
    assert.equal(hash.digest('hex'), '11395ea896d00ca25f7f648ebb336488ee092096a5498d90d76b92eaec27867a')
  })

  it('takes its node id from a nodeN host name, and refuses any other host name', () => {
    assert.equal(nodeIdFromHostname('node0'), 0)
    assert.equal(nodeIdFromHostname('node731'), 731)
    for (const bad of ['node', 'node-1', 'mynode3', 'node3.example', 'nodeX']) {
      assert.throws(() => nodeIdFromHostname(bad), { name: 'InteropParamsError', message: /--node-id: the host name .* is not nodeN/ })
    }
  })
})

describe('gossipsub-interop node: params.json', () => {
  const script = [
    { type: 'initGossipSub', gossipSubParams: { D: 8, HeartbeatInterval: 700_000_000, HeartbeatInitialDelay: 100_100_000, Connectors: 8, Bogus: 1 } },
    { type: 'ifNodeIDEquals', nodeID: 1, instruction: { type: 'connect', connectTo: [0, 2] } },
    { type: 'setTopicValidationDelay', topicID: 'a-subnet', delaySeconds: 0.005 },
    { type: 'subscribeToTopic', topicID: 'a-subnet', partial: false },
    { type: 'waitUntil', elapsedSeconds: 120 },
    { type: 'ifNodeIDEquals', nodeID: 2, instruction: { type: 'publish', messageID: 7, messageSizeBytes: 98304, topicID: 'a-subnet' } }
  ]

  it('parses the framework\'s instructions and resolves ifNodeIDEquals per node', () => {
    const params = parseInteropParams(JSON.stringify({ script }))
    assert.deepEqual(instructionsFor(params.script, 1).map(i => i.type), ['initGossipSub', 'connect', 'setTopicValidationDelay', 'subscribeToTopic', 'waitUntil'])
    const two = instructionsFor(params.script, 2)
    assert.deepEqual(two.map(i => i.type), ['initGossipSub', 'setTopicValidationDelay', 'subscribeToTopic', 'waitUntil', 'publish'])
    assert.deepEqual(two.at(-1), { type: 'publish', messageID: 7n, messageSizeBytes: 98304, topicID: 'a-subnet' })
  })

  const bad: Array<[string, unknown, RegExp]> = [
    ['not JSON', '{"script": [', /params \(file\): not JSON/],
    ['no script', {}, /params script: expected an array of instructions/],
    ['an unknown instruction', { script: [{ type: 'teleport' }] }, /params script\[0\]\.type: unknown instruction "teleport"/],
    ['a node id that is not a number', { script: [{ type: 'connect', connectTo: [1, 'two'] }] }, /params script\[0\]\.connectTo\[1\]: expected a whole number/],
    ['a message smaller than its id', { script: [{ type: 'publish', messageID: 1, messageSizeBytes: 4, topicID: 't' }] }, /params script\[0\]\.messageSizeBytes: expected a whole number from 8/],
    ['a nested instruction missing a field', { script: [{ type: 'ifNodeIDEquals', nodeID: 3, instruction: { type: 'waitUntil' } }] }, /params script\[0\]\.instruction\.elapsedSeconds: expected a number of seconds/],
    ['a partial subscription', { script: [{ type: 'subscribeToTopic', topicID: 't', partial: true }] }, /params script\[0\]\.partial: partial messages need the gossipsub partial-messages extension/],
    ['a partial-message instruction', { script: [{ type: 'publishPartial', topicID: 't', groupID: 1 }] }, /params script\[0\]\.type: publishPartial: partial messages need/],
    ['a GossipSubParams value that is not a number', { script: [{ type: 'initGossipSub', gossipSubParams: { D: 'six' } }] }, /params script\[0\]\.gossipSubParams\.D: expected a number/]
  ]
  for (const [what, value, message] of bad) {
    it(`refuses ${what}, naming the field`, () => {
      assert.throws(() => parseInteropParams(typeof value === 'string' ? value : JSON.stringify(value)), { name: 'InteropParamsError', message })
    })
  }

  it('maps go\'s GossipSubParams (nanoseconds) onto js options and lists what js cannot honour', () => {
    const mapped = mapGossipSubParams({ D: 8, HeartbeatInterval: 700_000_000, HeartbeatInitialDelay: 100_100_000, Connectors: 8, Bogus: 1 })
    assert.equal(mapped.options.D, 8)
    assert.equal(mapped.options.heartbeatInterval, 700)
    assert.equal(mapped.heartbeatInitialDelayMs, 100.1)
    assert.equal(mapped.options.Dlo, 5, 'go\'s default where js\'s differs')
    assert.deepEqual(mapped.unsupported, ['Connectors: js: no peer-exchange connector pool'])
    assert.deepEqual(mapped.unknown, ['Bogus'])
  })
})

describe('gossipsub-interop node: log lines', () => {
  it('writes RFC 3339 UTC times with microseconds, and message ids as the big-endian u64 of the first 8 bytes', () => {
    assert.equal(rfc3339Micros(Date.UTC(2026, 11, 2, 5, 31, 7, 123) + 0.4567), '2026-12-02T05:31:07.123456Z')
    const line = JSON.parse(interopLine('Received Message', { id: '15', topic: 'a-subnet' }, Date.UTC(2000, 0, 1)))
    assert.deepEqual(Object.keys(line), ['time', 'level', 'msg', 'id', 'topic'])
    assert.equal(line.time, '2000-01-01T00:00:00.000000Z')
    const data = new Uint8Array(16)
    new DataView(data.buffer).setBigUint64(0, 0x0102030405060708n, false)
    assert.equal(interopMessageId(data), '72623859790382856')
  })
})

/** Four ports in a row that were free a moment ago (the nodes dial base + id). */
async function freePortRun (count: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000)
    const servers = []
    try {
      for (let i = 0; i < count; i++) {
        const server = createServer()
        await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(base + i, '127.0.0.1', resolve) })
        servers.push(server)
      }
      return base
    } catch {
      // taken: try another run of ports
    } finally {
      await Promise.all(servers.map(async s => await new Promise(resolve => s.close(resolve))))
    }
  }
  throw new Error('no free run of ports')
}

describe('gossipsub-interop node: a scripted run on loopback', () => {
  it('four nodes connect, subscribe and deliver node 2\'s message; each logs PeerID first and exits 0', async () => {
    const N = 4
    const params = join(dir, 'params.json')
    await writeFile(params, JSON.stringify({
      script: [
        ...Array.from({ length: N }, (_, i) => ({ type: 'ifNodeIDEquals', nodeID: i, instruction: { type: 'initGossipSub', gossipSubParams: { HeartbeatInitialDelay: (100_000 + 100 * (i + 1)) * 1000, HeartbeatInterval: 300_000_000 } } })),
        { type: 'setTopicValidationDelay', topicID: 'a-subnet', delaySeconds: 0.005 },
        ...Array.from({ length: N - 1 }, (_, i) => ({ type: 'ifNodeIDEquals', nodeID: i + 1, instruction: { type: 'connect', connectTo: Array.from({ length: i + 1 }, (_, j) => j) } })),
        { type: 'subscribeToTopic', topicID: 'a-subnet', partial: false },
        { type: 'waitUntil', elapsedSeconds: 3 },
        { type: 'ifNodeIDEquals', nodeID: 2, instruction: { type: 'publish', messageID: 42, messageSizeBytes: 2048, topicID: 'a-subnet' } },
        { type: 'waitUntil', elapsedSeconds: 5 }
      ]
    }))
    const base = await freePortRun(N)
    const runs = Array.from({ length: N }, async (_, i) => {
      const child = spawn(process.execPath, [MAIN, 'interop-node', '--params', params, '--node-id', String(i), '--peer-host', '127.0.0.1', '--port-base', String(base)], { stdio: ['ignore', 'pipe', 'pipe'] })
      const forget = onCleanup(() => { child.kill('SIGKILL') })
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c })
      child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c })
      const timer = setTimeout(() => { child.kill('SIGKILL') }, 30_000)
      const code = await new Promise<number | null>(resolve => child.on('exit', resolve))
      clearTimeout(timer)
      forget()
      return { code, stdout, stderr }
    })
    const results = await Promise.all(runs)
    for (const [i, r] of results.entries()) {
      assert.equal(r.code, 0, `node ${i} exited ${r.code}: ${r.stderr}`)
      const lines = r.stdout.trim().split('\n').map(l => JSON.parse(l))
      assert.deepEqual({ msg: lines[0].msg, id: lines[0].id, node_id: lines[0].node_id }, { msg: 'PeerID', id: (await interopPeerId(i)).toString(), node_id: i })
      for (const l of lines) assert.match(l.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/)
      const received = lines.filter(l => l.msg === 'Received Message')
      if (i !== 2) assert.ok(received.some(l => l.id === '42' && l.topic === 'a-subnet'), `node ${i} logged message 42: ${r.stdout}`)
      assert.ok(received.every(l => l.id === '42'), `only message 42 was received: ${r.stdout}`)
      // our own lines: the publisher logs its publish, every other node its first copy's sender
      const published = lines.filter(l => l.msg === 'Published Message')
      const delivered = lines.filter(l => l.msg === 'Delivered Message')
      if (i === 2) {
        assert.deepEqual(published.map(l => [l.id, l.topic]), [['42', 'a-subnet']])
        assert.equal(delivered.length, 0, 'the publisher is not delivered its own message')
      } else {
        assert.equal(published.length, 0)
        assert.equal(delivered.length, 1, `node ${i}: one Delivered Message line: ${r.stdout}`)
        const peers = await Promise.all(Array.from({ length: N }, async (_, j) => (await interopPeerId(j)).toString()))
        assert.ok(peers.includes(delivered[0].from) && delivered[0].from !== peers[i], `node ${i}: from is another node: ${delivered[0].from}`)
        assert.ok(delivered[0].time >= received[0].time, 'delivered after it arrived')
      }
      assert.doesNotMatch(r.stderr, /HeartbeatInitialDelay cannot be applied/)
    }
  })

  it('a bad params file is one error line naming the field, exit 1', async () => {
    const params = join(dir, 'bad.json')
    await writeFile(params, JSON.stringify({ script: [{ type: 'waitUntil', elapsedSeconds: -1 }] }))
    const { code, stderr } = await runCli(['interop-node', '--params', params, '--node-id', '0'])
    assert.equal(code, 1)
    assert.match(stderr, /^p2p-chat: params script\[0\]\.elapsedSeconds: expected a number of seconds >= 0, got -1$/m)
  })
})

describe('gossipsub-interop scenarios', () => {
  it('subnet-blob-msg has the framework\'s shape: 16 blobs of 98 304 bytes at 120 + 12 i s, >= min(20, n-1) links a node, the same script for the same seed', () => {
    const n = 32
    const script = subnetBlobMsg(n, 7)
    assert.equal(paramsJson(script), paramsJson(subnetBlobMsg(n, 7)))
    assert.notEqual(paramsJson(script), paramsJson(subnetBlobMsg(n, 8)))
    const params = parseInteropParams(paramsJson(script))
    const publishes = params.script.flatMap(i => i.type === 'ifNodeIDEquals' && i.instruction.type === 'publish' ? [i.instruction] : [])
    assert.deepEqual(publishes.map(p => [p.messageID, p.messageSizeBytes, p.topicID]), Array.from({ length: 16 }, (_, i) => [BigInt(i), 98304, 'a-subnet']))
    const waits = params.script.flatMap(i => i.type === 'waitUntil' ? [i.elapsedSeconds] : [])
    assert.deepEqual(waits, [120, ...Array.from({ length: 16 }, (_, i) => 132 + 12 * i), 342])
    const links = Array.from({ length: n }, () => new Set<number>())
    for (const i of params.script) {
      if (i.type === 'ifNodeIDEquals' && i.instruction.type === 'connect') for (const to of i.instruction.connectTo) { links[i.nodeID].add(to); links[to].add(i.nodeID) }
    }
    assert.ok(links.every(l => l.size >= 20), `links per node: ${links.map(l => l.size).join(' ')}`)
    assert.ok(params.script.some(i => i.type === 'setTopicValidationDelay' && i.delaySeconds === 0.005))
  })
})
