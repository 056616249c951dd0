/**
 * The DM service between real libp2p nodes on loopback TCP: delivery and offline verification,
 * every refusal an ack can carry, hostile streams (huge length prefix, spoofed sender), and the
 * failures a sender gets as DmDeliveryError. Every node is stopped in `after`.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { encodeChatLine } from '../src/node/chat-payload.ts'
import {
  DM_PROTOCOL, DirectMessage, DmDeliveryError, DmToSelfError, decodeDmAck, directMessages, signDirectMessage, verifyDirectMessage
} from '../src/node/dm/index.ts'
import type { DecodedAck, DirectMessages, DirectMessagesInit, ReceivedDirectMessage, RefusedDirectMessage } from '../src/node/dm/index.ts'
import { lengthPrefixed, readFrame } from '../src/node/length-prefixed.ts'
import { within } from './helpers/poll.ts'

type DmNode = Libp2p<{ dm: DirectMessages }>
const started: Libp2p[] = []
const keys = new Map<Libp2p, PrivateKey>()
after(async () => { await Promise.all(started.map(async n => n.stop())) })

async function dmNode (init: DirectMessagesInit = {}, withDm = true): Promise<DmNode> {
  const privateKey = await generateKeyPair('secp256k1')
  const node = await createLibp2p({
    privateKey,
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionMonitor: { enabled: false },
    services: { identify: identify(), ...(withDm ? { dm: directMessages({ nick: 'tester', ...init }) } : {}) }
  })
  started.push(node)
  keys.set(node, privateKey)
  return node as DmNode
}

/** A DirectMessage frame as it goes on the wire, from any parts. */
function dmFrame (payload: Uint8Array, publicKey: Uint8Array, signature: Uint8Array): Uint8Array {
  return lengthPrefixed(DirectMessage.encode({ payload: new Uint8Array(payload), publicKey: new Uint8Array(publicKey), signature: new Uint8Array(signature) }))
}

/** `from` learns `to`'s addresses without connecting (so the send dials). */
async function introduce (from: Libp2p, to: Libp2p): Promise<void> {
  await from.peerStore.merge(to.peerId, { multiaddrs: to.getMultiaddrs() })
}

/** The next event `name` on `node`'s DM service. */
async function next<K extends 'dm' | 'refused'> (node: DmNode, name: K): Promise<K extends 'dm' ? ReceivedDirectMessage : RefusedDirectMessage> {
  return within(`${name} event`, 5_000, new Promise(resolve => {
    node.services.dm.addEventListener(name, (evt: CustomEvent) => { resolve(evt.detail) }, { once: true })
  }))
}

/** Opens a raw DM stream from `from` to `to`, writes `bytes`, and reads the ack (if any). */
async function rawExchange (from: Libp2p, to: PeerId, bytes: Uint8Array, closeWrite = true): Promise<DecodedAck> {
  const stream = await from.dialProtocol(to, DM_PROTOCOL)
  try {
    stream.send(bytes)
    if (closeWrite) await stream.close()
    const read = await within('ack', 5_000, readFrame(stream, 1024))
    assert.ok(read.ok, `an ack frame came back (${JSON.stringify(read)})`)
    const decoded = decodeDmAck(read.frame)
    assert.ok(decoded.ok, 'the ack decodes')
    return decoded.ack
  } finally {
    stream.abort(new Error('test done'))
  }
}

async function rejection (promise: Promise<unknown>): Promise<any> {
  try {
    await promise
  } catch (err) {
    return err
  }
  assert.fail('expected a rejection')
}

describe('direct messages between nodes', () => {
  it('delivers a DM (dialing the recipient), and its event verifies offline', async () => {
    const [a, b] = await Promise.all([dmNode(), dmNode()])
    await introduce(a, b)
    const received = next(b, 'dm')
    const result = await a.services.dm.send(b.peerId, 'hello, B')
    assert.equal(result.status, 'delivered')
    assert.equal(result.reason, undefined)
    assert.equal(result.dialed, true)
    assert.equal(result.to, b.peerId.toString())
    const dm = await received
    assert.equal(dm.id, result.id)
    assert.ok(dm.from.equals(a.peerId))
    assert.ok(dm.to.equals(b.peerId))
    assert.equal(dm.line.text, 'hello, B')
    assert.equal(dm.line.nick, 'tester')
    assert.equal(dm.line.sentAtMs, result.sentAtMs)
    const offline = await verifyDirectMessage({ from: dm.from.toString(), to: dm.to.toString(), publicKey: dm.publicKey, payload: dm.payload, signature: dm.signature })
    assert.deepEqual(offline, { ok: true })
    const again = await a.services.dm.send(b.peerId, 'still there?')
    assert.equal(again.status, 'delivered')
    assert.equal(again.dialed, false, 'the connection of the first send is reused')
  })

  it('policy none: REFUSED with a reason, reported as a refused event', async () => {
    const [a, b] = await Promise.all([dmNode(), dmNode({ policy: () => 'none' })])
    await introduce(a, b)
    const refused = next(b, 'refused')
    const result = await a.services.dm.send(b.peerId, 'hi')
    assert.equal(result.status, 'refused')
    assert.match(result.reason ?? '', /accepts no direct messages/)
    const event = await refused
    assert.equal(event.status, 'refused')
    assert.ok(event.from.equals(a.peerId))
  })

  it('policy room: asks isRoomPeer about the authenticated sender', async () => {
    const asked: string[] = []
    const [a, c] = await Promise.all([dmNode(), dmNode()])
    const b = await dmNode({ policy: () => 'room', isRoomPeer: async peer => { asked.push(peer.toString()); return peer.equals(a.peerId) } })
    await introduce(a, b)
    await introduce(c, b)
    assert.equal((await a.services.dm.send(b.peerId, 'member')).status, 'delivered')
    const outsider = await c.services.dm.send(b.peerId, 'not a member')
    assert.equal(outsider.status, 'refused')
    assert.match(outsider.reason ?? '', /only from peers in its room/)
    assert.deepEqual(asked, [a.peerId.toString(), c.peerId.toString()])
  })

  it('over the per-peer rate: RATE_LIMITED', async () => {
    const [a, b] = await Promise.all([dmNode(), dmNode({ perPeerPerMinute: 3 })])
    await introduce(a, b)
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await a.services.dm.send(b.peerId, `n${i}`)).status)
    assert.deepEqual(statuses, ['delivered', 'delivered', 'delivered', 'rate_limited'])
  })

  it('a frame over maxMessageBytes: TOO_LARGE', async () => {
    const [a, b] = await Promise.all([dmNode(), dmNode({ maxMessageBytes: 300 })])
    await introduce(a, b)
    const result = await a.services.dm.send(b.peerId, 'x'.repeat(400))
    assert.equal(result.status, 'too_large')
    assert.match(result.reason ?? '', /limit is 300/)
  })

  it('a raw stream announcing a 4 GiB frame is answered at once, without buffering', async () => {
    const [a, b] = await Promise.all([dmNode(), dmNode()])
    await a.dial(b.getMultiaddrs()[0])
    const before = process.memoryUsage().arrayBuffers
    const startedMs = Date.now()
    // the write side stays open: the recipient must not wait for a body that never comes
    const ack = await rawExchange(a, b.peerId, Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f), false)
    assert.equal(ack.status, 'too_large')
    assert.ok(Date.now() - startedMs < 2_000, 'answered before any timeout')
    assert.ok(process.memoryUsage().arrayBuffers - before < 16 * 1024 * 1024, 'nothing near the announced size was allocated')
    const garbage = await rawExchange(a, b.peerId, lengthPrefixed(Uint8Array.of(0xff, 0xff, 0xff)))
    assert.equal(garbage.status, 'bad_request')
    assert.match(garbage.reason, /malformed/)
  })

  it('the sender cannot be spoofed: a DM signed by X sent over Y\'s connection is BAD_REQUEST', async () => {
    const [y, b] = await Promise.all([dmNode(), dmNode()])
    await y.dial(b.getMultiaddrs()[0])
    const x = await generateKeyPair('secp256k1')
    const payload = encodeChatLine('from X, honest', 'x')
    const signature = await signDirectMessage(x, b.peerId, payload)
    const frame = (publicKey: Uint8Array): Uint8Array => dmFrame(payload, publicKey, signature)
    const refusal = next(b, 'refused')
    const withXKey = await rawExchange(y, b.peerId, frame(publicKeyToProtobuf(x.publicKey)))
    assert.equal(withXKey.status, 'bad_request')
    assert.match(withXKey.reason, /public key is not the sender's/)
    assert.ok((await refusal).from.equals(y.peerId))
    const withYKey = await rawExchange(y, b.peerId, frame(publicKeyToProtobuf(y.peerId.publicKey!)))
    assert.equal(withYKey.status, 'bad_request')
    assert.equal(withYKey.reason, 'bad signature')
  })

  it('a DM signed for another recipient (a replay) is BAD_REQUEST', async () => {
    const [a, b, c] = await Promise.all([dmNode(), dmNode(), dmNode()])
    await a.dial(b.getMultiaddrs()[0])
    const key = keys.get(a)!
    const payload = encodeChatLine('meant for C', 'a')
    const ack = await rawExchange(a, b.peerId, dmFrame(payload, publicKeyToProtobuf(key.publicKey), await signDirectMessage(key, c.peerId, payload)))
    assert.equal(ack.status, 'bad_request')
    assert.equal(ack.reason, 'bad signature')
  })

  it('the room\'s payload rules apply: a stale send time is BAD_REQUEST naming the rule', async () => {
    const [a, b] = await Promise.all([dmNode(), dmNode()])
    await a.dial(b.getMultiaddrs()[0])
    const key = keys.get(a)!
    const payload = encodeChatLine('from long ago', 'a', Date.now() - 60 * 60_000)
    const ack = await rawExchange(a, b.peerId, dmFrame(payload, publicKeyToProtobuf(key.publicKey), await signDirectMessage(key, b.peerId, payload)))
    assert.equal(ack.status, 'bad_request')
    assert.equal(ack.reason, 'invalid payload: stale_send_time')
  })

  it('concurrent sends to one peer arrive in the order they were made', async () => {
    const [a, b] = await Promise.all([dmNode(), dmNode()])
    await introduce(a, b)
    const texts: string[] = []
    b.services.dm.addEventListener('dm', evt => { texts.push(evt.detail.line.text) })
    const results = await Promise.all(['1', '2', '3', '4', '5'].map(async t => a.services.dm.send(b.peerId, t)))
    assert.deepEqual(results.map(r => r.status), Array(5).fill('delivered'))
    assert.deepEqual(texts, ['1', '2', '3', '4', '5'])
  })

  it('a peer with no known address: DmDeliveryError not_found; a dead address: unreachable', async () => {
    const a = await dmNode()
    const nowhere = await dmNode()
    const lost = await rejection(a.services.dm.send(nowhere.peerId, 'hello?'))
    assert.ok(lost instanceof DmDeliveryError)
    assert.equal(lost.cause, 'not_found')
    assert.match(lost.message, new RegExp(nowhere.peerId.toString()))
    await a.peerStore.merge(nowhere.peerId, { multiaddrs: [multiaddr('/ip4/127.0.0.1/tcp/1')] })
    const dead = await rejection(a.services.dm.send(nowhere.peerId, 'hello?'))
    assert.ok(dead instanceof DmDeliveryError)
    assert.equal(dead.cause, 'unreachable')
  })

  it('a peer without the protocol: protocol_unsupported; yourself: DmToSelfError', async () => {
    const [a, plain] = await Promise.all([dmNode(), dmNode({}, false)])
    await introduce(a, plain)
    const err = await rejection(a.services.dm.send(plain.peerId, 'hi'))
    assert.ok(err instanceof DmDeliveryError)
    assert.equal(err.cause, 'protocol_unsupported')
    assert.ok(await rejection(a.services.dm.send(a.peerId, 'me')) instanceof DmToSelfError)
  })

  it('a silent recipient: timeout; sends beyond maxPendingPerPeer: queue_full at once', async () => {
    // isRoomPeer that never answers holds every exchange until the sender's deadline
    const b = await dmNode({ policy: () => 'room', isRoomPeer: async (_peer, signal) => new Promise((_resolve, reject) => { signal.addEventListener('abort', () => { reject(signal.reason) }) }) })
    const a = await dmNode({ timeoutMs: 800, maxPendingPerPeer: 2 })
    await introduce(a, b)
    const first = rejection(a.services.dm.send(b.peerId, 'one'))
    const second = rejection(a.services.dm.send(b.peerId, 'two'))
    const full = await rejection(a.services.dm.send(b.peerId, 'three'))
    assert.ok(full instanceof DmDeliveryError)
    assert.equal(full.cause, 'queue_full')
    for (const err of await Promise.all([first, second])) {
      assert.ok(err instanceof DmDeliveryError)
      assert.equal(err.cause, 'timeout')
    }
  })

  it('beyond maxConcurrentInbound node-wide: RATE_LIMITED without reading', async () => {
    const reached = Promise.withResolvers<void>()
    const release = Promise.withResolvers<boolean>()
    const b = await dmNode({ maxConcurrentInbound: 1, policy: () => 'room', isRoomPeer: async () => { reached.resolve(); return release.promise } })
    const [a, c] = await Promise.all([dmNode(), dmNode()])
    await introduce(a, b)
    await introduce(c, b)
    const held = a.services.dm.send(b.peerId, 'first, held')
    await within('the first DM to reach the policy', 5_000, reached.promise)
    const busy = await c.services.dm.send(b.peerId, 'second')
    assert.equal(busy.status, 'rate_limited')
    assert.match(busy.reason ?? '', /busy/)
    release.resolve(true)
    assert.equal((await held).status, 'delivered')
  })
})
