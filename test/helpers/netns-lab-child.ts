/**
 * A process that builds a lab and is then interrupted, for test/netns.test.ts.
 *   netns-lab-child.ts RUN_ID MACHINES
 * Prints "building" before createLab, then "ready {delayerPid, sleeperPid}" once the lab is shaped
 * and a process runs in it. SIGINT exits through process.exit, which runs the lab's exit cleanup
 * (what the experiment runner does).
 */
import { createLab } from '../../src/lab/netns/index.ts'

process.on('SIGINT', () => process.exit(130))
const [runId, machinesArg] = process.argv.slice(2)
process.stdout.write('building\n')
const lab = await createLab({ runId, machines: Array.from({ length: Number(machinesArg) }, () => ({ addresses: 2 })) })
const addresses = lab.machines.flatMap(h => h.addresses)
const matrix = addresses.map(() => addresses.map(() => 5))
await lab.shape({ addresses, delayMs: matrix, lossPct: matrix.map(row => row.map(() => 1)) })
const sleeper = lab.spawn(0, 'sleep', ['600'], { stdio: 'ignore' })
const stats = await lab.delayerStats()
process.stdout.write(`ready ${JSON.stringify({ sleeperPid: sleeper.pid, hasDelayer: stats != null })}\n`)
setInterval(() => {}, 1000)
