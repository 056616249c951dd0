/**
 * Yamux window updates only once half a stream's receive window is used, as go-yamux and
 * hashicorp/yamux (the spec's reference) send them, instead of after every data frame.
 *
 * @chainsafe/libp2p-yamux 8 answers every data frame it receives with a 12-byte WINDOW_UPDATE
 * frame. For a chat room that doubles the frames on every connection: each gossipsub message one
 * way costs a Noise-encrypted frame, a socket write and a TCP segment back, which the sender then
 * decrypts and parses. Profiled in a 67-node room (bench/room.ts, 4 processes), the updates were
 * 8 % of a node process's busy time on the sending side alone (docs/benchmarks.md).
 *
 * Why a prototype swap: the muxer creates its streams itself and takes no threshold option;
 * `YamuxStream` is a public export of the package (`@chainsafe/libp2p-yamux/stream`), and every
 * stream of every connection is an instance of it. Only the decision to skip changes: the update,
 * when sent, is the library's own (same delta, same window auto-tuning), and a stream that still
 * has to send its SYN/ACK flags, or is paused, always goes through the library's code.
 */
import { StreamState, YamuxStream } from '@chainsafe/libp2p-yamux/stream'

interface WindowState {
  state: StreamState
  /** bytes the remote may still send before it must wait for an update */
  recvWindowCapacity: number
  /** the full receive window */
  recvWindow: number
}

let installed = false

/** True when a window update would be premature: the stream is established and less than half its window is used. */
export function windowUpdateIsPremature (stream: WindowState): boolean {
  return stream.state === StreamState.Established && stream.recvWindowCapacity > stream.recvWindow / 2
}

/** Makes every yamux stream in this process send window updates at half a window. Idempotent. */
export function installLazyWindowUpdates (): void {
  if (installed) return
  installed = true
  const sendWindowUpdate = YamuxStream.prototype.sendWindowUpdate
  YamuxStream.prototype.sendWindowUpdate = function (this: YamuxStream): void {
    if (windowUpdateIsPremature(this as unknown as WindowState)) return
    sendWindowUpdate.call(this)
  }
}

export function lazyWindowUpdatesInstalled (): boolean {
  return installed
}
