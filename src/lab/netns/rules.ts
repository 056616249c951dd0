/**
 * nftables rules for loss and partitions (pure: text in, text out).
 *
 * Where packets are filtered: a packet between two machine namespaces crosses the switch's bridge,
 * so one table in the switch (`bridge` family, forward hook, priority -200: before br_netfilter
 * hands the packet to iptables' NFQUEUE, so dropped packets never reach the delayer) covers every
 * such pair. A packet between two addresses of one machine namespace never leaves it (it goes over
 * `lo`), so each machine with several addresses gets its own table on the input hook that covers
 * only its own pairs (input: see lab.ts).
 *
 * Loss is `numgen random mod 1000000 < ppm drop` (parts per million) in one chain per distinct
 * rate; a packet reaches its chain through a verdict map on (source, destination) with `goto`, so
 * the cost per packet is one hash lookup whatever the number of pairs. The most common rate is
 * the default (two address sets), the other pairs are map entries.
 * A partition maps each source address of a group to a chain that drops destinations in the
 * other groups: N + N*(groups-1) set entries instead of N^2 pairs.
 */

export const NFT_TABLE = 'p2pc'

export interface LossSpec {
  addresses: string[]
  /** percent, [from][to] */
  lossPct: number[][]
}

export type Scope =
  /** the switch: pairs whose two addresses are in different machines */
  | { kind: 'switch', machineOf: Map<string, number> }
  /** a machine: pairs of its own addresses */
  | { kind: 'machine', own: Set<string> }

export function toPpm (pct: number): number {
  return Math.round(pct * 10_000)
}

/** The full table for one namespace; replaces any earlier one in the same transaction. */
export function renderTable (scope: Scope, loss: LossSpec | undefined, partition: string[][] | undefined): string {
  const family = scope.kind === 'switch' ? 'bridge' : 'ip'
  const hook = scope.kind === 'switch' ? 'forward' : 'input'
  const priority = scope.kind === 'switch' ? -200 : -10
  const body: string[] = []
  const rules: string[] = []

  if (partition != null && partition.length > 1) {
    const groups = partition.map(group => group.filter(a => inScope(scope, a)))
    const sourceMap: string[] = []
    groups.forEach((group, g) => {
      const others = groups.flatMap((other, h) => h === g ? [] : other).filter(b => group.some(a => pairInScope(scope, a, b)))
      if (others.length === 0) return // nothing to cut here: keep the table as it was
      body.push(`  chain cut_${g} {`, `    ip daddr { ${others.join(', ')} } drop`, '  }')
      for (const a of group) sourceMap.push(`${a} : jump cut_${g}`)
    })
    if (sourceMap.length > 0) rules.push(`    ip saddr vmap { ${sourceMap.join(', ')} }`)
  }

  if (loss != null) {
    const { addresses, lossPct } = loss
    // indices of the addresses this scope sees, and the machine of each (pairs in one machine never
    // cross the switch; a machine sees only its own pairs)
    const seen = addresses.flatMap((a, i) => inScope(scope, a) ? [i] : [])
    const machineIndex = scope.kind === 'switch' ? addresses.map(a => scope.machineOf.get(a) ?? -1) : undefined
    const crosses = (i: number, j: number): boolean => i !== j && (machineIndex == null || machineIndex[i] !== machineIndex[j])
    const counts = new Map<number, number>()
    for (const i of seen) {
      for (const j of seen) {
        if (!crosses(i, j)) continue
        const ppm = toPpm(lossPct[i][j])
        counts.set(ppm, (counts.get(ppm) ?? 0) + 1)
      }
    }
    let fallback = 0
    let best = -1
    for (const [ppm, count] of counts) if (count > best || (count === best && ppm < fallback)) { fallback = ppm; best = count }
    const chains = new Set<number>()
    const exceptions: string[] = []
    for (const i of seen) {
      for (const j of seen) {
        if (!crosses(i, j)) continue
        const ppm = toPpm(lossPct[i][j])
        if (ppm === fallback) continue
        exceptions.push(`${addresses[i]} . ${addresses[j]} : ${ppm === 0 ? 'accept' : `goto loss_${ppm}`}`)
        if (ppm > 0) chains.add(ppm)
      }
    }
    if (fallback > 0) {
      chains.add(fallback)
      // a machine's traffic to itself (same address) is not a link: no loss
      if (scope.kind === 'machine') for (const i of seen) exceptions.push(`${addresses[i]} . ${addresses[i]} : accept`)
    }
    for (const ppm of [...chains].sort((x, y) => x - y)) {
      body.push(`  chain loss_${ppm} {`, `    numgen random mod 1000000 < ${ppm} drop`, '  }')
    }
    if (exceptions.length > 0) rules.push(`    ip saddr . ip daddr vmap { ${exceptions.join(', ')} }`)
    if (fallback > 0) {
      body.push('  set shaped {', '    type ipv4_addr', `    elements = { ${seen.map(i => addresses[i]).join(', ')} }`, '  }')
      rules.push(`    ip saddr @shaped ip daddr @shaped goto loss_${fallback}`)
    }
  }

  return [
    // declaring then deleting makes the script work whether or not the table exists, atomically
    `table ${family} ${NFT_TABLE} {}`,
    `delete table ${family} ${NFT_TABLE}`,
    `table ${family} ${NFT_TABLE} {`,
    ...body,
    '  chain filter {',
    `    type filter hook ${hook} priority ${priority}; policy accept;`,
    ...rules,
    '  }',
    '}',
    ''
  ].join('\n')
}

function inScope (scope: Scope, address: string): boolean {
  return scope.kind === 'switch' ? scope.machineOf.has(address) : scope.own.has(address)
}

function pairInScope (scope: Scope, a: string, b: string): boolean {
  if (scope.kind === 'machine') return scope.own.has(a) && scope.own.has(b)
  const ha = scope.machineOf.get(a)
  const hb = scope.machineOf.get(b)
  return ha != null && hb != null && ha !== hb
}
