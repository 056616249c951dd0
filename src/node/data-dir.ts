/**
 * A node's data directory (`--data-dir`): what a restarted node keeps. Layout:
 *
 *   p2p-chat.json   the marker: format, version and the peer id the directory belongs to
 *   identity.key    the secp256k1 key (mode 0600, identity.ts), unless the caller brings one
 *   datastore/      a LevelDB (datastore-level): libp2p's peer store and the room history
 *
 * Nothing in a directory is ever overwritten silently: a non-empty directory without the marker,
 * a marker of another format, or a key of another peer than the marker names is refused with a
 * `DataDirError` naming the directory and what is wrong, and nothing in it is touched.
 */
import { constants } from 'node:fs'
import { mkdir, open, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { LevelDatastore } from 'datastore-level'
import type { PrivateKey } from '@libp2p/interface'
import { DataDirError, IdentityFileError } from './errors.ts'
import { generateIdentity, loadIdentity, peerIdOf, saveIdentity } from './identity.ts'

export const DATA_DIR_MARKER = 'p2p-chat.json'
export const DATA_DIR_IDENTITY = 'identity.key'
export const DATA_DIR_DATASTORE = 'datastore'
const FORMAT = 'p2p-chat-data'
const VERSION = 1
/** A marker is a few dozen bytes; more is not ours. */
const MARKER_MAX_BYTES = 4096

interface Marker { format: typeof FORMAT, version: number, peerId: string }

export interface DataDir {
  path: string
  privateKey: PrivateKey
  /** true when this run created the identity (a new directory). */
  createdIdentity: boolean
  datastore: LevelDatastore
  close(): Promise<void>
}

/**
 * Opens (or creates) a data directory. `identity`: a key the caller loaded (`--identity`), which
 * must be the directory's own when the directory already has one.
 */
export async function openDataDir (path: string, identity?: PrivateKey): Promise<DataDir> {
  const entries = await prepareDirectory(path)
  const marker = entries.includes(DATA_DIR_MARKER) ? await readMarker(path) : undefined
  if (marker == null && entries.length > 0) {
    throw new DataDirError(path, `is not empty and holds no ${DATA_DIR_MARKER}: not a p2p-chat data directory, refusing to write into it`)
  }
  const { privateKey, createdIdentity } = await directoryIdentity(path, marker, entries, identity)
  if (marker == null) await writeMarker(path, { format: FORMAT, version: VERSION, peerId: peerIdOf(privateKey) })
  const datastore = new LevelDatastore(join(path, DATA_DIR_DATASTORE))
  try {
    // the level instance first: datastore-level's open() flattens the cause (a held lock, a
    // corrupt table) into "Database failed to open"; classic-level keeps it as `cause`
    await datastore.db.open()
    await datastore.open()
  } catch (err: any) {
    const cause = err?.cause ?? err
    throw new DataDirError(path, cause?.code === 'LEVEL_LOCKED'
      ? `${DATA_DIR_DATASTORE}/ is in use by another process (one node per data directory)`
      : `${DATA_DIR_DATASTORE}/ cannot be opened (${cause?.message ?? String(cause)}); it is left as it is`, { cause: err })
  }
  return { path, privateKey, createdIdentity, datastore, close: async () => { await datastore.close() } }
}

/** Creates the directory (0700) if missing; returns its entries. */
async function prepareDirectory (path: string): Promise<string[]> {
  try {
    const stats = await stat(path)
    if (!stats.isDirectory()) throw new DataDirError(path, 'exists and is not a directory')
  } catch (err: any) {
    if (err instanceof DataDirError) throw err
    if (err.code !== 'ENOENT') throw new DataDirError(path, `cannot be read (${err.code ?? err.message})`, { cause: err })
    try {
      await mkdir(path, { recursive: true, mode: 0o700 })
    } catch (mkErr: any) {
      throw new DataDirError(path, `cannot be created (${mkErr.code ?? mkErr.message})`, { cause: mkErr })
    }
  }
  try {
    return await readdir(path)
  } catch (err: any) {
    throw new DataDirError(path, `cannot be read (${err.code ?? err.message})`, { cause: err })
  }
}

async function readMarker (path: string): Promise<Marker> {
  const file = join(path, DATA_DIR_MARKER)
  let text: string
  try {
    const stats = await stat(file)
    if (!stats.isFile() || stats.size > MARKER_MAX_BYTES) throw new Error('not a small regular file')
    text = await readFile(file, 'utf8')
  } catch (err: any) {
    throw new DataDirError(path, `${DATA_DIR_MARKER} cannot be read (${err.code ?? err.message})`, { cause: err })
  }
  let value: any
  try {
    value = JSON.parse(text)
  } catch {
    throw new DataDirError(path, `${DATA_DIR_MARKER} is not JSON; refusing to touch the directory`)
  }
  if (value?.format !== FORMAT) throw new DataDirError(path, `${DATA_DIR_MARKER} has format ${JSON.stringify(value?.format)}, expected "${FORMAT}"`)
  if (value.version !== VERSION) throw new DataDirError(path, `${DATA_DIR_MARKER} has version ${JSON.stringify(value.version)}; this p2p-chat reads version ${VERSION}`)
  if (typeof value.peerId !== 'string' || value.peerId.length === 0) throw new DataDirError(path, `${DATA_DIR_MARKER} names no peerId`)
  return value
}

async function writeMarker (path: string, marker: Marker): Promise<void> {
  try {
    const handle = await open(join(path, DATA_DIR_MARKER), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600)
    try {
      await handle.writeFile(JSON.stringify(marker) + '\n')
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (err: any) {
    throw new DataDirError(path, `${DATA_DIR_MARKER} cannot be written (${err.code ?? err.message})`, { cause: err })
  }
}

/** The directory's key: the caller's (checked against the marker), the stored one, or a new one. */
async function directoryIdentity (path: string, marker: Marker | undefined, entries: string[], identity?: PrivateKey): Promise<{ privateKey: PrivateKey, createdIdentity: boolean }> {
  if (identity != null) {
    if (marker != null && marker.peerId !== peerIdOf(identity)) {
      throw new DataDirError(path, `belongs to peer ${marker.peerId}, but --identity is ${peerIdOf(identity)}; use another data directory`)
    }
    return { privateKey: identity, createdIdentity: false }
  }
  const keyFile = join(path, DATA_DIR_IDENTITY)
  if (marker == null || !entries.includes(DATA_DIR_IDENTITY)) {
    if (marker != null) throw new DataDirError(path, `belongs to peer ${marker.peerId} but has no ${DATA_DIR_IDENTITY}: pass that peer's key with --identity`)
    const privateKey = await generateIdentity()
    await saveIdentity(keyFile, privateKey)
    return { privateKey, createdIdentity: true }
  }
  let privateKey: PrivateKey
  try {
    privateKey = await loadIdentity(keyFile)
  } catch (err: any) {
    if (err instanceof IdentityFileError) throw new DataDirError(path, err.message, { cause: err })
    throw err
  }
  if (peerIdOf(privateKey) !== marker.peerId) {
    throw new DataDirError(path, `${DATA_DIR_IDENTITY} is peer ${peerIdOf(privateKey)}, but the directory belongs to ${marker.peerId}`)
  }
  return { privateKey, createdIdentity: false }
}
