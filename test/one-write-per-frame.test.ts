/**
 * One socket write per Noise frame (src/node/one-write-per-frame.ts): two library nodes on loopback
 * TCP, every TCP socket write counted while one sends chat messages to the other.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Socket } from 'node:net'
import { libraryNodes } from './helpers/library-nodes.ts'
import { within } from './helpers/poll.ts'

const { start } = libraryNodes()
/** 2-byte length + 16-byte Poly1305 tag: the smallest whole Noise frame */
const SMALLEST_FRAME = 18
const MESSAGES = 20

describe('one write per Noise frame', () => {
  it('sends every chat message as whole frames: no 2-byte length written on its own', async () => {
    const a = await start()
    const b = await start({ bootstrap: [a.libp2p.getMultiaddrs()[0].toString()] })
    await b.room.publish('warm-up', { waitMs: 15_000 })

    const writes: number[] = []
    const write = Socket.prototype.write
    Socket.prototype.write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
      // TCP sockets only (the test runner's own pipe has no remote port)
      if (this.remotePort != null && chunk instanceof Uint8Array) writes.push(chunk.byteLength)
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    } as typeof write
    try {
      let received = 0
      const all = new Promise<void>(resolve => {
        a.room.addEventListener('message', () => { if (++received === MESSAGES) resolve() })
      })
      for (let i = 0; i < MESSAGES; i++) await b.room.publish(`message ${i}`)
      await within(`${MESSAGES} messages at A`, 15_000, all)
    } finally {
      Socket.prototype.write = write
    }

    assert.ok(writes.length >= MESSAGES, `${writes.length} TCP writes for ${MESSAGES} messages`)
    assert.deepEqual(writes.filter(bytes => bytes < SMALLEST_FRAME), [], 'writes smaller than a whole frame')
  })
})
