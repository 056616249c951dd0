/**
 * Everything random in a run, decided up front from the spec's seed: which node is in which group,
 * the link matrices, who publishes when, and the fault timeline (churn expanded into kills and
 * restarts). The same spec and seed give the same plan on any machine.
 */
import type { BandwidthCap, ExperimentSpec, LinkShape } from './spec.ts'
import { layoutNodes } from './node-layout.ts'
import type { PlannedNode } from './node-layout.ts'
import { NODE_CLASS_PRESETS, REGION_PRESETS, weightedPick } from './regions.ts'
import { publishTimes } from './workload.ts'
import type { WorkloadSpec } from './workload.ts'

export type { PlannedNode }

/** mulberry32: small, fast, seedable; good enough to pick nodes and times. */
export function seededRandom (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type PlannedRole = { role: 'silent' } | { role: 'censor' | 'eclipse', target: number } | { role: 'spammer', ratePerS: number, invalid: boolean }

/** A step of the fault timeline, at `atMs` after the workload starts. */
export type PlannedFault =
  | { kind: 'kill' | 'restart' | 'freeze' | 'thaw', atMs: number, nodes: number[] }
  | { kind: 'partition', atMs: number, groups: string[][] }
  | { kind: 'heal', atMs: number }

export interface Plan {
  nodes: PlannedNode[]
  /** one-way link matrices [from][to]; bandwidthMbps 0: no cap on that link */
  links: { delayMs: number[][], jitterMs: number[][], lossPct: number[][], bandwidthMbps: number[][] }
  /** per node: its link's rate caps (links.bandwidth) */
  bandwidth: BandwidthCap[]
  /** per node: its node class, where links.bandwidth.classes drew one */
  classes?: string[]
  /** per node: its adversary role (undefined: honest); a censor's target is a node index */
  roles: Array<PlannedRole | undefined>
  publishers: number[]
  /** publish times (ms after the workload starts), who publishes, and the message's text bytes */
  publishes: Array<{ atMs: number, node: number, bytes: number }>
  faults: PlannedFault[]
}

export function makePlan (spec: ExperimentSpec): Plan {
  const random = seededRandom(spec.seed)
  const nodes = layoutNodes(spec.nodes.groups, spec.bootstrap.count)
  const links = linkMatrices(spec, nodes)

  // publishers are honest: a run measures what the adversaries do to the honest nodes' messages;
  // publishers by group are drawn first, and the adversaries from the nodes they left
  const byGroup = publishersByGroup(spec.workload, spec.nodes.groups, nodes, items => shuffle(items, random))
  const roles = adversaryRoles(spec, nodes, new Set(byGroup))
  const publishers = byGroup ?? publishersOf(spec, nodes, roles, random)
  for (const r of roles) if (r?.role === 'censor' && r.target < 0) r.target = publishers[0]
  // an eclipse without a target surrounds the first honest node that neither bootstraps nor publishes: its losses are the attack's
  const honest = nodes.filter(n => !n.bootstrap && roles[n.index] === undefined).map(n => n.index)
  const bystander = honest.find(i => !publishers.includes(i)) ?? honest[0] ?? 0
  for (const r of roles) if (r?.role === 'eclipse' && r.target < 0) r.target = bystander
  const times = publishTimes(spec.workload)
  const sizes = drawSizes(spec.workload.payloadBytes, times.length, spec.seed)
  const publishes = times.map((atMs, i) => ({ atMs, node: publishers[Math.floor(random() * publishers.length)], bytes: sizes[i] }))

  return { nodes, links, ...bandwidthPlan(spec, nodes), roles, publishers, publishes, faults: faultTimeline(spec, nodes, random) }
}

/** `workload.publishers` of the honest non-bootstrap nodes (of every honest node when there are too few). */
function publishersOf (spec: ExperimentSpec, nodes: PlannedNode[], roles: Plan['roles'], random: () => number): number[] {
  const nonBootstrap = nodes.filter(n => !n.bootstrap && roles[n.index] === undefined).map(n => n.index)
  const pool = spec.workload.publishers <= nonBootstrap.length ? nonBootstrap : nodes.filter(n => roles[n.index] === undefined).map(n => n.index)
  return shuffle(pool, random).slice(0, spec.workload.publishers).sort((a, b) => a - b)
}

/**
 * The publishers of `workload.publishersByGroup`: per group, in the spec's group order, that many
 * of its non-bootstrap nodes, shuffled with the run's random stream. Undefined without the field.
 */
function publishersByGroup (w: WorkloadSpec, groups: ReadonlyArray<{ name: string }>, nodes: PlannedNode[], shuffled: (items: number[]) => number[]): number[] | undefined {
  if (w.publishersByGroup == null) return undefined
  const out: number[] = []
  for (const { name } of groups) {
    const count = w.publishersByGroup[name] ?? 0
    if (count > 0) out.push(...shuffled(nodes.filter(n => n.group === name && !n.bootstrap).map(n => n.index)).slice(0, count))
  }
  return out.sort((a, b) => a - b)
}

/**
 * Each message's size: the one size, or a draw by weight per message from a random stream of its
 * own (the seed's other draws, publishers and times, stay those of the same spec with one size).
 */
function drawSizes (sizes: WorkloadSpec['payloadBytes'], count: number, seed: number): number[] {
  if (!Array.isArray(sizes)) return new Array<number>(count).fill(sizes)
  const next = seededRandom(Math.imul(seed ^ 0x3c6ef372, 0x9e3779b1))
  const weights = sizes.map(s => s.weight)
  return Array.from({ length: count }, () => sizes[weightedPick(weights, next)].bytes)
}

/**
 * Which non-bootstrap nodes are adversaries, in the spec's order, drawn from a stream of their own
 * (a spec's other draws stay what they were without adversaries, but for the publishers, who are
 * drawn from the honest nodes). Nodes in `taken` (publishers by group) and targets named in the
 * spec are never adversaries. A censor without a target censors the first publisher (set above).
 */
function adversaryRoles (spec: ExperimentSpec, nodes: PlannedNode[], taken: Set<number>): Plan['roles'] {
  const roles: Plan['roles'] = nodes.map(() => undefined)
  if (spec.adversaries.length === 0) return roles
  const next = seededRandom(Math.imul(spec.seed ^ 0x27d4eb2f, 0x165667b1))
  const targets = new Set(spec.adversaries.flatMap(a => 'target' in a && a.target != null ? [a.target] : []))
  const candidates = shuffle(nodes.filter(n => !n.bootstrap && !taken.has(n.index) && !targets.has(n.index)).map(n => n.index), next)
  for (const a of spec.adversaries) {
    for (const i of candidates.splice(0, a.count)) {
      roles[i] = a.role === 'censor' || a.role === 'eclipse' ? { role: a.role, target: a.target ?? -1 } : a.role === 'spammer' ? { role: 'spammer', ratePerS: a.ratePerS, invalid: a.invalid } : { role: 'silent' }
    }
  }
  return roles
}

/**
 * Each node's rate caps: its group's, else the default; or its class drawn by the preset's weights
 * from a stream of its own (the other draws of a seed stay what they were without classes).
 */
function bandwidthPlan (spec: ExperimentSpec, nodes: PlannedNode[]): Pick<Plan, 'bandwidth' | 'classes'> {
  const b = spec.links.bandwidth
  if (b?.classes != null) {
    const classes = NODE_CLASS_PRESETS[b.classes]
    const next = seededRandom(Math.imul(spec.seed ^ 0x5bd1e995, 0x27d4eb2d))
    const drawn = nodes.map(() => classes[weightedPick(classes.map(c => c.weight), next)])
    return { bandwidth: drawn.map(c => ({ uplinkMbps: c.uploadMbit, downlinkMbps: c.downloadMbit })), classes: drawn.map(c => c.name) }
  }
  return { bandwidth: nodes.map(n => ({ ...b?.default, ...b?.groups?.[n.group] })) }
}

function linkMatrices (spec: ExperimentSpec, nodes: PlannedNode[]): Plan['links'] {
  const n = nodes.length
  const preset = spec.nodes.regions != null ? REGION_PRESETS[spec.nodes.regions] : undefined
  const shapeOf = (from: PlannedNode, to: PlannedNode): LinkShape => {
    const shape = { ...spec.links.default }
    if (preset != null) shape.delayMs = preset.delayMs[preset.regions.indexOf(from.group)][preset.regions.indexOf(to.group)]
    for (const o of spec.links.groups) {
      if ((o.from === from.group && o.to === to.group) || (o.from === to.group && o.to === from.group)) {
        if (o.delayMs != null) shape.delayMs = o.delayMs
        if (o.jitterMs != null) shape.jitterMs = o.jitterMs
        if (o.lossPct != null) shape.lossPct = o.lossPct
        if (o.bandwidthMbps != null) shape.bandwidthMbps = o.bandwidthMbps
      }
    }
    return shape
  }
  const delayMs: number[][] = []
  const jitterMs: number[][] = []
  const lossPct: number[][] = []
  const bandwidthMbps: number[][] = []
  for (let i = 0; i < n; i++) {
    delayMs.push([])
    jitterMs.push([])
    lossPct.push([])
    bandwidthMbps.push([])
    for (let j = 0; j < n; j++) {
      const shape = i === j ? { delayMs: 0, jitterMs: 0, lossPct: 0 } : shapeOf(nodes[i], nodes[j])
      delayMs[i].push(i !== j && spec.links.delayMatrixMs != null ? spec.links.delayMatrixMs[i][j] : shape.delayMs)
      jitterMs[i].push(Math.min(shape.jitterMs, delayMs[i][j]))
      lossPct[i].push(shape.lossPct)
      bandwidthMbps[i].push(i === j ? 0 : shape.bandwidthMbps ?? 0)
    }
  }
  return { delayMs, jitterMs, lossPct, bandwidthMbps }
}

function faultTimeline (spec: ExperimentSpec, nodes: PlannedNode[], random: () => number): PlannedFault[] {
  const out: PlannedFault[] = []
  const ms = (s: number): number => Math.round(s * 1000)
  for (const f of spec.faults) {
    switch (f.kind) {
      case 'kill':
      case 'restart':
        out.push({ kind: f.kind, atMs: ms(f.atS), nodes: f.nodes })
        break
      case 'freeze':
        out.push({ kind: 'freeze', atMs: ms(f.atS), nodes: f.nodes }, { kind: 'thaw', atMs: ms(f.atS + f.durationS), nodes: f.nodes })
        break
      case 'partition':
        out.push({ kind: 'partition', atMs: ms(f.atS), groups: f.groups }, { kind: 'heal', atMs: ms(f.atS + f.durationS) })
        break
      case 'churn': {
        // a node goes down every 60/perMinute s and comes back after downS; never a bootstrap node
        const candidates = nodes.filter(n => !n.bootstrap).map(n => n.index)
        const down = new Map<number, number>() // node -> when it is back
        for (let t = f.atS; t < f.atS + f.durationS; t += 60 / f.perMinute) {
          const free = candidates.filter(c => (down.get(c) ?? -1) <= t)
          if (free.length === 0) continue
          const node = free[Math.floor(random() * free.length)]
          out.push({ kind: 'kill', atMs: ms(t), nodes: [node] }, { kind: 'restart', atMs: ms(t + f.downS), nodes: [node] })
          down.set(node, t + f.downS)
        }
        break
      }
    }
  }
  return out.sort((a, b) => a.atMs - b.atMs)
}

function shuffle<T> (items: T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]]
  }
  return out
}
