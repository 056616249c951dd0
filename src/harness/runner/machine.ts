/**
 * Watches the machine while a run goes: CPU busy share of all cores and memory in use, once a
 * second, into machine.csv. A saturated box measures itself, not the protocol; the report says so.
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

export interface MachineWatch {
  /** the latest CPU busy share, 0..100 */
  lastCpuPct: () => number
  stop: () => Promise<void>
}

export function watchMachine (path: string, intervalMs = 1_000): MachineWatch {
  const out = createWriteStream(path)
  out.write('ts_ms,cpu_busy_pct,mem_used_bytes\n')
  let prev = cpuTimes()
  let last = 0
  const timer = setInterval(() => {
    const now = cpuTimes()
    const total = now.total - prev.total
    last = total > 0 ? (100 * (now.busy - prev.busy)) / total : 0
    prev = now
    out.write(`${Date.now()},${last.toFixed(1)},${memUsedBytes()}\n`)
  }, intervalMs)
  return {
    lastCpuPct: () => last,
    async stop () {
      clearInterval(timer)
      await new Promise<void>(resolve => { out.end(resolve) })
    }
  }
}
