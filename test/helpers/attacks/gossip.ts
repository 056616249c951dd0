/**
 * Gossipsub attack: validly signed room messages whose send time is 10 minutes ahead, which the
 * room's validator IGNOREs (no penalty today), published as fast as gossipsub takes them.
 */
import { identify } from '@libp2p/identify'
import { gossipsub } from '@libp2p/gossipsub'
import type { GossipSub } from '@libp2p/gossipsub'
import { encodeChatLine } from '../../../src/node/chat-payload.ts'
import { topicForRoom } from '../../../src/node/options.ts'
import type { Attack } from './common.ts'
import { attackerNode, sleep } from './common.ts'

/** Row 10: IGNOREd (future send time) signed messages at full speed. */
const gossipFutureMessages: Attack = async (ctx) => {
  const topic = topicForRoom(ctx.options.room ?? 'lobby')
  const aheadMs = ctx.num('ahead-ms', 10 * 60_000)
  const node = await attackerNode(ctx.source(0), {
    services: { identify: identify(), pubsub: gossipsub({ allowPublishToZeroTopicPeers: true, emitSelf: false }) }
  })
  const pubsub = node.services.pubsub as GossipSub
  pubsub.subscribe(topic)
  await node.dial(ctx.target, { signal: AbortSignal.timeout(5_000) })
  // wait until the target is on the topic and our outbound gossipsub stream to it is open
  const outbound = (): boolean => (pubsub as unknown as { streamsOutbound: Map<string, unknown> }).streamsOutbound.has(ctx.targetPeerId)
  while (!ctx.over && !(pubsub.getSubscribers(topic).some(p => p.toString() === ctx.targetPeerId) && outbound())) await sleep(50)
  ctx.started({ peerId: node.peerId.toString() })
  let inFlight = 0
  while (!ctx.over) {
    if (node.getConnections().length === 0) {
      ctx.count('disconnects')
      try { await node.dial(ctx.target, { signal: AbortSignal.timeout(2_000) }) } catch { await sleep(1_000) }
      await sleep(200) // let the subscription exchange happen again
      continue
    }
    if (inFlight >= 64) { await sleep(1); continue }
    inFlight++
    pubsub.publish(topic, encodeChatLine(`from the future ${ctx.stats.sent ?? 0}`, 'mallory', Date.now() + aheadMs))
      .then(() => { ctx.count('sent') }, () => { ctx.count('publishErrors') })
      .finally(() => { inFlight-- })
    if ((ctx.stats.sent ?? 0) % 256 === 0) await new Promise(resolve => setImmediate(resolve))
  }
  const connected = node.getConnections().length > 0
  await node.stop()
  return { stillConnected: connected }
}

export const gossipAttacks: Record<string, Attack> = { 'gossip-future-messages': gossipFutureMessages }
