/**
 * Runs `p2p-chat` as a real child process and reads its NDJSON stream. Every process started here
 * is killed when the test process exits, however the test ends.
 */
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { createInterface } from 'node:readline'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { after } from 'node:test'

// no test may reach a public STUN server: children without --stun-server use none (src/cli/nat-flags.ts)
process.env.P2P_CHAT_STUN_SERVERS ??= 'none'

/** The CLI's source and compiled entries, as src/lab/cli-entry.ts resolves them; the launcher. */
import { CLI_COMPILED, CLI_SOURCE } from '../../src/lab/cli-entry.ts'
export const MAIN = CLI_SOURCE
/** The compiled CLI (`npm run build`), what users and benchmarks run. */
export const COMPILED_MAIN = CLI_COMPILED
export const LAUNCHER = fileURLToPath(new URL('../../bin/p2p-chat.cjs', import.meta.url))

import { onCleanup } from './cleanup.ts'
import { pollUntil } from './poll.ts'
import { formatCommand, HostProtocolError, parseEventLine } from '../../src/node/host-protocol.ts'
import type { HostCommand, HostStreamEvent, RunStreamEvent } from '../../src/node/host-protocol.ts'

/** A line of `p2p-chat --json`'s stdout, parsed and checked (src/node/host-protocol.ts). */
export type ChatEvent = RunStreamEvent
/** A line of `p2p-chat host`'s stdout. */
export type HostLine = HostStreamEvent

/** The lines of one kind of event. */
export type EventOf<E extends { event: string }, K extends E['event']> = Extract<E, { event: K }>

/**
 * A predicate on a stream's lines that narrows to one kind: `waitFor(eventIs('message', e => e.id === id), ...)`
 * resolves with a typed `message`.
 */
export function eventIs<E extends { event: string }, K extends E['event']> (kind: K, match: (e: EventOf<E, K>) => boolean = () => true): (e: E) => e is EventOf<E, K> {
  return (e): e is EventOf<E, K> => e.event === kind && match(e as EventOf<E, K>)
}

/** `eventIs` on the run stream (`ChatProcess`). */
export const isEvent = <K extends ChatEvent['event']>(kind: K, match?: (e: EventOf<ChatEvent, K>) => boolean): (e: ChatEvent) => e is EventOf<ChatEvent, K> => eventIs<ChatEvent, K>(kind, match)
/** `eventIs` on the host stream (`HostProcess`). */
export const isHostEvent = <K extends HostLine['event']>(kind: K, match?: (e: EventOf<HostLine, K>) => boolean): (e: HostLine) => e is EventOf<HostLine, K> => eventIs<HostLine, K>(kind, match)

/** A `p2p-chat` child process whose stdout is a stream of protocol lines of type `E`. */
abstract class CliProcess<E extends { event: string }> {
  readonly child: ChildProcessWithoutNullStreams
  readonly events: E[] = []
  /** lines that looked like events but broke the protocol: a bug of the CLI, shown on a timeout */
  readonly protocolErrors: HostProtocolError[] = []
  stderr = ''
  stdout = ''
  readonly exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }>
  private waiters: Array<() => void> = []

  protected abstract parse (line: string): E

  constructor (args: string[], options: { json?: boolean, nodeFlags?: string[], entry?: string } = {}) {
    this.child = spawn(process.execPath, [...(options.nodeFlags ?? []), options.entry ?? MAIN, ...args], { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } })
    const forget = onCleanup(() => { this.child.kill('SIGKILL') })
    this.exited = new Promise(resolve => {
      this.child.on('exit', (code, signal) => {
        forget()
        resolve({ code, signal })
        this.notify()
      })
    })
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => { this.stderr += chunk })
    createInterface({ input: this.child.stdout }).on('line', line => {
      this.stdout += line + '\n'
      if (options.json !== false && line.startsWith('{')) {
        try {
          this.events.push(this.parse(line))
        } catch (err) {
          if (err instanceof HostProtocolError) this.protocolErrors.push(err)
          else throw err
        }
      }
      this.notify()
    })
  }

  private notify (): void {
    for (const w of this.waiters) w()
  }

  /** Resolves with the first event (past or future) matching `predicate`; fails after `timeoutMs`. */
  async waitFor<F extends E> (predicate: (e: E) => e is F, what: string, timeoutMs?: number): Promise<F>
  async waitFor (predicate: (e: E) => boolean, what: string, timeoutMs?: number): Promise<E>
  async waitFor (predicate: (e: E) => boolean, what: string, timeoutMs = 20_000): Promise<E> {
    return this.waitUntil(() => this.events.find(predicate), what, timeoutMs)
  }

  /** Resolves when `check` returns a value other than undefined; fails after `timeoutMs`. */
  async waitUntil<T> (check: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
    const found = check()
    if (found !== undefined) return found
    return new Promise<T>((resolve, reject) => {
      const waiter = (): void => {
        const value = check()
        if (value === undefined) return
        cleanup()
        resolve(value)
      }
      const timer = setTimeout(() => {
        cleanup()
        const broken = this.protocolErrors.length > 0 ? `\n--- lines that broke the protocol ---\n${this.protocolErrors.slice(-5).map(e => e.message).join('\n')}` : ''
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n--- stderr ---\n${this.stderr.slice(-3000)}\n--- stdout ---\n${this.stdout.slice(-3000)}${broken}`))
      }, timeoutMs)
      const cleanup = (): void => {
        clearTimeout(timer)
        this.waiters = this.waiters.filter(w => w !== waiter)
      }
      this.waiters.push(waiter)
    })
  }

  send (line: string): void {
    this.child.stdin.write(line + '\n')
  }

  /** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
  async stop (graceMs = 8_000): Promise<{ code: number | null, signal: NodeJS.Signals | null }> {
    if (this.child.exitCode == null && this.child.signalCode == null) this.child.kill('SIGTERM')
    const timer = setTimeout(() => { this.child.kill('SIGKILL') }, graceMs)
    try {
      return await this.exited
    } finally {
      clearTimeout(timer)
    }
  }
}

/** `p2p-chat [run] --json ...`: the run stream, the REPL driven through stdin. */
export class ChatProcess extends CliProcess<ChatEvent> {
  protected parse (line: string): ChatEvent { return parseEventLine(line, 'run') }

  async ready (): Promise<{ peerId: string, addrs: string[] }> {
    const e = await this.waitFor(eventIs('ready'), 'ready event')
    return { peerId: e.peerId, addrs: e.addrs }
  }

  /** Sends a REPL command and waits for its answer event (the next one of that kind). */
  async ask<K extends ChatEvent['event']> (command: string, answerEvent: K, timeoutMs = 5_000): Promise<EventOf<ChatEvent, K>> {
    const seen = this.events.length
    this.send(command)
    return this.waitUntil(() => this.events.slice(seen).find(eventIs<ChatEvent, K>(answerEvent)), `answer to ${command}`, timeoutMs)
  }

  /** Asks `command` every `intervalMs` until `accept` holds for the answer; fails at the deadline. */
  async askUntil<K extends ChatEvent['event']> (command: string, answerEvent: K, accept: (e: EventOf<ChatEvent, K>) => boolean, what: string, timeoutMs = 20_000, intervalMs = 200): Promise<EventOf<ChatEvent, K>> {
    return pollUntil(what, timeoutMs, async () => {
      const answer = await this.ask(command, answerEvent)
      if (accept(answer)) return answer
      throw new Error(`last answer ${JSON.stringify(answer)}`)
    }, intervalMs)
  }
}

/** `p2p-chat host ...`: the host stream, NDJSON commands through stdin. */
export class HostProcess extends CliProcess<HostLine> {
  constructor (args: string[], options: { nodeFlags?: string[], entry?: string } = {}) {
    super(['host', ...args], options)
  }

  protected parse (line: string): HostLine { return parseEventLine(line, 'host') }

  command (c: HostCommand): void { this.send(formatCommand(c)) }
}

/** Runs the CLI to completion (for commands that exit on their own) with a deadline. */
export async function runCli (args: string[], options: { timeoutMs?: number, launcher?: string, execPath?: string, env?: NodeJS.ProcessEnv, onlyEnv?: NodeJS.ProcessEnv, cwd?: string } = {}): Promise<{ code: number | null, stdout: string, stderr: string }> {
  const execPath = options.execPath ?? process.execPath
  // an executable launcher started directly takes no script argument
  const argv = options.launcher == null ? [MAIN, ...args] : options.launcher === execPath ? args : [options.launcher, ...args]
  const child = spawn(execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: options.onlyEnv ?? { ...process.env, ...options.env }, cwd: options.cwd })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c })
  child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c })
  const timer = setTimeout(() => { child.kill('SIGKILL') }, options.timeoutMs ?? 20_000)
  const code = await new Promise<number | null>(resolve => { child.on('exit', (c) => { resolve(c) }) })
  clearTimeout(timer)
  return { code, stdout, stderr }
}

/** The error lines of a failed run: exactly one `p2p-chat: ...` line and no stack frames. */
export function assertOneErrorLine (stderr: string, culprit: RegExp): void {
  const errorLines = stderr.split('\n').filter(l => l.startsWith('p2p-chat: '))
  if (errorLines.length !== 1) throw new Error(`expected one error line, got ${errorLines.length}:\n${stderr}`)
  if (!culprit.test(errorLines[0])) throw new Error(`error line ${JSON.stringify(errorLines[0])} does not match ${culprit}`)
  if (/^\s+at /m.test(stderr)) throw new Error(`stack trace on stderr:\n${stderr}`)
}

export function addrWith (addrs: string[], ...protocols: string[]): string {
  const found = addrs.find(a => protocols.every(p => a.includes(p)))
  if (found == null) throw new Error(`no address with ${protocols.join(', ')} in ${addrs.join(' ')}`)
  return found
}

export const LOOPBACK_TCP = ['--listen', '/ip4/127.0.0.1/tcp/0']
export const LOOPBACK_QUIC = ['--listen', '/ip4/127.0.0.1/udp/0/quic-v1']

/** A TCP port on 127.0.0.1 that was free a moment ago (for servers that must be told a port). */
export async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>(resolve => server.close(() => { resolve() }))
  return port
}

/**
 * A starter of `--json` CLI processes for one test file: every process it starts is stopped in
 * the file's `after` hook. Call it at the top level of the test file.
 */
export function jsonProcessStarter (): (args: string[]) => ChatProcess {
  const started: ChatProcess[] = []
  after(async () => { await Promise.all(started.map(async p => p.stop())) })
  return (args) => {
    const p = new ChatProcess(['--json', ...args])
    started.push(p)
    return p
  }
}
