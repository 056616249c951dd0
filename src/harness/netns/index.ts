/**
 * The network lab for experiments on one machine (root): namespaces on a bridge, shaped per
 * address pair with the NFQUEUE delayer (delay, jitter) and nftables (loss, partitions).
 *
 *   const lab = await createLab({ runId: 'r1', hosts: [{ addresses: 1 }, { addresses: 3 }] })
 *   lab.hosts[1].addresses            // ['10.88.0.2', '10.88.0.3', '10.88.0.4']
 *   const child = lab.spawn(1, 'node', ['node.js'], { stdio: 'pipe' })   // own process group
 *   await lab.shape({ addresses, delayMs, jitterMs, lossPct, seed })      // again at runtime to change
 *   await lab.partition([[a, b], [c]]); await lab.heal()
 *   lab.spawn('monitor', 'prometheus', [...])   // on lab.monitorAddress: reaches every host, never shaped
 *   const t = await lab.tunnel('monitor', 9090) // http://127.0.0.1:${t.port} from this process
 *   await lab.limitRate(hostIndex, 20)          // Mbit/s each way
 *   await lab.destroy()               // or cleanAll() from another process for leftovers
 */
export { createLab } from './lab.ts'
export type { Lab, LabHost, LabOptions, ShapeSpec, Where } from './lab.ts'
export type { Tunnel } from './tunnel.ts'
export { cleanAll, listNamespaces, NAME_PREFIX } from './clean.ts'
export type { CleanResult } from './clean.ts'
export { ensureDelayerBinary, cacheDir } from './delayer.ts'
export type { DelayerStats } from './delayer.ts'
export { NetnsError, DelayerBuildError } from './errors.ts'
