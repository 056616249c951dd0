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
