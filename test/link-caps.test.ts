/**
 * Rate caps per link (`links.default.bandwidthMbps`, `links.groups[i].bandwidthMbps`): the spec's
 * value reaches the plan's matrix, an override inherits the default's cap as it inherits delay,
 * the netem script gives each capped destination a class of its own, and a spec the lab cannot
 * honour is refused naming the field. The lab's accuracy is measured in test/netns.test.ts.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { renderNetemCommands } from '../src/harness/netem.ts'
import { makePlan } from '../src/harness/plan.ts'
import { validateSpec } from '../src/harness/spec.ts'

const groups = { count: 4, perProcess: 1, groups: [{ name: 'home', count: 2 }, { name: 'dc', count: 2 }] }

describe('rate caps per link', () => {
  it('the default caps every link, a group override its pairs, both ways; nodes are not capped by themselves', () => {
    const spec = validateSpec({ nodes: groups, links: { default: { delayMs: 20, bandwidthMbps: 100 }, groups: [{ from: 'home', to: 'dc', bandwidthMbps: 5 }, { from: 'home', to: 'home', delayMs: 5 }] } })
    assert.equal(spec.links.groups[1].bandwidthMbps, 100, 'an override that does not name the cap inherits it')
    const { bandwidthMbps } = makePlan(spec).links
    assert.deepEqual(bandwidthMbps, [
      [0, 100, 5, 5],
      [100, 0, 5, 5],
      [5, 5, 0, 100],
      [5, 5, 100, 0]
    ])
  })

  it('no cap named, no cap anywhere', () => {
    assert.ok(makePlan(validateSpec({ nodes: groups })).links.bandwidthMbps.flat().every(v => v === 0))
  })

  for (const [what, extra, message] of [
    ['on the local runner', { runner: 'local' }, /^links\.default\.bandwidthMbps: needs runner: netns/],
    ['with nodes sharing a namespace', { nodes: { ...groups, perProcess: 2 } }, /^links\.default\.bandwidthMbps: needs nodes\.perProcess: 1/]
  ] as Array<[string, Record<string, unknown>, RegExp]>) {
    it(`refuses caps ${what}, naming the field`, () => {
      assert.throws(() => validateSpec({ nodes: groups, links: { default: { bandwidthMbps: 5 } }, ...extra }), (err: Error) => err.name === 'SpecError' && message.test(err.message))
    })
  }
  it('refuses a zero cap, naming the override', () => {
    assert.throws(() => validateSpec({ nodes: groups, links: { groups: [{ from: 'home', to: 'dc', bandwidthMbps: 0 }] } }), (err: Error) => /^links\.groups\[0\]\.bandwidthMbps: must be > 0/.test(err.message))
  })

  it('netem.sh: a capped destination gets a class of its own at its rate, under the node\'s uplink cap', () => {
    const plans = renderNetemCommands([{ address: '10.0.0.1', rateMbit: 50 }, { address: '10.0.0.2' }, { address: '10.0.0.3' }],
      { delayMs: [[0, 25, 25], [0, 0, 0], [0, 0, 0]], bandwidthMbps: [[0, 100, 10], [0, 0, 0], [0, 0, 0]] })
    assert.deepEqual(plans[0].commands.filter(c => /classid 1:1[0-9a-f]{2} /.test(c)), [
      'tc class add dev eth0 parent 1:1 classid 1:100 htb rate 50mbit ceil 50mbit',
      'tc class add dev eth0 parent 1:1 classid 1:101 htb rate 10mbit ceil 10mbit'
    ], 'the 100 Mbit/s link is held by the 50 Mbit/s uplink, the 10 Mbit/s one by its own cap')
    assert.ok(plans[0].commands.includes('tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.0.0.3/32 flowid 1:101'))
    assert.equal(plans[0].commands.filter(c => c.includes(' netem ')).length, 2, 'each still delayed')
  })
})
