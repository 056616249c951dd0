/**
 * Three real CLI processes on loopback: A alone, B and C bootstrap from A only. B and C must find
 * each other through the DHT and connect directly, and a message from B must reach C.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { publicKeyFromProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPublicKey, peerIdFromString } from '@libp2p/peer-id'
import { RPC } from '@libp2p/gossipsub/message'
import { addrWith, LOOPBACK_QUIC, LOOPBACK_TCP, jsonProcessStarter, isEvent } from './helpers/cli.ts'
import type { ChatEvent, EventOf } from './helpers/cli.ts'

interface Variant {
  name: string
  flags: string[]
  listen: string[]
  bootstrapAddr: (addrs: string[]) => string
  transport?: 'tcp' | 'quic'
}

const portOf = (addr: string): string => addr.split('/')[4]

const VARIANTS: Variant[] = [
  { name: 'TCP and QUIC (defaults)', flags: [], listen: [...LOOPBACK_TCP, ...LOOPBACK_QUIC], bootstrapAddr: (a) => addrWith(a, '/tcp/') },
  { name: '--tcp-only', flags: ['--tcp-only'], listen: LOOPBACK_TCP, bootstrapAddr: (a) => addrWith(a, '/tcp/'), transport: 'tcp' },
  { name: '--quic-only', flags: ['--quic-only'], listen: LOOPBACK_QUIC, bootstrapAddr: (a) => addrWith(a, '/quic-v1'), transport: 'quic' },
  {
    name: 'a /dns4/localhost bootstrap address',
    flags: ['--tcp-only'],
    listen: LOOPBACK_TCP,
    bootstrapAddr: (a) => { const ma = addrWith(a, '/tcp/'); return `/dns4/localhost/tcp/${portOf(ma)}/p2p/${ma.split('/p2p/')[1]}` },
    transport: 'tcp'
  }
]

const start = jsonProcessStarter()

/** Rebuilds the bytes gossipsub signed ("libp2p-pubsub:" + RPC.Message without key and signature). */
function signedBytesOf (e: EventOf<ChatEvent, 'message'>): Uint8Array {
  const seqno = BigInt(e.seqno)
  const seqnoBytes = new Uint8Array(8)
  new DataView(seqnoBytes.buffer).setBigUint64(0, seqno)
  const body = RPC.Message.encode({
    from: peerIdFromString(e.from).toMultihash().bytes,
    data: Buffer.from(e.data, 'base64'),
    seqno: seqnoBytes,
    topic: e.topic
  })
  return Buffer.concat([Buffer.from('libp2p-pubsub:'), body])
}

for (const variant of VARIANTS) {
  describe(`room over ${variant.name}`, () => {
    it('B and C find each other through A and B\'s message reaches C', async () => {
      const a = start([...variant.flags, ...variant.listen, '--no-stdin', '--nick', 'alice'])
      const { addrs } = await a.ready()
      const bootstrap = variant.bootstrapAddr(addrs)
      const b = start([...variant.flags, ...variant.listen, '--bootstrap', bootstrap, '--nick', 'bob'])
      const c = start([...variant.flags, ...variant.listen, '--bootstrap', bootstrap, '--no-stdin', '--nick', 'carol'])
      const [bInfo, cInfo] = await Promise.all([b.ready(), c.ready()])

      // discovery: a direct B<->C connection, seen from both sides
      const bSeesC = await b.waitFor(isEvent('peer:connected', e => e.peerId === cInfo.peerId), 'B connected to C')
      await c.waitFor(isEvent('peer:connected', e => e.peerId === bInfo.peerId), 'C connected to B')
      if (variant.transport != null) assert.equal(bSeesC.transport, variant.transport)
      assert.ok(!bSeesC.remoteAddr.includes('p2p-circuit'), `a direct connection, got ${bSeesC.remoteAddr}`)

      // B publishes once C has joined its view of the room (publish itself waits for a reachable peer)
      const text = `hello from bob ${Date.now()}`
      await b.waitFor(isEvent('room:peer-joined', e => e.peerId === cInfo.peerId), 'C in B\'s view of the room')
      b.send(text)
      const published = await b.waitFor(isEvent('published', e => e.text === text), 'published event')
      const received = await c.waitFor(isEvent('message', e => e.text === text), 'message at C')

      assert.equal(received.id, published.id)
      assert.equal(received.from, bInfo.peerId)
      assert.equal(received.nick, 'bob')
      assert.ok(received.latencyMs >= 0 && received.latencyMs < 10_000, `latency ${received.latencyMs}`)

      // the NDJSON line alone is enough to verify the signature
      const key = publicKeyFromProtobuf(Buffer.from(received.publicKey, 'base64'))
      assert.ok(peerIdFromPublicKey(key).equals(peerIdFromString(received.from)), 'the public key belongs to the sender')
      assert.equal(await key.verify(signedBytesOf(received), Buffer.from(received.signature, 'base64')), true)
      const tampered = { ...received, data: Buffer.from('tampered').toString('base64') }
      assert.equal(await key.verify(signedBytesOf(tampered), Buffer.from(received.signature, 'base64')), false)

      for (const p of [a, b, c]) {
        const { code } = await p.stop()
        assert.equal(code, 0, `clean exit, stderr: ${p.stderr.slice(-500)}`)
      }
    })
  })
}
