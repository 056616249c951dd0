/**
 * Sweeps and trials: a spec with `sweep:` (named axes, each a spec field and its values) and
 * `trials: N` stands for the cartesian product of the axes' values, each run N times with seeds
 * derived from the spec's seed. Trial t of every variant gets the same seed (common random numbers:
 * the variants differ in their axes, not in their draws), so a difference between variants is not
 * a difference of luck.
 *
 * Each variant is the spec with the axes' fields set, validated on its own: a value that makes an
 * invalid spec is refused up front, naming the variant and the field.
 */
import { SpecError, validateSpec } from './spec.ts'
import type { ExperimentSpec } from './spec.ts'

export interface SweepAxis { name: string, field: string, values: unknown[] }

export interface SweepRun {
  /** `D=4,loss=1` */
  variant: string
  axes: Record<string, unknown>
  trial: number
  seed: number
  /** relative to the sweep directory: `runs/D=4_loss=1/trial-0` */
  dir: string
  spec: ExperimentSpec
}

export interface SweepPlan { axes: SweepAxis[], trials: number, runs: SweepRun[] }

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** True when a spec document asks for more than one run. */
export function isSweep (raw: Record<string, unknown>): boolean {
  return raw.sweep !== undefined || (raw.trials !== undefined && raw.trials !== 1)
}

/**
 * The seed of trial `t`: the spec's own for trial 0, then hashed, not counted up (the harness's
 * PRNG streams of neighbouring seeds are shifted copies of each other).
 */
export function trialSeed (seed: number, trial: number): number {
  if (trial === 0) return seed
  let h = Math.imul(seed ^ Math.imul(trial, 0x9e3779b9), 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Sets `value` at a dotted path (`protocol.default.D`, `links.groups.0.delayMs`), making the objects on the way. */
export function setField (doc: Record<string, any>, path: string, value: unknown): void {
  const keys = path.split('.')
  let at: any = doc
  for (const [i, key] of keys.entries()) {
    if (i === keys.length - 1) {
      at[key] = structuredClone(value)
      return
    }
    at[key] ??= /^\d+$/.test(keys[i + 1]) ? [] : {}
    if (typeof at[key] !== 'object' || at[key] === null) throw new SpecError(`sweep: ${path}: ${keys.slice(0, i + 1).join('.')} is not an object`)
    at = at[key]
  }
}

/** A value as a file-name and spec-name part: [A-Za-z0-9._-] */
const safe = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v)).replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 40)

function readAxes (raw: Record<string, unknown>): SweepAxis[] {
  const sweep = raw.sweep ?? {}
  if (!isObject(sweep)) throw new SpecError('sweep: must be a mapping of named axes ({ NAME: { field, values } })')
  return Object.entries(sweep).map(([name, axis]) => {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(name)) throw new SpecError(`sweep.${name}: an axis name is [A-Za-z0-9_-], 1-32 characters`)
    if (!isObject(axis)) throw new SpecError(`sweep.${name}: must be { field, values }`)
    const extra = Object.keys(axis).find(k => k !== 'field' && k !== 'values')
    if (extra !== undefined) throw new SpecError(`sweep.${name}.${extra}: unknown field`)
    if (typeof axis.field !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(axis.field)) throw new SpecError(`sweep.${name}.field: a dotted spec field, e.g. protocol.default.D`)
    if (/^(name|seed|sweep|trials)(\.|$)/.test(axis.field)) throw new SpecError(`sweep.${name}.field: ${axis.field} cannot be swept (trials vary the seed)`)
    if (!Array.isArray(axis.values) || axis.values.length === 0 || axis.values.length > 100) throw new SpecError(`sweep.${name}.values: a list of 1 to 100 values`)
    return { name, field: axis.field, values: axis.values }
  })
}

/** Every run of a sweep spec (variants in axis order, trials inside each), each variant validated. */
export function planSweep (raw: Record<string, unknown>): SweepPlan {
  const axes = readAxes(raw)
  const trials = raw.trials ?? 1
  if (!Number.isInteger(trials) || (trials as number) < 1 || (trials as number) > 100) throw new SpecError(`trials: a whole number from 1 to 100, got ${JSON.stringify(trials)}`)
  const base = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'sweep' && k !== 'trials'))
  let combos: Array<Record<string, unknown>> = [{}]
  for (const axis of axes) combos = combos.flatMap(c => axis.values.map(v => ({ ...c, [axis.name]: v })))
  if (combos.length * (trials as number) > 1000) throw new SpecError(`sweep: ${combos.length} variants x ${String(trials)} trials is over 1000 runs`)
  const runs: SweepRun[] = []
  for (const combo of combos) {
    const variant = Object.entries(combo).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(',') || 'base'
    const doc = structuredClone(base) as Record<string, any>
    for (const axis of axes) setField(doc, axis.field, combo[axis.name])
    let spec: ExperimentSpec
    try {
      spec = validateSpec(doc)
    } catch (err) {
      if (err instanceof SpecError) throw new SpecError(`sweep variant ${variant}: ${err.message}`)
      throw err
    }
    const dirName = Object.entries(combo).map(([k, v]) => `${k}=${safe(v)}`).join('_') || 'base'
    for (let t = 0; t < (trials as number); t++) {
      const seed = trialSeed(spec.seed, t)
      const name = `${spec.name}.${dirName.replace(/=/g, '-')}.t${t}`.slice(0, 64)
      runs.push({ variant, axes: combo, trial: t, seed, dir: `runs/${dirName}/trial-${t}`, spec: { ...spec, seed, name } })
    }
  }
  return { axes, trials: trials as number, runs }
}
