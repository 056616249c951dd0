/**
 * The resource budget, one limit at a time, against real nodes on loopback (the attack suite,
 * test/attacks.test.ts, runs the full-size attacks against a node process in a memory cgroup).
 * Attackers use source addresses 127.0.0.2+ so per-host limits can tell them from honest peers.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { libraryNodes } from './helpers/library-nodes.ts'
import { pollUntil, within } from './helpers/poll.ts'
import { startRawPeer } from './helpers/raw-peer.ts'
import { encodeChatLine } from '../src/node/chat-payload.ts'
import { CHAT_ROOM_SCORE_THRESHOLDS } from '../src/node/scoring.ts'
import type { ChatNode } from '../src/node/index.ts'

const nodes = libraryNodes()

function tcpAddrOf (node: ChatNode): { host: string, port: number, ma: string } {
  const ma = node.libp2p.getMultiaddrs().find(a => a.toString().includes('/tcp/'))
  assert.ok(ma, 'node listens on TCP')
  const [, , host, , port] = ma.toString().split('/')
  return { host, port: Number(port), ma: ma.toString() }
}

async function refusals (node: ChatNode, limit: string): Promise<number> {
  const metric = await node.registry.getSingleMetric('p2p_chat_limit_refusals_total')?.get()
  return metric?.values.find(v => v.labels.limit === limit)?.value ?? 0
}

/** A raw TCP socket from `localAddress` that never speaks, and a promise of its closing (a refused one closes at once). */
async function silentSocket (host: string, port: number, localAddress: string): Promise<{ socket: Socket, closed: Promise<void> }> {
  const socket = connect({ host, port, localAddress })
  socket.on('error', () => {})
  const closed = new Promise<void>(resolve => { socket.once('close', () => { resolve() }) })
  await Promise.race([new Promise(resolve => socket.once('connect', resolve)), closed])
  return { socket, closed }
}

async function bareDialer (localAddress: string) {
  return createLibp2p({
    transports: [tcp({ dialOpts: { localAddress } as any })],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()]
  })
}

describe('resource budget', () => {
  it('holds a host that never finishes its handshakes to its pending slots, and lets others in', async () => {
    const target = await nodes.start()
    const { host, port, ma } = tcpAddrOf(target)
    const sockets: Array<{ socket: Socket, closed: Promise<void> }> = []
    try {
      // 4 pending slots per host (the default): the fifth silent socket is refused at once
      for (let i = 0; i < 5; i++) sockets.push(await silentSocket(host, port, '127.0.0.2'))
      await within('the fifth socket from 127.0.0.2 to be closed', 2_000, sockets[4].closed)
      assert.equal(await refusals(target, 'pending_per_host'), 1)
      assert.equal(sockets.slice(0, 4).filter(s => s.socket.closed).length, 0, 'the first four still hold their slots')
      // an honest peer from another address gets in meanwhile
      const honest = await bareDialer('127.0.0.1')
      try {
        await within('an honest dial', 3_000, honest.dial(multiaddr(ma)))
      } finally { await honest.stop() }
    } finally {
      for (const s of sockets) s.socket.destroy()
    }
  })

  it('refuses inbound connections beyond connectionsPerHost from one address, not from another', async () => {
    const target = await nodes.start({ limits: { connectionsPerHost: 2 } })
    const { ma } = tcpAddrOf(target)
    const dialers = await Promise.all(['127.0.0.2', '127.0.0.2', '127.0.0.2', '127.0.0.3'].map(bareDialer))
    try {
      await dialers[0].dial(multiaddr(ma))
      await dialers[1].dial(multiaddr(ma))
      await assert.rejects(dialers[2].dial(multiaddr(ma)), 'a third connection from 127.0.0.2 is refused')
      assert.ok(await refusals(target, 'connections_per_host') >= 1)
      await dialers[3].dial(multiaddr(ma))
    } finally {
      await Promise.all(dialers.map(async d => d.stop()))
    }
  })

  it('caps the addresses the DHT records for one peer', async () => {
    const target = await nodes.start({ limits: { addressesPerPeer: 5 } })
    const other = await bareDialer('127.0.0.1')
    try {
      // what kad-dht sees as its peer store: the components it was built with
      const dht = target.libp2p.services.dht as unknown as { components: { peerStore: typeof target.libp2p.peerStore } }
      const offered = Array.from({ length: 40 }, (_, i) => multiaddr(`/ip4/10.0.0.${i + 1}/tcp/4001`))
      await dht.components.peerStore.merge(other.peerId, { multiaddrs: offered.slice(0, 3) })
      await dht.components.peerStore.merge(other.peerId, { multiaddrs: offered })
      const stored = await target.libp2p.peerStore.get(other.peerId)
      assert.equal(stored.addresses.length, 5)
      assert.deepEqual(stored.addresses.slice(0, 3).map(a => a.multiaddr.toString()).sort(), offered.slice(0, 3).map(String).sort(), 'the known addresses stay')
    } finally { await other.stop() }
  })

  it('scores down a peer that floods IGNOREd messages, until gossipsub graylists it', async () => {
    const target = await nodes.start({ room: 'flood' })
    const targetId = target.libp2p.peerId.toString()
    const flooder = await startRawPeer(tcpAddrOf(target).ma)
    try {
      await flooder.join(target.room.topic, targetId)
      const tenMinutesAhead = Date.now() + 10 * 60_000
      const flooderId = flooder.node.peerId.toString()
      let sent = 0
      await pollUntil('the flooder to be graylisted', 10_000, async () => {
        for (let i = 0; i < 20; i++, sent++) await flooder.publishRaw(target.room.topic, encodeChatLine(`ahead ${sent}`, 'clock', tenMinutesAhead))
        const score = (target.libp2p.services.pubsub as unknown as { getScore(id: string): number }).getScore(flooderId)
        return score < (CHAT_ROOM_SCORE_THRESHOLDS.graylistThreshold ?? -80) ? score : undefined
      }, 50)
      // graylisted: its further messages are dropped unread, so the refusal counter stops
      const counted = async (): Promise<number> => {
        const m = await target.registry.getSingleMetric('p2p_chat_messages_received_total')?.get()
        return m?.values.find(v => v.labels.reason === 'future_send_time')?.value ?? 0
      }
      const before = await counted()
      for (let i = 0; i < 50; i++) await flooder.publishRaw(target.room.topic, encodeChatLine(`more ${i}`, 'clock', tenMinutesAhead))
      await flooder.node.services.pubsub.publish('/p2p-chat/room/1/other', new Uint8Array([1])).catch(() => {})
      assert.ok(await counted() - before < 10, 'a graylisted peer\'s messages are no longer read')
    } finally { await flooder.stop() }
  })

  it('kad-dht patch: the installed version is the one the patch was made for, and a long kad message is cut off unread', async () => {
    const patch = readdirSync(new URL('../patches/', import.meta.url)).find(f => f.startsWith('@libp2p+kad-dht+'))
    assert.ok(patch, 'patches/@libp2p+kad-dht+VERSION.patch exists')
    const patchedFor = patch.replace('@libp2p+kad-dht+', '').replace('.patch', '')
    const installed = JSON.parse(readFileSync(new URL('../node_modules/@libp2p/kad-dht/package.json', import.meta.url), 'utf8')).version
    assert.equal(installed, patchedFor, 'kad-dht changed version: re-make the patch (docs/upstream.md) or drop it if upstream has the option')

    const target = await nodes.start({ limits: { dhtMessageBytes: 1024 } })
    const attacker = await bareDialer('127.0.0.1')
    try {
      const stream = await attacker.dialProtocol(multiaddr(tcpAddrOf(target).ma), '/p2p-chat/kad/1.0.0')
      // a varint length of 4 MiB, then the first bytes of the body
      const header = new Uint8Array([0x80, 0x80, 0x80, 0x02])
      stream.send(header)
      stream.send(new Uint8Array(512))
      await within('the node to reset a kad stream announcing 4 MiB', 3_000, new Promise<void>(resolve => {
        if (stream.status !== 'open') { resolve(); return }
        stream.addEventListener('close', () => { resolve() }, { once: true })
      }))
    } finally { await attacker.stop() }
  })

  it('accepts an honest DHT peer: two nodes through a third find each other', async () => {
    const a = await nodes.start()
    const b = await nodes.start({ bootstrap: [tcpAddrOf(a).ma] })
    const c = await nodes.start({ bootstrap: [tcpAddrOf(a).ma] })
    await pollUntil('b and c connected through the DHT', 15_000, () =>
      b.libp2p.getConnections(peerIdFromString(c.libp2p.peerId.toString())).length > 0 ? true : undefined)
  })
})
