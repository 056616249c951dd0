/**
 * Teardown. Everything a lab creates lives inside its namespaces (the bridge, both ends of every
 * veth, the nft tables, the iptables rules; the delayer and every spawned process run inside one
 * of them), so removing a run means: kill every process whose network namespace is one of ours,
 * then delete the namespaces (the kernel destroys their interfaces and tables with them), and
 * remove the tunnels' Unix sockets from the temp dir.
 * Nothing is ever created in the machine's own namespace.
 *
 * Synchronous on purpose: it must also work from a process 'exit' handler.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inFlight } from './exec.ts'

/** Every lab's namespace name starts with this. */
export const NAME_PREFIX = 'p2pc-'
const NETNS_DIR = '/run/netns'

export interface CleanResult {
  namespaces: string[]
  killedPids: number[]
  /** run ids left alone because the process that created them still runs (see cleanAll) */
  skippedLiveRuns: string[]
}

/** Which process created a lab: `<pid> <start time>`, so that a reused pid is not taken for it. */
const OWNERS_DIR = '/run/p2p-chat/labs'

function processIdentity (pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields[0] === 'Z') return undefined
    return `${pid} ${fields[19]}` // field 22 of stat: start time
  } catch {
    return undefined
  }
}

/**
 * Records this process as the creator of the namespaces `p2pc-<runId>-*`, so that cleanAll()
 * leaves them alone while it runs. createLab does it; other tools that make p2pc- namespaces
 * (the NAT lab) should too.
 */
export function recordOwner (runId: string): void {
  mkdirSync(OWNERS_DIR, { recursive: true })
  writeFileSync(join(OWNERS_DIR, runId), processIdentity(process.pid) ?? String(process.pid))
}

function ownerAlive (runId: string): boolean {
  try {
    const recorded = readFileSync(join(OWNERS_DIR, runId), 'utf8').trim()
    return processIdentity(Number(recorded.split(' ')[0])) === recorded
  } catch {
    return false
  }
}

export function listNamespaces (prefix = NAME_PREFIX): string[] {
  try {
    return readdirSync(NETNS_DIR).filter(name => name.startsWith(prefix))
  } catch {
    return []
  }
}

/** Pids of the processes whose network namespace is one of `names` (one pass over /proc). */
export function pidsInNamespaces (names: string[]): number[] {
  const inodes = new Set<string>()
  for (const name of names) {
    try { inodes.add(`net:[${statSync(`${NETNS_DIR}/${name}`).ino}]`) } catch { /* already gone */ }
  }
  if (inodes.size === 0) return []
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (inodes.has(readlinkSync(`/proc/${entry}/ns/net`))) pids.push(Number(entry))
    } catch { /* exited meanwhile, or a zombie */ }
  }
  return pids
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))
function sleepSync (ms: number): void { Atomics.wait(sleeper, 0, 0, ms) }

/**
 * Kills every process in the namespaces whose names start with `prefix`, then deletes them.
 * Also kills this process' own network tool children first (an exit during set-up).
 */
export function cleanPrefixSync (prefix: string): CleanResult {
  for (const child of inFlight) { try { child.kill('SIGKILL') } catch { /* gone */ } }
  let names = listNamespaces(prefix)
  const killed = new Set<number>()
  // a tool killed mid-batch may have added a namespace after the first listing: go round again
  for (let round = 0; round < 50; round++) {
    const pids = pidsInNamespaces(names).filter(pid => pid !== process.pid)
    if (pids.length === 0 && round > 0) break
    for (const pid of pids) {
      try { process.kill(pid, 'SIGKILL'); killed.add(pid) } catch { /* gone */ }
    }
    sleepSync(pids.length > 0 ? 20 : 5)
    names = listNamespaces(prefix)
  }
  if (names.length > 0) {
    spawnSync('ip', ['-force', '-batch', '-'], { input: names.map(n => `netns del ${n}`).join('\n') + '\n', stdio: ['pipe', 'ignore', 'ignore'] })
  }
  const left = listNamespaces(prefix)
  if (left.length > 0) {
    // `ip netns del` refuses a namespace that is still mounted elsewhere; unmount and retry once
    for (const name of left) spawnSync('umount', ['-l', `${NETNS_DIR}/${name}`], { stdio: 'ignore' })
    spawnSync('ip', ['-force', '-batch', '-'], { input: left.map(n => `netns del ${n}`).join('\n') + '\n', stdio: ['pipe', 'ignore', 'ignore'] })
  }
  // per-namespace files a run gave `ip netns exec` to bind (hosts files: harness/interop-run.ts)
  try {
    for (const dir of readdirSync('/etc/netns')) if (dir.startsWith(prefix)) rmSync(join('/etc/netns', dir), { recursive: true, force: true })
  } catch { /* no /etc/netns */ }
  // the Unix sockets of tunnels (tunnel.ts), the owner record
  try {
    for (const file of readdirSync(tmpdir())) if (file.startsWith(prefix) && file.endsWith('.sock')) rmSync(join(tmpdir(), file), { force: true })
  } catch { /* no temp dir */ }
  const runId = /^p2pc-([a-z0-9]+)-$/.exec(prefix)?.[1]
  if (runId != null) rmSync(join(OWNERS_DIR, runId), { force: true })
  return { namespaces: names, killedPids: [...killed], skippedLiveRuns: [] }
}

/**
 * Removes everything runs left behind: namespaces named `prefix`* (default: every `p2pc-` one,
 * which includes other project labs that use the prefix), the processes inside them (nodes, the
 * delayer) and with the namespaces their veths, bridge and nft tables. A lab whose creating
 * process still runs is left alone unless `force`: `p2p-chat experiment clean` must not pull a
 * live run from under its runner. For `p2p-chat experiment clean`.
 */
export async function cleanAll (prefix = NAME_PREFIX, options: { force?: boolean } = {}): Promise<CleanResult> {
  if (!prefix.startsWith(NAME_PREFIX)) throw new Error(`cleanAll: prefix must start with ${NAME_PREFIX} (got ${prefix})`)
  const runs = new Set(listNamespaces(prefix).map(name => /^p2pc-([^-]+)-/.exec(name)?.[1] ?? name))
  const result: CleanResult = { namespaces: [], killedPids: [], skippedLiveRuns: [] }
  for (const runId of runs) {
    if (options.force !== true && ownerAlive(runId)) { result.skippedLiveRuns.push(runId); continue }
    const done = cleanPrefixSync(`${NAME_PREFIX}${runId}-`.startsWith(prefix) ? `${NAME_PREFIX}${runId}-` : prefix)
    result.namespaces.push(...done.namespaces)
    result.killedPids.push(...done.killedPids)
  }
  return result
}
