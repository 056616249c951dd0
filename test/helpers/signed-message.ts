/** Room messages signed exactly as gossipsub's StrictSign signs them, for tests that play a peer. */
import { RPC } from '@libp2p/gossipsub/message'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { encodeChatLine } from '../../src/node/chat-payload.ts'
import { messageIdOf, messageIdToHex } from '../../src/node/chat-room.ts'
import type { StoredMessage } from '../../src/node/history/index.ts'

export interface SignInit { topic: string, text: string, nick?: string, sentAtMs?: number, seqno?: bigint }

/** `"libp2p-pubsub:" + RPC.Message{from, data, seqno, topic}`, signed by `key`. */
export async function signRoomMessage (key: PrivateKey, init: SignInit): Promise<StoredMessage> {
  const seqno = new Uint8Array(8)
  new DataView(seqno.buffer).setBigUint64(0, init.seqno ?? 1n)
  const sentAtMs = init.sentAtMs ?? Date.now()
  const data = encodeChatLine(init.text, init.nick ?? 'signer', sentAtMs)
  const m = { from: peerIdFromPrivateKey(key).toMultihash().bytes, data, seqno, topic: init.topic }
  const bytes = Uint8Array.from([...new TextEncoder().encode('libp2p-pubsub:'), ...RPC.Message.encode(m)])
  return { ...m, id: messageIdToHex(messageIdOf(data)), signature: await key.sign(bytes), sentAtMs }
}

/** `m` with its text replaced, its signature kept: what an altering forwarder would serve. */
export function withText (m: StoredMessage, text: string): StoredMessage {
  const data = encodeChatLine(text, 'signer', m.sentAtMs)
  return { ...m, data, id: messageIdToHex(messageIdOf(data)) }
}
