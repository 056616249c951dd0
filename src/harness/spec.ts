/**
 * The experiment spec: a YAML or JSON document, validated up front against a JSON Schema (ajv)
 * with errors that name the field (`nodes.count: must be >= 2`), and completed with every default
 * so that the `spec.yaml` written into a run directory says exactly what ran.
 */
import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import AjvModule from 'ajv'
import type { ErrorObject } from 'ajv'
import { REGION_PRESETS, regionSizes } from './regions.ts'
import { ADVERSARIES_SCHEMA, BANDWIDTH_SCHEMA, checkAdversaries, checkBandwidth, checkLinkCaps, PROTOCOL_KNOBS_SCHEMA, resolveProtocol, SpecError } from './spec-knobs.ts'
import type { AdversarySpec, BandwidthSpec, ProtocolSpec } from './spec-knobs.ts'
import { layoutNodes } from './node-layout.ts'
import { checkWorkload, WORKLOAD_SCHEMA } from './workload.ts'
import type { WorkloadSpec } from './workload.ts'

export { SpecError, protocolOf, DEFAULT_PROTOCOL_KNOBS } from './spec-knobs.ts'
export type { AdversarySpec, BandwidthCap, BandwidthSpec, ProtocolKnobs, ProtocolSpec } from './spec-knobs.ts'
export type { PayloadSize, PublishPattern, WorkloadSpec } from './workload.ts'


export interface LinkShape {
  /** one-way delay, ms */
  delayMs: number
  /** each packet's delay is uniform in [delay - jitter, delay + jitter], ms */
  jitterMs: number
  /** loss, percent */
  lossPct: number
  /** a cap on each direction of the link, Mbit/s (an htb class per destination); absent: none */
  bandwidthMbps?: number
}

export type FaultSpec =
  | { kind: 'kill' | 'restart', atS: number, nodes: number[] }
  | { kind: 'freeze', atS: number, nodes: number[], durationS: number }
  | { kind: 'partition', atS: number, groups: string[][], durationS: number }
  | { kind: 'churn', atS: number, durationS: number, perMinute: number, downS: number }


export interface ExperimentSpec {
  name: string
  seed: number
  runner: 'netns' | 'local'
  transport: 'tcp' | 'quic'
  nodes: {
    count: number
    /** named groups whose sizes add up to `count`; or `regions` */
    groups: Array<{ name: string, count: number }>
    /** a region preset (nodes spread over its regions by weight; its latencies become the link delays); replaces `groups` */
    regions?: string
    /** nodes per OS process (and per network namespace in the netns runner) */
    perProcess: number
    /** between two node starts after the bootstrap nodes, ms */
    startIntervalMs: number
  }
  bootstrap: { count: number }
  links: {
    default: LinkShape
    /** overrides per group pair, symmetric */
    groups: Array<{ from: string, to: string } & Partial<LinkShape>>
    /** full per-pair one-way delay matrix, ms, [from][to]; overrides everything for delay */
    delayMatrixMs?: number[][]
    /** per-node link rates: every node's, per group, or drawn from a node-class preset */
    bandwidth?: BandwidthSpec
  }
  /** who publishes, when, and how large (src/harness/workload.ts) */
  workload: WorkloadSpec
  /** at: seconds after the workload starts */
  faults: FaultSpec[]
  /** `full`: libp2p's and gossipsub's own metrics too (costly at scale); default only p2p_chat_* */
  metrics: { enabled: boolean, scrapeIntervalS: number, full: boolean }
  node: { pingIntervalS: number, maxConnections?: number, extraArgs: string[] }
  /** every node's knobs (`default`), and per group those that differ; both complete once validated */
  protocol: ProtocolSpec
  /** adversaries among the nodes, drawn with the seed from the non-bootstrap nodes; never publishers */
  adversaries: AdversarySpec[]
}


const linkFields = {
  delayMs: { type: 'number', minimum: 0, maximum: 10_000 },
  jitterMs: { type: 'number', minimum: 0, maximum: 10_000 },
  lossPct: { type: 'number', minimum: 0, maximum: 100 },
  bandwidthMbps: { type: 'number', exclusiveMinimum: 0, maximum: 100_000 }
} as const

/** `links.default`: an unnamed field is 0 */
const defaultLink = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    delayMs: { ...linkFields.delayMs, default: 0 },
    jitterMs: { ...linkFields.jitterMs, default: 0 },
    lossPct: { ...linkFields.lossPct, default: 0 },
    bandwidthMbps: linkFields.bandwidthMbps
  }
} as const

/**
 * `links.groups[i]`: no schema defaults on purpose. A field it does not name inherits from
 * `links.default` (checkConsistency fills it), so a zero filled in here would silently replace
 * the default's jitter and loss.
 */
const linkOverride = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: { ...linkFields, from: { type: 'string' }, to: { type: 'string' } }
} as const

const nodeList = { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 1 } as const


/** The JSON Schema of a spec (docs/experiments.md documents it field by field). */
export const SPEC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['nodes'],
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$', default: 'experiment' },
    seed: { type: 'integer', minimum: 0, default: 1 },
    runner: { enum: ['netns', 'local'], default: 'netns' },
    transport: { enum: ['tcp', 'quic'], default: 'tcp' },
    nodes: {
      type: 'object',
      additionalProperties: false,
      required: ['count'],
      properties: {
        count: { type: 'integer', minimum: 2, maximum: 1000 },
        groups: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'count'],
            properties: { name: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,32}$' }, count: { type: 'integer', minimum: 1 } }
          }
        },
        regions: { enum: Object.keys(REGION_PRESETS) },
        perProcess: { type: 'integer', minimum: 1, maximum: 250, default: 1 },
        startIntervalMs: { type: 'number', minimum: 0, maximum: 10_000, default: 100 }
      }
    },
    bootstrap: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: { count: { type: 'integer', minimum: 1, maximum: 16, default: 1 } }
    },
    links: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        default: defaultLink,
        groups: { type: 'array', default: [], items: linkOverride },
        delayMatrixMs: { type: 'array', items: { type: 'array', items: { type: 'number', minimum: 0, maximum: 10_000 } } },
        bandwidth: BANDWIDTH_SCHEMA
      }
    },
    workload: WORKLOAD_SCHEMA,
    faults: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        required: ['kind'],
        // the branch is chosen by `kind` alone: errors then speak of that kind's own fields (a
        // typo in `kind` is named as such), and ajv applies defaults inside the chosen branch,
        // which it never does in a plain oneOf
        discriminator: { propertyName: 'kind' },
        oneOf: [
          { additionalProperties: false, required: ['at', 'nodes'], properties: { kind: { enum: ['kill', 'restart'] }, at: { type: 'number', minimum: 0 }, nodes: nodeList } },
          { additionalProperties: false, required: ['at', 'nodes', 'durationS'], properties: { kind: { const: 'freeze' }, at: { type: 'number', minimum: 0 }, nodes: nodeList, durationS: { type: 'number', exclusiveMinimum: 0 } } },
          { additionalProperties: false, required: ['at', 'groups', 'durationS'], properties: { kind: { const: 'partition' }, at: { type: 'number', minimum: 0 }, groups: { type: 'array', minItems: 2, items: { type: 'array', minItems: 1, items: { type: 'string' } } }, durationS: { type: 'number', exclusiveMinimum: 0 } } },
          { additionalProperties: false, required: ['at', 'durationS', 'perMinute'], properties: { kind: { const: 'churn' }, at: { type: 'number', minimum: 0 }, durationS: { type: 'number', exclusiveMinimum: 0 }, perMinute: { type: 'number', exclusiveMinimum: 0, maximum: 600 }, downS: { type: 'number', exclusiveMinimum: 0, default: 5 } } }
        ]
      }
    },
    metrics: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true },
        scrapeIntervalS: { type: 'number', minimum: 1, maximum: 60, default: 2 },
        full: { type: 'boolean', default: false }
      }
    },
    node: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        pingIntervalS: { type: 'number', minimum: 0, default: 0 },
        maxConnections: { type: 'integer', minimum: 2 },
        extraArgs: { type: 'array', items: { type: 'string' }, default: [] }
      }
    },
    adversaries: ADVERSARIES_SCHEMA,
    protocol: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        default: { ...PROTOCOL_KNOBS_SCHEMA, default: {} },
        groups: { type: 'object', default: {}, additionalProperties: PROTOCOL_KNOBS_SCHEMA }
      }
    }
  }
} as const

// ajv is CommonJS; its default export is the class
const Ajv = AjvModule as unknown as typeof AjvModule.default
const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false, discriminator: true })
const validateSchema = ajv.compile(SPEC_SCHEMA)

function fieldOf (err: ErrorObject): string {
  const path = err.instancePath.replace(/^\//, '').replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.')
  const extra = err.keyword === 'additionalProperties' ? `${path === '' ? '' : '.'}${String(err.params.additionalProperty)}` : ''
  return (path + extra) || '(spec)'
}

const FAULT_KINDS = ['kill', 'restart', 'freeze', 'partition', 'churn']
const ADVERSARY_ROLES = ['silent', 'censor', 'spammer']

function describeError (err: ErrorObject): string {
  const oneOf = (values: unknown[]): string => `must be one of ${values.map(v => JSON.stringify(v)).join(', ')}`
  const field = fieldOf(err)
  const within = field === '(spec)' ? '' : `${field}.`
  if (err.keyword === 'additionalProperties') return `${field}: unknown field`
  if (err.keyword === 'enum') return `${field}: ${oneOf(err.params.allowedValues as unknown[])}`
  if (err.keyword === 'required') return `${within}${String(err.params.missingProperty)}: required`
  // a field of two types (workload.payloadBytes: a size or a list of sizes)
  if (err.keyword === 'type') return `${field}: must be ${String(err.params.type).split(',').join(' or ')}`
  if (err.keyword === 'discriminator') {
    // faults[] are discriminated by kind, adversaries[] by role
    const got = err.params.tagValue === undefined ? '' : ` (got ${JSON.stringify(err.params.tagValue)})`
    return `${within}${String(err.params.tag)}: ${oneOf(err.params.tag === 'role' ? ADVERSARY_ROLES : FAULT_KINDS)}${got}`
  }
  return `${field}: ${err.message ?? 'invalid'}`
}

/** Validates a parsed spec, fills in the defaults, and checks what a schema cannot say. */
export function validateSpec (input: unknown): ExperimentSpec {
  const spec = structuredClone(input)
  if (!validateSchema(spec)) {
    const errors = validateSchema.errors ?? []
    // a failed `oneOf` drags along every branch's complaints: report the fault's own field first
    // (a missing `kind` is already named by `required`)
    // (an if/then/else, workload.pattern, adds "must match then/else" to the branch's own complaint)
    const specific = errors.filter(e => e.keyword !== 'oneOf' && e.keyword !== 'if' && !(errors.length > 1 && e.keyword === 'const') && !(e.keyword === 'discriminator' && e.params.tagValue === undefined))
    const shown = (specific.length > 0 ? specific : errors).slice(0, 3).map(describeError)
    throw new SpecError([...new Set(shown)].join('; '))
  }
  return checkConsistency(fromFileForm(spec as ExperimentSpec))
}

function checkConsistency (spec: ExperimentSpec): ExperimentSpec {
  const fail = (msg: string): never => { throw new SpecError(msg) }
  const { nodes } = spec
  if (nodes.regions != null && nodes.groups != null) fail('nodes.regions: give either groups or regions, not both')
  if (nodes.regions != null) {
    const preset = REGION_PRESETS[nodes.regions]
    const sizes = regionSizes(preset, nodes.count)
    nodes.groups = preset.regions.map((name, i) => ({ name, count: sizes[i] })).filter(g => g.count > 0)
  }
  nodes.groups ??= [{ name: 'all', count: nodes.count }]
  const total = nodes.groups.reduce((sum, g) => sum + g.count, 0)
  if (total !== nodes.count) fail(`nodes.groups: the group sizes add up to ${total}, but nodes.count is ${nodes.count}`)
  const names = new Set(nodes.groups.map(g => g.name))
  if (names.size !== nodes.groups.length) fail('nodes.groups: group names must be unique')
  if (spec.bootstrap.count >= nodes.count) fail(`bootstrap.count: must be less than nodes.count (${nodes.count})`)
  checkWorkload(spec.workload, layoutNodes(nodes.groups, spec.bootstrap.count))
  spec.links.groups.forEach((g, i) => {
    for (const end of ['from', 'to'] as const) if (!names.has(g[end])) fail(`links.groups[${i}].${end}: no group named ${JSON.stringify(g[end])}`)
    // what an override does not name it inherits, and spec.yaml shows it; with a region preset
    // an unnamed delay stays the preset's per region pair, so it is left out
    if (nodes.regions == null) g.delayMs ??= spec.links.default.delayMs
    g.jitterMs ??= spec.links.default.jitterMs
    g.lossPct ??= spec.links.default.lossPct
    if (spec.links.default.bandwidthMbps != null) g.bandwidthMbps ??= spec.links.default.bandwidthMbps
  })
  const matrix = spec.links.delayMatrixMs
  if (matrix != null && (matrix.length !== nodes.count || matrix.some(row => row.length !== nodes.count))) {
    fail(`links.delayMatrixMs: must be ${nodes.count} x ${nodes.count} (nodes.count)`)
  }
  spec.protocol = resolveProtocol(spec.protocol, names)
  checkBandwidth(spec.links.bandwidth, names, spec.runner, spec.nodes.perProcess)
  checkLinkCaps(spec.links, spec.runner, spec.nodes.perProcess)
  checkAdversaries(spec.adversaries, nodes.count, nodes.count - spec.bootstrap.count, spec.workload.publishers)
  spec.faults.forEach((f, i) => {
    if (f.atS > spec.workload.durationS) fail(`faults[${i}].at: ${f.atS} s is after the workload ends (${spec.workload.durationS} s)`)
    if ('nodes' in f) {
      for (const n of f.nodes) if (n >= nodes.count) fail(`faults[${i}].nodes: node ${n} does not exist (nodes.count is ${nodes.count})`)
    }
    if (f.kind === 'partition') {
      if (spec.runner === 'local') fail(`faults[${i}]: a partition needs runner: netns (loopback has no links to cut)`)
      for (const set of f.groups) for (const g of set) if (!names.has(g)) fail(`faults[${i}].groups: no group named ${JSON.stringify(g)}`)
    }
  })
  return spec
}


export async function loadSpec (path: string): Promise<ExperimentSpec> {
  const raw = await loadSpecDocument(path)
  try {
    return validateSpec(raw)
  } catch (err: any) {
    if (err instanceof SpecError) throw new SpecError(`${path}: ${err.message}`)
    throw err
  }
}

/** The spec file as a mapping, not yet validated (a sweep is validated variant by variant). */
export async function loadSpecDocument (path: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err: any) {
    throw new SpecError(`${path}: cannot read the spec (${err.code ?? err.message})`)
  }
  let raw: unknown
  try {
    raw = parseYaml(text) // YAML is a superset of JSON
  } catch (err: any) {
    throw new SpecError(`${path}: not valid YAML or JSON: ${String(err.message).split('\n')[0]}`)
  }
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) throw new SpecError(`${path}: the spec must be a mapping (nodes:, links:, workload:, ...)`)
  return raw as Record<string, unknown>
}

/** Faults carry `at` in files; the typed spec calls it `atS`. */
function fromFileForm (spec: ExperimentSpec): ExperimentSpec {
  spec.faults = spec.faults.map((f: any) => {
    const { at, ...rest } = f
    return { ...rest, atS: at }
  })
  return spec
}

/** Back to the file form (for spec.yaml in the run directory). */
export function toFileForm (spec: ExperimentSpec): unknown {
  // a region preset's groups are derived from it; written out too, the file would name both
  // and could not be run again
  const nodes = spec.nodes.regions != null ? { ...spec.nodes, groups: undefined } : spec.nodes
  return { ...spec, nodes, faults: spec.faults.map(({ atS, ...rest }) => ({ at: atS, ...rest })) }
}
