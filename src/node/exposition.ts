/**
 * Renders a registry in the Prometheus text format, normalised so that `promtool check metrics`
 * has nothing to say. Some upstream metrics break Prometheus' naming rules (libp2p registers
 * gauges named `*_total` and times in milliseconds, prom-client's default `nodejs_active_*_total`
 * are gauges, gossipsub uses camelCase labels). Renaming them at exposition time keeps the
 * libraries untouched and the rules in one place:
 *
 * - a non-counter named `*_total` loses the suffix; a counter without it gains it;
 * - a non-histogram whose name then ends in `_bucket`, `_count` or `_sum` (suffixes Prometheus
 *   reserves for histograms), or collides with another family, gets `_all` appended;
 * - `*_milliseconds` becomes `*_seconds`, values (and histogram `le` bounds) divided by 1000;
 * - label names are turned into snake_case.
 */
import type { Registry } from 'prom-client'

interface Family { name: string, scale: number }

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)(\s+\S+)?$/
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g
const SUFFIXES = ['_bucket', '_sum', '_count', '']

function snake (name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}

function normalisedFamily (name: string, type: string, taken: Map<string, string>): Family {
  let out = name
  let scale = 1
  if (type !== 'counter' && out.endsWith('_total')) {
    out = out.slice(0, -'_total'.length)
    if (taken.has(out)) out = `${out}_all`
  }
  if (type !== 'histogram' && type !== 'summary' && /_(bucket|count|sum)$/.test(out)) out = `${out}_all`
  if (type === 'counter' && !out.endsWith('_total')) out = `${out}_total`
  const stem = out.endsWith('_total') ? out.slice(0, -'_total'.length) : out
  if (stem.endsWith('_milliseconds')) {
    out = out.replace(/_milliseconds(_total)?$/, '_seconds$1')
    scale = 1 / 1000
  }
  return { name: out, scale }
}

function scaled (value: string, scale: number): string {
  if (scale === 1) return value
  const n = Number(value)
  return Number.isFinite(n) ? String(n * scale) : value
}

export function normaliseExposition (text: string): string {
  const types = new Map<string, string>()
  for (const line of text.split('\n')) {
    const m = /^# TYPE (\S+) (\S+)/.exec(line)
    if (m != null) types.set(m[1], m[2])
  }
  const families = new Map<string, Family>()
  for (const [name, type] of types) families.set(name, normalisedFamily(name, type, types))

  /** The family a sample belongs to, and the suffix it carries. */
  const familyOf = (sample: string): [string, string] | undefined => {
    for (const suffix of SUFFIXES) {
      if (sample.endsWith(suffix) && families.has(sample.slice(0, sample.length - suffix.length))) {
        return [sample.slice(0, sample.length - suffix.length), suffix]
      }
    }
    return undefined
  }

  return text.split('\n').map(line => {
    const meta = /^# (HELP|TYPE) (\S+)(.*)$/.exec(line)
    if (meta != null) return `# ${meta[1]} ${families.get(meta[2])?.name ?? meta[2]}${meta[3]}`
    const m = SAMPLE.exec(line)
    if (m == null) return line
    const [, sample, labels = '', value, timestamp = ''] = m
    const owner = familyOf(sample)
    if (owner == null) return line
    const [familyName, suffix] = owner
    const family = families.get(familyName)!
    const type = types.get(familyName)
    const scaleValue = suffix === '_sum' || (suffix === '' && type !== 'histogram' && type !== 'summary') || type === 'summary'
    const newLabels = labels.replace(LABEL, (_all, key: string, val: string) => {
      const v = key === 'le' && suffix === '_bucket' && family.scale !== 1 ? scaled(val, family.scale) : val
      return `${snake(key)}="${v}"`
    })
    const newValue = scaleValue && suffix !== '_count' ? scaled(value, family.scale) : value
    return `${family.name}${suffix}${newLabels} ${newValue}${timestamp}`
  }).join('\n')
}

export async function renderMetrics (registry: Registry): Promise<string> {
  return normaliseExposition(await registry.metrics())
}
