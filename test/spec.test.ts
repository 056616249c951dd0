/**
 * The spec a researcher writes is the experiment that runs: link overrides inherit what they do
 * not name, defaults inside faults are filled, the spec as run (spec.yaml) runs again unchanged,
 * and a mistake is named by its field with the allowed values.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parse, stringify } from 'yaml'
import { toFileForm, validateSpec } from '../src/harness/spec.ts'
import { makePlan } from '../src/harness/plan.ts'

const twoGroups = { count: 4, groups: [{ name: 'east', count: 2 }, { name: 'west', count: 2 }] }
/** spec.yaml as `experiment run` writes it, read back */
const asRun = (spec: unknown): any => parse(stringify(toFileForm(validateSpec(spec))))

describe('link overrides inherit from links.default', () => {
  it('an override naming only delayMs keeps the default jitter and loss, in the plan and in spec.yaml', () => {
    const spec = { nodes: twoGroups, links: { default: { delayMs: 10, jitterMs: 2, lossPct: 1 }, groups: [{ from: 'east', to: 'west', delayMs: 100 }] } }
    const plan = makePlan(validateSpec(spec))
    // node 0 is east, node 2 west
    assert.deepEqual([plan.links.delayMs[0][2], plan.links.jitterMs[0][2], plan.links.lossPct[0][2]], [100, 2, 1])
    assert.deepEqual([plan.links.delayMs[2][0], plan.links.jitterMs[2][0], plan.links.lossPct[2][0]], [100, 2, 1])
    assert.deepEqual([plan.links.delayMs[0][1], plan.links.jitterMs[0][1], plan.links.lossPct[0][1]], [10, 2, 1], 'inside a group: the default')
    assert.deepEqual(asRun(spec).links.groups, [{ from: 'east', to: 'west', delayMs: 100, jitterMs: 2, lossPct: 1 }])
  })

  it('the example of docs/experiments.md: default 25/5/1 %, override { from: a, to: b, delayMs: 60 }', () => {
    const spec = { nodes: { count: 4, groups: [{ name: 'a', count: 2 }, { name: 'b', count: 2 }] }, links: { default: { delayMs: 25, jitterMs: 5, lossPct: 1 }, groups: [{ from: 'a', to: 'b', delayMs: 60 }] } }
    assert.deepEqual(asRun(spec).links.groups[0], { from: 'a', to: 'b', delayMs: 60, jitterMs: 5, lossPct: 1 })
  })

  it('an override that names a field keeps its own value, also 0', () => {
    const spec = { nodes: twoGroups, links: { default: { delayMs: 10, jitterMs: 2, lossPct: 1 }, groups: [{ from: 'west', to: 'east', jitterMs: 0, lossPct: 5 }] } }
    const plan = makePlan(validateSpec(spec))
    assert.deepEqual([plan.links.delayMs[0][3], plan.links.jitterMs[0][3], plan.links.lossPct[0][3]], [10, 0, 5])
  })

  it('with a region preset, an override without delayMs keeps the preset\'s delay and inherits jitter and loss', () => {
    const spec = { nodes: { count: 40, regions: 'gossipsub-interop' }, links: { default: { jitterMs: 3, lossPct: 1 }, groups: [{ from: 'europe', to: 'na_east', lossPct: 2 }] } }
    const full = validateSpec(spec)
    const plan = makePlan(full)
    const eu = plan.nodes.find(n => n.group === 'europe')!.index
    const na = plan.nodes.find(n => n.group === 'na_east')!.index
    assert.deepEqual([plan.links.delayMs[eu][na], plan.links.jitterMs[eu][na], plan.links.lossPct[eu][na]], [70, 3, 2])
    assert.deepEqual(full.links.groups[0], { from: 'europe', to: 'na_east', lossPct: 2, jitterMs: 3 })
  })
})

describe('every default the schema fills', () => {
  it('a churn fault without downS goes down for 5 s (the documented default), not forever', () => {
    const spec = validateSpec({ nodes: { count: 6 }, faults: [{ at: 1, kind: 'churn', perMinute: 6, durationS: 20 }] })
    assert.deepEqual(spec.faults[0], { kind: 'churn', atS: 1, perMinute: 6, durationS: 20, downS: 5 })
    const faults = makePlan(spec).faults
    assert.ok(faults.length > 0)
    for (const f of faults) assert.ok(Number.isFinite(f.atMs), `${f.kind} at ${f.atMs}`)
    const [kill, restart] = faults
    assert.equal(restart.atMs - kill.atMs, 5000)
  })

  const specs: Array<[string, unknown]> = [
    ['a bare spec', { nodes: { count: 3 } }],
    ['groups, overrides and every fault kind', {
      name: 'full',
      nodes: twoGroups,
      links: { default: { delayMs: 10, jitterMs: 2, lossPct: 1 }, groups: [{ from: 'east', to: 'west', delayMs: 100 }] },
      faults: [
        { at: 1, kind: 'kill', nodes: [1] }, { at: 2, kind: 'restart', nodes: [1] },
        { at: 3, kind: 'freeze', nodes: [2], durationS: 1 }, { at: 4, kind: 'partition', groups: [['east'], ['west']], durationS: 2 },
        { at: 5, kind: 'churn', perMinute: 6, durationS: 10 }
      ]
    }],
    ['a region preset', { nodes: { count: 20, regions: 'gossipsub-interop' }, links: { groups: [{ from: 'europe', to: 'na_west', jitterMs: 4 }] } }]
  ]
  for (const [what, spec] of specs) {
    it(`spec.yaml as run is a valid spec that runs the same experiment: ${what}`, () => {
      const once = validateSpec(spec)
      assert.deepEqual(validateSpec(asRun(spec)), once)
    })
  }
})

describe('spec errors name the field and what it allows', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['a typo in a fault\'s kind', { nodes: { count: 3 }, faults: [{ at: 1, kind: 'kil', nodes: [1] }] }, /^faults\[0\]\.kind: must be one of "kill", "restart", "freeze", "partition", "churn" \(got "kil"\)$/],
    ['a fault without a kind', { nodes: { count: 3 }, faults: [{ at: 1, nodes: [1] }] }, /^faults\[0\]\.kind: required$/],
    ['a freeze without its duration', { nodes: { count: 3 }, faults: [{ at: 1, kind: 'freeze', nodes: [1] }] }, /^faults\[0\]\.durationS: required$/],
    ['a field another kind has', { nodes: { count: 3 }, faults: [{ at: 1, kind: 'kill', nodes: [1], durationS: 2 }] }, /^faults\[0\]\.durationS: unknown field$/],
    ['a partition on the local runner', { runner: 'local', nodes: twoGroups, faults: [{ at: 1, kind: 'partition', groups: [['east'], ['west']], durationS: 2 }] }, /^faults\[0\]: a partition needs runner: netns/]
  ]
  for (const [what, spec, message] of cases) {
    it(`refuses ${what}`, () => {
      assert.throws(() => validateSpec(spec), (err: Error) => { assert.equal(err.name, 'SpecError'); assert.match(err.message, message); return true })
    })
  }
})

describe('links.bandwidth: per-node rate caps', () => {
  it('a group\'s caps over the default\'s, per node in the plan; the netem script caps uplinks and downlinks', async () => {
    const spec = validateSpec({ nodes: twoGroups, links: { bandwidth: { default: { uplinkMbps: 50, downlinkMbps: 100 }, groups: { west: { uplinkMbps: 1024 } } } } })
    const plan = makePlan(spec)
    assert.deepEqual(plan.bandwidth, [{ uplinkMbps: 50, downlinkMbps: 100 }, { uplinkMbps: 50, downlinkMbps: 100 }, { uplinkMbps: 1024, downlinkMbps: 100 }, { uplinkMbps: 1024, downlinkMbps: 100 }])
    const { netemScript } = await import('../src/harness/runner/network.ts')
    const script = netemScript(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'], plan)
    assert.match(script, /htb rate 50mbit/)
    assert.match(script, /htb rate 1024mbit/)
    assert.match(script, /tc qdisc add dev ifb-eth0 root tbf rate 100mbit/)
  })

  it('the gossipsub-interop classes: supernodes and full nodes drawn by 20/80 with a stream of their own', () => {
    const base = { nodes: { count: 400 }, links: { bandwidth: { classes: 'gossipsub-interop' } } }
    const plan = makePlan(validateSpec(base))
    const supernodes = plan.bandwidth.filter(b => b.uplinkMbps === 1024 && b.downlinkMbps === 1024).length
    assert.equal(plan.bandwidth.filter(b => b.uplinkMbps === 50 && b.downlinkMbps === 50).length, 400 - supernodes)
    assert.ok(Math.abs(supernodes / 400 - 0.2) < 0.06, `supernodes ${supernodes}`)
    assert.deepEqual(plan.classes?.slice(0, 2).every(c => c === 'supernode' || c === 'fullnode'), true)
    // the classes do not disturb the seed's other draws
    assert.deepEqual(plan.publishes, makePlan(validateSpec({ nodes: { count: 400 } })).publishes)
  })

  for (const [what, links, extra, message] of [
    ['caps with the local runner', { bandwidth: { default: { uplinkMbps: 5 } } }, { runner: 'local' }, /^links\.bandwidth: needs runner: netns/],
    ['caps shared by co-hosted nodes', { bandwidth: { default: { uplinkMbps: 5 } } }, { nodes: { ...twoGroups, perProcess: 2 } }, /^links\.bandwidth: needs nodes\.perProcess: 1/],
    ['a zero rate', { bandwidth: { default: { uplinkMbps: 0 } } }, {}, /^links\.bandwidth\.default\.uplinkMbps: must be > 0$/],
    ['classes and a default together', { bandwidth: { classes: 'gossipsub-interop', default: { uplinkMbps: 5 } } }, {}, /^links\.bandwidth\.classes: give either classes or default\/groups/],
    ['caps for a group that does not exist', { bandwidth: { groups: { north: { uplinkMbps: 5 } } } }, {}, /^links\.bandwidth\.groups\.north: no group named "north"$/]
  ] as Array<[string, unknown, Record<string, unknown>, RegExp]>) {
    it(`refuses ${what}, naming the field`, () => {
      assert.throws(() => validateSpec({ nodes: twoGroups, links, ...extra }), (err: any) => err.name === 'SpecError' && message.test(err.message))
    })
  }
})
