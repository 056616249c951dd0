/**
 * A bare libp2p peer with gossipsub, used to put arbitrary bytes on a room topic (validly signed,
 * but with whatever payload a test wants) and to hand-craft RPCs gossipsub itself would refuse.
 */
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { gossipsub } from '@libp2p/gossipsub'
import { RPC } from '@libp2p/gossipsub/message'
import * as lp from 'it-length-prefixed'
import { multiaddr } from '@multiformats/multiaddr'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p } from '@libp2p/interface'

export interface RawPeer {
  node: Libp2p<{ pubsub: GossipSub }>
  /** Joins `topic` and waits until `target` is seen subscribed to it. */
  join(topic: string, target: string, timeoutMs?: number): Promise<void>
  publishRaw(topic: string, data: Uint8Array): Promise<void>
  /** Sends one gossipsub RPC carrying a message with a signature that does not verify. */
  sendForgedMessage(target: string, topic: string, data: Uint8Array): Promise<void>
  /** Opens a gossipsub stream to `target` and writes `bytes` as they are (no framing added). */
  sendRawBytes(target: string, bytes: Uint8Array): Promise<void>
  stop(): Promise<void>
}

export async function startRawPeer (dial: string): Promise<RawPeer> {
  const node = await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: {
      identify: identify(),
      pubsub: gossipsub({ allowPublishToZeroTopicPeers: true, emitSelf: false })
    }
  })
  await node.dial(multiaddr(dial))
  return {
    node,
    async join (topic, target, timeoutMs = 10_000) {
      node.services.pubsub.subscribe(topic)
      const deadline = Date.now() + timeoutMs
      // gossipsub drops a publish to a peer whose outbound stream is still opening, and the
      // target's subscription can arrive before ours is open: wait for both (streamsOutbound is
      // an implementation detail, read here because no public API tells)
      const ready = (): boolean => node.services.pubsub.getSubscribers(topic).some(p => p.toString() === target) &&
        (node.services.pubsub as unknown as { streamsOutbound: Map<string, unknown> }).streamsOutbound.has(target)
      while (!ready()) {
        if (Date.now() > deadline) throw new Error(`raw peer: ${target} never showed up on ${topic}`)
        await new Promise<void>(resolve => {
          const done = (): void => { node.services.pubsub.removeEventListener('subscription-change', done); resolve() }
          node.services.pubsub.addEventListener('subscription-change', done)
          setTimeout(done, 200)
        })
      }
    },
    async publishRaw (topic, data) {
      await node.services.pubsub.publish(topic, data)
    },
    async sendForgedMessage (target, topic, data) {
      const conn = node.getConnections().find(c => c.remotePeer.toString() === target)
      if (conn == null) throw new Error(`raw peer: not connected to ${target}`)
      const stream = await conn.newStream(node.services.pubsub.protocols)
      const seqno = new Uint8Array(8).fill(1)
      const otherKey = await generateKeyPair('secp256k1')
      const rpc = RPC.encode({
        subscriptions: [],
        messages: [{
          from: node.peerId.toMultihash().bytes,
          data,
          seqno,
          topic,
          signature: await otherKey.sign(data), // signed by the wrong key over the wrong bytes
          key: undefined
        }]
      })
      stream.send(lp.encode.single(rpc))
      await stream.close()
    },
    async sendRawBytes (target, bytes) {
      const conn = node.getConnections().find(c => c.remotePeer.toString() === target)
      if (conn == null) throw new Error(`raw peer: not connected to ${target}`)
      const stream = await conn.newStream(node.services.pubsub.protocols)
      stream.send(bytes)
      await stream.close()
    },
    async stop () { await node.stop() }
  }
}
