/**
 * Runs the network tools (ip, nft, iptables, tc). Every child is tracked so that an exit during
 * set-up can kill what is still running before the namespaces are removed (see clean.ts).
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { NetnsError } from './errors.ts'

export const inFlight = new Set<ChildProcess>()

export interface ExecuteOptions {
  /** written to the child's stdin, which is then closed */
  input?: string
  /** run inside this named network namespace (`ip netns exec NS ...`) */
  netns?: string
}

export async function execute (command: string, args: string[], options: ExecuteOptions = {}): Promise<string> {
  const argv = options.netns != null ? ['netns', 'exec', options.netns, command, ...args] : args
  const file = options.netns != null ? 'ip' : command
  return await new Promise((resolve, reject) => {
    // its own process group: a terminal's Ctrl-C, sent to the harness' group, must not kill an
    // nft or ip command half-way through the lab's set-up or teardown
    const child = spawn(file, argv, { stdio: ['pipe', 'pipe', 'pipe'], detached: true })
    inFlight.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    child.on('error', err => {
      inFlight.delete(child)
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT'
      reject(new NetnsError(missing ? `${file}: not installed (Debian: apt-get install ${packageOf(file)})` : `${file}: ${err.message}`, { cause: err }))
    })
    child.on('close', code => {
      inFlight.delete(child)
      if (code === 0) { resolve(stdout); return }
      const where = options.netns != null ? ` in ${options.netns}` : ''
      const firstLines = stderr.trim().split('\n').slice(0, 3).join(' | ')
      reject(new NetnsError(`${command} ${args.slice(0, 3).join(' ')}${where} failed (exit ${code}): ${firstLines}`))
    })
    child.stdin.on('error', () => { /* the close handler reports the failure */ })
    child.stdin.end(options.input ?? '')
  })
}

/** Runs `ip -batch -` (optionally `ip -n NS -batch -`) on the given lines. */
export async function ipBatch (lines: string[], netns?: string): Promise<void> {
  if (lines.length === 0) return
  const args = netns != null ? ['-n', netns, '-batch', '-'] : ['-batch', '-']
  await execute('ip', args, { input: lines.join('\n') + '\n' })
}

/** Runs an nft script atomically (one transaction) inside a namespace. */
export async function nftScript (netns: string, script: string): Promise<void> {
  await execute('nft', ['-f', '-'], { netns, input: script })
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function eachLimited<T> (items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]
      await fn(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

function packageOf (tool: string): string {
  return ({ ip: 'iproute2', tc: 'iproute2', nft: 'nftables', iptables: 'iptables', 'iptables-restore': 'iptables', gcc: 'gcc' } as Record<string, string>)[tool] ?? tool
}
