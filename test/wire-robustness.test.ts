/**
 * Wire-level hostility: a raw libp2p peer sends malformed gossipsub frames (truncated protobuf,
 * wrong field types, oversize frames, random bytes) and a flood of invalid messages. The node stays
 * up, counts the refusals, keeps delivering honest messages, and ends up graylisting the flooder.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import * as lp from 'it-length-prefixed'
import { RPC } from '@libp2p/gossipsub/message'
import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ChatPayload, encodeChatLine } from '../src/node/chat-payload.ts'
import { PAYLOAD_VERSION, topicForRoom } from '../src/node/options.ts'
import { ChatProcess, addrWith, freePort, LOOPBACK_TCP, isEvent } from './helpers/cli.ts'
import { startRawPeer } from './helpers/raw-peer.ts'
import type { RawPeer } from './helpers/raw-peer.ts'
import { pollUntil } from './helpers/poll.ts'

const TOPIC = topicForRoom('lobby')
const FLOOD = 200
let target: ChatProcess
let targetId: string
let targetAddr: string
let metricsUrl: string
const peers: RawPeer[] = []
const processes: ChatProcess[] = []

before(async () => {
  target = new ChatProcess(['--json', '--tcp-only', ...LOOPBACK_TCP, '--no-stdin', '--metrics', `127.0.0.1:${await freePort()}`])
  processes.push(target)
  const ready = await target.waitFor(isEvent('ready'), 'ready')
  targetId = ready.peerId
  targetAddr = addrWith(ready.addrs, '/tcp/')
  metricsUrl = ready.metricsUrl ?? assert.fail('ready without metricsUrl')
})
after(async () => {
  await Promise.all(peers.map(async p => p.stop()))
  await Promise.all(processes.map(async p => p.stop()))
})

async function metric (name: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text()
  return text.split('\n').filter(l => l.startsWith(name + ' ') || l.startsWith(name + '{')).reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0)
}

const frame = (bytes: Uint8Array): Uint8Array => lp.encode.single(bytes).subarray()
const validRpc = (): Uint8Array => RPC.encode({ subscriptions: [{ subscribe: true, topic: TOPIC }], messages: [] })

describe('malformed frames and floods', () => {
  it('survives malformed gossipsub frames and still serves honest peers', async () => {
    const peer = await startRawPeer(targetAddr)
    peers.push(peer)
    const junk: Array<[string, Uint8Array]> = [
      ['a truncated RPC', frame(validRpc().subarray(0, 5))],
      ['wrong field types', frame(Uint8Array.from([0x08, 0x96, 0x01, 0x12, 0x01, 0x05, 0x1a, 0x02, 0xff, 0xff]))],
      ['a frame over the 1 MiB limit', frame(randomBytes(2 * 1024 * 1024))],
      ['a length prefix beyond the data', Uint8Array.from([0xff, 0xff, 0x03, 0x01, 0x02])],
      ['random bytes', randomBytes(4096)],
      ['a message with a garbage signature and no key', frame(RPC.encode({ subscriptions: [], messages: [{ from: randomBytes(38), data: randomBytes(16), seqno: randomBytes(8), topic: TOPIC, signature: randomBytes(64) }] }))]
    ]
    for (const [what, bytes] of junk) {
      await assert.doesNotReject(peer.sendRawBytes(targetId, bytes).catch((err: Error) => {
        // the target may reset a stream that carried junk; that is its right, not a failure
        if (!/reset|abort|closed/i.test(err.message)) throw new Error(`${what}: ${err.message}`)
      }))
    }
    // the target is alive and answers on its metrics endpoint and its event stream
    // the frame that got through the framing was read and refused (no key: the author cannot be checked)
    await pollUntil('the keyless message refused', 10_000, async () => await metric('p2p_chat_messages_received_total{outcome="reject",reason="invalid_peerid"}') >= 1 ? true : undefined)
    assert.equal(await (await fetch(metricsUrl.replace(/\/metrics$/, '/healthz'))).text(), 'ok\n')
    assert.equal(target.child.exitCode, null)

    const honest = new ChatProcess(['--json', '--tcp-only', ...LOOPBACK_TCP, '--bootstrap', targetAddr, '--nick', 'honest'])
    processes.push(honest)
    await honest.waitFor(isEvent('room:ready'), 'honest peer ready')
    honest.send('after the junk')
    await target.waitFor(isEvent('message', e => e.text === 'after the junk'), 'honest message at the target')
  })

  it('accepts an honest batch: one RPC frame carrying 20 signed messages, with and without the `key` field, delivers all 20', async () => {
    // gossipsub batches messages (IWANT answers, piggybacked forwards); a frame limit at one chat
    // message's size once killed the stream and every message in it
    const peer = await startRawPeer(targetAddr)
    peers.push(peer)
    const author = await generateKeyPair('secp256k1')
    const from = peerIdFromPrivateKey(author).toMultihash().bytes
    const messages = []
    for (let i = 0; i < 20; i++) {
      const seqno = new Uint8Array(8)
      new DataView(seqno.buffer).setBigUint64(0, BigInt(i + 1))
      const data = encodeChatLine(`batched ${i} ${'x'.repeat(1500)}`, 'batcher')
      const signature = await author.sign(new Uint8Array([...new TextEncoder().encode('libp2p-pubsub:'), ...RPC.Message.encode({ from, data, seqno, topic: TOPIC })]))
      // half carry the `key` field that js-libp2p gossipsub sent before our patch (and still sends
      // unpatched), half leave it out as go, rust and we do: both must arrive
      messages.push({ from, data, seqno, topic: TOPIC, signature, key: i % 2 === 0 ? publicKeyToProtobuf(author.publicKey) : undefined })
    }
    const before = target.events.length
    await peer.sendRawBytes(targetId, frame(RPC.encode({ subscriptions: [], messages })))
    await target.waitUntil(() => target.events.slice(before).filter(isEvent('message', e => e.nick === 'batcher')).length === 20 ? true : undefined, 'all 20 batched messages')
  })

  it(`counts a flood of ${FLOOD} invalid messages, graylists the flooder, and keeps delivering honest messages`, async () => {
    const flooder = await startRawPeer(targetAddr)
    peers.push(flooder)
    await flooder.join(TOPIC, targetId)
    const rejectedBefore = target.events.filter(isEvent('rejected')).length
    const bad = (i: number): Uint8Array => ChatPayload.encode({
      version: PAYLOAD_VERSION, text: new Uint8Array(), nick: new TextEncoder().encode(`flood${i}`), sentAtMs: BigInt(Date.now()), nonce: randomBytes(8)
    })
    for (let i = 0; i < FLOOD; i++) await flooder.publishRaw(TOPIC, bad(i))

    // refusals are counted (before the graylist, each one; after it, the RPCs are dropped unread)
    await target.waitUntil(() => target.events.filter(isEvent('rejected')).length - rejectedBefore >= 3 ? true : undefined, 'refusals of the flood')
    const refused = target.events.slice(0).filter(isEvent('rejected', e => e.propagationSource === flooder.node.peerId.toString()))
    assert.ok(refused.every(e => e.reason === 'empty_text' && e.outcome === 'reject'))
    assert.ok(await metric('p2p_chat_messages_received_total{outcome="reject",reason="empty_text"}') >= 3)
    // graylisted: the target now drops the flooder's RPCs without reading them
    await pollUntil('the flooder graylisted', 15_000, async () => {
      await flooder.publishRaw(TOPIC, bad(-1))
      return await metric('gossipsub_rpc_rcv_not_accepted_total') > 0 ? true : undefined
    }, 300)

    const honest = processes[1]
    honest.send('honest after the flood')
    await target.waitFor(isEvent('message', e => e.text === 'honest after the flood'), 'honest message after the flood')
    assert.equal(target.child.exitCode, null, 'the target is still running')
  })
})
