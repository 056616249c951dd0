/**
 * Which node is in which group and which nodes are the bootstrap nodes: no randomness, so the
 * spec's checks (how many non-bootstrap nodes a group has) and the plan see the same layout.
 */

export interface PlannedNode { index: number, group: string, bootstrap: boolean }

/** Nodes numbered from 0 in group order; bootstrap nodes spread over the groups, the first node of each group in turn. */
export function layoutNodes (groups: ReadonlyArray<{ name: string, count: number }>, bootstrapCount: number): PlannedNode[] {
  const nodes: PlannedNode[] = []
  for (const g of groups) {
    for (let i = 0; i < g.count; i++) nodes.push({ index: nodes.length, group: g.name, bootstrap: false })
  }
  const firstOfGroup = groups.map(g => nodes.findIndex(n => n.group === g.name))
  for (let b = 0; b < Math.min(bootstrapCount, nodes.length); b++) {
    const candidate = firstOfGroup[b % firstOfGroup.length] + Math.floor(b / firstOfGroup.length)
    const index = nodes[candidate] != null && !nodes[candidate].bootstrap ? candidate : nodes.findIndex(n => !n.bootstrap)
    nodes[index].bootstrap = true
  }
  return nodes
}
