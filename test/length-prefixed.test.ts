/**
 * The frame reader shared by the history and DM protocols, without a network: one frame whatever
 * the chunking, a stream that ends early, and hostile length prefixes refused from their first
 * bytes (the cap is checked on the prefix, before anything of the body is waited for).
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { encodeVarint, lengthPrefixed, readFrame, varintLength } from '../src/node/length-prefixed.ts'

async function * chunks (bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0
  for (const cut of [...new Set(cuts.map(c => c % (bytes.byteLength + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(at, cut)
    at = cut
  }
  yield bytes.subarray(at)
}

/** Yields `bytes` one at a time, counting them, then hangs as a peer that sends nothing more. */
function hanging (bytes: number[]): { source: AsyncGenerator<Uint8Array>, pulled: () => number } {
  let pulled = 0
  async function * source (): AsyncGenerator<Uint8Array> {
    for (const byte of bytes) { pulled++; yield Uint8Array.of(byte) }
    await new Promise(() => {})
  }
  return { source: source(), pulled: () => pulled }
}

describe('length-prefixed frames', () => {
  it('encodes unsigned varints of the length they announce', () => {
    fc.assert(fc.property(fc.nat({ max: 2 ** 40 }), n => {
      const bytes = encodeVarint(n)
      assert.equal(bytes.byteLength, varintLength(n))
      let value = 0
      bytes.forEach((b, i) => { value += (b & 0x7f) * 2 ** (7 * i) })
      assert.equal(value, n)
      assert.ok(bytes.slice(0, -1).every(b => (b & 0x80) !== 0) && (bytes[bytes.length - 1] & 0x80) === 0)
    }))
    assert.deepEqual(encodeVarint(300), Uint8Array.of(0xac, 0x02))
    assert.deepEqual(encodeVarint(4 * 1024 ** 3), Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x10))
  })

  it('reads one frame whatever the chunking, and stops after it', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(), { maxLength: 8 }), fc.uint8Array({ maxLength: 20 }), async (data, cuts, trailing) => {
      const framed = lengthPrefixed(data)
      const wire = new Uint8Array([...framed, ...trailing])
      const read = await readFrame(chunks(wire, cuts), 600)
      assert.ok(read.ok)
      if (read.ok) assert.deepEqual(read.frame, data)
      const short = await readFrame(chunks(framed.subarray(0, framed.byteLength - 1), cuts), 600)
      assert.deepEqual(short, { ok: false, reason: 'truncated' })
    }))
  })

  it('reports a stream that ends before a frame, or inside its prefix, as truncated', async () => {
    assert.deepEqual(await readFrame(chunks(new Uint8Array(0), []), 600), { ok: false, reason: 'truncated' })
    assert.deepEqual(await readFrame(chunks(Uint8Array.of(0x81), []), 600), { ok: false, reason: 'truncated' })
  })

  it('refuses an oversize length prefix from its first bytes, without waiting for the body', async () => {
    // 2^32 - 1 announced, then the source would hang forever
    const hostile = hanging([0xff, 0xff, 0xff, 0xff, 0x0f])
    const read = await readFrame(hostile.source, 4096)
    assert.equal(read.ok, false)
    assert.ok(!read.ok && read.reason === 'oversize')
    assert.ok(hostile.pulled() <= 2, `read ${hostile.pulled()} prefix bytes`)
    // 4 GB exactly: its first four bytes add nothing, the fifth is over any cap
    const exact = hanging([...encodeVarint(4 * 1024 ** 3)])
    assert.deepEqual(await readFrame(exact.source, 1024), { ok: false, reason: 'oversize', length: 4 * 1024 ** 3 })
    // one byte over the cap, as a whole frame would be sent
    assert.deepEqual(await readFrame(chunks(lengthPrefixed(new Uint8Array(601)), []), 600), { ok: false, reason: 'oversize', length: 601 })
  })

  it('refuses a prefix that runs on without giving a length', async () => {
    const overlong = await readFrame(chunks(new Uint8Array(10).fill(0x80), []), 1 << 30)
    assert.deepEqual(overlong, { ok: false, reason: 'bad_prefix' })
  })
})
