/**
 * Measures the lab on this machine (root):
 *   node src/lab/netns/measure.ts [MACHINES=150] [ADDRESSES_PER_MACHINE=1]
 * prints the time to create MACHINES namespaces, to shape them (first time and at runtime), to
 * partition and heal, and to destroy them; then the delayer's CPU while a UDP echo loads one pair
 * at several packet rates (UDP echo, 25 ms each way, every packet held).
 */
import { createLab } from './lab.ts'

const machines = Number(process.argv[2] ?? 150)
const perMachine = Number(process.argv[3] ?? 1)

const time = async (what: string, fn: () => Promise<unknown>): Promise<void> => {
  const start = performance.now()
  await fn()
  console.log(`${what.padEnd(40)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`)
}

const runId = `m${process.pid}`
let lab = await createLab({ runId, machines: [{ addresses: 1 }] })
await lab.destroy()

await time(`create ${machines} machines x ${perMachine} addresses`, async () => {
  lab = await createLab({ runId, machines: Array.from({ length: machines }, () => ({ addresses: perMachine })) })
})
const addresses = lab.machines.flatMap(h => h.addresses)
const uniform = (v: number): number[][] => addresses.map((_, i) => addresses.map((_, j) => i === j ? 0 : v))
await time(`first shape (${addresses.length} addresses)`, async () => { await lab.shape({ addresses, delayMs: uniform(25), jitterMs: uniform(5), lossPct: uniform(1) }) })
await time('reshape at runtime', async () => { await lab.shape({ addresses, delayMs: uniform(30), jitterMs: uniform(5), lossPct: uniform(2) }) })
const half = Math.floor(addresses.length / 2)
await time('partition in two halves', async () => { await lab.partition([addresses.slice(0, half), addresses.slice(half)]) })
await time('heal', async () => { await lab.heal() })
await time('destroy', async () => { await lab.destroy() })

lab = await createLab({ runId, machines: [{}, {}] })
const [a, b] = lab.machines.flatMap(h => h.addresses)
await lab.shape({ addresses: [a, b], delayMs: [[0, 25], [25, 0]] })
// UDP echo in b; a paced sender in a: every datagram crosses the delayer twice
const echo = lab.spawn(1, process.execPath, ['-e', `const s = require('dgram').createSocket('udp4'); s.on('message', (m, r) => s.send(m, r.port, r.address)); s.bind(7001, () => console.log('up'))`], { stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise(resolve => echo.stdout?.once('data', resolve))
const sender = (rate: number, seconds: number): string => `
  const s = require('dgram').createSocket('udp4'); const buf = Buffer.alloc(100); let sent = 0; const start = Date.now()
  const tick = () => { const due = Math.floor((Date.now() - start) * ${rate} / 1000); while (sent < due) { s.send(buf, 7001, '${b}'); sent++ }
    if (Date.now() - start < ${seconds * 1000}) setTimeout(tick, 1); else setTimeout(() => process.exit(0), 200) }
  s.bind(0, tick)`
for (const rate of [500, 1000, 2500, 5000]) {
  const before = await lab.delayerStats()
  const start = performance.now()
  await lab.exec(0, process.execPath, ['-e', sender(rate, 4)])
  const elapsedS = (performance.now() - start) / 1000
  const after = await lab.delayerStats()
  if (before == null || after == null) throw new Error('no delayer')
  const packets = after.packets - before.packets
  const cpuS = (after.cpuUserUs + after.cpuSysUs - before.cpuUserUs - before.cpuSysUs) / 1e6
  console.log(`delayer at ${(packets / elapsedS).toFixed(0).padStart(6)} packets/s: ${(100 * cpuS / elapsedS).toFixed(1).padStart(5)} % of a core, max held ${after.maxHeld}`)
}
await lab.destroy()
