/**
 * Before a one-shot sender stops: make sure what it sent has left. Stopping right after a publish
 * can cut it off: QUIC connections close by abort (unacknowledged stream data is discarded) and
 * libp2p closes connections while gossipsub still closes its streams.
 *
 * A ping answered on the same connection after the message was queued proves, on TCP (yamux
 * frames arrive in order), that the peer has read the message; on QUIC (independent streams) it
 * proves the packets before it left and the path works, which on a lossy path is not a guarantee.
 *
 * A ping to a peer that kad-dht or the RTT probe is pinging at that moment waits for theirs to
 * settle, inside the flush's deadline (one-ping-per-peer.ts), then sends its own, which still
 * leaves after the message: a busy ping stream is no reason to report the message unconfirmed.
 */
import type { Libp2p } from '@libp2p/interface'
import type { Ping } from '@libp2p/ping'
import { peerIdFromString } from '@libp2p/peer-id'

/** Resolves with the number of `peers` that answered a ping before `signal` aborted. */
export async function flushTo (libp2p: Libp2p<{ ping: Ping }>, peers: string[], signal: AbortSignal): Promise<number> {
  const answers = await Promise.allSettled(peers.map(async id => {
    const peerId = peerIdFromString(id)
    // only over a connection that carried the message: never dial anew for this
    if (libp2p.getConnections(peerId).length === 0) throw new Error('not connected')
    return libp2p.services.ping.ping(peerId, { signal })
  }))
  return answers.filter(a => a.status === 'fulfilled').length
}
