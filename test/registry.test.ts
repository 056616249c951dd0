/** Several nodes in one process keep separate, complete metric registries. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ChatNode } from '../src/node/index.ts'
import { renderMetrics } from '../src/node/exposition.ts'
import { libraryNodes } from './helpers/library-nodes.ts'

const { start, started: nodes } = libraryNodes()

describe('metric registries', () => {
  it('gives each node in a process its own registry, none wiping another', async () => {
    for (let i = 0; i < 2; i++) await start({ metrics: true })
    for (const node of nodes) {
      const text = await renderMetrics(node.registry)
      for (const prefix of ['p2p_chat_messages_received_total', 'gossipsub_', 'libp2p_', 'process_cpu_seconds_total']) {
        assert.ok(text.includes(prefix), `${prefix} present in every node's registry`)
      }
    }
    // the libp2p metrics are each node's own: a connection moves only the dialer's dial counter
    const dialsOf = async (node: ChatNode): Promise<string> => (await renderMetrics(node.registry)).split('\n').filter(l => l.startsWith('libp2p_dial')).join('\n')
    const before = await dialsOf(nodes[1])
    await nodes[0].libp2p.dial(nodes[1].libp2p.getMultiaddrs()[0])
    assert.notEqual(await dialsOf(nodes[0]), '', 'node 0 reports its dial')
    assert.equal(await dialsOf(nodes[1]), before, 'node 1 did not dial and its dial metrics did not move')

    // the project's own metrics too: a message moves the sender's published and the receiver's accepted counter
    const received = new Promise<void>(resolve => { nodes[1].room.addEventListener('message', () => { resolve() }, { once: true }) })
    await nodes[0].room.publish('counted once, in the right registry', { waitMs: 10_000 })
    await received
    const sample = async (node: ChatNode, line: string): Promise<number> => {
      const found = (await renderMetrics(node.registry)).split('\n').find(l => l.startsWith(line + ' '))
      return Number(found?.split(' ')[1] ?? 0)
    }
    const accepted = 'p2p_chat_messages_received_total{outcome="accept",reason="valid"}'
    assert.deepEqual([await sample(nodes[0], 'p2p_chat_messages_published_total'), await sample(nodes[1], 'p2p_chat_messages_published_total')], [1, 0])
    assert.deepEqual([await sample(nodes[0], accepted), await sample(nodes[1], accepted)], [0, 1])
  })
})
