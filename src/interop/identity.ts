/**
 * Node ids and keys as every gossipsub-interop implementation derives them: the node id is the N of
 * the host name `nodeN`; its key is the ed25519 key of a 32-byte seed that is all zero but for the
 * node id, little-endian, in its first four bytes. So any node can compute any other's peer id.
 */
import { hostname } from 'node:os'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Ed25519PrivateKey, PeerId } from '@libp2p/interface'
import { InteropParamsError } from './params.ts'

export function nodeIdFromHostname (name = hostname()): number {
  const match = /^node(\d{1,9})$/.exec(name)
  if (match == null) throw new InteropParamsError('--node-id', `the host name ${JSON.stringify(name)} is not nodeN; give --node-id N outside the framework`)
  return Number(match[1])
}

export async function interopKey (nodeId: number): Promise<Ed25519PrivateKey> {
  const seed = new Uint8Array(32)
  new DataView(seed.buffer).setUint32(0, nodeId, true)
  return await generateKeyPairFromSeed('Ed25519', seed)
}

export async function interopPeerId (nodeId: number): Promise<PeerId> {
  return peerIdFromPrivateKey(await interopKey(nodeId))
}
