import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { generateIdentity, loadIdentity, peerIdOf, saveIdentity } from '../src/node/identity.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-identity-'))
  cleanupTempDir(dir)
})
after(async () => { await rm(dir, { recursive: true, force: true }) })

describe('identity files', () => {
  it('round-trips a secp256k1 key with the same peer id, mode 0600', async () => {
    const key = await generateIdentity()
    const path = join(dir, 'round-trip.key')
    await saveIdentity(path, key)
    assert.equal((await stat(path)).mode & 0o777, 0o600)
    assert.equal((await readFile(path)).byteLength, 36)
    const loaded = await loadIdentity(path)
    assert.equal(peerIdOf(loaded), peerIdOf(key))
    assert.match(peerIdOf(loaded), /^16Uiu2HA/)
  })

  it('never overwrites an existing file', async () => {
    const path = join(dir, 'existing.key')
    await writeFile(path, 'precious')
    await assert.rejects(saveIdentity(path, await generateIdentity()), { name: 'IdentityFileError', message: /existing\.key: already exists/ })
    assert.equal(await readFile(path, 'utf8'), 'precious')
  })

  const bad: Array<[string, () => Promise<string>, RegExp]> = [
    ['a missing file', async () => join(dir, 'nope.key'), /nope\.key: no such file/],
    ['an empty file', async () => { const p = join(dir, 'empty.key'); await writeFile(p, ''); return p }, /empty\.key: is empty/],
    ['a truncated key', async () => {
      const p = join(dir, 'truncated.key')
      await writeFile(p, privateKeyToProtobuf(await generateIdentity()).subarray(0, 20))
      return p
    }, /truncated\.key: is not a libp2p private key protobuf/],
    ['garbage', async () => { const p = join(dir, 'garbage.key'); await writeFile(p, 'hello world, not a key'); return p }, /garbage\.key: is not a libp2p private key protobuf/],
    ['an Ed25519 key', async () => {
      const p = join(dir, 'ed.key')
      await writeFile(p, privateKeyToProtobuf(await generateKeyPair('Ed25519')))
      return p
    }, /ed\.key: holds a key of type Ed25519; p2p-chat identities are secp256k1/],
    ['a directory', async () => { const p = join(dir, 'adir'); await mkdir(p); return p }, /adir: is a directory/]
  ]
  for (const [what, make, message] of bad) {
    it(`refuses ${what}, naming the file`, async () => {
      const path = await make()
      await assert.rejects(loadIdentity(path), { name: 'IdentityFileError', message })
    })
  }
})
