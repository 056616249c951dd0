/**
 * The network a gossipsub-interop scenario runs on. `gossipsub-interop` is the framework's own graph
 * (libp2p/test-plans, gossipsub-interop/network_graph.py): each node drawn into one of eight regions
 * by their weights and into a node class, supernode (1024 Mbit/s up and down, weight 20) or full
 * node (50 Mbit/s, weight 80); the one-way delay between two nodes is the latency of the edge
 * between their regions (src/harness/regions.ts). `uniform` is one delay for every pair and one cap
 * for every node.
 *
 * The draws are ours (seeded), the model is theirs: for the same seed the framework's Python would
 * place nodes differently, with the same distribution. The run folder gets the graph in the
 * framework's own files too (`graph.gml`, `shadow.yaml`), so its analysis script draws its
 * per-region plot from them, and Shadow could run the same composition.
 */
import { seededRandom } from './plan.ts'
import { NODE_CLASS_PRESETS, REGION_PRESETS, weightedPick } from './regions.ts'

/** network_graph.py's node types (src/harness/regions.ts). */
export const INTEROP_NODE_CLASSES = NODE_CLASS_PRESETS['gossipsub-interop']

export const INTEROP_NETWORKS = ['uniform', 'gossipsub-interop'] as const
export type InteropNetworkKind = typeof INTEROP_NETWORKS[number]

export interface InteropNetwork {
  kind: InteropNetworkKind
  /** per node: its region (`uniform`: none) */
  regions: Array<string | undefined>
  /** per node: its class (`uniform`: none) */
  classes: Array<string | undefined>
  /** one-way delay, ms, [from][to] */
  delayMs: number[][]
  /** per node: its link's cap, Mbit/s both ways; undefined: none */
  mbit: Array<number | undefined>
  /** per node: the framework's network node id (class index x regions + region index); `uniform`: none */
  networkNodeIds: Array<number | undefined>
}

export function uniformNetwork (nodes: number, delayMs: number, mbit: number | undefined): InteropNetwork {
  return {
    kind: 'uniform',
    regions: Array(nodes).fill(undefined),
    classes: Array(nodes).fill(undefined),
    delayMs: Array.from({ length: nodes }, () => Array(nodes).fill(delayMs)),
    mbit: Array(nodes).fill(mbit),
    networkNodeIds: Array(nodes).fill(undefined)
  }
}

/**
 * The framework's graph for `nodes` nodes: region and class drawn per node, as network_graph.py does.
 * The stream is derived from `seed` but is not the scenario script's (mulberry32 streams of nearby
 * seeds are shifted copies of each other).
 */
export function frameworkNetwork (nodes: number, seed: number): InteropNetwork {
  const preset = REGION_PRESETS['gossipsub-interop']
  const next = seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b))
  const region: number[] = []
  const cls: number[] = []
  for (let i = 0; i < nodes; i++) {
    region.push(weightedPick(preset.weights, next))
    cls.push(weightedPick(INTEROP_NODE_CLASSES.map(c => c.weight), next))
  }
  return {
    kind: 'gossipsub-interop',
    regions: region.map(r => preset.regions[r]),
    classes: cls.map(c => INTEROP_NODE_CLASSES[c].name),
    delayMs: region.map(from => region.map(to => preset.delayMs[from][to])),
    // the lab caps a node's link the same both ways; the framework's classes are symmetric
    mbit: cls.map(c => INTEROP_NODE_CLASSES[c].uploadMbit),
    networkNodeIds: region.map((r, i) => cls[i] * preset.regions.length + r)
  }
}

/** The framework's graph as Shadow GML, as network_graph.py writes it (a directed graph, every class pair). */
export function graphGml (): string {
  const preset = REGION_PRESETS['gossipsub-interop']
  const n = preset.regions.length
  const out = ['graph [', '  directed 1']
  INTEROP_NODE_CLASSES.forEach((c, ci) => preset.regions.forEach((r, ri) => {
    out.push('  node [', `    id ${ci * n + ri}`, `    label "${r}-${c.name}"`,
      `    host_bandwidth_up "${c.uploadMbit} Mbit"`, `    host_bandwidth_down "${c.downloadMbit} Mbit"`, '  ]')
  }))
  for (let c1 = 0; c1 < INTEROP_NODE_CLASSES.length; c1++) {
    for (let c2 = 0; c2 < INTEROP_NODE_CLASSES.length; c2++) {
      for (let from = 0; from < n; from++) {
        for (let to = 0; to < n; to++) {
          out.push('  edge [', `    source ${c1 * n + from}`, `    target ${c2 * n + to}`, `    latency "${preset.delayMs[from][to]} ms"`, '    packet_loss 0.0', '  ]')
        }
      }
    }
  }
  out.push(']')
  return out.join('\n') + '\n'
}

/**
 * A Shadow configuration of the same composition (what the framework's run.py writes): every
 * `nodeN` on its network node, running `binary --params params.json`. The framework's analysis
 * reads the hosts' network node ids from it.
 */
export function shadowYaml (network: InteropNetwork, binary: string, stopSeconds: number): string {
  const lines = ['general:', '  model_unblocked_syscall_latency: true', `  stop_time: ${Math.ceil(stopSeconds)} s`,
    'network:', '  graph:', '    type: gml', '    file:', '      path: graph.gml', 'hosts:']
  network.networkNodeIds.forEach((id, i) => {
    if (id === undefined) return
    lines.push(`  node${i}:`, `    network_node_id: ${id}`, '    processes:', `    - path: ${JSON.stringify(binary)}`, '      args: --params params.json')
  })
  return lines.join('\n') + '\n'
}
