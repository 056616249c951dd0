/**
 * A fresh memory cgroup per test process: a hard limit, and the current and peak usage of what runs
 * in it. cgroup v1 (`/sys/fs/cgroup/memory/NAME/`, this machine) and v2 (`/sys/fs/cgroup/NAME/` when
 * the unified hierarchy has the memory controller). Needs root. The group is removed (its processes
 * killed first) by `remove()`, and as a last resort when the test process exits.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { onCleanup } from './cleanup.ts'

const V1_ROOT = '/sys/fs/cgroup/memory'
const V2_ROOT = '/sys/fs/cgroup'

export type CgroupSupport = { ok: true, version: 1 | 2 } | { ok: false, reason: string }

/** Whether this process can make memory cgroups, and which version; `reason` says why not. */
export function memoryCgroupSupport (): CgroupSupport {
  if (process.platform !== 'linux') return { ok: false, reason: 'memory cgroups need Linux' }
  if (process.getuid?.() !== 0) return { ok: false, reason: 'making a memory cgroup needs root' }
  if (existsSync(join(V1_ROOT, 'memory.limit_in_bytes'))) return { ok: true, version: 1 }
  try {
    if (readFileSync(join(V2_ROOT, 'cgroup.controllers'), 'utf8').split(/\s+/).includes('memory')) return { ok: true, version: 2 }
  } catch { /* no unified hierarchy at /sys/fs/cgroup */ }
  return { ok: false, reason: `no memory cgroup controller (neither ${V1_ROOT} nor memory in ${V2_ROOT}/cgroup.controllers)` }
}

export interface MemoryCgroup {
  readonly path: string
  readonly version: 1 | 2
  /** Writing a pid here moves that process (and its future children) into the group. */
  readonly procsFile: string
  /** Bytes charged to the group now. */
  current(): number
  /** The highest `current()` since creation or the last `resetPeak()`. */
  peak(): number
  /**
   * Starts a new peak window on v1. On v2 it does nothing: a write to memory.peak (kernel 6.12+)
   * resets it only for readers of the writing file descriptor, so there the peak counts from the
   * group's creation (the node's start-up, which stays far below an attack's peak).
   */
  resetPeak(): void
  /** How many processes of the group the kernel's OOM killer has killed. */
  oomKills(): number
  pids(): number[]
  /** Kills whatever still runs in the group, waits for it to be gone, removes the group. */
  remove(timeoutMs?: number): Promise<void>
}

let created = 0

const readNumber = (file: string): number => Number(readFileSync(file, 'utf8').trim())

function readKey (file: string, key: string): number {
  const line = readFileSync(file, 'utf8').split('\n').find(l => l.startsWith(key + ' '))
  return line == null ? 0 : Number(line.split(' ')[1])
}

function pidsOf (procsFile: string): number[] {
  try {
    return readFileSync(procsFile, 'utf8').split('\n').filter(l => l !== '').map(Number)
  } catch { return [] }
}

function killAll (procsFile: string): void {
  for (const pid of pidsOf(procsFile)) {
    try { process.kill(pid, 'SIGKILL') } catch { /* already gone */ }
  }
}

/** rmdir, retried for up to `ms` while the killed processes leave (synchronous: for exit handlers). */
function removeSync (path: string, procsFile: string, ms: number): void {
  const deadline = Date.now() + ms
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (;;) {
    const busy = tryRemove(path, procsFile)
    if (busy == null) return
    if (Date.now() > deadline) throw busy
    Atomics.wait(pause, 0, 0, 20)
  }
}

/** One attempt: kill what is left in the group, then rmdir it. Undefined once it is gone, else why not. */
function tryRemove (path: string, procsFile: string): Error | undefined {
  killAll(procsFile)
  try {
    rmdirSync(path)
    return undefined
  } catch (err: any) {
    return err?.code === 'ENOENT' ? undefined : err
  }
}

export function createMemoryCgroup (limitBytes: number, support: CgroupSupport = memoryCgroupSupport()): MemoryCgroup {
  if (!support.ok) throw new Error(`no memory cgroup: ${support.reason}`)
  const name = `p2p-chat-test-${process.pid}-${++created}`
  const version = support.version
  const path = join(version === 1 ? V1_ROOT : V2_ROOT, name)
  if (version === 2) {
    // children of the root get the memory controller only when the root's subtree enables it
    const subtree = join(V2_ROOT, 'cgroup.subtree_control')
    if (!readFileSync(subtree, 'utf8').split(/\s+/).includes('memory')) writeFileSync(subtree, '+memory')
  }
  mkdirSync(path)
  const procsFile = join(path, 'cgroup.procs')
  const forget = onCleanup(() => { removeSync(path, procsFile, 2_000) })
  try {
    if (version === 1) {
      writeFileSync(join(path, 'memory.limit_in_bytes'), String(limitBytes))
      // memory + swap capped at the same figure: on a host with swap the node must not page out instead
      const memsw = join(path, 'memory.memsw.limit_in_bytes')
      if (existsSync(memsw)) writeFileSync(memsw, String(limitBytes))
    } else {
      writeFileSync(join(path, 'memory.max'), String(limitBytes))
      // no swap: past the limit the OOM killer acts, as it would in a container without swap
      try { writeFileSync(join(path, 'memory.swap.max'), '0') } catch { /* no swap accounting */ }
    }
  } catch (err) {
    forget()
    rmdirSync(path)
    throw err
  }
  const file = (v1: string, v2: string): string => join(path, version === 1 ? v1 : v2)
  return {
    path,
    version,
    procsFile,
    current: () => readNumber(file('memory.usage_in_bytes', 'memory.current')),
    peak: () => readNumber(file('memory.max_usage_in_bytes', 'memory.peak')),
    resetPeak () {
      if (version === 1) writeFileSync(join(path, 'memory.max_usage_in_bytes'), '0')
    },
    oomKills: () => version === 1 ? readKey(join(path, 'memory.oom_control'), 'oom_kill') : readKey(join(path, 'memory.events'), 'oom_kill'),
    pids: () => pidsOf(procsFile),
    async remove (timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const busy = tryRemove(path, procsFile)
        if (busy == null) break
        if (Date.now() > deadline) throw new Error(`cgroup ${path} still busy after ${timeoutMs} ms (pids ${pidsOf(procsFile).join(' ')}): ${busy.message}`)
        await new Promise(resolve => setTimeout(resolve, 25))
      }
      forget()
    }
  }
}
