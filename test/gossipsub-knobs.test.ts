/**
 * The room's gossipsub knobs (src/node/gossipsub-knobs.ts): the degrees that follow D, every broken
 * relation refused naming its knob, and the knobs reaching gossipsub: two rooms of 10 library nodes,
 * every node connected to every other, one with D = 2 and one with D = 8. The mesh sizes fall inside
 * each room's bounds (D = 2: at most Dhi = 4; D = 8: at least Dlo = 5), and the same 10 messages
 * cost the D = 8 room several times the duplicates; the nodes' per-message `duplicate` events add up
 * to their duplicate counters.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_GOSSIPSUB_KNOBS, GossipsubKnobError, LAB_RESOURCE_BUDGET, resolveGossipsubKnobs } from '../src/node/index.ts'
import type { ChatNode, GossipsubKnobs } from '../src/node/index.ts'
import { gossipsubOptionsOf } from '../src/node/gossipsub-knobs.ts'
import { libraryNodes } from './helpers/library-nodes.ts'
import { pollUntil, within } from './helpers/poll.ts'

const { start } = libraryNodes()

describe('gossipsub knobs: resolving', () => {
  it('defaults are js gossipsub\'s; the degrees not given follow D', () => {
    assert.deepEqual(resolveGossipsubKnobs(), DEFAULT_GOSSIPSUB_KNOBS)
    const d2 = resolveGossipsubKnobs({ D: 2 })
    assert.deepEqual([d2.Dlo, d2.Dhi, d2.Dscore, d2.Dlazy, d2.Dout], [1, 4, 1, 2, 0])
    const d12 = resolveGossipsubKnobs({ D: 12, Dhi: 20 })
    assert.deepEqual([d12.Dlo, d12.Dhi, d12.Dscore, d12.Dlazy, d12.Dout], [8, 20, 8, 12, 2])
  })

  for (const [given, message] of [
    [{ D: 4, Dlo: 5 }, /^Dlo: 5 must be <= D \(4\)$/],
    [{ D: 8, Dhi: 6 }, /^Dhi: 6 must be >= D \(8\)$/],
    [{ Dout: 4 }, /^Dout: 4 must be < Dlo \(4\)$/],
    [{ D: 0 }, /^D: must be at least 1/],
    [{ D: 2.5 }, /^D: expected a whole number/],
    [{ mcacheGossip: 6 }, /^mcacheGossip: 6 must be <= mcacheLength \(5\)$/],
    [{ heartbeatIntervalMs: -1 }, /^heartbeatIntervalMs: expected a number >= 0/],
    [{ floodPublish: 'yes' }, /^floodPublish: expected a boolean/],
    [{ scoring: 'strict' }, /^scoring: expected "chat-room" or "off"/]
  ] as Array<[Partial<Record<keyof GossipsubKnobs, unknown>>, RegExp]>) {
    it(`refuses ${JSON.stringify(given)}, naming the knob`, () => {
      assert.throws(() => resolveGossipsubKnobs(given as Partial<GossipsubKnobs>), (err: any) => err instanceof GossipsubKnobError && message.test(err.message))
    })
  }

  it('maps onto js options: IDONTWANT off is a threshold no message reaches, opportunistic graft off grafts no peer', () => {
    const o = gossipsubOptionsOf(resolveGossipsubKnobs({ idontwant: false, opportunisticGraft: false, heartbeatIntervalMs: 700 }))
    assert.equal(o.idontwantMinDataSize, Number.MAX_SAFE_INTEGER)
    assert.equal(o.opportunisticGraftPeers, 0)
    assert.equal(o.heartbeatInterval, 700)
    assert.equal(gossipsubOptionsOf(resolveGossipsubKnobs()).idontwantMinDataSize, 512)
  })
})

const ROOM = 10
const MESSAGES = 10

/** A room of ROOM nodes, each connected to every other. */
async function room (gossipsub: Partial<GossipsubKnobs>): Promise<ChatNode[]> {
  const nodes: ChatNode[] = []
  // the lab's budget: ten nodes on one loopback address are one host to each other's per-host limits
  for (let i = 0; i < ROOM; i++) nodes.push(await start({ gossipsub, discoveryTargetPeers: 0, limits: LAB_RESOURCE_BUDGET, connections: { inboundPerHostPerSecond: 100 } }))
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1)) await a.libp2p.dial(b.libp2p.getMultiaddrs()[0])
  }
  return nodes
}

async function duplicatesOf (nodes: ChatNode[]): Promise<number> {
  let sum = 0
  for (const n of nodes) sum += (await n.metrics.duplicates.get()).values.reduce((a, v) => a + v.value, 0)
  return sum
}

/** The `duplicate` events of the nodes, summed: the per-message counts the traces get. */
function duplicateEvents (nodes: ChatNode[]): { total: number } {
  const sum = { total: 0 }
  for (const n of nodes) n.events.addEventListener('event', ({ detail: e }) => { if (e.event === 'duplicate') sum.total += e.count })
  return sum
}

/**
 * Publishes MESSAGES from node 0 and waits until every other node has all of them; the duplicates
 * they cost, once the nodes' per-message `duplicate` events add up to their duplicate counters.
 */
async function publishAll (nodes: ChatNode[]): Promise<number> {
  const before = await duplicatesOf(nodes)
  const events = duplicateEvents(nodes)
  const all = Promise.all(nodes.slice(1).map(async n => await new Promise<void>(resolve => {
    let got = 0
    n.room.addEventListener('message', () => { if (++got === MESSAGES) resolve() })
  })))
  for (let i = 0; i < MESSAGES; i++) await nodes[0].room.publish(`knob test ${i}`)
  await within('every node received every message', 20_000, all)
  // duplicates still in flight arrive within a few round trips on loopback, and are reported within a second
  await new Promise(resolve => setTimeout(resolve, 500))
  const counted = await duplicatesOf(nodes) - before
  await pollUntil(`duplicate events add up to the counters' ${counted}`, 5_000, () => events.total === counted ? true : undefined)
  return counted
}

describe('gossipsub knobs reach the mesh', () => {
  it('D = 2 keeps meshes at most Dhi = 4, D = 8 at least Dlo = 5; D = 8 costs several times the duplicates', async () => {
    const heartbeatIntervalMs = 250
    const small = await room({ D: 2, heartbeatIntervalMs })
    const large = await room({ D: 8, heartbeatIntervalMs })
    const meshes = (nodes: ChatNode[]): number[] => nodes.map(n => n.room.meshPeers().length)
    await pollUntil('D = 2: every mesh between Dlo = 1 and Dhi = 4', 20_000, () => meshes(small).every(m => m >= 1 && m <= 4) ? true : undefined)
    await pollUntil('D = 8: every mesh at least Dlo = 5', 20_000, () => meshes(large).every(m => m >= 5) ? true : undefined)
    const [dupSmall, dupLarge] = [await publishAll(small), await publishAll(large)]
    // meshes of D = 2 and D = 8 among 9 peers: about 1 and 7 redundant copies per node and message
    assert.ok(dupLarge > 2.5 * dupSmall, `duplicates: D = 2 ${dupSmall}, D = 8 ${dupLarge} (meshes ${meshes(small).join(' ')} / ${meshes(large).join(' ')})`)
  })
})
