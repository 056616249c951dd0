/**
 * The NFQUEUE delayer (src/lab/delayer/delayer.c): compiled with gcc on first use into a cache
 * directory keyed by the source's hash, started inside the switch namespace, fed the delay matrix
 * on stdin. See the C file for the protocol.
 */
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DelayerBuildError, NetnsError } from './errors.ts'
import { inFlight } from './exec.ts'

export interface DelayerStats {
  packets: number
  delayed: number
  /** packets of an address not in the matrix: accepted at once */
  unknownPair: number
  /**
   * packets whose source is their destination. A socket bound to no address (0.0.0.0) takes its
   * machine's first address as source whichever node it belongs to: its traffic is attributed to
   * the wrong pair, and towards the first address it looks like self-traffic (unshaped, counted
   * here). Non-zero means a node dialled without binding its own address (TCP: dialOpts.localAddress).
   */
  selfPair: number
  held: number
  maxHeld: number
  enobufs: number
  cpuUserUs: number
  cpuSysUs: number
}

export interface DelayMatrix {
  addresses: string[]
  delayMs: number[][]
  jitterMs: number[][]
  /** reseeds the jitter generator */
  seed?: number
}

/** `P2P_CHAT_CACHE_DIR`, else `$XDG_CACHE_HOME/p2p-chat`, else `~/.cache/p2p-chat`. */
export function cacheDir (): string {
  return process.env.P2P_CHAT_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'p2p-chat')
}

function sourcePath (): string {
  // src/lab/netns -> ../delayer; dist/lab/netns -> the shipped src/ (tsc copies no .c)
  for (const rel of ['../delayer/delayer.c', '../../../src/lab/delayer/delayer.c']) {
    const path = fileURLToPath(new URL(rel, import.meta.url))
    if (existsSync(path)) return path
  }
  throw new DelayerBuildError('delayer: src/lab/delayer/delayer.c not found next to the lab')
}

/** Path of the compiled delayer, compiling it if this source has not been compiled yet. */
export function ensureDelayerBinary (): string {
  const source = sourcePath()
  const hash = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12)
  const dir = cacheDir()
  const binary = join(dir, `delayer-${hash}`)
  if (existsSync(binary)) return binary
  if (spawnSync('gcc', ['--version'], { stdio: 'ignore' }).error != null) {
    throw new DelayerBuildError('delayer: gcc not found; install it (Debian: apt-get install gcc libc6-dev libnetfilter-queue-dev)')
  }
  if (!existsSync('/usr/include/libnetfilter_queue/libnetfilter_queue.h')) {
    throw new DelayerBuildError('delayer: libnetfilter_queue headers not found; install them (Debian: apt-get install libnetfilter-queue-dev)')
  }
  mkdirSync(dir, { recursive: true })
  const temp = `${binary}.${process.pid}.tmp`
  const result = spawnSync('gcc', ['-O2', '-Wall', '-o', temp, source, '-lnetfilter_queue', '-lnfnetlink'], { encoding: 'utf8' })
  if (result.status !== 0) {
    rmSync(temp, { force: true })
    throw new DelayerBuildError(`delayer: gcc failed: ${(result.stderr ?? '').trim().split('\n').slice(0, 3).join(' | ')} (Debian: apt-get install libnetfilter-queue-dev)`)
  }
  renameSync(temp, binary) // atomic: concurrent builders all end with a complete binary
  // builds of older sources are dead weight
  for (const file of readdirSync(dir)) {
    if (/^delayer-[0-9a-f]{12}$/.test(file) && join(dir, file) !== binary) rmSync(join(dir, file), { force: true })
  }
  return binary
}

export interface Delayer {
  readonly pid: number
  setMatrix: (matrix: DelayMatrix) => Promise<void>
  stats: () => Promise<DelayerStats>
  stop: () => void
}

/**
 * Starts the delayer in `switchNs`, bound to queue 0 of each namespace in `queueNamespaces`.
 * Resolves once every queue is bound.
 */
export async function startDelayer (switchNs: string, queueNamespaces: string[], onExit?: (err: Error) => void, timeoutMs = 10_000): Promise<Delayer> {
  const binary = ensureDelayerBinary()
  // detached: a terminal's Ctrl-C goes to the harness' process group; the delayer must outlive it
  // until the lab's teardown stops it, or the links would go down mid-teardown
  const child: ChildProcessWithoutNullStreams = spawn('ip', ['netns', 'exec', switchNs, binary, ...queueNamespaces.map(ns => `/run/netns/${ns}`)], { stdio: ['pipe', 'pipe', 'pipe'], detached: true })
  inFlight.add(child)
  child.on('exit', () => inFlight.delete(child))
  child.stdin.on('error', () => { /* reported as the process' exit */ })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
  const waiting: Array<{ prefix: string, resolve: (line: string) => void, reject: (err: Error) => void }> = []
  let buffered = ''
  let exited: Error | undefined
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    let nl: number
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      const index = waiting.findIndex(w => line.startsWith(w.prefix))
      if (index >= 0) waiting.splice(index, 1)[0].resolve(line)
    }
  })
  let stopping = false
  child.on('exit', (code, signal) => {
    exited = new NetnsError(`delayer exited (${signal ?? `code ${code}`}): ${stderr.trim() || 'no message'}`)
    for (const w of waiting.splice(0)) w.reject(exited)
    if (!stopping) onExit?.(exited)
  })
  const expect = async (prefix: string): Promise<string> => {
    if (exited != null) throw exited
    return await new Promise((resolve, reject) => {
      const entry = { prefix, resolve, reject }
      waiting.push(entry)
      const timer = setTimeout(() => {
        const index = waiting.indexOf(entry)
        if (index >= 0) waiting.splice(index, 1)
        reject(new NetnsError(`delayer: no "${prefix}" within ${timeoutMs} ms: ${stderr.trim()}`))
      }, timeoutMs)
      const done = (): void => { clearTimeout(timer) }
      entry.resolve = line => { done(); resolve(line) }
      entry.reject = err => { done(); reject(err) }
    })
  }
  try {
    await expect('ready')
  } catch (err) {
    child.kill('SIGKILL')
    throw err
  }
  return {
    pid: child.pid ?? -1,
    async setMatrix (matrix) {
      const committed = expect('committed')
      child.stdin.write(renderMatrix(matrix))
      await committed
    },
    async stats () {
      const line = expect('{')
      child.stdin.write('stats\n')
      return JSON.parse(await line) as DelayerStats
    },
    stop () {
      stopping = true
      child.stdin.end()
      child.kill('SIGKILL')
    }
  }
}

/** The stdin protocol of delayer.c: milliseconds become whole microseconds. */
export function renderMatrix ({ addresses, delayMs, jitterMs, seed }: DelayMatrix): string {
  const us = (ms: number): number => Math.max(0, Math.round(ms * 1000))
  const lines = [`addrs ${addresses.join(' ')}`]
  if (seed != null) lines.push(`seed ${BigInt.asUintN(64, BigInt(Math.trunc(seed)))}`)
  addresses.forEach((_, i) => {
    lines.push(`delay ${i} ${delayMs[i].map(us).join(' ')}`)
    lines.push(`jitter ${i} ${jitterMs[i].map(us).join(' ')}`)
  })
  lines.push('commit', '')
  return lines.join('\n')
}
