/**
 * kad-dht's closest-peer tagger is stopped unless asked for (dht-closest-peers.ts). Three library
 * nodes on loopback: C, and A (default) and B (`dhtKeepClosestPeers: true`) both connected to C.
 * Once B's tagger has tagged C keep-alive, A's (started first, same 5 s interval) would have too.
 */
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createChatNode } from '../src/node/index.ts'
import type { ChatNode, ChatNodeInit } from '../src/node/index.ts'
import { pollUntil } from './helpers/poll.ts'

const nodes: ChatNode[] = []
after(async () => { await Promise.all(nodes.map(async n => n.stop())) })

async function start (init: ChatNodeInit = {}): Promise<ChatNode> {
  const node = await createChatNode({ listen: ['/ip4/127.0.0.1/tcp/0'], transports: { tcp: true, quic: false }, pingIntervalMs: 0, ...init })
  nodes.push(node)
  await node.start()
  return node
}

const tagsOf = async (node: ChatNode, peer: ChatNode): Promise<string[]> =>
  [...(await node.libp2p.peerStore.get(peer.libp2p.peerId)).tags.keys()]

describe('kad-dht closest peers', () => {
  it('are not kept alive by default, and are with dhtKeepClosestPeers', async () => {
    const c = await start()
    const bootstrap = [c.libp2p.getMultiaddrs()[0].toString()]
    const a = await start({ bootstrap })
    const b = await start({ bootstrap, dhtKeepClosestPeers: true })

    await pollUntil('B tags C as a close DHT peer', 20_000, async () => (await tagsOf(b, c)).includes('kad-close') ? true : undefined)
    assert.deepEqual((await tagsOf(a, c)).filter(t => t === 'kad-close' || t.startsWith('keep-alive')), [])
  })
})
