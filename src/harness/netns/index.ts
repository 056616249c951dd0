/**
 * The network lab for experiments on one machine (root): namespaces on a bridge, shaped per
 * address pair with the NFQUEUE delayer (delay, jitter) and nftables (loss, partitions).
 *
 *   const lab = await createLab({ runId: 'r1', hosts: [{ addresses: 1 }, { addresses: 3 }] })
 *   lab.hosts[1].addresses            // ['10.88.0.2', '10.88.0.3', '10.88.0.4']
 *   const child = lab.spawn(1, 'node', ['node.js'], { stdio: 'pipe' })   // own process group
 *   await lab.shape({ addresses, delayMs, jitterMs, lossPct, seed })      // again at runtime to change
 *   await lab.partition([[a, b], [c]]); await lab.heal()
 *   await lab.destroy()               // or cleanAll() from another process for leftovers
 */
export { createLab } from './lab.ts'
export type { Lab, LabHost, LabOptions, ShapeSpec } from './lab.ts'
export { cleanAll, listNamespaces, NAME_PREFIX } from './clean.ts'
export type { CleanResult } from './clean.ts'
export { ensureDelayerBinary, cacheDir } from './delayer.ts'
export type { DelayerStats } from './delayer.ts'
export { NetnsError, DelayerBuildError } from './errors.ts'
