/**
 * One hop, stage by stage: two library nodes in one process on TCP loopback, `room.publish` on one,
 * the message event on the other, timed at the seams gossipsub and Node expose (median of N
 * messages, milliseconds after `room.publish` was called):
 *
 *   node bench/hop-timeline.ts [--interval-ms 50] [--messages 300]
 *
 * Both nodes share one event loop, so the stages add both nodes' CPU. The interval matters as much as
 * the code: on the development VM a message every 5 ms takes ~1 ms end to end, one every 50 ms ~3 ms,
 * the same code paths run on a CPU that went idle in between (`bench/machine.ts`, wake-up penalty).
 * Wraps gossipsub's `publish`, `sendRpc` and `handleReceivedRpc` and the socket's `write`/`data`:
 * a measurement, not a way to run a node.
 */
import net from 'node:net'
import { parseArgs } from 'node:util'
import { setTimeout as sleep } from 'node:timers/promises'
import { createChatNode, installRuntimePatches } from '../src/node/index.ts'
import type { ChatNode } from '../src/node/index.ts'
import { wallClockMs } from '../src/node/wall-clock.ts'
import { quantile } from './quantile.ts'

const { values } = parseArgs({ options: { 'interval-ms': { type: 'string', default: '50' }, messages: { type: 'string', default: '300' } } })
const intervalMs = Number(values['interval-ms'])
const messages = Number(values.messages)

await installRuntimePatches()
const options = { transports: { tcp: true, quic: false }, listen: ['/ip4/127.0.0.1/tcp/0'], room: 'hop-timeline', nat: { stunServers: [] }, pingIntervalMs: 0 }
const publisher = await createChatNode(options)
await publisher.start()
const receiver = await createChatNode({ ...options, bootstrap: publisher.libp2p.getMultiaddrs().map(String) })
await receiver.start()

const STAGES = ['gossipsub publish', 'sendRpc', 'socket write', 'socket data', 'RPC at receiver', 'message event'] as const
type Stage = typeof STAGES[number]
const marks = new Map<Stage, number[]>(STAGES.map(s => [s, []]))
let startedAt = 0
const seen = new Set<Stage>()
/** The first time a stage is reached after a publish starts. */
function mark (stage: Stage): void {
  if (startedAt === 0 || seen.has(stage)) return
  seen.add(stage)
  marks.get(stage)!.push(wallClockMs() - startedAt)
}

interface GossipsubSeams { publish: (...args: unknown[]) => Promise<unknown>, sendRpc: (...args: unknown[]) => unknown, handleReceivedRpc: (...args: unknown[]) => Promise<unknown> }
function wrap (node: ChatNode, name: keyof GossipsubSeams, stage: Stage, when: (args: unknown[]) => boolean = () => true): void {
  const seams = node.libp2p.services.pubsub as unknown as GossipsubSeams
  const original = seams[name].bind(seams) as (...args: unknown[]) => unknown
  seams[name] = ((...args: unknown[]) => { if (when(args)) mark(stage); return original(...args) }) as never
}
const carriesMessages = (args: unknown[]): boolean => ((args[1] as { messages?: unknown[] } | undefined)?.messages?.length ?? 0) > 0
wrap(publisher, 'publish', 'gossipsub publish')
wrap(publisher, 'sendRpc', 'sendRpc', carriesMessages)
wrap(receiver, 'handleReceivedRpc', 'RPC at receiver', carriesMessages)
const write = net.Socket.prototype.write
net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) { mark('socket write'); return (write as (...a: unknown[]) => boolean).apply(this, args) } as typeof write
const emit = net.Socket.prototype.emit
net.Socket.prototype.emit = function (this: net.Socket, event: string | symbol, ...args: unknown[]) { if (event === 'data' && seen.has('socket write')) mark('socket data'); return (emit as (...a: unknown[]) => boolean).call(this, event, ...args) } as typeof emit
receiver.room.addEventListener('message', () => { mark('message event') })

for (let i = 0; i < 20; i++) { await publisher.room.publish(`warm-up ${i}`); await sleep(intervalMs) }
for (let i = 0; i < messages; i++) {
  seen.clear()
  startedAt = wallClockMs()
  await publisher.room.publish(`hop ${i}`)
  await sleep(intervalMs)
}
startedAt = 0
const median = (xs: number[]): string => xs.length === 0 ? 'n/a' : quantile([...xs].sort((a, b) => a - b), 0.5).toFixed(3)
process.stdout.write(`one hop, two nodes in one process, a message every ${intervalMs} ms (${messages}), ms after room.publish:\n`)
for (const stage of STAGES) process.stdout.write(`  ${stage.padEnd(18)} ${median(marks.get(stage)!)}  (n ${marks.get(stage)!.length})\n`)
await Promise.all([publisher.stop(), receiver.stop()])
