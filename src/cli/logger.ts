/** Leveled logging to stderr, so stdout stays clean for the chat (or the NDJSON stream). */
import { enable } from '@libp2p/logger'

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const
export type LogLevel = typeof LOG_LEVELS[number]

export interface Logger {
  error(msg: string): void
  warn(msg: string): void
  info(msg: string): void
  debug(msg: string): void
  /** Where lines go from now on (the REPL routes them around its prompt). */
  setSink(write: (line: string) => void): void
}

export function createLogger (level: LogLevel, stream: NodeJS.WritableStream = process.stderr): Logger {
  let sink = (line: string): void => { stream.write(line + '\n') }
  const threshold = LOG_LEVELS.indexOf(level)
  if (level === 'debug') {
    // libp2p's own debug output, for our components and libp2p's errors; DEBUG=... still works
    enable(process.env.DEBUG ?? 'p2p-chat:*,libp2p:*:error')
  }
  const write = (lvl: LogLevel) => (msg: string) => {
    if (LOG_LEVELS.indexOf(lvl) <= threshold) sink(`${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${msg}`)
  }
  return {
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
    setSink (write) { sink = write }
  }
}
