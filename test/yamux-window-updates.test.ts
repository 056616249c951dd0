/**
 * Yamux window updates at half a window (src/node/patches/yamux-window-updates.ts), on real
 * @chainsafe/libp2p-yamux streams fed data frames as the muxer feeds them.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { StreamState, YamuxStream } from '@chainsafe/libp2p-yamux/stream'
import { defaultLogger } from '@libp2p/logger'
import { Uint8ArrayList } from 'uint8arraylist'
import { installLazyWindowUpdates } from '../src/node/patches/yamux-window-updates.ts'

const WINDOW = 256 * 1024
const DATA = 0
const WINDOW_UPDATE = 1
const ACK = 2

interface SentHeader { type: number, flag: number, length: number }

function yamuxStream (state: StreamState, sent: SentHeader[]): YamuxStream {
  return new YamuxStream({
    id: '1',
    streamId: 1,
    state,
    direction: 'inbound',
    log: defaultLogger().forComponent('test:yamux'),
    getRTT: () => -1,
    sendFrame: (header) => { sent.push(header); return true }
  })
}

/** Feeds `count` data frames of `bytes` each, as the muxer does. */
function receive (stream: YamuxStream, count: number, bytes: number): void {
  for (let i = 0; i < count; i++) {
    const frame = { header: { type: DATA, flag: 0, streamID: 1, length: bytes }, data: new Uint8ArrayList(new Uint8Array(bytes)) }
    stream.handleData(frame as unknown as Parameters<YamuxStream['handleData']>[0])
  }
}

describe('yamux window updates', () => {
  it('the library alone answers every data frame with a window update', () => {
    const sent: SentHeader[] = []
    receive(yamuxStream(StreamState.Established, sent), 100, 300)
    assert.equal(sent.filter(h => h.type === WINDOW_UPDATE).length, 100)
  })

  it('installed: one update once half the window is used, giving back what was used', () => {
    installLazyWindowUpdates()
    const sent: SentHeader[] = []
    const stream = yamuxStream(StreamState.Established, sent)
    receive(stream, 436, 300)
    assert.equal(sent.length, 0, 'less than half of the window used: no update')
    receive(stream, 1, 300)
    assert.deepEqual(sent.map(h => [h.type, h.length]), [[WINDOW_UPDATE, 437 * 300]], 'the 437th frame crosses half of 256 KiB')
    receive(stream, 436, 300)
    assert.equal(sent.length, 1, 'the window is whole again')
    assert.ok(437 * 300 > WINDOW / 2)
  })

  it('installed: a stream that still owes its ACK sends it with the first frame', () => {
    installLazyWindowUpdates()
    const sent: SentHeader[] = []
    receive(yamuxStream(StreamState.SYNReceived, sent), 1, 300)
    assert.deepEqual(sent.map(h => [h.type, h.flag]), [[WINDOW_UPDATE, ACK]])
  })
})
