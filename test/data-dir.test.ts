import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Key } from 'interface-datastore'
import { generateIdentity, peerIdOf, saveIdentity } from '../src/node/identity.ts'
import { DATA_DIR_IDENTITY, DATA_DIR_MARKER, openDataDir } from '../src/node/data-dir.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'

let root: string
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'p2p-chat-data-dir-'))
  cleanupTempDir(root)
})
after(async () => { await rm(root, { recursive: true, force: true }) })

describe('data directories (--data-dir)', () => {
  it('creates a directory (0700) with marker, identity (0600) and datastore, and reopens it as the same peer with its data', async () => {
    const path = join(root, 'fresh', 'nested')
    const first = await openDataDir(path)
    assert.equal(first.createdIdentity, true)
    await first.datastore.put(new Key('/kept'), new TextEncoder().encode('still here'))
    await first.close()
    assert.equal((await stat(path)).mode & 0o777, 0o700)
    assert.equal((await stat(join(path, DATA_DIR_IDENTITY))).mode & 0o777, 0o600)
    const marker = JSON.parse(await readFile(join(path, DATA_DIR_MARKER), 'utf8'))
    assert.equal(marker.peerId, peerIdOf(first.privateKey))

    const again = await openDataDir(path)
    try {
      assert.equal(again.createdIdentity, false)
      assert.equal(peerIdOf(again.privateKey), peerIdOf(first.privateKey))
      assert.equal(new TextDecoder().decode(await again.datastore.get(new Key('/kept'))), 'still here')
    } finally {
      await again.close()
    }
  })

  it('refuses a non-empty directory that is not a data directory, and touches nothing in it', async () => {
    const path = join(root, 'foreign')
    await mkdir(path)
    await writeFile(join(path, 'thesis.tex'), 'precious')
    await assert.rejects(openDataDir(path), { name: 'DataDirError', message: /foreign: is not empty and holds no p2p-chat\.json/ })
    assert.deepEqual(await readdir(path), ['thesis.tex'])
  })

  it('refuses a file, a marker of another format, and a marker that is not JSON', async () => {
    const file = join(root, 'a-file')
    await writeFile(file, 'x')
    await assert.rejects(openDataDir(file), { name: 'DataDirError', message: /a-file: exists and is not a directory/ })
    const other = join(root, 'other-format')
    await mkdir(other)
    await writeFile(join(other, DATA_DIR_MARKER), JSON.stringify({ format: 'something-else', version: 1 }))
    await assert.rejects(openDataDir(other), { name: 'DataDirError', message: /other-format: p2p-chat\.json has format "something-else"/ })
    const broken = join(root, 'broken-marker')
    await mkdir(broken)
    await writeFile(join(broken, DATA_DIR_MARKER), '{"format": "p2p-chat-da')
    await assert.rejects(openDataDir(broken), { name: 'DataDirError', message: /broken-marker: p2p-chat\.json is not JSON/ })
    assert.deepEqual(await readdir(broken), [DATA_DIR_MARKER])
  })

  it('refuses another identity than the directory\'s, and a corrupt identity file, naming both', async () => {
    const path = join(root, 'owned')
    const dir = await openDataDir(path)
    const owner = peerIdOf(dir.privateKey)
    await dir.close()
    const stranger = await generateIdentity()
    await assert.rejects(openDataDir(path, stranger), { name: 'DataDirError', message: new RegExp(`belongs to peer ${owner}, but --identity is ${peerIdOf(stranger)}`) })
    // the directory's own key given explicitly is fine
    const explicit = await openDataDir(path, dir.privateKey)
    await explicit.close()

    await rm(join(path, DATA_DIR_IDENTITY))
    await writeFile(join(path, DATA_DIR_IDENTITY), 'not a key', { mode: 0o600 })
    await assert.rejects(openDataDir(path), { name: 'DataDirError', message: /identity\.key: is not a libp2p private key protobuf/ })
    await rm(join(path, DATA_DIR_IDENTITY))
    await saveIdentity(join(path, DATA_DIR_IDENTITY), stranger)
    await assert.rejects(openDataDir(path), { name: 'DataDirError', message: new RegExp(`identity\\.key is peer ${peerIdOf(stranger)}, but the directory belongs to ${owner}`) })
  })

  it('refuses a corrupt datastore, naming it, and leaves it as it was', async () => {
    const path = join(root, 'corrupt')
    const dir = await openDataDir(path)
    await dir.close()
    await writeFile(join(path, 'datastore', 'CURRENT'), 'MANIFEST-999999\n')
    await assert.rejects(openDataDir(path), { name: 'DataDirError', message: /corrupt: datastore\/ cannot be opened \(.+\); it is left as it is/ })
    assert.equal(await readFile(join(path, 'datastore', 'CURRENT'), 'utf8'), 'MANIFEST-999999\n')
  })

  it('refuses a second node on the same directory while the first holds it', async () => {
    const path = join(root, 'busy')
    const first = await openDataDir(path)
    try {
      await assert.rejects(openDataDir(path), { name: 'DataDirError', message: /busy: datastore\/ is in use by another process/ })
    } finally {
      await first.close()
    }
  })
})
