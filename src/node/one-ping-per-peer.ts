/**
 * The ping service, one ping per peer at a time. Three users share it: kad-dht (it pings a new
 * contact before adding it to its routing table), the RTT probe, and the one-shot sender's flush.
 * The ping spec allows one outbound ping stream per peer (libp2p: `maxOutboundStreams: 1`), so two
 * of them at once made the second fail at once with `TooManyOutboundProtocolStreamsError`: a
 * `--publish --once` reported "no recipient confirmed" after 6 ms, and the RTT probe took a busy
 * stream for a dead connection. Here a ping to a peer that is already being pinged waits for the
 * one in flight to settle (within its own deadline), then opens its own stream: a flush still gets a
 * ping sent after its message, which is what proves the message left.
 *
 * kad-dht finds the service as the `ping` component, i.e. through this wrapper, so every ping of the
 * node goes through the queue. The stream of a ping that just settled may still be closing when the
 * next one opens: the node allows `PING_MAX_OUTBOUND_STREAMS` (2, the number the spec asks a
 * listener to accept for exactly this overlap).
 */
import { isPeerId, serviceCapabilities } from '@libp2p/interface'
import type { DialProtocolOptions, DialTarget, Startable } from '@libp2p/interface'
import type { Ping, PingComponents } from '@libp2p/ping'

class OnePingPerPeer implements Ping, Startable {
  private readonly inner: Ping
  /** per peer: the last ping queued, settled or not (never rejects) */
  private readonly tails = new Map<string, Promise<void>>()

  constructor (inner: Ping) {
    this.inner = inner
  }

  readonly [Symbol.toStringTag] = '@libp2p/ping'
  // kad-dht declares a dependency on this capability
  readonly [serviceCapabilities] = ['@libp2p/ping']

  async start (): Promise<void> { await (this.inner as Partial<Startable>).start?.() }
  async stop (): Promise<void> { await (this.inner as Partial<Startable>).stop?.() }

  async ping (peer: DialTarget, options: DialProtocolOptions = {}): Promise<number> {
    // a multiaddr target has no peer id yet: nothing to queue it behind
    if (!isPeerId(peer)) return this.inner.ping(peer, options)
    const key = peer.toString()
    const before = this.tails.get(key) ?? Promise.resolve()
    const mine = Promise.withResolvers<void>()
    const tail = before.then(async () => { await mine.promise })
    this.tails.set(key, tail)
    try {
      await waitOrAbort(before, options.signal)
      return await this.inner.ping(peer, options)
    } finally {
      mine.resolve()
      // the last in the queue removes the entry, so the map holds only peers being pinged
      void tail.then(() => { if (this.tails.get(key) === tail) this.tails.delete(key) })
    }
  }
}

/** Resolves with `promise`, or rejects with the signal's reason once it aborts. */
async function waitOrAbort (promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (signal == null) { await promise; return }
  signal.throwIfAborted()
  const aborted = Promise.withResolvers<never>()
  const onAbort = (): void => { aborted.reject(signal.reason) }
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    await Promise.race([promise, aborted.promise])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** Wraps a ping service factory (`ping({...})`) so its pings to one peer run one at a time. */
export function onePingPerPeer (factory: (components: PingComponents) => Ping): (components: PingComponents) => Ping {
  return (components) => new OnePingPerPeer(factory(components))
}
