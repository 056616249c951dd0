/**
 * Chat nodes of the library in the test's own process: loopback TCP, no pings (unless `init` says
 * otherwise), every one stopped when the test file ends. Call at the top level of a test file.
 * The process's runtime patches are those the CLI installs (installRuntimePatches, idempotent).
 */
import { after } from 'node:test'
import { createChatNode, installRuntimePatches } from '../../src/node/index.ts'
import type { ChatNode, ChatNodeInit } from '../../src/node/index.ts'

export function libraryNodes (): { start: (init?: ChatNodeInit) => Promise<ChatNode>, started: ChatNode[] } {
  const started: ChatNode[] = []
  after(async () => { await Promise.all(started.map(async n => n.stop())) })
  return {
    started,
    async start (init = {}) {
      await installRuntimePatches()
      const node = await createChatNode({ listen: ['/ip4/127.0.0.1/tcp/0'], transports: { tcp: true, quic: false }, pingIntervalMs: 0, ...init })
      started.push(node)
      await node.start()
      return node
    }
  }
}
