/**
 * kad-dht v16 keeps its 20 closest peers connected: every 5 s it rebuilds two `PeerSet`s of those
 * peers from their string ids, diffs them, and tags the new ones `KEEP_ALIVE` (libp2p re-dials
 * such peers at once when they drop). A chat room does not need it: the DHT serves discovery,
 * whose queries dial on demand. And it is not free: rebuilding a secp256k1 peer id from a string
 * decompresses its public key twice in pure JavaScript, so the tagger was 7.5 % of all the CPU of a
 * 30-node room (`bench/room.ts --nodes 30 --processes 1`, CPU profile), and its keep-alive peers
 * held connections above what the mesh needs. kad-dht offers no option for the set's size or
 * interval (`closestPeerSetSize` is not passed through `kadDHT()`), hence this stop.
 */
import type { KadDHT } from '@libp2p/kad-dht'

interface WithClosestPeerTagger { routingTable?: { closestPeerTagger?: { stop(): void } } }

/** Stops the tagger of a started DHT; false when this kad-dht has none (its internals changed). */
export function stopClosestPeerTagger (dht: KadDHT): boolean {
  const tagger = (dht as unknown as WithClosestPeerTagger).routingTable?.closestPeerTagger
  if (tagger == null) return false
  tagger.stop()
  return true
}
