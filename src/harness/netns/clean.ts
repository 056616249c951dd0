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
import { readdirSync, readlinkSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inFlight } from './exec.ts'

/** Every lab's namespace name starts with this. */
export const NAME_PREFIX = 'p2pc-'
const NETNS_DIR = '/run/netns'

export interface CleanResult {
  namespaces: string[]
  killedPids: number[]
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
  // the Unix sockets of tunnels (tunnel.ts)
  try {
    for (const file of readdirSync(tmpdir())) if (file.startsWith(prefix) && file.endsWith('.sock')) rmSync(join(tmpdir(), file), { force: true })
  } catch { /* no temp dir */ }
  return { namespaces: names, killedPids: [...killed] }
}

/**
 * Removes everything any run left behind: namespaces named `prefix`* (default every lab's), the
 * processes inside them (nodes, the delayer) and with the namespaces their veths, bridge and nft
 * tables. For `p2p-chat experiment clean`.
 */
export async function cleanAll (prefix = NAME_PREFIX): Promise<CleanResult> {
  if (!prefix.startsWith(NAME_PREFIX)) throw new Error(`cleanAll: prefix must start with ${NAME_PREFIX} (got ${prefix})`)
  return cleanPrefixSync(prefix)
}
