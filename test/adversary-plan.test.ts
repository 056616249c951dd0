/**
 * The spec's adversaries in the plan: who plays which role, and whose target is whom. A target is
 * never drawn as an adversary; an eclipse without a target surrounds an honest bystander (neither a
 * bootstrap node nor a publisher); a target that does not exist is refused naming the field.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { validateSpec } from '../src/harness/spec.ts'
import { makePlan } from '../src/harness/plan.ts'

describe('adversaries in the plan', () => {
  it('an eclipse without a target aims at an honest node that neither bootstraps nor publishes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const plan = makePlan(validateSpec({ seed, nodes: { count: 12 }, workload: { publishers: 4 }, adversaries: [{ role: 'eclipse', count: 3 }] }))
      const eclipses = plan.roles.flatMap(r => r?.role === 'eclipse' ? [r] : [])
      assert.equal(eclipses.length, 3)
      const target = eclipses[0].target
      assert.ok(eclipses.every(r => r.target === target), 'one target for the group')
      assert.equal(plan.roles[target], undefined, 'honest')
      assert.ok(!plan.nodes[target].bootstrap && !plan.publishers.includes(target), `seed ${seed}: node ${target} is a bystander`)
    }
  })

  it('a named target is never drawn as an adversary, whatever the seed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const plan = makePlan(validateSpec({ seed, nodes: { count: 8 }, workload: { publishers: 1 }, adversaries: [{ role: 'eclipse', count: 5, target: 3 }] }))
      assert.equal(plan.roles[3], undefined, `seed ${seed}`)
      assert.equal(plan.roles.filter(r => r?.role === 'eclipse' && r.target === 3).length, 5)
    }
  })

  it('refuses a target that does not exist, naming the field', () => {
    assert.throws(() => validateSpec({ nodes: { count: 6 }, workload: { publishers: 1 }, adversaries: [{ role: 'silent', count: 1 }, { role: 'eclipse', count: 2, target: 9 }] }),
      (err: Error) => err.name === 'SpecError' && /^adversaries\[1\]\.target: node 9 does not exist \(nodes\.count is 6\)$/.test(err.message))
  })
})
