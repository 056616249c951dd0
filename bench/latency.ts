/**
 * Publish -> deliver latency between two (compiled) CLI processes on loopback. The bench writes each line
 * with its own high-resolution wall-clock send time in the text; the receiver's NDJSON event
 * carries its high-resolution receipt time. The stdin hop into the publisher is included.
 */
import { ChatProcess, COMPILED_MAIN, addrWith, isEvent } from '../test/helpers/cli.ts'
import { quantile } from './quantile.ts'

export interface LatencyResult { samples: number, medianMs: number, p99Ms: number, meanMs: number, transport: string }

const now = (): number => performance.timeOrigin + performance.now()


export async function latencyBenchmark (transport: 'tcp' | 'quic', count = 500, ratePerSecond = 50): Promise<LatencyResult> {
  const listen = transport === 'tcp' ? ['--tcp-only', '--listen', '/ip4/127.0.0.1/tcp/0'] : ['--quic-only', '--listen', '/ip4/127.0.0.1/udp/0/quic-v1']
  const receiver = new ChatProcess(['--json', '--no-stdin', ...listen, '--room', 'bench-latency', '--ping-interval', '0'], { entry: COMPILED_MAIN })
  const publisher = new ChatProcess(['--json', ...listen, '--room', 'bench-latency', '--ping-interval', '0',
    '--bootstrap', addrWith((await receiver.ready()).addrs, transport === 'tcp' ? '/tcp/' : '/quic-v1')], { entry: COMPILED_MAIN })
  try {
    const r = await receiver.ready()
    await publisher.askUntil('/peers', 'peers', e => e.data.some(p => p.peerId === r.peerId && p.inRoom), 'receiver in the room')
    // warm-up lines are not measured
    for (let i = 0; i < 20; i++) publisher.send(`warmup ${i}`)
    await receiver.waitFor(isEvent('message', e => e.text === 'warmup 19'), 'warm-up')
    for (let i = 0; i < count; i++) {
      publisher.send(`bench ${now()}`)
      await new Promise(resolve => setTimeout(resolve, 1000 / ratePerSecond))
    }
    await receiver.waitUntil(() => receiver.events.filter(isEvent('message', e => e.text.startsWith('bench '))).length >= count ? true : undefined, 'all bench messages', 30_000)
    const latencies = receiver.events
      .filter(isEvent('message', e => e.text.startsWith('bench ')))
      .map(e => e.receivedAtMs - Number(e.text.split(' ')[1]))
      .sort((a, b) => a - b)
    return {
      samples: latencies.length,
      medianMs: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      meanMs: latencies.reduce((a, b) => a + b, 0) / latencies.length,
      transport
    }
  } finally {
    await Promise.all([publisher.stop(), receiver.stop()])
  }
}
