/**
 * kad-dht's closest-peer tagger is stopped unless asked for (dht-closest-peers.ts). Three library
 * nodes on loopback: C, and A (default) and B (`dhtKeepClosestPeers: true`) both connected to C.
 * Once B's tagger has tagged C keep-alive, A's (started first, same 5 s interval) would have too.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ChatNode } from '../src/node/index.ts'
import { libraryNodes } from './helpers/library-nodes.ts'
import { pollUntil } from './helpers/poll.ts'

const { start } = libraryNodes()

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
