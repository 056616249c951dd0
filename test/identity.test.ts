import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmod, chown, mkdtemp, open, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { generateIdentity, loadIdentity, peerIdOf, saveIdentity } from '../src/node/identity.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { within } from './helpers/poll.ts'

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

  // each must be refused at once: the old loader read any file whole (a FIFO hung, /dev/zero grew without end)
  const notKeyFiles: Array<[string, () => Promise<string>, RegExp]> = [
    ['a FIFO (it would block a reader until a writer came)', async () => {
      const p = join(dir, 'pipe.key')
      execFileSync('mkfifo', ['-m', '600', p])
      return p
    }, /pipe\.key: is a FIFO \(named pipe\), not a key file/],
    ['a character device (/dev/null)', async () => '/dev/null', /\/dev\/null: is a character device, not a key file/],
    ['a character device without end (/dev/zero)', async () => '/dev/zero', /\/dev\/zero: is a character device, not a key file/],
    ['a 256 MiB file, reading no more than the cap', async () => {
      const p = join(dir, 'huge.key')
      // sparse: the size costs no disk, but a loader that reads it whole allocates 256 MiB
      const handle = await open(p, 'w', 0o600)
      await handle.truncate(256 * 1024 * 1024)
      await handle.close()
      return p
    }, /huge\.key: is larger than 4096 bytes; a key file is 36/]
  ]
  for (const [what, make, message] of notKeyFiles) {
    it(`refuses ${what} within 1 s, naming the file`, async () => {
      const path = await make()
      await within(`loading ${path}`, 1_000, assert.rejects(loadIdentity(path), { name: 'IdentityFileError', message }))
    })
  }
})

describe('identity file permissions (as ssh: an unprotected private key file is refused)', () => {
  async function keyFile (name: string, mode: number): Promise<string> {
    const path = join(dir, name)
    await saveIdentity(path, await generateIdentity())
    await chmod(path, mode)
    return path
  }

  for (const mode of [0o644, 0o640, 0o604, 0o660]) {
    it(`refuses a key of its own with mode 0${mode.toString(8)}, with the chmod that fixes it`, async () => {
      const path = await keyFile(`own-${mode.toString(8)}.key`, mode)
      await assert.rejects(loadIdentity(path), {
        name: 'IdentityFileError',
        message: new RegExp(`own-${mode.toString(8)}\\.key: is an unprotected private key file: mode 0${mode.toString(8)} lets (its group|others) access it; run chmod 600 `)
      })
    })
  }

  it('accepts 0600 and 0400', async () => {
    for (const mode of [0o600, 0o400]) {
      const path = await keyFile(`ok-${mode.toString(8)}.key`, mode)
      assert.match(peerIdOf(await loadIdentity(path)), /^16Uiu2HA/)
    }
  })

  // a Kubernetes Secret volume: owned by root, readable through the pod's fsGroup (defaultMode 0440)
  it('accepts a key another user owns that its group may read, refuses one others may read', { skip: process.getuid?.() !== 0 && 'needs root to chown' }, async () => {
    const shared = await keyFile('group-shared.key', 0o640)
    await chown(shared, 12345, 12345)
    assert.match(peerIdOf(await loadIdentity(shared)), /^16Uiu2HA/)
    const open = await keyFile('world.key', 0o604)
    await chown(open, 12345, 12345)
    await assert.rejects(loadIdentity(open), { name: 'IdentityFileError', message: /world\.key: is an unprotected private key file: mode 0604 lets others access it/ })
  })
})
