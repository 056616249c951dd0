/**
 * A relay frees the slot of a peer that left: js circuit-relay-v2 alone keeps it for its 2 h TTL,
 * and a relay full of departed peers refuses every newcomer. Two library nodes on loopback: a relay
 * and a client that listens on `/p2p-circuit` (so it reserves a slot on the relay it knows).
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { libraryNodes } from './helpers/library-nodes.ts'
import { pollUntil } from './helpers/poll.ts'

const { start } = libraryNodes()

describe('relay reservations', () => {
  it('are released when their holder disconnects, and taken again when it comes back', async () => {
    const relay = await start({ nat: { relayServer: true, disableUdp: true } })
    const relayService = relay.libp2p.services.relay
    assert.ok(relayService != null)
    const relayAddr = relay.libp2p.getMultiaddrs()[0].toString()
    const clientInit = { listen: ['/ip4/127.0.0.1/tcp/0', '/p2p-circuit'], bootstrap: [relayAddr], nat: { disableUdp: true }, privateKey: await generateKeyPair('secp256k1') }

    const client = await start(clientInit)
    await pollUntil('a reservation for the client', 20_000, () => relayService.reservations.has(client.libp2p.peerId) ? true : undefined)

    await client.stop()
    await pollUntil('the client gone from the relay', 10_000, () => relay.libp2p.getConnections(client.libp2p.peerId).length === 0 ? true : undefined)
    assert.equal(relayService.reservations.has(client.libp2p.peerId), false, 'the slot of a departed peer is free')

    // the same identity back: it gets a slot again
    const again = await start(clientInit)
    await pollUntil('a new reservation', 20_000, () => relayService.reservations.has(again.libp2p.peerId) ? true : undefined)
  })
})
