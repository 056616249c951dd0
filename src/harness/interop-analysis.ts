/**
 * The figures of libp2p/test-plans' gossipsub-interop `analyze_message_deliveries.py`, computed from
 * a run folder in the framework's layout, so runs of our interop node can be compared with go and
 * rust runs figure for figure (and `analysis.txt` byte for byte) without Python or matplotlib.
 *
 * Where the framework would crash (a line that is not JSON at the wrong moment, a bad `time`, a
 * directory where a file is expected) we skip and count instead: a partial answer is more useful
 * here than none. Where it would give a wrong answer silently (deliveries > nodes) we refuse, as
 * it does. Known divergences, each deliberate:
 * - node ids are normalised to numbers: Python keeps `7` and `"7"` apart when counting nodes;
 * - messages are ordered by their earliest delivery: Python orders by the first delivery of the
 *   first file that logged the message (it sorts before sorting the deliveries), which depends on
 *   directory listing order. In a framework scenario messages are 12 s apart, so both agree;
 * - files are read in name order (Python: directory order) so ties are deterministic;
 * - a `time` without zone is taken as UTC (Python: naive, and mixing with zoned times crashes).
 */
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { mean } from './analysis/stats.ts'
import { HarnessError } from './errors.ts'

/** One node's first arrival of a message. `timeMs` keeps microseconds (epoch ms + fraction). */
export interface InteropDelivery { timeMs: number, nodeId: number }

export interface InteropLogs {
  /** per message id, each file's first arrival, in reading order (first seen message first) */
  deliveries: Map<string, InteropDelivery[]>
  /** per message id, arrivals after the first in the same file, summed over files */
  duplicates: Map<string, number>
  /** node id -> peer id of every `PeerID` line; its size is the framework's `total_nodes` */
  peerIds: Map<number, string>
  files: string[]
  /** lines that are not a JSON object with `msg`, longer than 64 KiB, or with a bad node id or time */
  skippedLines: number
}

export interface InteropMessage {
  id: string
  deliveries: number
  duplicates: number
  timeToDisseminateS: number
  p50S: number
  avgDuplicates: number
  reached: number
}

export interface InteropAnalysis {
  totalNodes: number
  /** messages in order of first delivery, after `skip` */
  messages: InteropMessage[]
  summary: {
    /** mean `reached`; null without messages */
    reliability: number | null
    /** messages with `reached` = 1 */
    reachedAll: number
    /** medians (mean of the middle two for an even count, as Python's statistics.median) */
    medianTimeToDisseminateS: number | null
    medianP50S: number | null
    meanAvgDuplicates: number | null
  }
}

/** Longer lines are dropped unread: contract lines are < 300 bytes, so these are not ours to parse. */
const MAX_LINE = 64 * 1024
const NL = 0x0a
const decoder = new TextDecoder()

/** The lines of a file, `undefined` for one over MAX_LINE; at most MAX_LINE bytes buffered. */
export async function * linesOf (path: string): AsyncGenerator<string | undefined> {
  let parts: Uint8Array[] = []
  let size = 0
  let overlong = false
  const keep = (piece: Uint8Array): void => {
    if (overlong || piece.byteLength === 0) return
    size += piece.byteLength
    if (size > MAX_LINE) { overlong = true; parts = [] } else parts.push(piece)
  }
  const take = (): string | undefined => {
    const line = overlong ? undefined : decoder.decode(Buffer.concat(parts))
    parts = []; size = 0; overlong = false
    return line
  }
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0
    for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, start)) {
      keep(chunk.subarray(start, nl))
      start = nl + 1
      yield take()
    }
    keep(chunk.subarray(start))
  }
  if (size > 0 || overlong) yield take()
}

const TIME = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?(Z|[+-]\d\d:?\d\d)?$/i

/**
 * RFC 3339 -> epoch ms with µs kept. Date.parse stops at ms, and Python keeps µs (truncating
 * further digits), so the fraction is read here. undefined when malformed.
 */
export function parseRfc3339Ms (time: string): number | undefined {
  const m = TIME.exec(time)
  if (m == null) return undefined
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number)
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || s > 59) return undefined
  let offsetMin = 0
  const zone = m[8]
  if (zone != null && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '')
    offsetMin = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))
  }
  const micros = Number((m[7] ?? '').padEnd(6, '0').slice(0, 6))
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000 + micros / 1000
}

/** rust logs `node_id` as a string ("7"), go and jvm as a number. */
function nodeIdOf (v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v
  if (typeof v === 'string' && /^-?\d{1,15}$/.test(v)) return Number(v)
  return undefined
}

/** The `.stdout` files of `hosts/NODE/` (the framework's layout), else every file of the folder; in name order. */
export async function logFiles (folder: string): Promise<string[]> {
  const entries = async (dir: string): Promise<Array<{ name: string, path: string, file: boolean, dir: boolean }>> =>
    (await readdir(dir, { withFileTypes: true }))
      .map(e => ({ name: e.name, path: join(dir, e.name), file: e.isFile(), dir: e.isDirectory() }))
      .sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  const hosts = join(folder, 'hosts')
  if (!(await stat(hosts).catch(() => undefined))?.isDirectory()) return (await entries(folder)).filter(e => e.file).map(e => e.path)
  const files: string[] = []
  for (const host of (await entries(hosts)).filter(e => e.dir)) {
    files.push(...(await entries(host.path)).filter(e => e.file && e.name.endsWith('.stdout')).map(e => e.path))
  }
  return files
}

/** Reads a run folder the way the framework does (see the module comment for the differences). */
export async function readInteropRun (folder: string): Promise<InteropLogs> {
  const logs: InteropLogs = { deliveries: new Map(), duplicates: new Map(), peerIds: new Map(), files: await logFiles(folder), skippedLines: 0 }
  for (const file of logs.files) {
    // as in the framework: arrivals before the file's PeerID line belong to node -1, and a
    // message counts once per file even if PeerID changes in between
    let nodeId = -1
    const seen = new Set<string>()
    for await (const line of linesOf(file)) {
      let entry: any
      try { entry = line === undefined ? undefined : JSON.parse(line) } catch { /* counted below */ }
      if (typeof entry !== 'object' || entry === null || !('msg' in entry)) { logs.skippedLines++; continue }
      if (entry.msg === 'PeerID') {
        const id = nodeIdOf(entry.node_id)
        if (id === undefined) { logs.skippedLines++; continue }
        nodeId = id
        logs.peerIds.set(id, String(entry.id ?? ''))
        continue
      }
      // partial-message runs count "All parts received" of a group as its delivery
      const key = entry.msg === 'Received Message' ? 'id' : entry.msg === 'All parts received' ? 'group id' : undefined
      if (key === undefined || !('time' in entry)) continue
      const timeMs = typeof entry.time === 'string' ? parseRfc3339Ms(entry.time) : undefined
      if (timeMs === undefined) { logs.skippedLines++; continue }
      const id: unknown = entry[key]
      if (typeof id !== 'string' || id === '') continue
      if (seen.has(id)) {
        logs.duplicates.set(id, (logs.duplicates.get(id) ?? 0) + 1)
        continue
      }
      seen.add(id)
      const list = logs.deliveries.get(id)
      if (list === undefined) logs.deliveries.set(id, [{ timeMs, nodeId }])
      else list.push({ timeMs, nodeId })
    }
  }
  return logs
}

/**
 * Seconds between two `timeMs`, as Python's timedelta.total_seconds(): whole µs / 1e6. Rounding the
 * ms difference to µs removes the float error of the epoch-ms representation (< 0.25 µs each).
 */
const secondsBetween = (fromMs: number, toMs: number): number => Math.round((toMs - fromMs) * 1000) / 1e6

export function analyseInteropRun (logs: InteropLogs, opts: { skip?: number } = {}): InteropAnalysis {
  const totalNodes = logs.peerIds.size
  const ordered = [...logs.deliveries]
    .map(([id, list]) => ({ id, list: [...list].sort((a, b) => a.timeMs - b.timeMs) }))
    .sort((a, b) => a.list[0].timeMs - b.list[0].timeMs) // stable: ties keep reading order
    .slice(Math.max(0, opts.skip ?? 0))
  if (ordered.length > 0 && totalNodes < 2) {
    throw new HarnessError(`interop analysis: ${totalNodes} node(s) logged PeerID; reach needs at least 2`)
  }
  const messages = ordered.map(({ id, list }): InteropMessage => {
    // "Minus 1 for the original sender": the publisher logs nothing, unless its message echoes back
    if (list.length > totalNodes) {
      throw new HarnessError(`interop analysis: message ${id} delivered to ${list.length} nodes, only ${totalNodes} logged PeerID`)
    }
    const first = list[0].timeMs
    const duplicates = logs.duplicates.get(id) ?? 0
    return {
      id,
      deliveries: list.length,
      duplicates,
      timeToDisseminateS: secondsBetween(first, list[list.length - 1].timeMs),
      p50S: secondsBetween(first, list[Math.floor(list.length / 2)].timeMs),
      avgDuplicates: duplicates / totalNodes,
      reached: Math.min(1, list.length / (totalNodes - 1))
    }
  })
  const median = (values: number[]): number | null => {
    if (values.length === 0) return null
    const s = values.sort((a, b) => a - b)
    const mid = Math.floor(s.length / 2)
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
  }
  return {
    totalNodes,
    messages,
    summary: {
      reliability: mean(messages.map(m => m.reached)),
      reachedAll: messages.filter(m => m.reached === 1).length,
      medianTimeToDisseminateS: median(messages.map(m => m.timeToDisseminateS)),
      medianP50S: median(messages.map(m => m.p50S)),
      meanAvgDuplicates: mean(messages.map(m => m.avgDuplicates))
    }
  }
}

/**
 * A float as Python's repr prints it. Both languages print the shortest digits that round-trip
 * (toExponential() without an argument gives exactly those); they differ in layout. Python writes
 * fixed notation for decimal exponents -4..15, always with a fraction (`1.0`, `0.0001`), and
 * otherwise `<digits>e<sign><at least 2 digits>` (`1e-05`, `2.5e+16`).
 */
export function pythonFloat (v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf'
  if (Object.is(v, -0)) return '-0.0'
  const [mantissa, expText] = v.toExponential().split('e')
  const exp = Number(expText)
  if (exp < -4 || exp >= 16) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  const text = String(v) // fixed notation in JS for these exponents, same shortest digits
  return /[.e]/.test(text) ? text : `${text}.0`
}

/** The framework's `analysis.txt`: its header, then one line per message, each newline-terminated. */
export function formatAnalysisTxt (analysis: InteropAnalysis): string {
  const rows = analysis.messages.map(m =>
    `${m.id}, ${pythonFloat(m.timeToDisseminateS)}s, ${pythonFloat(m.p50S)}s, ${pythonFloat(m.avgDuplicates)}, ${pythonFloat(m.reached)}\n`)
  return 'Message ID, Time to Disseminate, p50 to Disseminate, Avg Duplicate Count, Reached percent\n' + rows.join('')
}
