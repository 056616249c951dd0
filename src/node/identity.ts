/**
 * secp256k1 identities stored as libp2p `PrivateKey` protobufs (the format of
 * `privateKeyToProtobuf`), the same bytes other libp2p implementations read.
 */
import { constants } from 'node:fs'
import type { Stats } from 'node:fs'
import { link, open, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { IdentityFileError } from './errors.ts'
import { IDENTITY_FILE_MAX_BYTES, SECP256K1_KEY_FILE_BYTES } from './options.ts'

export async function generateIdentity (): Promise<PrivateKey> {
  return generateKeyPair('secp256k1')
}

/**
 * Reads a key file; every way it can be wrong becomes an `IdentityFileError` naming the file.
 *
 * Only a regular file of at most `IDENTITY_FILE_MAX_BYTES` is read, through one file handle: it is
 * opened non-blocking (a FIFO would otherwise block the open until a writer came) and checked with
 * fstat before a byte is read, so a FIFO, a device (`/dev/zero`) or a huge file is refused at once.
 *
 * A key others can read is refused, as ssh refuses an "UNPROTECTED PRIVATE KEY FILE": a file of
 * the user's own with any group or other permission bit, or anyone's file with an "other" bit. A key
 * owned by another user (root) and readable through a group is accepted, as ssh does: that is how
 * a Kubernetes Secret volume (`defaultMode: 0440`, `fsGroup`) hands a key to a non-root process.
 */
export async function loadIdentity (path: string): Promise<PrivateKey> {
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (err: any) {
    const problem = err.code === 'ENOENT'
      ? 'no such file'
      : err.code === 'ENXIO' ? 'is a socket or a device, not a key file' : `cannot be read (${err.code ?? err.message})`
    throw new IdentityFileError(path, problem, { cause: err })
  }
  let bytes: Uint8Array
  let stats: Stats
  try {
    stats = await handle.stat()
    if (!stats.isFile()) throw new IdentityFileError(path, `${fileKind(stats)}, not a key file`)
    bytes = await readAtMost(handle, IDENTITY_FILE_MAX_BYTES + 1)
  } catch (err: any) {
    if (err instanceof IdentityFileError) throw err
    throw new IdentityFileError(path, `cannot be read (${err.code ?? err.message})`, { cause: err })
  } finally {
    await handle.close()
  }
  if (bytes.byteLength === 0) {
    throw new IdentityFileError(path, 'is empty')
  }
  if (bytes.byteLength > IDENTITY_FILE_MAX_BYTES) {
    throw new IdentityFileError(path, `is larger than ${IDENTITY_FILE_MAX_BYTES} bytes; a key file is ${SECP256K1_KEY_FILE_BYTES}`)
  }
  let key: PrivateKey
  try {
    key = privateKeyFromProtobuf(bytes)
  } catch (err: any) {
    throw new IdentityFileError(path, `is not a libp2p private key protobuf (${err.message})`, { cause: err })
  }
  if (key.type !== 'secp256k1') {
    throw new IdentityFileError(path, `holds a key of type ${key.type}; p2p-chat identities are secp256k1`)
  }
  const exposed = stats.mode & ((stats.uid === process.getuid?.()) ? 0o077 : 0o007)
  if (exposed !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(4, '0')
    const who = (exposed & 0o070) !== 0 ? 'its group' : 'others'
    throw new IdentityFileError(path, `is an unprotected private key file: mode ${mode} lets ${who} access it; run chmod 600 ${path}`)
  }
  return key
}

/** What a non-regular file is, for the error that refuses it. */
function fileKind (stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory'
  if (stats.isFIFO()) return 'is a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'is a character device'
  if (stats.isBlockDevice()) return 'is a block device'
  if (stats.isSocket()) return 'is a socket'
  return 'is not a regular file'
}

/** Reads from the start of `handle` until its end or `limit` bytes, whichever comes first. */
async function readAtMost (handle: FileHandle, limit: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(limit)
  let filled = 0
  while (filled < limit) {
    const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return buffer.subarray(0, filled)
}

/**
 * Writes a key file atomically with mode 0600 and never replaces an existing file: the key is
 * written to a temporary sibling, then hard-linked into place (link fails if the target exists).
 */
export async function saveIdentity (path: string, key: PrivateKey): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600)
    try {
      await handle.writeFile(privateKeyToProtobuf(key))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await link(tmp, path)
  } catch (err: any) {
    const problem = err.code === 'EEXIST'
      ? 'already exists; refusing to overwrite a key file'
      : `cannot be written (${err.code ?? err.message})`
    throw new IdentityFileError(path, problem, { cause: err })
  } finally {
    await unlink(tmp).catch(() => {})
  }
}

export function peerIdOf (key: PrivateKey): string {
  return peerIdFromPrivateKey(key).toString()
}
