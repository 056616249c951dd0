/**
 * Verification of history messages: what gossipsub's StrictSign accepts (a message signed by its
 * rules here, and one a real gossipsub published), and each forgery refused with its reason.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { RPC } from '@libp2p/gossipsub/message'
import { gossipsub } from '@libp2p/gossipsub'
import type { GossipSub, GossipsubMessage } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { createLibp2p } from 'libp2p'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { encodeChatLine } from '../src/node/chat-payload.ts'
import { messageIdOf, messageIdToHex } from '../src/node/chat-room.ts'
import { DEFAULT_VALIDATION_LIMITS, topicForRoom } from '../src/node/options.ts'
import { HISTORY_REFUSAL_REASONS, verifyHistoryMessage } from '../src/node/history/index.ts'
import type { SignedMessageFields } from '../src/node/history/index.ts'
import { pollUntil } from './helpers/poll.ts'

const TOPIC = topicForRoom('verify')
const DAY = 24 * 3_600_000
const expect = { topic: TOPIC, limits: DEFAULT_VALIDATION_LIMITS, maxAgeMs: DAY }

/** A message signed exactly as gossipsub's buildRawMessage signs one. */
async function signed (key: PrivateKey, init: { topic?: string, data?: Uint8Array, withKey?: boolean } = {}): Promise<SignedMessageFields> {
  const seqno = new Uint8Array(8)
  new DataView(seqno.buffer).setBigUint64(0, 42n)
  const m = { from: peerIdFromPrivateKey(key).toMultihash().bytes, data: init.data ?? encodeChatLine('hello', 'ann'), seqno, topic: init.topic ?? TOPIC }
  const bytes = Uint8Array.from([...new TextEncoder().encode('libp2p-pubsub:'), ...RPC.Message.encode(m)])
  return { ...m, signature: await key.sign(bytes), ...(init.withKey === true ? { key: publicKeyToProtobuf(key.publicKey) } : {}) }
}

describe('history message verification', () => {
  it('accepts what StrictSign accepts, with and without the key, secp256k1 and ed25519', async () => {
    for (const type of ['secp256k1', 'Ed25519'] as const) {
      const key = await generateKeyPair(type)
      for (const withKey of [false, true]) {
        const m = await signed(key, { withKey })
        const verdict = await verifyHistoryMessage(m, expect)
        assert.equal(verdict.ok, true, `${type} ${withKey ? 'with' : 'without'} key: ${verdict.ok ? '' : verdict.reason}`)
        if (!verdict.ok) continue
        assert.equal(verdict.message.id, messageIdToHex(messageIdOf(m.data!)))
        assert.equal(verdict.line.text, 'hello')
        assert.deepEqual(verdict.publicKey, publicKeyToProtobuf(key.publicKey))
        assert.equal(verdict.message.sentAtMs, verdict.line.sentAtMs)
      }
    }
  })

  it('refuses each forgery with its reason', async () => {
    const key = await generateKeyPair('secp256k1')
    const other = await generateKeyPair('secp256k1')
    const good = await signed(key, { withKey: true })
    const refused = async (m: SignedMessageFields, over: { now?: number } = {}): Promise<string | undefined> => {
      const verdict = await verifyHistoryMessage(m, { ...expect, ...over })
      return verdict.ok ? undefined : verdict.reason
    }
    const flipped = (b: Uint8Array, at = 0): Uint8Array => { const c = Uint8Array.from(b); c[at] ^= 1; return c }
    assert.equal(await refused(good), undefined)
    assert.equal(await refused({ ...good, data: flipped(good.data!, 5) }), 'invalid_signature', 'altered data')
    assert.equal(await refused({ ...good, seqno: flipped(good.seqno!, 7) }), 'invalid_signature', 'altered seqno')
    assert.equal(await refused({ ...good, seqno: good.seqno!.subarray(0, 7) }), 'invalid_seqno', 'short seqno')
    assert.equal(await refused(await signed(key, { topic: topicForRoom('elsewhere') })), 'wrong_topic', 'another room, signed for it')
    assert.equal(await refused({ ...good, key: publicKeyToProtobuf(other.publicKey) }), 'key_mismatch', 'another key than from')
    const bySomeoneElse = await signed(other)
    assert.equal(await refused({ ...good, signature: bySomeoneElse.signature }), 'invalid_signature', "another key's signature")
    assert.equal(await refused({ ...bySomeoneElse, from: good.from }), 'invalid_signature', "another key's message claiming our peer id")
    assert.equal(await refused({ ...good, from: Uint8Array.of(1, 2, 3) }), 'invalid_peerid', 'from is no peer id')
    assert.equal(await refused({ ...good, from: undefined }), 'invalid_peerid', 'no from')
    assert.equal(await refused({ ...good, key: Uint8Array.of(9, 9) }), 'invalid_peerid', 'key that does not decode')
    assert.equal(await refused({ ...good, signature: undefined }), 'invalid_signature', 'no signature')
    assert.equal(await refused({ ...good, signature: Uint8Array.of(1, 2) }), 'invalid_signature', 'malformed signature')
    assert.equal(await refused(await signed(key, { data: Uint8Array.of(1, 2, 3) })), 'malformed', 'not a chat payload')
    // the history window replaces the live room's few minutes, the future-skew check stays
    const hourAgo = await signed(key, { data: encodeChatLine('old', 'ann', Date.now() - 3_600_000) })
    assert.equal(await refused(hourAgo), undefined, 'an hour old is history')
    assert.equal(await refused(hourAgo, { now: Date.now() + DAY }), 'stale_send_time', 'older than the window')
    const future = await signed(key, { data: encodeChatLine('soon', 'ann', Date.now() + 3_600_000) })
    assert.equal(await refused(future), 'future_send_time')
    assert.ok(HISTORY_REFUSAL_REASONS.includes('key_mismatch') && HISTORY_REFUSAL_REASONS.includes('wrong_topic'))
    assert.equal(new Set(HISTORY_REFUSAL_REASONS).size, HISTORY_REFUSAL_REASONS.length, 'no duplicate labels')
  })

  describe('a message published by a real gossipsub', () => {
    const nodes: Array<Libp2p<{ pubsub: GossipSub }>> = []
    after(async () => { await Promise.all(nodes.map(async n => { await n.stop() })) })

    it('verifies as it arrived', async () => {
      for (let i = 0; i < 2; i++) {
        nodes.push(await createLibp2p({
          addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
          transports: [tcp()],
          connectionEncrypters: [noise()],
          streamMuxers: [yamux()],
          services: { identify: identify(), pubsub: gossipsub({ emitSelf: false }) }
        }))
      }
      const [a, b] = nodes
      b.services.pubsub.subscribe(TOPIC)
      a.services.pubsub.subscribe(TOPIC)
      await b.dial(a.getMultiaddrs()[0])
      await pollUntil('B subscribed, as A sees it', 10_000, () => a.services.pubsub.getSubscribers(TOPIC).length > 0 ? true : undefined, 50)
      const arrived = new Promise<GossipsubMessage>(resolve => {
        b.services.pubsub.addEventListener('gossipsub:message', (evt) => { resolve(evt.detail) }, { once: true })
      })
      await a.services.pubsub.publish(TOPIC, encodeChatLine('from gossipsub', 'ann'))
      const { msg } = await arrived
      assert.equal(msg.type, 'signed')
      if (msg.type !== 'signed') return
      const seqno = new Uint8Array(8)
      new DataView(seqno.buffer).setBigUint64(0, msg.sequenceNumber)
      const wire = { from: msg.from.toMultihash().bytes, data: msg.data, seqno, topic: msg.topic, signature: msg.signature, key: publicKeyToProtobuf(msg.key) }
      const verdict = await verifyHistoryMessage(wire, expect)
      assert.equal(verdict.ok, true, verdict.ok ? '' : verdict.reason)
      const { key: _key, ...withoutKey } = wire // eslint-disable-line @typescript-eslint/no-unused-vars
      assert.equal((await verifyHistoryMessage(withoutKey, expect)).ok, true, 'the key follows from the peer id')
      assert.equal((await verifyHistoryMessage({ ...wire, data: encodeChatLine('from gossipsub', 'ann') }, expect)).ok, false, 'other data')
    })
  })
})
