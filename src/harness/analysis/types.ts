/**
 * The run-directory contract as analysis reads it (docs: /tmp/team/harness-design.md, issue 8),
 * and the summary it writes. Fields the runner may omit are optional here so that a partial run
 * (crashed, interrupted) can still be analysed.
 */

export interface TopologyNode {
  index: number
  peerId: string
  address?: string
  group?: string
  bootstrap?: boolean
  /** the node's link rates, Mbit/s (what it sends, what it receives); absent: no cap */
  uplinkMbps?: number
  downlinkMbps?: number
  /** its node class, where the run drew one (links.bandwidth.classes, an interop run's graph) */
  class?: string
  /** an adversary's role (silent, censor, spammer, eclipse); absent: honest */
  role?: string
  /** the node host process it ran in (processes.csv) */
  process?: number
  /** a censor's or an eclipse's target node */
  target?: number
}

export type FaultKind = 'kill' | 'restart' | 'freeze' | 'thaw' | 'partition' | 'heal' | 'churn'

export interface Fault {
  kind: FaultKind
  atMs: number
  untilMs?: number
  nodes?: number[]
  groups?: string[][]
}

export interface Topology {
  nodes: TopologyNode[]
  links: {
    /** One-way delay by node index, delayMs[from][to]; null or a negative value means no link. */
    delayMs: Array<Array<number | null>>
    jitterMs?: Array<Array<number | null>>
    lossPct?: Array<Array<number | null>>
    /** per-link rate caps, Mbit/s, [from][to]; 0: none */
    bandwidthMbps?: number[][]
  }
  faults: Fault[]
  workload?: { startedAtMs: number, endedAtMs: number, ratePerS?: number, publishers?: number[] }
}

export interface Manifest {
  p2pChatVersion?: string
  node?: string
  libp2p?: Record<string, string>
  gitCommit?: string
  seed?: number | string
  kernel?: string
  runner?: string
  emulation?: string
  startedAtMs?: number
  endedAtMs?: number
  cores?: number
  [key: string]: unknown
}

/** Quantiles of a distribution; null when it had no samples. */
export interface Quantiles {
  count: number
  p50: number | null
  p90: number | null
  p99: number | null
  max: number | null
}

export interface RunSummary {
  /** SUMMARY_FORMAT of the analysis that wrote it: an older summary.json is re-analysed, not trusted. */
  format: number
  runDir: string
  nodes: number
  messages: {
    published: number
    /** Messages seen only in receivers' traces (the publisher's trace lacks its `published` event). */
    withoutPublishedEvent: number
  }
  deliveries: {
    total: number
    /** Deliveries to receivers that were expected (alive at publish time, see docs). */
    toExpected: number
    /** A second `message` event of the same message at the same receiver (e.g. after a restart). */
    repeated: number
  }
  deliveryRatio: {
    overall: number | null
    faultFree: number | null
    faultFreeMessages: number
    /** Messages published within this margin of any fault window do not count as fault-free. */
    faultMarginMs: number
    expected: number
    reached: number
  }
  latencyMs: Quantiles
  latencyOverShortestPath: Quantiles
  perHopOverheadMs: Quantiles
  /** The headline figures for fault-free messages and for messages published in or near a fault window. */
  byFaultClass: { faultFree: ClassSummary, faultWindows: ClassSummary, all: ClassSummary }
  /** Fault-free deliveries by the publisher's and the receiver's group; empty with one group. */
  groupPairs: GroupPairSummary[]
  pathDelayMs: Quantiles
  shortestPathMs: Quantiles
  /** Number of deliveries by hop count; "unknown" where the hop path could not be rebuilt. */
  hops: Record<string, number>
  dissemination: {
    t50MsP50: number | null
    t90MsP50: number | null
    t99MsP50: number | null
    t100MsP50: number | null
    t100MsP99: number | null
  }
  throughput: {
    windowStartMs: number | null
    windowEndMs: number | null
    publishedPerS: number | null
    deliveriesPerS: number | null
  }
  duplicates: {
    /** `traces`: per message from `duplicate` events; `metrics`: run-level from counters; `none`. */
    source: 'traces' | 'metrics' | 'none'
    total: number | null
    perMessage: number | null
    perDelivery: number | null
  }
  /** Fault intervals (epoch ms) as analysed; see faults.ts for how ends are found. */
  faultWindows: Array<{ kind: string, startMs: number, endMs: number, label: string }>
  machine: MachineSummary
  /**
   * Present when the run had adversaries: every other figure is the honest nodes' (adversaries are
   * neither expected receivers nor publishers; their own messages are left out, and counted here).
   */
  adversaries?: AdversarySummary
  traces: {
    files: number
    lines: number
    malformedLines: number
    malformedByFile: Record<string, number>
    unknownPeers: number
    /** copies counted (`duplicate` events) of ids no node published or delivered: rejected junk, not room messages */
    duplicatesOfUnknownMessages?: number
  }
}

/** Exposure of honest nodes to one role's attackers: connection to verdict, over (honest, attacker) pairs. */
export interface VerdictStats {
  /** pairs with the verdict */
  pairs: number
  /** of the connected pairs */
  share: number | null
  msP50: number | null
  msP90: number | null
  msMax: number | null
}

/** src/harness/analysis/adversaries.ts */
export interface AdversarySummary {
  nodes: number
  roles: Record<string, number>
  messagesLeftOut: number
  /** by role: honest nodes' verdicts on its attackers (src/node/peer-verdicts.ts) */
  verdicts: Record<string, { connectedPairs: number, graylisted: VerdictStats, pruned: VerdictStats }>
  /** by role, "honest" included: what a node of it sent and received and the CPU it used, over the run */
  cost: Record<string, { nodes: number, bytesOutPerNode: number | null, bytesInPerNode: number | null, cpuSPerNode: number | null, cpuNodes: number }>
  /** a censor's or an eclipse's target against the other honest receivers */
  targets: Array<{
    node: number
    by: string
    deliveryRatio: number | null
    latencyMsP50: number | null
    latencyMsP99: number | null
    othersDeliveryRatio: number | null
    othersLatencyMsP50: number | null
    othersLatencyMsP99: number | null
  }>
}

export interface MachineSummary {
  samples: number
  cpuBusyPctMax: number | null
  cpuBusyPctMean: number | null
  memUsedBytesMax: number | null
  memUsedBytesMean: number | null
  /** The samples the verdict looks at: the workload window (null: the whole run, the window being unknown). */
  verdictWindow: { startMs: number, endMs: number } | null
  verdictSamples: number
  verdictCpuBusyPctMean: number | null
  /** The verdict: saturated during the verdict window, by `saturationRule`. */
  saturated: boolean
  /** Share of the verdict window's samples (0..1) at or above the CPU threshold. */
  saturatedShare: number | null
  /** The same share over the whole run, start-up included. */
  saturatedShareWholeRun: number | null
  /** The same rule applied to the whole run: true while `saturated` is false means the start-up (or the end) loaded the box. */
  saturatedWholeRun: boolean
  saturationRule: string
}

export interface ClassSummary {
  messages: number
  /** eventual delivery: reached / expected */
  deliveryRatio: number | null
  /** expected receivers that had the message within 1 s (5 s) of its publish / expected */
  within1s: number | null
  within5s: number | null
  latencyMs: Quantiles
  latencyOverShortestPath: Quantiles
  perHopOverheadMs: Quantiles
  /** median over messages of the time to 50 % (100 %) of the expected receivers */
  t50MsP50: number | null
  t100MsP50: number | null
}

export interface GroupPairSummary {
  /** "a" (inside group a) or "a ↔ b" */
  pair: string
  inside: boolean
  deliveries: number
  latencyMs: Quantiles
  shortestPathMsP50: number | null
  latencyOverShortestPath: Quantiles
  perHopOverheadMs: Quantiles
}
