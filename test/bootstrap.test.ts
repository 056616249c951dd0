/**
 * Bootstrap dialing: an unreachable bootstrap peer is reported and retried with backoff while the
 * node keeps running; once the peer appears it connects, and it re-dials after losing it.
 * --external addresses are announced, and --publish works or says that nobody came.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ChatProcess, runCli, addrWith, freePort, LOOPBACK_TCP, isEvent } from './helpers/cli.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'

let dir: string
const started: ChatProcess[] = []
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-bootstrap-'))
  cleanupTempDir(dir)
})
after(async () => {
  await Promise.all(started.map(async p => p.stop()))
  await rm(dir, { recursive: true, force: true })
})

function start (args: string[]): ChatProcess {
  const p = new ChatProcess(['--json', '--tcp-only', ...args])
  started.push(p)
  return p
}


describe('bootstrap peers', () => {
  it('reports an unreachable bootstrap peer, keeps running, connects when it appears and re-dials after losing it', async () => {
    const key = join(dir, 'bootstrap.key')
    const gen = await runCli(['keygen', '--out', key])
    const peerId = gen.stdout.trim()
    const port = await freePort()
    const listen = ['--listen', `/ip4/127.0.0.1/tcp/${port}`]

    const b = start([...LOOPBACK_TCP, '--no-stdin', '--bootstrap', `/ip4/127.0.0.1/tcp/${port}/p2p/${peerId}`])
    const failure = await b.waitFor(isEvent('bootstrap', e => e.outcome === 'failure'), 'a failed bootstrap dial')
    assert.equal(failure.peerId, peerId)
    assert.match(failure.error ?? '', /ECONNREFUSED|refused/i)
    await b.waitFor(isEvent('bootstrap', e => e.outcome === 'failure' && (e.retryInMs ?? 0) >= 2 * (failure.retryInMs ?? Infinity)), 'a retry with a longer backoff')
    assert.match(b.stderr, new RegExp(`bootstrap peer .*${peerId} unreachable`))
    assert.equal(b.child.exitCode, null, 'still running')

    let a = start([...listen, '--no-stdin', '--identity', key])
    await a.ready()
    await b.waitFor(isEvent('bootstrap', e => e.outcome === 'success'), 'connected once the bootstrap peer is up', 30_000)

    // lose it, bring it back: B dials again by itself
    const connectedBefore = b.events.filter(isEvent('peer:connected', e => e.peerId === peerId)).length
    assert.equal((await a.stop()).code, 0)
    const lost = await b.waitFor(isEvent('peer:disconnected', e => e.peerId === peerId), 'B saw the loss')
    assert.equal(lost.transport, 'tcp')
    a = start([...listen, '--no-stdin', '--identity', key])
    await a.ready()
    await b.waitUntil(() => b.events.filter(isEvent('peer:connected', e => e.peerId === peerId)).length > connectedBefore ? true : undefined, 're-connection to the bootstrap peer', 30_000)
  })
})

describe('addresses and --publish', () => {
  it('announces --external addresses at once', async () => {
    const external = '/ip4/203.0.113.7/tcp/4001'
    const p = start([...LOOPBACK_TCP, '--no-stdin', '--external', external])
    const { addrs, peerId } = await p.ready()
    assert.ok(addrs.includes(`${external}/p2p/${peerId}`), `announced: ${addrs.join(' ')}`)
  })

  it('--publish sends once the room has a peer', async () => {
    const a = start([...LOOPBACK_TCP, '--no-stdin'])
    const { addrs } = await a.ready()
    const b = start([...LOOPBACK_TCP, '--no-stdin', '--bootstrap', addrWith(addrs, '/tcp/'), '--publish', 'hello at startup'])
    await b.waitFor(isEvent('published', e => e.text === 'hello at startup'), 'published')
    await a.waitFor(isEvent('message', e => e.text === 'hello at startup'), 'received')
  })

  it('--publish says clearly that nobody came before its deadline', async () => {
    const p = start([...LOOPBACK_TCP, '--no-stdin', '--room', 'empty-room', '--publish', 'anyone?', '--publish-timeout', '1'])
    const problem = await p.waitFor(isEvent('error', e => e.kind === 'publish'), 'publish error', 10_000)
    assert.match(problem.message, /nobody joined room "empty-room" within 1 s; the message was not sent/)
    assert.equal(p.events.some(e => e.event === 'published'), false)
    assert.equal(p.child.exitCode, null, 'the node keeps running')
  })
})
