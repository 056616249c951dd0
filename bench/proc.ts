/** CPU time and memory of processes, from /proc (Linux). */
import { readFile } from 'node:fs/promises'

const TICKS_PER_SECOND = 100 // USER_HZ on Linux

/** CPU seconds (user + system) the process has used so far. */
export async function cpuSeconds (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
}

/**
 * RSS, and PSS (each shared page divided among the processes that map it: the runtime binary is
 * mapped by every node process, so PSS is what the processes really cost together), in MB.
 */
export async function memoryMb (pid: number): Promise<{ rssMb: number, pssMb: number, anonMb: number }> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8')
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) / 1024
  return { rssMb: kb('Rss'), pssMb: kb('Pss'), anonMb: kb('Pss_Anon') }
}

/** Total CPU seconds of several processes (ones that exited count as 0). */
export async function totalCpuSeconds (pids: number[]): Promise<number> {
  const each = await Promise.all(pids.map(async pid => cpuSeconds(pid).catch(() => 0)))
  return each.reduce((a, b) => a + b, 0)
}

/** The whole machine's busy share over a window: [busy, total] jiffies now. */
export async function machineJiffies (): Promise<{ busy: number, total: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]
  const v = line.trim().split(/\s+/).slice(1).map(Number)
  const total = v.reduce((a, b) => a + b, 0)
  const idle = v[3] + v[4]
  return { busy: total - idle, total }
}
