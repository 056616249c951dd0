/**
 * Watches the machine while a run goes: CPU busy share of all cores and memory in use, once a
 * second, into machine.csv. A saturated box measures itself, not the protocol; the report says so.
 * Beside it, each node host process's CPU time and resident memory (processes.csv), from which an
 * attack's cost is read per role (an adversary alone in its process).
 */
import { createWriteStream } from 'node:fs'
import { readFileSync } from 'node:fs'

function cpuTimes (): { busy: number, total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const idle = fields[3] + (fields[4] ?? 0) // idle + iowait
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0)
  return { busy: total - idle, total }
}

function memUsedBytes (): number {
  const info = Object.fromEntries(readFileSync('/proc/meminfo', 'utf8').split('\n').filter(Boolean).map(l => {
    const [k, v] = l.split(':')
    return [k, Number.parseInt(v, 10) * 1024]
  }))
  return info.MemTotal - info.MemAvailable
}

/** Linux's USER_HZ: /proc/PID/stat counts CPU time in 1/100 s on every architecture Node runs on. */
const CLOCK_TICKS_PER_S = 100
const PAGE_BYTES = 4096

/** CPU seconds (user + system) and resident bytes of one process; undefined once it is gone. */
function processTimes (pid: number): { cpuS: number, rssBytes: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // the command name (field 2) may hold spaces and parentheses: the fields after it start at the last ')'
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { cpuS: (Number(f[11]) + Number(f[12])) / CLOCK_TICKS_PER_S, rssBytes: Number(f[21]) * PAGE_BYTES }
  } catch {
    return undefined
  }
}

/** The processes to watch: the run's node hosts, by their index. */
export type WatchedProcesses = () => Array<{ process: number, pid: number }>

export interface MachineWatch {
  /** the latest CPU busy share, 0..100 */
  lastCpuPct: () => number
  stop: () => Promise<void>
}

export function watchMachine (path: string, processesPath: string, processes: WatchedProcesses, intervalMs = 1_000): MachineWatch {
  const out = createWriteStream(path)
  out.write('ts_ms,cpu_busy_pct,mem_used_bytes\n')
  const perProcess = createWriteStream(processesPath)
  perProcess.write('ts_ms,process,pid,cpu_s,rss_bytes\n')
  let prev = cpuTimes()
  let last = 0
  const timer = setInterval(() => {
    const now = cpuTimes()
    const total = now.total - prev.total
    last = total > 0 ? (100 * (now.busy - prev.busy)) / total : 0
    prev = now
    const ts = Date.now()
    out.write(`${ts},${last.toFixed(1)},${memUsedBytes()}\n`)
    for (const { process, pid } of processes()) {
      const t = processTimes(pid)
      if (t !== undefined) perProcess.write(`${ts},${process},${pid},${t.cpuS},${t.rssBytes}\n`)
    }
  }, intervalMs)
  return {
    lastCpuPct: () => last,
    async stop () {
      clearInterval(timer)
      await Promise.all([out, perProcess].map(async s => new Promise<void>(resolve => { s.end(resolve) })))
    }
  }
}
