/**
 * Resident memory and idle CPU of one node process (the compiled CLI, TCP + QUIC, in a room with
 * two idle peers so that DHT, identify, ping and gossipsub heartbeats all run), read from /proc.
 */
import { readFile } from 'node:fs/promises'
import { ChatProcess, COMPILED_MAIN, addrWith } from '../test/helpers/cli.ts'

export interface IdleResult { rssMb: number, anonMb: number, fileMb: number, cpuPercent: number, seconds: number }

const TICKS_PER_SECOND = 100 // USER_HZ on Linux

async function cpuTicks (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12]) // utime + stime
}

/** Resident memory, and its split into anonymous (heap, native allocations) and file-backed pages
 * (mostly the runtime binary, shared by every node process on the host). */
async function memoryMb (pid: number): Promise<{ rssMb: number, anonMb: number, fileMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) / 1024
  return { rssMb: kb('VmRSS'), anonMb: kb('RssAnon'), fileMb: kb('RssFile') }
}

export async function idleBenchmark (seconds = 20, settleMs = 5_000, nodeFlags: string[] = [], extraArgs: string[] = []): Promise<IdleResult> {
  const listen = ['--listen', '/ip4/127.0.0.1/tcp/0', '--listen', '/ip4/127.0.0.1/udp/0/quic-v1', '--no-stdin', '--room', 'bench-idle']
  const measured = new ChatProcess(['--json', ...listen, ...extraArgs], { nodeFlags, entry: COMPILED_MAIN })
  const peers: ChatProcess[] = []
  try {
    const { addrs } = await measured.ready()
    for (let i = 0; i < 2; i++) peers.push(new ChatProcess(['--json', ...listen, '--bootstrap', addrWith(addrs, '/tcp/')], { entry: COMPILED_MAIN }))
    await Promise.all(peers.map(async p => p.ready()))
    await new Promise(resolve => setTimeout(resolve, settleMs))
    const pid = measured.child.pid!
    const t0 = performance.now()
    const ticks0 = await cpuTicks(pid)
    await new Promise(resolve => setTimeout(resolve, seconds * 1000))
    const ticks1 = await cpuTicks(pid)
    const elapsed = (performance.now() - t0) / 1000
    return { ...await memoryMb(pid), cpuPercent: ((ticks1 - ticks0) / TICKS_PER_SECOND) / elapsed * 100, seconds: elapsed }
  } finally {
    await Promise.all([measured, ...peers].map(async p => p.stop()))
  }
}
