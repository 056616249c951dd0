/**
 * Protocol-level GossipSub peers for the forwarding benchmark, so that the node under test is the
 * only one doing real work: the source sends messages signed in advance (no signing during the
 * run), the sink grafts itself into the node's mesh and counts forwarded messages without
 * verifying them.
 */
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { RPC } from '@libp2p/gossipsub/message'
import { multiaddr } from '@multiformats/multiaddr'
import { generateKeyPair } from '@libp2p/crypto/keys'
import * as lp from 'it-length-prefixed'
import type { Libp2p, PrivateKey, Stream } from '@libp2p/interface'
import { encodeChatLine } from '../src/node/chat-payload.ts'

export const MESHSUB = '/meshsub/1.1.0'

async function bareNode (privateKey?: PrivateKey): Promise<Libp2p> {
  return createLibp2p({
    privateKey,
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify() }
  })
}

async function send (stream: Stream, rpc: Uint8Array): Promise<void> {
  if (!stream.send(lp.encode.single(rpc))) await stream.onDrain()
}

/** Signs `count` chat messages exactly as gossipsub's StrictSign would. */
async function signedMessages (key: PrivateKey, from: Uint8Array, topic: string, count: number): Promise<RPC.Message[]> {
  const out: RPC.Message[] = []
  for (let i = 0; i < count; i++) {
    const seqno = new Uint8Array(8)
    new DataView(seqno.buffer).setBigUint64(0, BigInt(i + 1))
    const data = encodeChatLine(`load ${i}`, 'bench')
    const unsigned = RPC.Message.encode({ from, data, seqno, topic })
    const signature = await key.sign(Buffer.concat([Buffer.from('libp2p-pubsub:'), unsigned]))
    out.push({ from, data, seqno, topic, signature })
  }
  return out
}

export interface Source {
  /** Sends `messages` at `rate` per second, in 10 ms batches. */
  blast(count: number, rate: number): Promise<void>
  prepare(count: number): Promise<void>
  stop(): Promise<void>
}

export async function startSource (target: string, topic: string): Promise<Source> {
  const key = await generateKeyPair('secp256k1')
  const node = await bareNode(key)
  const conn = await node.dial(multiaddr(target))
  const stream = await conn.newStream(MESHSUB)
  let pool: RPC.Message[] = []
  return {
    async prepare (count) {
      pool = await signedMessages(key, node.peerId.toMultihash().bytes, topic, count)
    },
    async blast (count, rate) {
      const perBatch = Math.max(1, Math.round(rate / 100))
      const start = performance.now()
      let sent = 0
      while (sent < count) {
        const batch = pool.splice(0, Math.min(perBatch, count - sent))
        if (batch.length === 0) throw new Error('source ran out of prepared messages')
        await send(stream, RPC.encode({ subscriptions: [], messages: batch }))
        sent += batch.length
        const due = start + (sent / rate) * 1000
        const wait = due - performance.now()
        if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
      }
    },
    async stop () { await node.stop() }
  }
}

export interface Sink {
  received(): number
  stop(): Promise<void>
}

export async function startSink (target: string, topic: string): Promise<Sink> {
  const node = await bareNode()
  let received = 0
  await node.handle(MESHSUB, (stream) => {
    void (async () => {
      for await (const buf of lp.decode(stream)) {
        const rpc = RPC.decode(buf)
        received += rpc.messages.length
      }
    })().catch(() => {})
  })
  const conn = await node.dial(multiaddr(target))
  const stream = await conn.newStream(MESHSUB)
  await send(stream, RPC.encode({
    subscriptions: [{ subscribe: true, topic }],
    messages: [],
    control: { graft: [{ topicID: topic }], ihave: [], iwant: [], prune: [], idontwant: [] }
  }))
  return {
    received: () => received,
    async stop () { await node.stop() }
  }
}
