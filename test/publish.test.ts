/**
 * No lost message: `--publish` and typed lines go out only to a peer that can receive them, a send
 * that reached nobody is reported, a one-shot send stops the node only after the message left, and
 * room membership and readiness are events a program can wait on.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { runCli, addrWith, LOOPBACK_TCP, LOOPBACK_QUIC, jsonProcessStarter, isEvent } from './helpers/cli.ts'

const start = jsonProcessStarter()

/** Runs against a fresh bootstrap node each; `PUBLISH_RUNS=50` reproduces the figure. */
const RUNS = Number(process.env.PUBLISH_RUNS ?? 9)
const TRANSPORTS: Array<{ name: string, flags: string[], addr: string }> = [
  { name: 'tcp', flags: ['--tcp-only', ...LOOPBACK_TCP], addr: '/tcp/' },
  { name: 'quic', flags: ['--quic-only', ...LOOPBACK_QUIC], addr: '/quic-v1' },
  { name: 'tcp+quic', flags: [...LOOPBACK_TCP, ...LOOPBACK_QUIC], addr: '/tcp/' }
]

describe('one-shot --publish', () => {
  it(`delivers ${RUNS} of ${RUNS} consecutive runs against a fresh bootstrap node, then exits 0`, async () => {
    for (let run = 0; run < RUNS; run++) {
      const transport = TRANSPORTS[run % TRANSPORTS.length]
      const a = start([...transport.flags, '--no-stdin'])
      const { addrs } = await a.ready()
      const text = `one-shot ${run} over ${transport.name}`
      // alternate the two one-shot shapes: --once, and stdin that is already at its end
      const oneShot = run % 2 === 0 ? ['--once', '--no-stdin'] : []
      const b = await runCli(['--json', ...transport.flags, '--bootstrap', addrWith(addrs, transport.addr), '--publish', text, ...oneShot], { timeoutMs: 30_000 })
      assert.equal(b.code, 0, `run ${run} (${transport.name}): B exited ${b.code}\n${b.stderr}`)
      // the flush's ping must not fail because kad-dht's ping to the same peer is in flight (issue 15)
      assert.doesNotMatch(b.stderr, /no recipient confirmed/, `run ${run} (${transport.name}): the flush was confirmed`)
      const published = b.stdout.split('\n').filter(l => l.startsWith('{')).map(l => JSON.parse(l)).find(isEvent('published'))
      assert.ok(published != null && published.recipients >= 1, `run ${run}: published with a recipient\n${b.stdout}`)
      await a.waitFor(isEvent('message', e => e.text === text), `run ${run} (${transport.name}): message at A`, 10_000)
      assert.equal((await a.stop()).code, 0)
    }
  })

  it('--once with nobody to receive it exits 1 and says the message was not sent', async () => {
    const b = await runCli(['--json', '--tcp-only', ...LOOPBACK_TCP, '--room', 'empty-room', '--publish', 'anyone?', '--publish-timeout', '1', '--once'])
    assert.equal(b.code, 1)
    assert.match(b.stderr, /--publish: nobody joined room "empty-room" within 1 s; the message was not sent/)
    assert.equal(b.stdout.includes('"event":"published"'), false)
  })
})

describe('room membership and readiness events', () => {
  it('reports peers joining and leaving the room, and when the room is ready; a line written at once is not lost', async () => {
    const a = start(['--tcp-only', ...LOOPBACK_TCP, '--no-stdin'])
    const { peerId: aId, addrs } = await a.ready()
    const b = start(['--tcp-only', ...LOOPBACK_TCP, '--bootstrap', addrWith(addrs, '/tcp/')])
    // the moment a program used to fail at: right after the connection, before the room is usable
    await b.waitFor(isEvent('peer:connected', e => e.peerId === aId), 'B connected to A')
    b.send('written right after peer:connected')
    const published = await b.waitFor(isEvent('published'), 'published at B')
    assert.ok(published.recipients >= 1)
    assert.equal(b.events.some(e => e.event === 'error'), false, 'no error event')
    await a.waitFor(isEvent('message', e => e.text === 'written right after peer:connected'), 'message at A')

    const joined = await b.waitFor(isEvent('room:peer-joined', e => e.peerId === aId), 'A joined B\'s room view')
    assert.equal(joined.roomPeers, 1)
    const ready = await b.waitFor(isEvent('room:ready'), 'room:ready at B')
    assert.ok(ready.sendablePeers >= 1)
    assert.ok(b.events.every(e => typeof e.node === 'string' && e.node.length > 40), 'every event names its node')
    assert.ok(published.ts >= ready.ts, 'the line went out once the room was ready')

    await a.stop()
    const left = await b.waitFor(isEvent('room:peer-left', e => e.peerId === aId), 'A left B\'s room view')
    assert.equal(left.roomPeers, 0)
    await b.waitFor(isEvent('room:unready'), 'room:unready at B')
  })
})
