/**
 * The bookkeeping behind the resource budget, without a network: the abuse counter that feeds
 * gossipsub's app-specific score, the DHT record budget, the summary of refusal floods and the
 * `--limits` flag.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromString } from '@libp2p/peer-id'
import { PeerPenalties } from '../src/node/peer-penalties.ts'
import { DhtRecordBudget } from '../src/node/dht-limits.ts'
import { DhtInboundMeter, FrameCounter } from '../src/node/dht-meter.ts'
import { refusalSummary } from '../src/node/node-events.ts'
import type { ChatNodeEventBody } from '../src/node/node-events.ts'
import { parseLimitsFlag } from '../src/cli/limits-flag.ts'
import { LAB_RESOURCE_BUDGET } from '../src/node/resource-budget.ts'
import { within } from './helpers/poll.ts'
import { StreamAbortEvent, StreamMessageEvent } from '@libp2p/interface'
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import fc from 'fast-check'
import * as varint from 'uint8-varint'
import { concat } from 'uint8arrays/concat'
import { Uint8ArrayList } from 'uint8arraylist'
import { DhtStoreFullError } from '../src/node/errors.ts'

/** Length-prefixed frames with bodies of these lengths. */
const frames = (...lengths: number[]): Uint8Array => concat(lengths.map(n => concat([varint.encode(n), new Uint8Array(n)])))
const peerOn = (ip: string, remotePeer: PeerId): Connection => ({ remoteAddr: multiaddr(`/ip4/${ip}/tcp/4001`), remotePeer }) as unknown as Connection

describe('peer penalties', () => {
  it('costs nothing up to the allowance, then the excess squared; decays; cuts off past disconnectAt until it decays', () => {
    let now = 0
    const abusive: string[] = []
    const p = new PeerPenalties({ allowance: 20, disconnectAt: 50, now: () => now, onAbusive: (peer) => { abusive.push(peer) } })
    for (let i = 0; i < 20; i++) p.record('a', 'ignored_message')
    assert.equal(p.score('a'), 0)
    for (let i = 0; i < 10; i++) p.record('a', 'ignored_message')
    assert.equal(Math.round(p.score('a')), -100)
    assert.equal(p.score('b'), 0, 'another peer is untouched')
    now += 10_000 // x0.9^10: 30 -> ~10.5
    assert.equal(p.score('a'), 0)
    for (let i = 0; i < 50; i++) p.record('a', 'ignored_message')
    assert.deepEqual(abusive, ['a'])
    assert.equal(p.refused('a'), true)
    now += 20_000 // ~60 -> ~7.3, below the allowance
    assert.equal(p.refused('a'), false)
  })

  it('weighs what no honest node does (pipelined or stored DHT requests) as 10: 20 of them cut the peer off', () => {
    const abusive: string[] = []
    const p = new PeerPenalties({ now: () => 0, onAbusive: (peer) => { abusive.push(peer) } })
    for (let i = 0; i < 10; i++) p.record('flooder', 'dht_pipelined')
    for (let i = 0; i < 9; i++) p.record('flooder', 'dht_store_refused')
    for (let i = 0; i < 95; i++) p.record('crowd', 'ignored_message')
    for (let i = 0; i < 95; i++) p.record('crowd', 'dht_overdrawn')
    assert.deepEqual(abusive, [])
    p.record('flooder', 'dht_pipelined')
    assert.deepEqual(abusive, ['flooder'])
    assert.equal(p.refused('flooder'), true)
    assert.equal(p.refused('crowd'), false)
  })

  it('forgets the stalest peers beyond maxPeers', () => {
    const p = new PeerPenalties({ maxPeers: 3 })
    for (const peer of ['a', 'b', 'c', 'd']) p.record(peer, 'ignored_message')
    assert.equal(p.value('a'), 0)
    assert.ok(p.value('d') > 0)
  })
})

describe('DHT record budget', () => {
  it('admits records up to the total and per-provider caps, and frees them on delete', () => {
    const refused: string[] = []
    const b = new DhtRecordBudget({ dhtRecords: 4, dhtProviderRecordsPerPeer: 2 }, '/dht', (what) => { refused.push(what) })
    b.admit('/dht/provider/cid1/peerA')
    b.admit('/dht/provider/cid2/peerA')
    assert.throws(() => { b.admit('/dht/provider/cid3/peerA') }, { name: 'DhtStoreFullError' })
    b.admit('/dht/provider/cid1/peerA') // a renewal is not a new record
    b.admit('/dht/record/k1')
    b.admit('/dht/record/k2')
    assert.throws(() => { b.admit('/dht/record/k3') }, { name: 'DhtStoreFullError' })
    b.admit('/peers/whatever') // not a DHT record: not counted
    assert.equal(b.size, 4)
    b.forget('/dht/provider/cid2/peerA')
    b.admit('/dht/provider/cid3/peerA')
    assert.deepEqual(refused, ['dht_provider_records_per_peer', 'dht_records'])
  })
})

describe('DHT inbound meter', () => {
  it('lets a host burst four seconds of its rate, then only the rate, each host on its own', () => {
    const m = new DhtInboundMeter({ dhtBytesPerHostPerSecond: 1000, dhtRequestsPerHostPerSecond: 1000, dhtRequestsPerStream: 8 })
    assert.equal(m.take('10.0.0.1', 4000, 0, 0), true)
    assert.equal(m.take('10.0.0.1', 100, 0, 0), false)
    assert.equal(m.take('10.0.0.2', 4000, 0, 0), true, 'another host has its own bucket')
    assert.equal(m.take('10.0.0.1', 400, 0, 500), true, 'half a second refilled 500 bytes (minus the 100 overdrawn)')
    assert.equal(m.take('10.0.0.1', 100, 0, 500), false)
  })

  it('meters requests apart from bytes: many small requests overdraw the request bucket', () => {
    const m = new DhtInboundMeter({ dhtBytesPerHostPerSecond: 1_000_000, dhtRequestsPerHostPerSecond: 10, dhtRequestsPerStream: 8 })
    assert.equal(m.take('10.0.0.1', 45 * 40, 40, 0), true, 'a burst of four seconds of requests')
    assert.equal(m.take('10.0.0.1', 45, 1, 0), false)
    assert.equal(m.take('10.0.0.1', 45, 1, 200), true, '200 ms refilled two requests')
  })

  it('counts length-prefixed frames however the bytes are cut', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 12 }),
      fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
      (lengths, cuts) => {
        const wire = concat(lengths.map(n => concat([varint.encode(n), new Uint8Array(n).fill(0x80)])))
        const counter = new FrameCounter()
        let counted = 0
        for (let at = 0, i = 0; at < wire.byteLength; i++) {
          const end = Math.min(wire.byteLength, at + cuts[i % cuts.length])
          const piece = wire.subarray(at, end)
          counted += counter.count(i % 2 === 0 ? piece : new Uint8ArrayList(piece.subarray(0, 1), piece.subarray(1)))
          at = end
        }
        assert.equal(counted, lengths.length)
      }
    ))
  })

  it('reports the peer of a stream it aborts for overdrawing or pipelining, and of one kad-dht aborts for a refused store', () => {
    const offences: string[] = []
    const m = new DhtInboundMeter({ dhtBytesPerHostPerSecond: 100, dhtRequestsPerHostPerSecond: 1000, dhtRequestsPerStream: 8 }, (peer, offence) => { offences.push(`${peer.toString()} ${offence}`) })
    const peer = peerIdFromString('12D3KooWMMPB7hFnr2oQkYhmmEZp94vZkGKtzPa5bkZwHJjmwbfH')
    const connection = peerOn('10.0.0.1', peer)
    const stream = (): Stream & EventTarget => {
      const target = new EventTarget()
      return Object.assign(target, { abort: (err: Error) => target.dispatchEvent(new StreamAbortEvent(err)) }) as unknown as Stream & EventTarget
    }
    const flooding = stream()
    m.meter(flooding, connection)
    flooding.dispatchEvent(new StreamMessageEvent(frames(298)))
    assert.deepEqual(offences, [])
    flooding.dispatchEvent(new StreamMessageEvent(frames(298)))
    assert.deepEqual(offences, [`${peer.toString()} dht_overdrawn`], "the meter's own abort is not also a refused store")
    offences.length = 0
    const sequential = stream()
    m.meter(sequential, peerOn('10.0.0.4', peer))
    sequential.dispatchEvent(new StreamMessageEvent(frames(...Array(8).fill(2))))
    assert.deepEqual(offences, [], 'eight requests on one stream')
    const pipelining = stream()
    m.meter(pipelining, peerOn('10.0.0.5', peer))
    pipelining.dispatchEvent(new StreamMessageEvent(frames(...Array(9).fill(2))))
    assert.deepEqual(offences, [`${peer.toString()} dht_pipelined`])
    offences.length = 0
    const storing = stream()
    m.meter(storing, peerOn('10.0.0.2', peer))
    storing.abort(new DhtStoreFullError('full'))
    const timedOut = stream()
    m.meter(timedOut, peerOn('10.0.0.3', peer))
    timedOut.abort(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))
    assert.deepEqual(offences, [`${peer.toString()} dht_store_refused`], 'a timeout is no offence')
  })
})

describe('refusal summary', () => {
  it('reports the first refusals of an interval one by one and the rest as one summary', async () => {
    const events: ChatNodeEventBody[] = []
    let summarised: () => void = () => {}
    const summary = new Promise<void>(resolve => { summarised = resolve })
    const report = refusalSummary((e) => { events.push(e); if (e.event === 'rejected:summary') summarised() }, { intervalMs: 300, perInterval: 3 })
    const source = peerIdFromString('16Uiu2HAmJxzVAbrRzUrqoGKzxfusXXLm2zN6XeMq7TDPGcwzDKn3')
    for (let i = 0; i < 100; i++) report({ outcome: 'ignore', reason: 'future_send_time', propagationSource: source })
    report({ outcome: 'reject', reason: 'malformed', propagationSource: source })
    await within('the summary', 2_000, summary)
    assert.equal(events.filter(e => e.event === 'rejected').length, 3)
    const s = events.find(e => e.event === 'rejected:summary')
    assert.ok(s?.event === 'rejected:summary')
    assert.equal(s.suppressed, 98)
    assert.equal(s.sources, 1)
    assert.deepEqual(s.reasons, [{ outcome: 'ignore', reason: 'future_send_time', count: 97 }, { outcome: 'reject', reason: 'malformed', count: 1 }])
  })
})

describe('--limits', () => {
  const usage = (m: string): Error => Object.assign(new Error(m), { name: 'UsageError' })
  const dir = mkdtempSync(join(tmpdir(), 'p2p-chat-limits-'))
  const file = (name: string, text: string): string => { const p = join(dir, name); writeFileSync(p, text); return p }

  it('reads lab, a YAML file of budget keys, and names the culprit of a bad one', () => {
    try {
      assert.deepEqual(parseLimitsFlag('lab', usage), LAB_RESOURCE_BUDGET)
      assert.deepEqual(parseLimitsFlag(file('ok.yaml', 'connectionsPerHost: 64\ndhtRecords: 10\n'), usage), { connectionsPerHost: 64, dhtRecords: 10 })
      assert.throws(() => parseLimitsFlag(file('typo.yaml', 'conectionsPerHost: 64\n'), usage), /unknown key "conectionsPerHost"; known keys: .*connectionsPerHost/)
      assert.throws(() => parseLimitsFlag(file('neg.json', '{"dhtRecords": -1}'), usage), /dhtRecords must be a positive integer, got -1/)
      assert.throws(() => parseLimitsFlag(join(dir, 'missing.yaml'), usage), /--limits .*missing.yaml: no such file/)
      assert.throws(() => parseLimitsFlag(dir, usage), /not a regular file/)
    } finally { rmSync(dir, { recursive: true, force: true }) }
  })
})
