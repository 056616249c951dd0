/**
 * Readers for the run directory: JSON files with errors that name the file and field, and
 * line-by-line streams for the large files (traces, metrics.csv) so a long run never has to fit in
 * memory as text.
 */
import { createReadStream } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { RunDirError } from './errors.ts'
import type { Manifest, Topology } from './types.ts'

export async function readJsonFile (path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err: any) {
    throw new RunDirError(path, err.code === 'ENOENT' ? 'missing' : `cannot read (${err.message})`, { cause: err })
  }
  try {
    return JSON.parse(text)
  } catch (err: any) {
    throw new RunDirError(path, `not valid JSON (${err.message})`, { cause: err })
  }
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v)

export async function readTopology (runDir: string): Promise<Topology> {
  const path = join(runDir, 'topology.json')
  const t = await readJsonFile(path)
  if (!isObject(t)) throw new RunDirError(path, 'must be a JSON object')
  if (!Array.isArray(t.nodes)) throw new RunDirError(path, 'nodes: must be an array')
  t.nodes.forEach((n: unknown, i: number) => {
    if (!isObject(n) || typeof n.peerId !== 'string' || typeof n.index !== 'number') {
      throw new RunDirError(path, `nodes[${i}]: needs a numeric index and a string peerId`)
    }
  })
  const delay = t.links?.delayMs
  if (!Array.isArray(delay) || delay.length !== t.nodes.length || !delay.every((row: unknown) => Array.isArray(row) && row.length === t.nodes.length)) {
    throw new RunDirError(path, `links.delayMs: must be a ${t.nodes.length}x${t.nodes.length} matrix (one row per node)`)
  }
  const faults = t.faults ?? []
  if (!Array.isArray(faults)) throw new RunDirError(path, 'faults: must be an array')
  faults.forEach((f: unknown, i: number) => {
    if (!isObject(f) || typeof f.kind !== 'string' || typeof f.atMs !== 'number') {
      throw new RunDirError(path, `faults[${i}]: needs a string kind and a numeric atMs`)
    }
  })
  return { ...t, faults } as Topology
}

/** The manifest is informative only: a missing one gives an empty manifest, never a failure. */
export async function readManifest (runDir: string): Promise<Manifest> {
  try {
    const m = await readJsonFile(join(runDir, 'manifest.json'))
    return isObject(m) ? m as Manifest : {}
  } catch (err) {
    if (err instanceof RunDirError && err.message.endsWith('missing')) return {}
    throw err
  }
}

export async function listTraceFiles (runDir: string): Promise<string[]> {
  const dir = join(runDir, 'traces')
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err: any) {
    if (err.code === 'ENOENT') throw new RunDirError(dir, 'missing (the runner writes traces/*.ndjson)', { cause: err })
    throw err
  }
  return names.filter(n => n.endsWith('.ndjson')).sort().map(n => join(dir, n))
}

export async function * readLines (path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })
  try {
    for await (const line of rl) yield line
  } finally {
    rl.close()
  }
}

/** One CSV record (RFC 4180 quoting; our own files never quote, the runner's may). */
export function parseCsvLine (line: string): string[] {
  if (!line.includes('"')) return line.split(',')
  const out: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { out.push(field); field = '' } else field += c
  }
  out.push(field)
  return out
}

/**
 * Streams a CSV file with a header row as records keyed by column name. A missing file yields
 * nothing (metrics.csv and machine.csv are optional for analysis).
 */
export async function * readCsv (path: string): AsyncGenerator<Record<string, string>> {
  let header: string[] | undefined
  try {
    for await (const line of readLines(path)) {
      if (line.trim() === '') continue
      const fields = parseCsvLine(line)
      if (header === undefined) { header = fields.map(h => h.trim()); continue }
      const rec: Record<string, string> = {}
      header.forEach((h, i) => { rec[h] = fields[i] ?? '' })
      yield rec
    }
  } catch (err: any) {
    if (err.code === 'ENOENT') return
    throw err
  }
}

/** `k=v;k=v` (metrics.csv labels) to an object. */
export function parseLabels (labels: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of labels.split(';')) {
    const eq = pair.indexOf('=')
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim().replace(/^"|"$/g, '')
  }
  return out
}
