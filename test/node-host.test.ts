/**
 * `p2p-chat host`: several nodes in one process, each its own peer, driven by NDJSON commands on
 * stdin; one merged event stream on stdout, every line naming its node.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { HostProcess, isHostEvent } from './helpers/cli.ts'

const started: HostProcess[] = []
after(async () => { await Promise.all(started.map(async p => p.stop())) })

describe('node host', () => {
  it('runs three nodes that chat with each other, obeys publish/kill/quit, and survives a bad command', async () => {
    const host = new HostProcess(['--nodes', '3', '--bootstrap-first', '--inbound-per-host', '1000'])
    started.push(host)
    await host.waitFor(isHostEvent('host:ready', e => e.nodes === 3), 'host:ready')
    const ids = [0, 1, 2].map(i => host.events.find(isHostEvent('ready', e => e.index === i))?.node as string)
    assert.equal(new Set(ids).size, 3, 'three distinct peer ids')
    // the room is whole: the bootstrap node sees both others in it, and both can send
    await host.waitFor(isHostEvent('room:peer-joined', e => e.node === ids[0] && e.roomPeers === 2), 'both peers in node 0\'s room')
    for (const i of [1, 2]) await host.waitFor(isHostEvent('room:ready', e => e.node === ids[i]), `node ${i} ready to send`)

    host.send(JSON.stringify({ cmd: 'publish', node: 1, text: 'from node one', waitMs: 10_000 }))
    const published = await host.waitFor(isHostEvent('published', e => e.node === ids[1]), 'published by node 1')
    for (const receiver of [0, 2]) {
      const got = await host.waitFor(isHostEvent('message', e => e.node === ids[receiver] && e.id === published.id), `message at node ${receiver}`)
      assert.equal(got.from, ids[1])
      assert.equal(got.text, 'from node one')
    }

    host.send('{"cmd":"frobnicate"}')
    const problem = await host.waitFor(isHostEvent('error', e => e.kind === 'command'), 'an error for the bad command')
    assert.match(problem.message, /frobnicate/)

    host.send(JSON.stringify({ cmd: 'kill', node: 2 }))
    await host.waitFor(isHostEvent('stopped', e => e.index === 2 && e.how === 'kill'), 'node 2 killed')
    await host.waitFor(isHostEvent('peer:disconnected', e => e.node === ids[0] && e.peerId === ids[2]), 'node 0 saw node 2 go')
    assert.equal(host.child.exitCode, null, 'the host runs on')

    host.send('{"cmd":"quit"}')
    const { code } = await host.exited
    assert.equal(code, 0)
  })
})
