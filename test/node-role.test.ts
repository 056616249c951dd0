/**
 * Adversary roles (src/node/node-role.ts), each the real node with one behaviour changed, among
 * library nodes on loopback with fixed links (no discovery):
 * - silent: A - S - B beside A - H - C. H forwards A's messages to C; S, in the same place, forwards
 *   none to B, and delivers none itself.
 * - censor: A - X - B and D - X. X forwards D's messages to B but none of A's.
 * - spammer (invalid): its junk is rejected by an honest peer, whose score of it falls to the
 *   graylist with the room's scoring (and the node says so: a `verdict` event), and stays 0 with
 *   scoring off (the knob reaching gossipsub).
 * - eclipse: dials its target by peer id alone (the address from the peer store), redials it after
 *   the target drops the connection, and forwards the target nothing.
 * An absence is asserted only after a positive control on the same path arrived, plus two heartbeats.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { LAB_RESOURCE_BUDGET } from '../src/node/index.ts'
import type { ChatNode, ChatNodeInit } from '../src/node/index.ts'
import { CHAT_ROOM_SCORE_THRESHOLDS } from '../src/node/scoring.ts'
import { libraryNodes } from './helpers/library-nodes.ts'
import { pollUntil, within } from './helpers/poll.ts'

const { start } = libraryNodes()
const HEARTBEAT_MS = 200
const GRAYLIST = CHAT_ROOM_SCORE_THRESHOLDS.graylistThreshold as number

async function node (init: ChatNodeInit = {}): Promise<ChatNode> {
  return await start({ discoveryTargetPeers: 0, limits: LAB_RESOURCE_BUDGET, connections: { inboundPerHostPerSecond: 100 }, ...init, gossipsub: { heartbeatIntervalMs: HEARTBEAT_MS, ...init.gossipsub } })
}

async function link (a: ChatNode, b: ChatNode): Promise<void> {
  await a.libp2p.dial(b.libp2p.getMultiaddrs()[0])
}

/** Texts a node has received, live. */
function inbox (n: ChatNode): string[] {
  const texts: string[] = []
  n.room.addEventListener('message', ({ detail }) => { texts.push(detail.line.text) })
  return texts
}

const peerId = (n: ChatNode): string => n.libp2p.peerId.toString()
const settle = async (): Promise<void> => { await new Promise(resolve => setTimeout(resolve, 2 * HEARTBEAT_MS)) }

describe('adversary roles', () => {
  it('silent: joins the room and receives, forwards and delivers nothing', async () => {
    const [a, s, h, b, c] = [await node(), await node({ role: { kind: 'silent' } }), await node(), await node(), await node()]
    for (const [x, y] of [[a, s], [s, b], [a, h], [h, c]]) await link(x, y)
    const [atS, atB, atC] = [inbox(s), inbox(b), inbox(c)]
    await pollUntil('every room ready', 10_000, () => [a, s, h, b, c].every(n => n.room.presence.roomPeers().length > 0) ? true : undefined)
    for (let i = 0; i < 3; i++) await a.room.publish(`from a ${i}`)
    await pollUntil('C, behind the honest relay, has all three', 10_000, () => atC.length === 3 ? true : undefined)
    await settle()
    assert.deepEqual(atB, [], 'B, behind the silent node, got nothing')
    assert.deepEqual(atS, [], 'the silent node delivers nothing to itself either')
    assert.ok(s.room.presence.roomPeers().includes(peerId(a)), 'yet it is in the room with A')
  })

  it('censor: forwards everything but one author\'s messages', async () => {
    const [a, d, b] = [await node(), await node(), await node()]
    const x = await node({ role: { kind: 'censor', peers: [peerId(a)] } })
    for (const [p, q] of [[a, x], [d, x], [x, b]]) await link(p, q)
    const atB = inbox(b)
    await pollUntil('every room ready', 10_000, () => [a, d, x, b].every(n => n.room.presence.roomPeers().length > 0) ? true : undefined)
    for (let i = 0; i < 3; i++) {
      await a.room.publish(`censored ${i}`)
      await d.room.publish(`allowed ${i}`)
    }
    await pollUntil('B has D\'s three through the censor', 10_000, () => atB.filter(t => t.startsWith('allowed')).length === 3 ? true : undefined)
    await settle()
    assert.deepEqual(atB.filter(t => t.startsWith('censored')), [], 'none of A\'s')
  })

  it('spammer (invalid): rejected, and graylisted by the room\'s scoring; with scoring off its score stays 0', async () => {
    for (const scoring of ['chat-room', 'off'] as const) {
      const honest = await node({ gossipsub: { scoring } })
      const spammer = await node({ role: { kind: 'spammer', ratePerS: 50, invalid: true } })
      const rejected = new Promise<void>(resolve => { honest.room.addEventListener('rejected', () => { resolve() }, { once: true }) })
      await link(spammer, honest)
      await within('the honest node rejects the junk', 10_000, rejected)
      // the GossipSub interface leaves the router's getScore out; the implementation has it
      const router = honest.libp2p.services.pubsub as unknown as { getScore: (peer: string) => number }
      const score = (): number => router.getScore(peerId(spammer))
      const verdicts: string[] = []
      honest.events.addEventListener('event', ({ detail: e }) => { if (e.event === 'verdict' && e.peerId === peerId(spammer)) verdicts.push(e.verdict) })
      if (scoring === 'chat-room') {
        await pollUntil('the spammer\'s score falls below the graylist threshold', 15_000, () => score() < GRAYLIST ? true : undefined)
        await pollUntil('the honest node reports the spammer graylisted', 5_000, () => verdicts.includes('graylisted') ? true : undefined)
      } else {
        await settle()
        assert.equal(score(), 0, 'no scoring, no score')
        assert.ok(!verdicts.includes('graylisted'), 'and no graylist verdict')
      }
      await spammer.stop()
    }
  })

  it('eclipse: reaches its target by peer id, comes back when dropped, and forwards it nothing', async () => {
    const [a, target] = [await node(), await node()]
    // the eclipse knows where the target is only through its peer store, as a DHT lookup would leave it
    const e = await node({ role: { kind: 'eclipse', peers: [peerId(target)] } })
    await e.libp2p.peerStore.merge(target.libp2p.peerId, { multiaddrs: target.libp2p.getMultiaddrs() })
    await link(a, e)
    const atTarget = inbox(target)
    await pollUntil('the eclipse node connects to its target', 10_000, () => e.libp2p.getConnections(target.libp2p.peerId).length > 0 ? true : undefined)
    await pollUntil('the target has the eclipse node in its room', 10_000, () => target.room.presence.roomPeers().includes(peerId(e)) ? true : undefined)
    await target.libp2p.hangUp(e.libp2p.peerId)
    await pollUntil('the eclipse node comes back', 15_000, () => e.libp2p.getConnections(target.libp2p.peerId).length > 0 ? true : undefined)
    await pollUntil('A and the eclipse node share the room', 10_000, () => a.room.presence.roomPeers().includes(peerId(e)) ? true : undefined)
    // the positive control: the message reached the eclipse node's validator (the role's IGNORE)
    const validators = e.libp2p.services.pubsub.topicValidators
    const roleValidator = validators.get(e.room.topic)
    assert.ok(roleValidator != null)
    let validated = 0
    validators.set(e.room.topic, (source, msg) => { validated++; return roleValidator(source, msg) })
    await a.room.publish('for the target')
    await pollUntil('the message reaches the eclipse node', 10_000, () => validated > 0 ? true : undefined)
    await settle()
    assert.deepEqual(atTarget, [], 'the target, reachable only through the eclipse, got nothing')
  })
})
