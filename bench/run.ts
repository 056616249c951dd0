/**
 * `npm run bench`: publish -> deliver latency, validated forwarding rate against the verify
 * ceiling, and idle RSS/CPU of one node. Prints a report with the machine it ran on.
 */
import { cpus, totalmem, release } from 'node:os'
import { latencyBenchmark } from './latency.ts'
import { forwardingBenchmark } from './forwarding.ts'
import { idleBenchmark } from './idle.ts'
import { formatRoomResult, roomBenchmark } from './room.ts'
import { machineFigures } from './machine.ts'
import { quietRoomBenchmark } from './quiet-room.ts'

/** `--no-room` skips the room benchmark (67 node processes, ~4 minutes); `--room-nodes N` resizes it. */
const args = process.argv.slice(2)
const roomNodes = args.includes('--no-room') ? 0 : Number(args[args.indexOf('--room-nodes') + 1] ?? 67) || 67

const GOALS = { medianMs: 1.5, forwardedShare: 0.5, rssMb: 80 }
/** Trades ~10 % forwarding throughput for ~24 MB less RSS; users opt in through NODE_OPTIONS. */
const SMALL_YOUNG_GEN = '--max-semi-space-size=2'
const fmt = (n: number, digits = 2): string => n.toFixed(digits)

process.stderr.write('machine...\n')
const machine = await machineFigures()
process.stderr.write('quiet 3-node room (root: namespaces)...\n')
const quietRoom = await quietRoomBenchmark()
process.stderr.write('latency (TCP, QUIC)...\n')
const latency = [await latencyBenchmark('tcp'), await latencyBenchmark('quic')]
process.stderr.write('forwarding...\n')
const forwarding = await forwardingBenchmark()
const forwardingSmallYoungGen = await forwardingBenchmark([SMALL_YOUNG_GEN])
process.stderr.write('idle...\n')
const idle = await idleBenchmark()
const idleSmallYoungGen = await idleBenchmark(20, 5_000, [SMALL_YOUNG_GEN])

const share = forwarding.bestSustained / forwarding.verifyPerSecond
const lines = [
  `p2p-chat benchmark, ${new Date().toISOString()}`,
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Linux ${release()}, Node ${process.version}`,
  `  one OpenSSL secp256k1 verify: ${fmt(machine.opensslVerifyUs, 0)} us (the hop-cost unit)`,
  `  wake-up penalty: the same work takes ${fmt(machine.warmWorkUs, 0)} us after a 5 ms sleep, ${fmt(machine.coldWorkUs, 0)} us after a 200 ms sleep (${fmt(machine.coldWorkUs / machine.warmWorkUs, 1)}x): a quiet room pays it on every hop`,
  '',
  quietRoom != null
    ? `quiet 3-node room, 25 ms links, 2 msg/s (scripts/run-experiment.sh -n 3 --delay 25 --jitter 0 --loss 0 --duration 30 --rate 2): per-hop overhead p50 ${fmt(quietRoom.perHopP50Ms)} ms, p90 ${fmt(quietRoom.perHopP90Ms)} ms over ${quietRoom.deliveries} deliveries (goal: p50 <= 1 ms)`
    : 'quiet 3-node room: skipped (needs root for network namespaces)',
  '',
  'publish -> deliver latency, two processes on loopback (500 messages at 50/s, stdin hop included):',
  ...latency.map(l => `  ${l.transport.padEnd(4)}  median ${fmt(l.medianMs)} ms   p99 ${fmt(l.p99Ms)} ms   mean ${fmt(l.meanMs)} ms   (goal: median <= ${GOALS.medianMs} ms)`),
  '',
  'strictly validated messages accepted and forwarded by one node (source -> node -> sink):',
  `  secp256k1 verify ceiling, same process and backend as the node: ${fmt(forwarding.verifyPerSecond, 0)} verifies/s`,
  ...forwarding.steps.map(s => `  offered ${String(s.offered).padStart(5)}/s -> forwarded ${fmt(s.forwardedPerSecond, 0).padStart(5)}/s ${s.sustained ? '' : '(not sustained)'}`),
  `  highest sustained: ${fmt(forwarding.bestSustained, 0)}/s = ${fmt(share * 100, 0)} % of the ceiling (goal: >= ${GOALS.forwardedShare * 100} %)`,
  `  with ${SMALL_YOUNG_GEN}: ${fmt(forwardingSmallYoungGen.bestSustained, 0)}/s = ${fmt(forwardingSmallYoungGen.bestSustained / forwardingSmallYoungGen.verifyPerSecond * 100, 0)} % of a ${fmt(forwardingSmallYoungGen.verifyPerSecond, 0)}/s ceiling`,
  '',
  `idle node (TCP+QUIC, 2 idle peers), ${fmt(idle.seconds, 0)} s:`,
  `  RSS ${fmt(idle.rssMb, 1)} MB (goal: <= ${GOALS.rssMb} MB) = ${fmt(idle.anonMb, 1)} MB anonymous + ${fmt(idle.fileMb, 1)} MB file-backed (runtime binary, shared between node processes)`,
  `  CPU ${fmt(idle.cpuPercent)} % of one core`,
  `  with NODE_OPTIONS=${SMALL_YOUNG_GEN}: RSS ${fmt(idleSmallYoungGen.rssMb, 1)} MB = ${fmt(idleSmallYoungGen.anonMb, 1)} MB anonymous + ${fmt(idleSmallYoungGen.fileMb, 1)} MB file-backed, CPU ${fmt(idleSmallYoungGen.cpuPercent)} %`
]
if (roomNodes > 0) {
  process.stderr.write(`room of ${roomNodes} node processes...\n`)
  const room = await roomBenchmark({ nodes: roomNodes, processes: roomNodes, rate: 2, durationS: 60 })
  lines.push('', ...formatRoomResult(room, 2, 60))
  // the machine-independent figure: the same box's speed scales both terms
  const verifyMs = machine.opensslVerifyUs / 1000
  lines.push('', `hop cost: ${fmt(room.cpuMsPerDelivery)} ms of CPU per delivered message = ${fmt(room.cpuMsPerDelivery / verifyMs, 1)} OpenSSL secp256k1 verifies (one verify ${fmt(machine.opensslVerifyUs, 0)} us, this run)`)
}
process.stdout.write(lines.join('\n') + '\n')
