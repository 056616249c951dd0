/**
 * The one line the CLI prints on stderr for a failure. Any ChatError (every error class of the
 * project extends it) is a known failure: `p2p-chat: <message>` when its class says the message
 * starts with its culprit (ChatError.culpritFirst: flags, key files, specs), else
 * `p2p-chat: <Name>: <message>`; a usage error adds its hint. Anything else is a bug: its name and
 * first line, or the stack when P2P_CHAT_STACK=1.
 */
import { ChatError } from '../node/errors.ts'
import { UsageError } from './usage-error.ts'

export function errorLine (err: unknown, showStack = process.env.P2P_CHAT_STACK === '1'): string {
  if (err instanceof ChatError) {
    // a usage error may carry its own pointer (a bad experiment spec: the spec reference)
    const hint = err instanceof UsageError ? ` (${'hint' in err ? String(err.hint) : 'p2p-chat --help lists the options'})` : ''
    if ((err.constructor as typeof ChatError).culpritFirst) return `p2p-chat: ${err.message}${hint}`
    // one line, whatever a tool wrote into the message
    return `p2p-chat: ${err.name}: ${err.message.trim().split(/\s*\n\s*/).join(' | ')}${hint}`
  }
  const e = err as { name?: unknown, message?: unknown, stack?: unknown } | null | undefined
  // one line; the stack only when asked for, as it helps a bug report but not a user
  const detail = showStack ? String(e?.stack) : `${String(e?.name ?? 'Error')}: ${String(e?.message ?? err).split('\n')[0]}`
  return `p2p-chat: unexpected error: ${detail} (set P2P_CHAT_STACK=1 for the stack trace)`
}
