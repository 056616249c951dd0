/**
 * The host protocol (src/node/host-protocol.ts): every event and command kind survives
 * format -> parse unchanged, and a malformed line is rejected with a HostProtocolError whose
 * message names the culprit.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { formatCommand, formatEvent, formatHostConfig, HostProtocolError, parseCommandLine, parseEnvelope, parseEventLine, parseHostConfig, PROTOCOL_VERSION } from '../src/node/host-protocol.ts'
import type { HostNodeConfig } from '../src/node/host-protocol.ts'
import { parseHostArgs } from '../src/cli/host.ts'
import { UsageError } from '../src/cli/args.ts'
import type { HostCommand, HostStreamEvent, RunStreamEvent } from '../src/node/host-protocol.ts'
import type { ChatNodeEvent } from '../src/node/node-events.ts'
import { ChatError } from '../src/node/errors.ts'

const node = '16Uiu2HAmAlice'
const ts = 1_800_000_000_000
const peerId = '16Uiu2HAmBob'

const NODE_EVENTS: ChatNodeEvent[] = [
  { node, ts, event: 'peer:connected', peerId, transport: 'tcp', remoteAddr: '/ip4/10.0.0.2/tcp/4001' },
  { node, ts, event: 'peer:disconnected', peerId, transport: 'quic', remoteAddr: '/ip4/10.0.0.2/udp/4001/quic-v1' },
  { node, ts, event: 'room:peer-joined', peerId, roomPeers: 3 },
  { node, ts, event: 'room:peer-left', peerId, roomPeers: 2 },
  { node, ts, event: 'room:ready', sendablePeers: 2 },
  { node, ts, event: 'room:unready' },
  {
    node, ts, event: 'message', id: 'ab12', from: peerId, publicKey: 'CAISIQ==', topic: 'p2p-chat/lobby', seqno: '17', data: 'AAE=', signature: 'c2ln',
    propagationSource: peerId, version: 1, nick: 'bob', text: 'hello "you"\n', sentAtMs: ts - 20, receivedAtMs: ts, latencyMs: 20
  },
  { node, ts, event: 'published', id: 'ab12', text: 'hi', sentAtMs: ts, publishedAtMs: ts + 0.25, recipients: 2, recipientPeers: [peerId, 'x'] },
  { node, ts, event: 'rejected', outcome: 'reject', reason: 'invalid_signature', propagationSource: peerId },
  { node, ts, event: 'rejected', outcome: 'ignore', reason: 'stale_send_time' },
  { node, ts, event: 'rejected:summary', intervalMs: 10_000, suppressed: 5, reasons: [{ outcome: 'reject', reason: 'malformed', count: 5 }], sources: 1 },
  { node, ts, event: 'bootstrap', address: '/ip4/1.2.3.4/tcp/1', peerId, outcome: 'failure', error: 'ECONNREFUSED', retryInMs: 2000 },
  { node, ts, event: 'bootstrap', address: '/ip4/1.2.3.4/tcp/1', peerId, outcome: 'success' },
  { node, ts, event: 'nat:mapped', address: '1.2.3.4:5000', server: '5.6.7.8:3478' },
  { node, ts, event: 'nat:type', type: 'port-restricted', mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', server: '5.6.7.8:3478' },
  { node, ts, event: 'nat:stun-failed', server: '5.6.7.8:3478', error: 'timeout', retryInMs: 30_000 },
  { node, ts, event: 'nat:reservation', relay: 'r', address: '/p2p-circuit' },
  { node, ts, event: 'nat:relayed', peerId, relay: 'r', direction: 'inbound' },
  { node, ts, event: 'nat:punch', peerId },
  { node, ts, event: 'nat:direct', peerId, ms: 812, remoteAddr: '/ip4/1.2.3.4/udp/5/webrtc-direct', direction: 'outbound' },
  { node, ts, event: 'nat:fallback', peerId, reason: 'ice failed' }
]

const HOST_OWN: HostStreamEvent[] = [
  { node, ts, event: 'ready', index: 3, addrs: ['/ip4/10.88.0.5/tcp/4001'], room: 'lobby', topic: 'p2p-chat/lobby', metricsUrl: 'http://10.88.0.5:9464/metrics' },
  { node, ts, event: 'ready', index: 0, addrs: [], room: 'lobby', topic: 'p2p-chat/lobby' },
  { node, ts, event: 'stopped', index: 3, how: 'kill' },
  { ts, event: 'error', index: 3, kind: 'publish', message: 'no peer' },
  { ts, event: 'error', kind: 'command', message: 'bad' },
  { ts, event: 'host:ready', nodes: 10 }
]

const RUN_OWN: RunStreamEvent[] = [
  { node, ts, event: 'ready', peerId: node, addrs: ['/ip4/127.0.0.1/tcp/1'], room: 'lobby', topic: 'p2p-chat/lobby', ephemeralIdentity: true },
  { node, ts, event: 'id', data: node },
  { node, ts, event: 'addrs', data: { addrs: ['/ip4/127.0.0.1/tcp/1'], nat: { state: 'classified', type: 'symmetric', mapping: 'address-dependent', filtering: 'unknown', mapped: '1.2.3.4:5' } } },
  { node, ts, event: 'addrs', data: { addrs: [], nat: { state: 'off' } } },
  { node, ts, event: 'peers', data: [{ peerId, transport: 'tcp', remoteAddr: '/ip4/1.2.3.4/tcp/1', inRoom: true }] },
  { node, ts, event: 'help', data: '/peers ...' },
  { node, ts, event: 'error', kind: 'publish', message: 'not sent' }
]

const COMMANDS: HostCommand[] = [
  { cmd: 'start', node: 3, listen: ['/ip4/10.88.0.5/tcp/4001'], bootstrap: ['/ip4/10.88.0.2/tcp/4001/p2p/x'], identity: '/keys/3.key', metrics: '10.88.0.5:9464', nick: 'n3' },
  { cmd: 'start', node: 0 },
  { cmd: 'publish', node: 3, text: 'hello', waitMs: 5000 },
  { cmd: 'publish', node: 3, text: 'hello' },
  { cmd: 'stop', node: 3 },
  { cmd: 'kill', node: 3 },
  { cmd: 'quit' }
]

function rejects (parse: () => unknown, culprit: RegExp): void {
  assert.throws(parse, (err: unknown) => {
    assert.ok(err instanceof HostProtocolError, `expected a HostProtocolError, got ${String(err)}`)
    assert.ok(err instanceof ChatError)
    assert.equal(err.name, 'HostProtocolError')
    assert.match(err.message, culprit)
    return true
  })
}

describe('host protocol', () => {
  it('round-trips every node event kind on both streams', () => {
    const kinds = new Set(NODE_EVENTS.map(e => e.event))
    assert.equal(kinds.size, 19, 'one sample per ChatNodeEvent kind')
    for (const e of NODE_EVENTS) {
      const line = formatEvent(e)
      assert.equal(JSON.parse(line).v, PROTOCOL_VERSION)
      assert.deepEqual(parseEventLine(line, 'host'), e)
      assert.deepEqual(parseEventLine(line, 'run'), e)
    }
  })

  it("round-trips the host's and the run stream's own lines", () => {
    for (const e of HOST_OWN) assert.deepEqual(parseEventLine(formatEvent(e), 'host'), e)
    for (const e of RUN_OWN) assert.deepEqual(parseEventLine(formatEvent(e), 'run'), e)
  })

  it('round-trips every command', () => {
    for (const c of COMMANDS) assert.deepEqual(parseCommandLine(formatCommand(c)), c)
  })

  it('reads a line without a version as version 1 (traces written before the field)', () => {
    assert.deepEqual(parseEventLine(JSON.stringify({ event: 'host:ready', ts, nodes: 2 }), 'host'), { event: 'host:ready', ts, nodes: 2 })
    assert.deepEqual(parseCommandLine('{"cmd":"stop","node":1}'), { cmd: 'stop', node: 1 })
  })

  it('leaves out fields the protocol does not know', () => {
    assert.deepEqual(parseEventLine(JSON.stringify({ event: 'room:unready', ts, node, extra: 1 }), 'run'), { event: 'room:unready', ts, node })
  })

  it('rejects malformed event lines, naming the culprit', () => {
    rejects(() => parseEventLine('{"event":"ready",', 'host'), /^not JSON/)
    rejects(() => parseEventLine('[1,2]', 'host'), /^not a JSON object \(an array\)/)
    rejects(() => parseEventLine(JSON.stringify({ v: 2, event: 'room:unready', ts, node }), 'run'), /^"v": version 2 is not the supported 1/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'room:exploded', ts, node }), 'run'), /^"event": unknown event "room:exploded"/)
    rejects(() => parseEventLine(JSON.stringify({ ts, node }), 'run'), /^"event": missing/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'room:ready', ts, node }), 'host'), /^"sendablePeers": missing \(expected an integer >= 0\)/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'room:ready', ts, node, sendablePeers: '2' }), 'host'), /^"sendablePeers": expected an integer >= 0, got "2"/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'room:ready', node, sendablePeers: 2 }), 'host'), /^"ts": missing/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'peer:connected', ts, node, peerId, transport: 'carrier-pigeon', remoteAddr: '/x' }), 'host'), /^"transport": expected one of tcp, quic, other, got "carrier-pigeon"/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'published', ts, node, id: 'a', text: 't', sentAtMs: ts, publishedAtMs: ts, recipients: 1, recipientPeers: ['a', 7] }), 'host'), /^"recipientPeers\[1\]": expected a string, got 7/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'addrs', ts, node, data: { addrs: [], nat: { state: 'classified', type: 'open' } } }), 'run'), /^"data\.nat\.mapping": missing/)
    // each stream has its own `ready`
    rejects(() => parseEventLine(JSON.stringify(RUN_OWN[0]), 'host'), /^"index": missing/)
    rejects(() => parseEventLine(JSON.stringify({ event: 'host:ready', ts, nodes: 1 }), 'run'), /^"event": unknown event "host:ready"/)
  })

  it('rejects malformed command lines, naming the culprit', () => {
    rejects(() => parseCommandLine('start 3'), /^not JSON/)
    rejects(() => parseCommandLine('{"cmd":"explode","node":1}'), /^"cmd": unknown command "explode" \(known: start, publish, stop, kill, quit\)/)
    rejects(() => parseCommandLine('{"node":1}'), /^"cmd": missing/)
    rejects(() => parseCommandLine('{"cmd":"stop"}'), /^"node": missing/)
    rejects(() => parseCommandLine('{"cmd":"stop","node":-1}'), /^"node": expected an integer >= 0, got -1/)
    rejects(() => parseCommandLine('{"cmd":"publish","node":1,"text":5}'), /^"text": expected a string, got 5/)
    rejects(() => parseCommandLine('{"cmd":"start","node":1,"listen":"/ip4/1.2.3.4/tcp/1"}'), /^"listen": expected an array/)
    rejects(() => parseCommandLine('{"v":"1","cmd":"quit"}'), /^"v": version "1" is not the supported 1/)
  })

  it('quotes the offending line, cut to 200 characters', () => {
    const long = JSON.stringify({ cmd: 'publish', node: 1, text: 5, pad: 'x'.repeat(500) })
    assert.throws(() => parseCommandLine(long), (err: unknown) => err instanceof HostProtocolError && err.line.length === 203 && err.message.endsWith('...")'))
  })

  it('parseEnvelope checks the frame only', () => {
    assert.deepEqual(parseEnvelope('{"event":"duplicate","id":"m1"}').event, 'duplicate')
    rejects(() => parseEnvelope('{"id":"m1"}'), /^"event": missing/)
    rejects(() => parseEnvelope('{"v":9,"event":"x"}'), /^"v": version 9/)
  })

  it('round-trips the host config, and the host takes it as its nodes\' defaults, a flag beside it winning', () => {
    const config: HostNodeConfig = { transport: 'quic', pingIntervalS: 2.5, maxConnections: 40, fullMetrics: false, logLevel: 'error' }
    assert.deepEqual(parseHostConfig(formatHostConfig(config)), config)
    assert.deepEqual(parseHostConfig('{}'), {})
    const parsed = parseHostArgs(['--config', formatHostConfig(config)])
    assert.ok(parsed !== 'help')
    assert.deepEqual(parsed.defaults.transports, { tcp: false, quic: true })
    assert.equal(parsed.defaults.pingIntervalMs, 2500)
    assert.equal(parsed.defaults.connections?.maxConnections, 40)
    assert.equal(parsed.defaults.metrics, false)
    assert.equal(parsed.logLevel, 'error')
    const overridden = parseHostArgs(['--config', formatHostConfig(config), '--tcp-only', '--ping-interval', '0', '--full-metrics'])
    assert.ok(overridden !== 'help')
    assert.deepEqual(overridden.defaults.transports, { tcp: true, quic: false })
    assert.equal(overridden.defaults.pingIntervalMs, 0)
    assert.equal(overridden.defaults.metrics, true)
  })

  it('rejects a malformed host config, naming the field', () => {
    rejects(() => parseHostConfig('{"transport":"udp"}'), /^"transport": expected one of tcp, quic, got "udp"/)
    rejects(() => parseHostConfig('{"pingIntervalS":-1}'), /^"pingIntervalS": expected a number of seconds >= 0, got -1/)
    rejects(() => parseHostConfig('{"maxConnections":0}'), /^"maxConnections": expected an integer >= 1, got 0/)
    assert.throws(() => parseHostArgs(['--config', '{"fullMetrics":"yes"}']), (err: unknown) =>
      err instanceof UsageError && /^--config: "fullMetrics": expected true or false, got "yes"/.test(err.message))
  })
})
