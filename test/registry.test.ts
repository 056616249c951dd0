/** Several nodes in one process keep separate, complete metric registries. */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { createChatNode } from '../src/node/index.ts'
import type { ChatNode } from '../src/node/index.ts'
import { renderMetrics } from '../src/node/exposition.ts'

const nodes: ChatNode[] = []
after(async () => { await Promise.all(nodes.map(async n => n.stop())) })

describe('metric registries', () => {
  it('gives each node in a process its own registry, none wiping another', async () => {
    for (let i = 0; i < 2; i++) {
      const node = await createChatNode({ listen: ['/ip4/127.0.0.1/tcp/0'], transports: { tcp: true, quic: false }, pingIntervalMs: 0 })
      nodes.push(node)
      await node.start()
    }
    assert.notEqual(nodes[0].registry, nodes[1].registry)
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
  })
})
