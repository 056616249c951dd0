/**
 * The network lab for experiments on one real machine (root): namespaces, each a simulated machine, on a bridge in a switch
 * namespace, shaped per address pair with the NFQUEUE delayer (delay, jitter) and nftables
 * (loss, partitions). Nothing in a lab has a route out: a packet can only reach the lab.
 *
 *   const lab = await createLab({ runId: 'r1', machines: [{ addresses: 1 }, { addresses: 3 }] })
 *   lab.machines[1].addresses           // ['10.88.0.2', '10.88.0.3', '10.88.0.4'] (10.88.0.0/16 by default)
 *   const child = lab.spawn(1, process.execPath, ['node.js'], { stdio: 'pipe' }) // own process group
 *   await lab.shape({ addresses, delayMs, jitterMs, lossPct, seed }) // [from][to] like `addresses`;
 *                                    // call again at runtime to change it; pairs not listed: unshaped
 *   await lab.partition([[a, b], [c]]); await lab.heal()   // at runtime, nothing restarts
 *   await lab.limitRate(machineIndex, 20)                      // Mbit/s each way ({ upMbit, downMbit }: apart); undefined lifts it
 *   lab.spawn('monitor', 'prometheus', [...])  // switch namespace, lab.monitorAddress: reaches
 *                                              // every machine, never shaped, delayed or partitioned
 *   const t = await lab.tunnel('monitor', 9090) // http://127.0.0.1:<t.port> from this process
 *   await lab.delayerStats()         // packets, held, selfPair (see below), CPU
 *   await lab.destroy()              // kills everything in the lab, removes it; idempotent
 *   await cleanAll()                 // from any process: leftovers of every run (p2pc-*)
 *
 * Teardown: createLab registers a process 'exit' hook that removes the lab, so a SIGINT handler
 * that calls process.exit() (or awaits lab.destroy()) is all a runner needs; after a SIGKILL,
 * cleanAll(). The delayer dies with its parent (PR_SET_PDEATHSIG) or when its stdin closes.
 *
 * Several nodes per machine (one process, one address each): every outgoing connection must be
 * bound to its node's address, or the kernel takes the machine's first address as source and the
 * packets are shaped as that node's (and towards the first address, as unshaped self-traffic,
 * which delayerStats().selfPair counts). TCP: `tcp({ dialOpts: { localAddress } })` (passed to
 * net.connect). @chainsafe/libp2p-quic dials from one client socket per node with no local-address
 * option (`new napi.Client(config, family)`): use one address per machine for QUIC runs. Listening
 * sockets bound to the node's address need nothing (accepted connections keep it).
 *
 * Semantics: delay and jitter per direction; jitter uniform in [d - j, d + j] from a seeded
 * generator; packets of one pair never reorder (a release time never precedes the previous one);
 * loss per packet (TSO/GSO off: one wire-sized packet per skb) in nftables, unseeded; every
 * rule acts on IPv4. The same matrices render to `tc netem` for real clusters: src/harness/netem.ts.
 */
export { createLab } from './lab.ts'
export type { Lab, LabMachine, LabOptions, RateCap, ShapeSpec, Where } from './lab.ts'
export type { LinkCap } from './rate.ts'
export type { Tunnel } from './tunnel.ts'
export { cleanAll, listNamespaces, NAME_PREFIX, recordOwner } from './clean.ts'
export type { CleanResult } from './clean.ts'
export { ensureDelayerBinary, cacheDir } from './delayer.ts'
export type { DelayerStats } from './delayer.ts'
export { NetnsError, DelayerBuildError } from './errors.ts'
