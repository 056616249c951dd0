/**
 * Region presets: named regions, how many of the nodes each gets (weights), and one-way latencies
 * between and within regions. `gossipsub-interop` is the model of libp2p's gossipsub interop tests
 * (libp2p/test-plans, gossipsub-interop/network_graph.py): eight regions weighted like a public
 * Ethereum network, with the one-way edge latencies that model gives its Shadow graph.
 */

export interface RegionPreset {
  regions: string[]
  /** relative share of the nodes per region */
  weights: number[]
  /** one-way delay in ms, [from][to], regions in the order above */
  delayMs: number[][]
}

const INTEROP_REGIONS = ['australia', 'europe', 'east_asia', 'west_asia', 'na_east', 'na_west', 'south_africa', 'south_america']

export const REGION_PRESETS: Record<string, RegionPreset> = {
  'gossipsub-interop': {
    regions: INTEROP_REGIONS,
    weights: [290, 5599, 1059, 161, 2894, 1240, 47, 36],
    delayMs: [
      // aus  eu   e-as w-as na-e na-w s-af s-am
      [2, 165, 110, 180, 150, 110, 220, 190],
      [165, 2, 125, 60, 70, 110, 95, 140],
      [110, 125, 4, 110, 140, 100, 175, 175],
      [180, 60, 110, 5, 110, 150, 110, 145],
      [150, 70, 140, 110, 2, 60, 130, 100],
      [110, 110, 100, 150, 60, 2, 160, 100],
      [220, 95, 175, 110, 130, 160, 7, 195],
      [190, 140, 175, 145, 100, 100, 195, 7]
    ]
  }
}

/**
 * Splits `count` nodes over the preset's regions in proportion to their weights (largest
 * remainder), every region getting at least one node while there are enough nodes.
 */
export function regionSizes (preset: RegionPreset, count: number): number[] {
  const total = preset.weights.reduce((a, b) => a + b, 0)
  const guaranteed = count >= preset.regions.length ? 1 : 0
  const rest = count - guaranteed * preset.regions.length
  const exact = preset.weights.map(w => (w / total) * rest)
  const sizes = exact.map(x => Math.floor(x) + guaranteed)
  let left = count - sizes.reduce((a, b) => a + b, 0)
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0])
  for (const [, i] of byRemainder) {
    if (left === 0) break
    sizes[i]++
    left--
  }
  return sizes
}

/** A class of node by its link: up and down rates, Mbit/s, and its share of the nodes (weight). */
export interface NodeClass { name: string, uploadMbit: number, downloadMbit: number, weight: number }

/**
 * Node-class presets. `gossipsub-interop`: network_graph.py's node types, in its order (its network
 * node ids count types first, then regions): supernodes at 1024 Mbit/s and full nodes at 50 Mbit/s.
 */
export const NODE_CLASS_PRESETS: Record<string, readonly NodeClass[]> = {
  'gossipsub-interop': [
    { name: 'supernode', uploadMbit: 1024, downloadMbit: 1024, weight: 20 },
    { name: 'fullnode', uploadMbit: 50, downloadMbit: 50, weight: 80 }
  ]
}

/** An index drawn by weight. */
export function weightedPick (weights: readonly number[], next: () => number): number {
  const total = weights.reduce((a, b) => a + b, 0)
  let x = next() * total
  for (const [i, w] of weights.entries()) {
    if (x < w) return i
    x -= w
  }
  return weights.length - 1
}
