/**
 * Fault timeline -> intervals. A kill, freeze or churn takes its nodes down from `atMs` until
 * `untilMs`, else until the next restart (kill, churn) or thaw (freeze) of that node, else until
 * the end of the run. A partition lasts until `untilMs`, else the next heal. Down nodes are not
 * expected to receive; partitioned nodes are (a partition must show as loss).
 */
import type { Fault, Topology } from './types.ts'

export interface FaultWindow {
  kind: Fault['kind']
  startMs: number
  endMs: number
  label: string
}

const ENDERS: Partial<Record<Fault['kind'], Fault['kind']>> = { kill: 'restart', churn: 'restart', freeze: 'thaw', partition: 'heal' }

function endOf (fault: Fault, faults: readonly Fault[], node: number | undefined, runEndMs: number): number {
  if (typeof fault.untilMs === 'number') return fault.untilMs
  const ender = ENDERS[fault.kind]
  let end = runEndMs
  for (const f of faults) {
    if (f.kind !== ender || f.atMs < fault.atMs || f.atMs >= end) continue
    if (node === undefined || f.nodes === undefined || f.nodes.includes(node)) end = f.atMs
  }
  return end
}

function describe (fault: Fault): string {
  if (fault.nodes !== undefined && fault.nodes.length > 0) {
    const shown = fault.nodes.slice(0, 4).join(',') + (fault.nodes.length > 4 ? `,… (${fault.nodes.length})` : '')
    return `${fault.kind} ${shown}`
  }
  if (fault.groups !== undefined) return `${fault.kind} ${fault.groups.map(g => g.join('+')).join(' | ')}`
  return fault.kind
}

/** Intervals during which some fault was active, for shading and for the fault-free ratio. */
export function faultWindows (topology: Topology, runEndMs: number): FaultWindow[] {
  const out: FaultWindow[] = []
  for (const f of topology.faults) {
    if (ENDERS[f.kind] === undefined) continue
    const end = f.nodes !== undefined && f.nodes.length > 0
      ? Math.max(...f.nodes.map(n => endOf(f, topology.faults, n, runEndMs)))
      : endOf(f, topology.faults, undefined, runEndMs)
    out.push({ kind: f.kind, startMs: f.atMs, endMs: Math.max(end, f.atMs), label: describe(f) })
  }
  return out.sort((a, b) => a.startMs - b.startMs)
}

/** Per node index, the intervals [start, end) it was down (killed, frozen, churned out). */
export function downIntervals (topology: Topology, runEndMs: number): Map<number, Array<[number, number]>> {
  const out = new Map<number, Array<[number, number]>>()
  for (const f of topology.faults) {
    if (f.kind !== 'kill' && f.kind !== 'freeze' && f.kind !== 'churn') continue
    for (const node of f.nodes ?? []) {
      const list = out.get(node) ?? []
      list.push([f.atMs, endOf(f, topology.faults, node, runEndMs)])
      out.set(node, list)
    }
  }
  return out
}

export function isDownAt (down: Map<number, Array<[number, number]>>, node: number, tMs: number): boolean {
  return (down.get(node) ?? []).some(([s, e]) => tMs >= s && tMs < e)
}

export function nearFault (windows: readonly FaultWindow[], tMs: number, marginMs: number): boolean {
  return windows.some(w => tMs >= w.startMs - marginMs && tMs < w.endMs + marginMs)
}
