/**
 * One socket write per Noise frame. @chainsafe/libp2p-noise 17 hands each encrypted frame to the
 * connection as two chunks, its 2-byte length and its ciphertext, and @libp2p/tcp writes each
 * chunk with its own `socket.write`: with TCP_NODELAY (libp2p's default) every frame leaves as two
 * syscalls and two TCP segments, the first carrying 2 bytes, and the receiver wakes up twice.
 * Through the netns lab's delayer each segment is also one more trip through NFQUEUE.
 *
 * The seam is the connection encrypter: libp2p passes it the raw connection it encrypts over, and
 * every frame Noise sends goes through that connection's `send`. This wrapper gives Noise the same
 * connection with a `send` that joins a multi-chunk payload into one buffer first (a copy of one
 * frame, ~100-300 bytes for chat traffic). Nothing else about the connection changes.
 */
import type { ConnectionEncrypter, MessageStream, SecureConnectionOptions } from '@libp2p/interface'

/** `connection`, with every multi-chunk send joined into one buffer. */
export function joinChunksOnSend<T extends MessageStream> (connection: T): T {
  const send = connection.send.bind(connection)
  connection.send = (data) => send(data instanceof Uint8Array ? data : data.subarray())
  return connection
}

/** Wraps a connection encrypter factory so that each frame it sends is one write on the connection. */
export function oneWritePerFrame<Components> (encrypter: (components: Components) => ConnectionEncrypter): (components: Components) => ConnectionEncrypter {
  return (components) => {
    const inner = encrypter(components)
    // the inner encrypter stays the prototype: its protocol, service capabilities and tag show through
    const wrapped: ConnectionEncrypter = Object.create(inner)
    wrapped.secureInbound = async (connection: MessageStream, options?: SecureConnectionOptions) => inner.secureInbound(joinChunksOnSend(connection), options)
    wrapped.secureOutbound = async (connection: MessageStream, options?: SecureConnectionOptions) => inner.secureOutbound(joinChunksOnSend(connection), options)
    return wrapped
  }
}
