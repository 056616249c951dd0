/**
 * A busy ping stream is neither a failed flush nor a dead connection (issue 15): kad-dht's
 * new-contact ping, the RTT probe and a one-shot sender's flush share one ping service, and the spec
 * allows one outbound ping stream per peer. Real libp2p nodes on loopback TCP.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { ping, PING_PROTOCOL } from '@libp2p/ping'
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'
import type { Ping } from '@libp2p/ping'
import { flushTo } from '../src/node/flush.ts'
import { rttProbe } from '../src/node/rtt-probe.ts'
import type { RttProbe } from '../src/node/rtt-probe.ts'
import { libraryNodes } from './helpers/library-nodes.ts'
import { within } from './helpers/poll.ts'

const nodes = libraryNodes()

/** Two chat nodes, B connected to A. */
async function connectedPair (): Promise<{ a: Awaited<ReturnType<typeof nodes.start>>, b: Awaited<ReturnType<typeof nodes.start>> }> {
  const a = await nodes.start()
  const b = await nodes.start()
  await b.libp2p.dial(a.libp2p.getMultiaddrs()[0])
  return { a, b }
}

/** An outbound ping stream B holds open to A, as kad's ping to a new contact does while it waits. */
async function holdPingStream (from: Libp2p, to: PeerId): Promise<Stream> {
  return from.dialProtocol(to, PING_PROTOCOL)
}

describe('one-shot flush while another ping to the recipient is in flight', () => {
  it('confirms through a ping stream that another ping already holds', async () => {
    const { a, b } = await connectedPair()
    const busy = await holdPingStream(b.libp2p, a.libp2p.peerId)
    try {
      const confirmed = await flushTo(b.libp2p, [a.libp2p.peerId.toString()], AbortSignal.timeout(5_000))
      assert.equal(confirmed, 1, 'A confirmed although another ping stream to it was open')
    } finally {
      busy.abort(new Error('test done'))
    }
  })

  it('confirms while kad-like pings to the same peer run through the same service', async () => {
    const { a, b } = await connectedPair()
    const others = Array.from({ length: 4 }, async () => b.libp2p.services.ping.ping(a.libp2p.peerId, { signal: AbortSignal.timeout(5_000) }))
    const confirmed = await flushTo(b.libp2p, [a.libp2p.peerId.toString()], AbortSignal.timeout(5_000))
    const settled = await Promise.allSettled(others)
    assert.equal(confirmed, 1, 'the flush ping was answered')
    assert.deepEqual(settled.filter(s => s.status === 'rejected').map(s => (s as PromiseRejectedResult).reason?.name), [], 'no concurrent ping failed')
  })
})

interface ProbeFailure { name: string, aborted: boolean }

/** A bare libp2p node with the RTT probe (100 ms interval, 500 ms timeout), reporting each failure it saw and what it did. */
async function probingNode (onFailure: (f: ProbeFailure) => void): Promise<Libp2p<{ ping: Ping, rttProbe: RttProbe }>> {
  const node = await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionMonitor: { enabled: false },
    services: {
      ping: ping(),
      rttProbe: rttProbe({
        intervalMs: 100,
        timeoutMs: 500,
        onRtt: () => {},
        onFailure: (_peer, err, aborted) => { onFailure({ name: err.name, aborted }) }
      })
    }
  })
  started.push(node)
  return node
}

const started: Libp2p[] = []
after(async () => { await Promise.all(started.map(async n => n.stop())) })

describe('pings queued per peer', () => {
  it('a ping waiting behind one that hangs gives up at its own deadline, and the queue moves on', async () => {
    const a = await nodes.start()
    const b = await nodes.start()
    // A's ping handler now reads and never answers: every ping to it hangs until its signal
    await a.libp2p.unhandle(PING_PROTOCOL)
    await a.libp2p.handle(PING_PROTOCOL, () => {})
    await b.libp2p.dial(a.libp2p.getMultiaddrs()[0])
    const ping = b.libp2p.services.ping
    const started = Date.now()
    const hung = ping.ping(a.libp2p.peerId, { signal: AbortSignal.timeout(1_500) })
    const queued = ping.ping(a.libp2p.peerId, { signal: AbortSignal.timeout(300) })
    await assert.rejects(queued, 'the queued ping failed at its deadline')
    assert.ok(Date.now() - started < 1_000, `it did not wait for the hung ping's deadline (${Date.now() - started} ms)`)
    await assert.rejects(hung)
    // the hung ping settled: A answers again once its real handler is back, and the queue is free
    await a.libp2p.unhandle(PING_PROTOCOL)
    await a.libp2p.handle(PING_PROTOCOL, async (stream) => { for await (const chunk of stream) stream.send(chunk); await stream.close() })
    assert.equal(typeof await ping.ping(a.libp2p.peerId, { signal: AbortSignal.timeout(2_000) }), 'number')
  })
})

describe('RTT probe', () => {
  it('keeps a healthy connection whose one ping stream is busy', async () => {
    const target = await createLibp2p({
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] }, transports: [tcp()], connectionEncrypters: [noise()], streamMuxers: [yamux()], services: { ping: ping() }
    })
    started.push(target)
    const failed = Promise.withResolvers<ProbeFailure>()
    const prober = await probingNode(f => { failed.resolve(f) })
    const conn = await prober.dial(target.getMultiaddrs()[0])
    // this bare node keeps libp2p's limit of one outbound ping stream, so the probe's ping is refused
    const busy = await holdPingStream(prober, target.peerId)
    const closed = Promise.withResolvers<undefined>()
    prober.addEventListener('connection:close', () => { closed.resolve(undefined) })
    const failure = await within('a probe ping refused by the local stream limit', 5_000, Promise.race([failed.promise, closed.promise]))
    assert.equal(conn.status, 'open', 'the probe left the connection open')
    assert.equal(failure?.name, 'TooManyOutboundProtocolStreamsError')
    assert.equal(failure?.aborted, false, 'the probe did not abort the connection for a busy stream')
    busy.abort(new Error('test done'))
  })

  it('still aborts a connection whose peer stops answering pings', async () => {
    const target = await createLibp2p({
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] }, transports: [tcp()], connectionEncrypters: [noise()], streamMuxers: [yamux()]
    })
    started.push(target)
    // accepts the ping protocol and never answers: the link looks dead to the prober
    await target.handle(PING_PROTOCOL, () => {})
    const failures: ProbeFailure[] = []
    const closed = Promise.withResolvers<void>()
    const prober = await probingNode(f => { failures.push(f) })
    prober.addEventListener('connection:close', () => { closed.resolve() })
    await prober.dial(target.getMultiaddrs()[0])
    await within('the probe aborting the unresponsive connection', 5_000, closed.promise)
    assert.equal(failures[0]?.aborted, true, `a timed-out ping aborted the connection (${JSON.stringify(failures)})`)
  })
})
