/**
 * The dependency patches of src/node/patches/: every deviation is listed against the version of its
 * dependency it was written for, and the installed version is still in that range; the process-wide
 * ones are installed once, by an explicit call, never by a node factory, and a node that asks for
 * another state than its process's fails loudly.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { YamuxStream } from '@chainsafe/libp2p-yamux/stream'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { RTCPeerConnection } from 'node-datachannel/polyfill'
import { installRuntimePatches, PER_NODE_DEVIATIONS, RUNTIME_PATCHES, runtimePatchState } from '../src/node/patches/index.ts'
import { satisfies } from '../src/node/patches/version-range.ts'
import { createChatNode, RuntimePatchConflictError } from '../src/node/index.ts'
import type { ChatNodeInit } from '../src/node/index.ts'

const ROOT = new URL('..', import.meta.url)
const DEVIATIONS = [...RUNTIME_PATCHES, ...PER_NODE_DEVIATIONS]

function installedVersion (dependency: string): string {
  return JSON.parse(readFileSync(new URL(`node_modules/${dependency}/package.json`, ROOT), 'utf8')).version
}

/** what the prototypes hold now: a swap shows as a new function identity */
async function prototypeFunctions (): Promise<unknown[]> {
  const key = await generateKeyPair('secp256k1')
  const publicProto = Object.getPrototypeOf(key.publicKey)
  const privateProto = Object.getPrototypeOf(key)
  return [publicProto.verify, privateProto.sign, YamuxStream.prototype.sendWindowUpdate, RTCPeerConnection.prototype.createOffer]
}

const LOOPBACK: ChatNodeInit = { listen: ['/ip4/127.0.0.1/tcp/0'], transports: { tcp: true, quic: false }, pingIntervalMs: 0 }

describe('dependency versions of the patches', () => {
  for (const d of DEVIATIONS) {
    it(`${d.name}: ${d.dependency} ${d.versionRange}`, () => {
      const version = installedVersion(d.dependency)
      assert.ok(satisfies(version, d.versionRange),
        `${d.name} (${d.where}) was written for ${d.dependency} ${d.versionRange}, but ${version} is installed: ` +
        're-check the deviation against the new version (docs/upstream.md, "Runtime patches"), then widen its range in src/node/patches/index.ts, or drop it if upstream has the option now')
    })
  }

  it('names each deviation once, in a file that exists', () => {
    assert.equal(new Set(DEVIATIONS.map(d => d.name)).size, DEVIATIONS.length)
    for (const d of DEVIATIONS) {
      const file = d.where.split(' ')[0].replace(/,$/, '')
      assert.doesNotThrow(() => readFileSync(new URL(file, ROOT)), `${d.name}: ${file}`)
    }
  })

  it('every deviation is in the table of docs/upstream.md', () => {
    const doc = readFileSync(new URL('docs/upstream.md', ROOT), 'utf8')
    const section = doc.slice(doc.indexOf('## Runtime patches'))
    assert.ok(section.length > 0 && doc.includes('## Runtime patches'))
    for (const d of DEVIATIONS) assert.ok(section.includes(`\`${d.name}\``), `${d.name} is not in docs/upstream.md's table`)
  })

  it('the range check', () => {
    assert.equal(satisfies('5.1.23', '5.1.23'), true)
    assert.equal(satisfies('5.1.24', '5.1.23'), false)
    assert.equal(satisfies('8.0.1', '>=8.0.1 <9'), true)
    assert.equal(satisfies('8.9.0', '>=8.0.1 <9'), true)
    assert.equal(satisfies('9.0.0', '>=8.0.1 <9.0.0'), false)
    assert.equal(satisfies('8.0.0', '>=8.0.1 <9.0.0'), false)
    assert.equal(satisfies('9.0.0-rc.1', '>=8.0.1 <9.0.0'), false, 'a pre-release is not the release it precedes')
    assert.equal(satisfies('0.33.9', '>=0.33.4 <0.34'), true)
    assert.equal(satisfies('0.34.0', '>=0.33.4 <0.34'), false)
    assert.equal(satisfies('9.0.0', '>=8.0.1 <9'), false)
    assert.equal(satisfies('1.0.0', '0.9.0 || >=1.0.0 <2.0.0'), true)
    assert.throws(() => satisfies('1.0.0', '^1.0.0'), RangeError)
    assert.throws(() => satisfies('1.0.0', '<=1'), RangeError)
  })
})

describe('installed once per process, by the entry', () => {
  it('a node factory installs nothing, and an option other than the process\'s throws', async () => {
    const before = await prototypeFunctions()
    const node = await createChatNode(LOOPBACK)
    await node.stop()
    assert.deepEqual(await prototypeFunctions(), before, 'createChatNode swapped a prototype')
    assert.equal(runtimePatchState().installs, 0)
    await assert.rejects(createChatNode({ ...LOOPBACK, nativeSecp256k1: true }), (err: unknown) =>
      err instanceof RuntimePatchConflictError && /installed no runtime patches/.test(err.message))
  })

  it('installRuntimePatches installs every patch once; a second call and later nodes change nothing', async () => {
    const before = await prototypeFunctions()
    await installRuntimePatches()
    const after = await prototypeFunctions()
    for (let i = 0; i < after.length; i++) assert.notEqual(after[i], before[i], `prototype function ${i} swapped`)
    assert.deepEqual(runtimePatchState(), {
      chosen: { nativeSecp256k1: true, lazyWindowUpdates: true, dtlsOfferRewrite: true },
      installs: 1,
      installed: { nativeSecp256k1: true, lazyWindowUpdates: true, dtlsOfferRewrite: true }
    })

    await installRuntimePatches()
    await installRuntimePatches({ nativeSecp256k1: true })
    for (const init of [LOOPBACK, { ...LOOPBACK, nativeSecp256k1: true, lazyWindowUpdates: true }]) {
      const node = await createChatNode(init)
      await node.stop()
    }
    assert.deepEqual(await prototypeFunctions(), after, 'the same swapped functions: nothing re-installed')
    assert.equal(runtimePatchState().installs, 1)
  })

  it('a node or a later call that turns a process-wide patch off throws instead of being ignored', async () => {
    await assert.rejects(createChatNode({ ...LOOPBACK, nativeSecp256k1: false }), (err: unknown) =>
      err instanceof RuntimePatchConflictError && err.patch === 'nativeSecp256k1' && /installed its runtime patches with it on/.test(err.message))
    await assert.rejects(createChatNode({ ...LOOPBACK, lazyWindowUpdates: false }), RuntimePatchConflictError)
    await assert.rejects(installRuntimePatches({ lazyWindowUpdates: false }), RuntimePatchConflictError)
    assert.equal(runtimePatchState().installs, 1)
  })
})
