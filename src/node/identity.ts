/**
 * secp256k1 identities stored as libp2p `PrivateKey` protobufs (the format of
 * `privateKeyToProtobuf`), the same bytes other libp2p implementations read.
 */
import { constants } from 'node:fs'
import { link, open, readFile, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { IdentityFileError } from './errors.ts'

export async function generateIdentity (): Promise<PrivateKey> {
  return generateKeyPair('secp256k1')
}

/** Reads a key file; every way it can be wrong becomes an `IdentityFileError` naming the file. */
export async function loadIdentity (path: string): Promise<PrivateKey> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (err: any) {
    const problem = err.code === 'ENOENT'
      ? 'no such file'
      : err.code === 'EISDIR' ? 'is a directory, not a key file' : `cannot be read (${err.code ?? err.message})`
    throw new IdentityFileError(path, problem, { cause: err })
  }
  if (bytes.byteLength === 0) {
    throw new IdentityFileError(path, 'is empty')
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
  return key
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
