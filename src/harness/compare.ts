/**
 * `experiment compare`: runs side by side. Runs are grouped into variants (a sweep's axes, or for
 * separate runs the spec fields in which they differ), a variant's runs are its trials, and each
 * figure is given per variant as the mean over trials with a 95 % confidence interval (Student's t:
 * with 3 trials the interval is 4.3 standard errors wide each way, which is the honest width).
 *
 * Runs are compared only when they differ in nothing but their axes and seeds: another code version,
 * Node, libp2p, kernel, core count or emulation path is refused (each difference named), unless
 * `force`, and then the comparison says what differed.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { HarnessError } from './errors.ts'
import { summaryOf } from './analysis/analyze.ts'
import { readManifest } from './analysis/read-run.ts'
import { counterIncreaseByNode, METRIC, readMetricSamples } from './analysis/metrics.ts'
import type { Manifest, RunSummary } from './analysis/types.ts'
import type { SweepState } from './sweep-run.ts'
import type { SweepAxis } from './sweep.ts'

export class CompareError extends HarnessError {
  static name = 'CompareError'
}

export interface ComparedRun {
  dir: string
  variant: string
  axes: Record<string, unknown>
  trial: number
  spec: Record<string, unknown>
  manifest: Manifest
  summary: RunSummary
  /** per delivery, from the run's metrics (all nodes): gossip bytes and control entries sent; null without metrics */
  perDelivery: { bytes: number | null, control: Record<string, number> | null }
  /** a sweep's run: the sweep's spec as given (what its runs' specs were planned from) */
  sweepSpec?: Record<string, unknown>
}

export interface Figure { key: string, label: string, unit: string, of: (r: ComparedRun) => number | null }

export const FIGURES: Figure[] = [
  { key: 'delivery', label: 'delivery', unit: '%', of: r => r.summary.deliveryRatio.overall == null ? null : r.summary.deliveryRatio.overall * 100 },
  { key: 'latency_p50', label: 'latency p50', unit: 'ms', of: r => r.summary.latencyMs.p50 },
  { key: 'latency_p99', label: 'latency p99', unit: 'ms', of: r => r.summary.latencyMs.p99 },
  { key: 't90', label: 'dissemination to 90 %', unit: 'ms', of: r => r.summary.dissemination.t90MsP50 },
  { key: 't99', label: 'dissemination to 99 %', unit: 'ms', of: r => r.summary.dissemination.t99MsP50 },
  { key: 'duplicates', label: 'duplicates per delivery', unit: '', of: r => r.summary.duplicates.perDelivery },
  { key: 'bytes', label: 'gossip bytes sent per delivery', unit: 'B', of: r => r.perDelivery.bytes },
  { key: 'control', label: 'control entries sent per delivery', unit: '', of: r => r.perDelivery.control == null ? null : Object.values(r.perDelivery.control).reduce((a, b) => a + b, 0) },
  { key: 'ihave', label: 'IHAVE sent per delivery', unit: '', of: r => r.perDelivery.control?.ihave ?? null },
  { key: 'idontwant', label: 'IDONTWANT sent per delivery', unit: '', of: r => r.perDelivery.control?.idontwant ?? null },
  { key: 'per_hop', label: 'per-hop overhead p50', unit: 'ms', of: r => r.summary.perHopOverheadMs.p50 },
  // not a figure of the protocol: the box's load, which latency and per-hop overhead carry (a saturated run measures the machine)
  { key: 'machine_cpu', label: 'machine CPU busy in the workload', unit: '%', of: r => r.summary.machine.verdictCpuBusyPctMean },
  { key: 'spammer_graylisted', label: 'honest-spammer pairs graylisted', unit: '%', of: r => percent(r.summary.adversaries?.verdicts?.spammer?.graylisted.share) },
  { key: 'spammer_exposure_p50', label: 'spammer exposure until graylisted p50', unit: 's', of: r => seconds(r.summary.adversaries?.verdicts?.spammer?.graylisted.msP50) },
  { key: 'honest_cpu', label: 'CPU per honest node', unit: 's', of: r => r.summary.adversaries?.cost?.honest?.cpuSPerNode ?? null },
  { key: 'target_delivery', label: 'target\'s delivery', unit: '%', of: r => percent(r.summary.adversaries?.targets?.[0]?.deliveryRatio) },
  { key: 'target_latency_p50', label: 'target\'s latency p50', unit: 'ms', of: r => r.summary.adversaries?.targets?.[0]?.latencyMsP50 ?? null }
]

function percent (v: number | null | undefined): number | null { return v == null ? null : v * 100 }
function seconds (ms: number | null | undefined): number | null { return ms == null ? null : ms / 1000 }

/** Manifest fields that must agree: what ran the runs, not what they varied. */
const ENVIRONMENT = ['p2pChatVersion', 'gitCommit', 'node', 'libp2p', 'kernel', 'cores', 'runner', 'emulation'] as const

const BYTES = METRIC.gossipBytes
const CONTROL = 'p2p_chat_gossip_control_sent_total'

/** What the nodes sent per delivery, from metrics.csv: increases summed over nodes. */
async function sentPerDelivery (dir: string, deliveries: number): Promise<ComparedRun['perDelivery']> {
  if (!existsSync(join(dir, 'metrics.csv')) || deliveries === 0) return { bytes: null, control: null }
  const samples = await readMetricSamples(dir, [BYTES, CONTROL])
  const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0)
  const bytes = samples.get(BYTES) ?? []
  const control = samples.get(CONTROL) ?? []
  const kinds = [...new Set(control.map(s => s.labels.kind))]
  return {
    bytes: bytes.length > 0 ? sum(counterIncreaseByNode(bytes, l => l.direction === 'out').values()) / deliveries : null,
    control: control.length > 0 ? Object.fromEntries(kinds.map(k => [k, sum(counterIncreaseByNode(control, l => l.kind === k).values()) / deliveries])) : null
  }
}

async function readRun (dir: string, sweep?: { variant: string, axes: Record<string, unknown>, trial: number }): Promise<ComparedRun> {
  if (!existsSync(join(dir, 'topology.json'))) throw new CompareError(`${dir}: not a run directory (no topology.json)`)
  const summary = await summaryOf(dir)
  const spec = parseYaml(await readFile(join(dir, 'spec.yaml'), 'utf8').catch(() => '{}')) ?? {}
  const variantFile = join(dir, 'variant.json')
  const own = sweep ?? (existsSync(variantFile) ? JSON.parse(await readFile(variantFile, 'utf8')) : undefined)
  return {
    dir,
    variant: own?.variant ?? basename(dir),
    axes: own?.axes ?? {},
    trial: own?.trial ?? 0,
    spec,
    manifest: await readManifest(dir),
    summary,
    perDelivery: await sentPerDelivery(dir, summary.deliveries.total)
  }
}

/** Every finished run under the given directories: a sweep's done runs, or a run directory itself. */
export async function collectRuns (dirs: string[]): Promise<{ runs: ComparedRun[], axes: SweepAxis[], sweeps: number }> {
  const runs: ComparedRun[] = []
  const axes = new Map<string, SweepAxis>()
  let sweeps = 0
  for (const given of dirs) {
    const dir = resolve(given)
    const statePath = join(dir, 'sweep.json')
    if (existsSync(statePath)) {
      sweeps++
      const state = JSON.parse(await readFile(statePath, 'utf8')) as SweepState
      for (const a of state.axes) {
        const known = axes.get(a.name)
        if (known !== undefined && known.field !== a.field) throw new CompareError(`${given}: its axis ${a.name} is ${a.field}, another sweep's is ${known.field}`)
        axes.set(a.name, a)
      }
      for (const r of state.runs.filter(r => r.status === 'done')) runs.push({ ...await readRun(join(dir, r.dir), r), sweepSpec: state.spec })
    } else {
      runs.push(await readRun(dir))
    }
  }
  if (runs.length === 0) throw new CompareError(`${dirs.join(', ')}: no finished run to compare`)
  return { runs, axes: [...axes.values()], sweeps }
}

/** Leaf fields of a document as dotted paths, array items by index (`adversaries.0.count`, as a sweep names them). */
function flatten (v: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  const path = (k: string | number): string => at === '' ? String(k) : `${at}.${k}`
  if (Array.isArray(v) && v.length > 0) v.forEach((x, i) => flatten(x, path(i), out))
  else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, path(k), out)
  } else out.set(at, JSON.stringify(v))
  return out
}

export interface Difference { field: string, values: Array<{ value: string, runs: string[] }> }

function differences (docs: Array<{ name: string, doc: unknown }>, ignore: (field: string) => boolean): Difference[] {
  const flat = docs.map(d => ({ name: d.name, fields: flatten(d.doc) }))
  const fields = new Set(flat.flatMap(f => [...f.fields.keys()]))
  const out: Difference[] = []
  for (const field of [...fields].sort()) {
    if (ignore(field)) continue
    const byValue = new Map<string, string[]>()
    for (const f of flat) {
      const v = f.fields.get(field) ?? 'absent'
      byValue.set(v, [...(byValue.get(v) ?? []), f.name])
    }
    if (byValue.size > 1) out.push({ field, values: [...byValue].map(([value, runs]) => ({ value, runs })) })
  }
  return out
}

export interface Comparability {
  /** spec fields that are the comparison's axes (a sweep's fields, or where separate runs differ) */
  axisFields: string[]
  /** what differs beyond the axes: the reasons to refuse */
  mismatches: Difference[]
  /**
   * a sweep's spec fields that differ between variants but never within one: filled in from the
   * axes (a swept D sets Dlo, Dhi, Dscore and Dlazy), so they are part of what is compared
   */
  followAxes: string[]
}

/** What the runs may differ in, and what they differ in beyond it; refuses the latter unless `force`. */
export function checkComparable (runs: ComparedRun[], sweepAxes: SweepAxis[], force: boolean, base = process.cwd()): Comparability {
  const name = (r: ComparedRun): string => relative(base, r.dir) || r.dir
  const specDiffs = differences(runs.map(r => ({ name: name(r), doc: r.spec })), f => /^(name|seed)$/.test(f))
  // separate runs: the fields they differ in are what is being compared; a sweep declares its own
  const declared = new Set(sweepAxes.length > 0 ? sweepAxes.map(a => a.field) : specDiffs.map(d => d.field))
  const axisFields = [...declared]
  const notAxes = specDiffs.filter(d => !declared.has(d.field) && ![...declared].some(a => d.field.startsWith(`${a}.`)))
  const follow = sweepAxes.length > 0 ? followingTheAxes(runs, notAxes.map(d => d.field)) : new Set<string>()
  const beyond = notAxes.filter(d => !follow.has(d.field))
  const environment = differences(runs.map(r => ({ name: name(r), doc: Object.fromEntries(ENVIRONMENT.map(k => [k, r.manifest[k]])) })), () => false)
  const mismatches = [...environment.map(d => ({ ...d, field: `manifest.${d.field}` })), ...beyond.map(d => ({ ...d, field: `spec.${d.field}` }))]
  if (mismatches.length > 0 && !force) {
    throw new CompareError(`the runs differ in more than their axes (compare them anyway with --force): ${describeDifferences(mismatches)}`)
  }
  return { axisFields, mismatches, followAxes: [...follow] }
}

/**
 * The fields the sweeps' specs leave to be filled in (no sweep names them) and on which every
 * variant's runs agree: what validation derived from the axes, differing only between variants.
 */
function followingTheAxes (runs: ComparedRun[], fields: string[]): Set<string> {
  if (runs.some(r => r.sweepSpec === undefined)) return new Set()
  const given = runs.map(r => flatten(r.sweepSpec))
  const flat = runs.map(r => ({ variant: r.variant, fields: flatten(r.spec) }))
  return new Set(fields.filter(field => {
    if (given.some(g => [...g.keys()].some(k => k === field || field.startsWith(`${k}.`) || k.startsWith(`${field}.`)))) return false
    const seen = new Map<string, string>()
    return flat.every(({ variant, fields: f }) => {
      const value = f.get(field) ?? 'absent'
      const first = seen.get(variant) ?? value
      seen.set(variant, first)
      return first === value
    })
  }))
}

export function describeDifferences (diffs: Difference[]): string {
  return diffs.slice(0, 6).map(d => `${d.field}: ${d.values.map(v => `${v.value} (${v.runs.slice(0, 3).join(', ')}${v.runs.length > 3 ? `, +${v.runs.length - 3}` : ''})`).join(' vs ')}`).join('; ') +
    (diffs.length > 6 ? `; and ${diffs.length - 6} more` : '')
}

/** Two-sided 95 % Student t quantiles, by degrees of freedom 1..30; beyond, the normal 1.96. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
  2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]

export interface Estimate { n: number, mean: number | null, halfWidth: number | null, min: number | null, max: number | null }

/** Mean and 95 % confidence half-width of the finite values; no interval below 2 values. */
export function estimate (values: Array<number | null>): Estimate {
  const v = values.filter((x): x is number => x != null && Number.isFinite(x))
  if (v.length === 0) return { n: 0, mean: null, halfWidth: null, min: null, max: null }
  const mean = v.reduce((a, b) => a + b, 0) / v.length
  const sd = v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1)) : null
  const t = v.length - 1 <= T975.length ? T975[v.length - 2] : 1.96
  return { n: v.length, mean, halfWidth: sd == null ? null : t * sd / Math.sqrt(v.length), min: Math.min(...v), max: Math.max(...v) }
}

export interface Variant { name: string, axes: Record<string, unknown>, runs: ComparedRun[], figures: Record<string, Estimate> }

/** Runs grouped by variant (first-seen order), each figure estimated over the variant's trials. */
export function variantsOf (runs: ComparedRun[], axisFields: string[], sweepAxes: SweepAxis[]): Variant[] {
  const byName = new Map<string, Variant>()
  for (const r of runs) {
    // separate runs: the variant is the run's values of the differing fields
    const fields = flatten(r.spec)
    const axes = sweepAxes.length > 0 ? r.axes : Object.fromEntries(axisFields.map(f => [f, fields.has(f) ? JSON.parse(fields.get(f) as string) : undefined]))
    const name = sweepAxes.length > 0 ? r.variant : (Object.entries(axes).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',') || 'base')
    const v: Variant = byName.get(name) ?? { name, axes, runs: [], figures: {} }
    v.runs.push(r)
    byName.set(name, v)
  }
  for (const v of byName.values()) v.figures = Object.fromEntries(FIGURES.map(f => [f.key, estimate(v.runs.map(f.of))]))
  return [...byName.values()]
}
