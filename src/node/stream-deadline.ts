/**
 * A deadline (or a cancellation) for a whole request/response exchange on one stream. Passing the
 * signal to `onDrain` and `close` is not enough: a read takes no signal, so a peer that sends
 * nothing would hold the read, the stream and its slot open. Aborting the stream ends the read.
 */
import type { Stream } from '@libp2p/interface'

/**
 * Aborts `stream` with `error()` once `signal` aborts. Returns the function that stops watching:
 * call it once the exchange is over, or a long-lived signal (the service's, a caller's) keeps the
 * listener, and with it the stream, for as long as it lives.
 */
export function abortStreamOn (stream: Stream, signal: AbortSignal, error: () => Error): () => void {
  const onAbort = (): void => { stream.abort(error()) }
  signal.addEventListener('abort', onAbort, { once: true })
  return () => { signal.removeEventListener('abort', onAbort) }
}
