/**
 * Malformed payloads put on the room topic by a raw libp2p peer are refused by a running CLI node
 * with the right reason, and the node stays up and keeps delivering good messages.
 */
import { describe, it, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { ChatPayload, encodeChatLine } from '../src/node/chat-payload.ts'
import { DEFAULT_VALIDATION_LIMITS, PAYLOAD_VERSION, topicForRoom } from '../src/node/options.ts'
import { ChatProcess, addrWith, LOOPBACK_TCP, isEvent } from './helpers/cli.ts'
import { startRawPeer } from './helpers/raw-peer.ts'
import type { RawPeer } from './helpers/raw-peer.ts'

const TOPIC = topicForRoom('lobby')
const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s)
const payload = (over: Partial<ChatPayload>): Uint8Array => ChatPayload.encode({
  version: PAYLOAD_VERSION, text: utf8('hi'), nick: utf8('mallory'), sentAtMs: BigInt(Date.now()), nonce: crypto.getRandomValues(new Uint8Array(8)), ...over
})

let target: ChatProcess
let targetId: string
let targetAddr: string
const peers: RawPeer[] = []

before(async () => {
  target = new ChatProcess(['--json', '--tcp-only', ...LOOPBACK_TCP, '--no-stdin', '--log-level', 'debug'])
  const info = await target.ready()
  targetId = info.peerId
  targetAddr = addrWith(info.addrs, '/tcp/')
})
after(async () => {
  await Promise.all(peers.map(async p => p.stop()))
  await target?.stop()
})

/**
 * Each attacker sends at most two rejected messages: with the room's scoring (P4 weight -20) a
 * third in quick succession graylists it and the target would drop its RPCs unseen. A new attacker
 * per case would run into libp2p's inbound rate limit (5 connections/s per IP on loopback).
 */
const REJECTS_PER_ATTACKER = 2
let current: { peer: RawPeer, rejects: number } | undefined
async function attacker (willBeRejected: boolean): Promise<RawPeer> {
  if (current == null || current.rejects >= REJECTS_PER_ATTACKER) {
    const peer = await startRawPeer(targetAddr)
    peers.push(peer)
    await peer.join(TOPIC, targetId)
    current = { peer, rejects: 0 }
  }
  if (willBeRejected) current.rejects++
  return current.peer
}

describe('strict validation of received messages', () => {
  const cases: Array<[string, () => Uint8Array, string, string]> = [
    ['garbage bytes', () => new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0xff, 0xff]), 'reject', 'malformed'],
    ['a payload of an unknown version', () => payload({ version: 7 }), 'reject', 'unknown_version'],
    ['oversize text', () => payload({ text: utf8('x'.repeat(DEFAULT_VALIDATION_LIMITS.maxTextBytes + 10)) }), 'reject', 'oversize_text'],
    ['a send time far in the future', () => payload({ sentAtMs: BigInt(Date.now() + 3_600_000) }), 'ignore', 'future_send_time'],
    ['invalid UTF-8', () => payload({ text: new Uint8Array([0xc3, 0x28]) }), 'reject', 'invalid_utf8'],
    ['an escape sequence in the text', () => payload({ text: utf8('\u001b[2J\u001b[Hgotcha') }), 'reject', 'invalid_text']
  ]
  for (const [what, make, outcome, reason] of cases) {
    it(`${outcome}s ${what} (${reason})`, async () => {
      const peer = await attacker(outcome === 'reject')
      const before = target.events.length
      await peer.publishRaw(TOPIC, make())
      // the first verdict either way: a wrong acceptance fails here at once, it does not time out
      const refused = await target.waitUntil(() => target.events.slice(before).find(e => e.event === 'rejected' || e.event === 'message'), `a verdict on ${what}`, 10_000)
      assert.equal(refused.event, 'rejected', `${what} was accepted: ${JSON.stringify(refused)}`)
      assert.equal(refused.outcome, outcome)
      assert.equal(refused.reason, reason)
      assert.equal(refused.propagationSource, peer.node.peerId.toString())
      assert.equal(target.events.slice(before).some(e => e.event === 'message'), false, 'no message reached the client')
    })
  }

  it('rejects a message whose signature does not verify (invalid_signature)', async () => {
    const peer = await attacker(true)
    const before = target.events.length
    await peer.sendForgedMessage(targetId, TOPIC, encodeChatLine('forged', 'mallory'))
    const refused = await target.waitUntil(() => target.events.slice(before).find(e => e.event === 'rejected' || e.event === 'message'), 'a verdict on a forged signature', 10_000)
    assert.equal(refused.event, 'rejected', `the forged message was accepted: ${JSON.stringify(refused)}`)
    assert.equal(refused.outcome, 'reject')
    assert.equal(refused.reason, 'invalid_signature')
    assert.equal(target.events.slice(before).some(e => e.event === 'message'), false)
  })

  it('stays up and still delivers a good message afterwards', async () => {
    const honest = new ChatProcess(['--json', '--tcp-only', ...LOOPBACK_TCP, '--bootstrap', targetAddr, '--nick', 'honest'])
    try {
      await honest.ready()
      await honest.waitFor(isEvent('room:ready'), 'the room ready at the honest peer')
      honest.send('still here?')
      const got = await target.waitFor(isEvent('message', e => e.text === 'still here?'), 'good message at the target')
      assert.equal(got.nick, 'honest')
      assert.equal(target.child.exitCode, null, 'target still running')
    } finally {
      await honest.stop()
    }
  })
})
