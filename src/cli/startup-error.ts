/**
 * Turns a failure of `node.start()` into one line that names its real cause. libp2p reports
 * listen failures as one multi-line message, an address per line followed by a stack trace.
 */
import { InvalidConfigError } from '../node/errors.ts'

const ERRNO_MEANING: Record<string, string> = {
  EADDRINUSE: 'address already in use',
  EADDRNOTAVAIL: 'no such local address',
  EACCES: 'permission denied (ports below 1024 need privileges)',
  EAFNOSUPPORT: 'address family not supported here'
}

function meaning (text: string): string {
  const code = Object.keys(ERRNO_MEANING).find(c => text.includes(c))
  return code != null ? ERRNO_MEANING[code] : text.replace(/^(\w*Error: )+/, '').trim()
}

export function startupError (err: any): InvalidConfigError {
  const message = String(err?.message ?? err)
  if (err?.name === 'UnsupportedListenAddressesError' || message.includes('failed to be listened on')) {
    // "  /ip4/127.0.0.1/tcp/4001: Error: listen EADDRINUSE: address already in use 127.0.0.1:4001"
    const failures = [...message.matchAll(/^\s*(\/\S+): (.*)$/gm)].map(([, addr, why]) => `${addr} (${meaning(why)})`)
    if (failures.length > 0) return new InvalidConfigError('--listen', `cannot listen on ${failures.join(', ')}`, { cause: err })
  }
  if (err?.name === 'UnsupportedListenAddressError' || err?.name === 'NoValidAddressesError') {
    return new InvalidConfigError('--listen', `no transport can listen on it: ${message.split('\n')[0]}`, { cause: err })
  }
  return new InvalidConfigError('start-up', `the node could not start: ${err?.name ?? 'Error'}: ${message.split('\n')[0]}`, { cause: err })
}
