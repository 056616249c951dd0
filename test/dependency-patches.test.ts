/**
 * The patches we carry in patches/ (docs/upstream.md), each checked against the version it was made
 * for and for the behaviour it adds. A failure here after an upgrade means: re-make the patch for the
 * new version, or drop it once upstream has the change.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { LengthPrefixedDecoder } from '@libp2p/utils'
import type { Uint8ArrayList } from 'uint8arraylist'
import * as varint from 'uint8-varint'
import { concat } from 'uint8arrays/concat'

/** The version a patch in patches/ was made for, from its file name (`@scope+name+VERSION.patch`). */
function patchedVersion (pkg: string): string {
  const prefix = pkg.replace('/', '+') + '+'
  const patch = readdirSync(new URL('../patches/', import.meta.url)).find(f => f.startsWith(prefix))
  assert.ok(patch, `patches/${prefix}VERSION.patch exists`)
  return patch.slice(prefix.length, -'.patch'.length)
}

/** The version at the top of node_modules, the one every dependent resolves (the lock file dedupes it). */
function installedVersion (pkg: string): string {
  return (JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')) as { version: string }).version
}

describe('@libp2p/utils patch: the length-prefixed decoder stops at an empty buffer', () => {
  it('is installed at the version the patch was made for', () => {
    assert.equal(installedVersion('@libp2p/utils'), patchedVersion('@libp2p/utils'),
      '@libp2p/utils changed version: re-make patches/@libp2p+utils+*.patch (docs/upstream.md) or drop it if upstream has the change')
  })

  it('never asks the length decoder to read an empty buffer (it would throw a RangeError per chunk), and still decodes every frame however cut', () => {
    let emptyReads = 0
    const decoder = new LengthPrefixedDecoder({
      lengthDecoder: (buf: Uint8Array | Uint8ArrayList) => {
        if (buf.byteLength === 0) emptyReads++
        return varint.decode(buf)
      }
    })
    const frame = (n: number): Uint8Array => concat([varint.encode(n), new Uint8Array(n).fill(n)])
    const bodies: number[] = []
    // one frame per chunk (Noise's usual case), two frames in one chunk, one frame cut in three
    for (const chunk of [frame(5), frame(300), concat([frame(1), frame(2)]), frame(700).subarray(0, 1), frame(700).subarray(1, 400), frame(700).subarray(400)]) {
      for (const body of decoder.decode(chunk)) bodies.push(body.byteLength)
    }
    assert.deepEqual(bodies, [5, 300, 1, 2, 700])
    assert.equal(emptyReads, 0)
  })
})
