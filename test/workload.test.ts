/**
 * The spec's workload: sizes drawn by weight, publishers per group, bursts, each checked up front
 * with the field named; the plan draws them from the seed and leaves a spec of one size and a
 * constant rate exactly as it was planned before; the nodes' text limit follows the workload.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parse, stringify } from 'yaml'
import { toFileForm, validateSpec } from '../src/harness/spec.ts'
import { makePlan, seededRandom } from '../src/harness/plan.ts'
import { maxTextBytesOf, patternText, sizesText } from '../src/harness/workload.ts'
import { checkOutgoingText } from '../src/node/chat-payload.ts'
import { DEFAULT_MAX_RPC_BYTES, maxRpcBytesFor, validationLimits } from '../src/node/options.ts'
import { parseHostArgs } from '../src/cli/host.ts'
import { parseRunArgs } from '../src/cli/args.ts'
import { TraceIndexer } from '../src/harness/analysis/traces.ts'

const threeGroups = { count: 16, groups: [{ name: 'a', count: 6 }, { name: 'b', count: 6 }, { name: 'c', count: 4 }] }
const refuses = (spec: unknown, message: RegExp): void => {
  assert.throws(() => validateSpec(spec), (err: Error) => { assert.equal(err.name, 'SpecError'); assert.match(err.message, message); return true })
}

describe('workload fields are checked up front, naming the field', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['a size above 64 KiB', { payloadBytes: 65537 }, /^workload\.payloadBytes: must be <= 65536$/],
    ['a size that is neither a number nor a list', { payloadBytes: '1k' }, /^workload\.payloadBytes: must be integer or array$/],
    ['an empty list of sizes', { payloadBytes: [] }, /^workload\.payloadBytes: must NOT have fewer than 1 items$/],
    ['a weight of 0', { payloadBytes: [{ bytes: 64, weight: 0 }] }, /^workload\.payloadBytes\[0\]\.weight: must be > 0$/],
    ['a listed size above 64 KiB', { payloadBytes: [{ bytes: 64 }, { bytes: 70000 }] }, /^workload\.payloadBytes\[1\]\.bytes: must be <= 65536$/],
    ['a size listed twice', { payloadBytes: [{ bytes: 64 }, { bytes: 64, weight: 2 }] }, /^workload\.payloadBytes\[1\]\.bytes: 64 is listed twice$/],
    ['a size entry without bytes', { payloadBytes: [{ weight: 2 }] }, /^workload\.payloadBytes\[0\]\.bytes: required$/],
    ['an unknown pattern', { pattern: 'poisson' }, /^workload\.pattern: must be one of "constant", "bursts"$/],
    ['bursts without their shape', { pattern: 'bursts' }, /^workload\.pattern: bursts need their shape/],
    ['bursts without a size', { pattern: { kind: 'bursts', everyS: 5 } }, /^workload\.pattern\.size: required$/],
    ['a burst every 0 s', { pattern: { kind: 'bursts', everyS: 0, size: 3 } }, /^workload\.pattern\.everyS: must be > 0$/],
    ['an unknown field of bursts', { pattern: { kind: 'bursts', everyS: 5, size: 3, jitterMs: 4 } }, /^workload\.pattern\.jitterMs: unknown field$/],
    ['bursts that overlap', { pattern: { kind: 'bursts', everyS: 1, size: 11, spacingMs: 100 } }, /^workload\.pattern\.spacingMs: a burst of 11 messages 100 ms apart lasts 1000 ms, not less than everyS \(1 s\)/],
    ['a rate that disagrees with the bursts', { ratePerS: 2, pattern: { kind: 'bursts', everyS: 5, size: 5 } }, /^workload\.ratePerS: 2 disagrees with the bursts' mean rate \(size \/ everyS = 1\)/],
    ['publishers of a group that does not exist', { publishersByGroup: { d: 1 } }, /^workload\.publishersByGroup\.d: no group named "d"$/],
    ['more publishers than a group has non-bootstrap nodes', { publishersByGroup: { a: 6 } }, /^workload\.publishersByGroup\.a: 6 publishers, but group a has 5 non-bootstrap nodes$/],
    ['a negative count', { publishersByGroup: { b: -1 } }, /^workload\.publishersByGroup\.b: must be >= 0$/],
    ['publishers by group that name none', { publishersByGroup: { a: 0 } }, /^workload\.publishersByGroup: names no publisher/],
    ['publishers that disagree with publishersByGroup', { publishers: 4, publishersByGroup: { a: 2, c: 1 } }, /^workload\.publishers: 4 disagrees with workload\.publishersByGroup \(3 in all\)/]
  ]
  for (const [what, workload, message] of cases) {
    it(`refuses ${what}`, () => { refuses({ nodes: threeGroups, workload }, message) })
  }

  it('counts a group\'s bootstrap nodes out: with 4 bootstrap nodes group a has two', () => {
    refuses({ nodes: threeGroups, bootstrap: { count: 4 }, workload: { publishersByGroup: { a: 5 } } }, /^workload\.publishersByGroup\.a: 5 publishers, but group a has 4 non-bootstrap nodes$/)
  })

  it('publishers by group and adversaries must fit into the non-bootstrap nodes together', () => {
    refuses({ nodes: threeGroups, workload: { publishersByGroup: { a: 5, b: 5 } }, adversaries: [{ role: 'silent', count: 6 }] }, /^adversaries: 6 adversaries and 10 publishers need 16 non-bootstrap nodes, there are 15$/)
  })

  it('fills the defaults: one size, constant rate, 2 msg/s; publishers from the groups; bursts their own mean rate', () => {
    const plain = validateSpec({ nodes: threeGroups }).workload
    assert.deepEqual([plain.payloadBytes, plain.pattern, plain.ratePerS, plain.publishers, plain.publishersByGroup], [64, 'constant', 2, 10, undefined])
    const full = validateSpec({ nodes: threeGroups, workload: { payloadBytes: [{ bytes: 1024, weight: 3 }, { bytes: 16384 }], publishersByGroup: { a: 2, c: 1 }, pattern: { kind: 'bursts', everyS: 4, size: 6 } } }).workload
    assert.deepEqual(full.payloadBytes, [{ bytes: 1024, weight: 3 }, { bytes: 16384, weight: 1 }])
    assert.deepEqual(full.pattern, { kind: 'bursts', everyS: 4, size: 6, spacingMs: 0 })
    assert.equal(full.ratePerS, 1.5)
    assert.equal(full.publishers, 3)
  })

  it('spec.yaml as run shows the new fields and is a valid spec that runs the same experiment', () => {
    const spec = { nodes: threeGroups, workload: { payloadBytes: [{ bytes: 512, weight: 1.5 }, { bytes: 65536 }], publishersByGroup: { b: 2 }, pattern: { kind: 'bursts', everyS: 3, size: 4, spacingMs: 50 } } }
    const once = validateSpec(spec)
    const asRun = parse(stringify(toFileForm(once)))
    assert.deepEqual(asRun.workload.payloadBytes, [{ bytes: 512, weight: 1.5 }, { bytes: 65536, weight: 1 }])
    assert.deepEqual(asRun.workload.pattern, { kind: 'bursts', everyS: 3, size: 4, spacingMs: 50 })
    assert.deepEqual([asRun.workload.publishersByGroup, asRun.workload.publishers, asRun.workload.ratePerS], [{ b: 2 }, 2, 4 / 3])
    assert.deepEqual(validateSpec(asRun), once)
    assert.deepEqual(makePlan(validateSpec(asRun)), makePlan(once))
  })

  it('a sweep can still vary the one size (the field takes a number as before)', () => {
    assert.equal(validateSpec({ nodes: { count: 3 }, workload: { payloadBytes: 16384 } }).workload.payloadBytes, 16384)
  })
})

/** The publishes of a one-group spec without adversaries as plan.ts drew them before workloads had sizes, patterns and groups. */
function publishesTheOldWay (seed: number, count: number, publishers: number, ratePerS: number, durationS: number): Array<{ atMs: number, node: number }> {
  const random = seededRandom(seed)
  const pool = Array.from({ length: count - 1 }, (_, i) => i + 1) // node 0 is the bootstrap node
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]]
  }
  const chosen = pool.slice(0, publishers).sort((a, b) => a - b)
  const out = []
  for (let t = 0; t < durationS * 1000; t += 1000 / ratePerS) out.push({ atMs: Math.round(t), node: chosen[Math.floor(random() * chosen.length)] })
  return out
}

describe('the plan draws the workload from the seed', () => {
  it('a spec of one size at a constant rate plans the publishes it planned before', () => {
    for (const [seed, count, publishers, ratePerS, durationS, bytes] of [[1, 20, 10, 2, 60, 64], [7, 40, 13, 3.3, 100, 2048], [42, 5, 4, 7, 9, 16384]]) {
      const plan = makePlan(validateSpec({ seed, nodes: { count }, workload: { publishers, ratePerS, durationS, payloadBytes: bytes } }))
      assert.deepEqual(plan.publishes.map(({ atMs, node }) => ({ atMs, node })), publishesTheOldWay(seed, count, publishers, ratePerS, durationS))
      assert.ok(plan.publishes.every(p => p.bytes === bytes))
    }
    // and as recorded from the code before this change (seed 3, 6 nodes, 3 publishers, 3/s for 2 s)
    const plan = makePlan(validateSpec({ seed: 3, nodes: { count: 6 }, workload: { publishers: 3, ratePerS: 3, durationS: 2 } }))
    assert.deepEqual(plan.publishers, [2, 3, 5])
    assert.deepEqual(plan.publishes.map(p => [p.atMs, p.node]), [[0, 5], [333, 3], [667, 3], [1000, 2], [1333, 2], [1667, 3], [2000, 2]])
  })

  it('sizes follow their weights, the same for a seed, from a stream of their own', () => {
    const workload = { ratePerS: 10, durationS: 1000, payloadBytes: [{ bytes: 100, weight: 1 }, { bytes: 1000, weight: 2 }, { bytes: 10000, weight: 7 }] }
    const plan = makePlan(validateSpec({ nodes: { count: 10 }, workload }))
    assert.equal(plan.publishes.length, 10_000)
    for (const [bytes, share] of [[100, 0.1], [1000, 0.2], [10000, 0.7]]) {
      const got = plan.publishes.filter(p => p.bytes === bytes).length / plan.publishes.length
      assert.ok(Math.abs(got - share) < 0.02, `${bytes} B: ${got} of the messages, weight says ${share}`)
    }
    assert.deepEqual(makePlan(validateSpec({ nodes: { count: 10 }, workload })).publishes, plan.publishes, 'the same seed draws the same sizes')
    const other = makePlan(validateSpec({ seed: 2, nodes: { count: 10 }, workload }))
    assert.notDeepEqual(other.publishes.map(p => p.bytes), plan.publishes.map(p => p.bytes), 'another seed draws others')
    // the sizes leave every other draw of the seed alone: publishers, times and nodes as with one size
    const oneSize = makePlan(validateSpec({ nodes: { count: 10 }, workload: { ...workload, payloadBytes: 100 } }))
    assert.deepEqual(plan.publishes.map(({ atMs, node }) => ({ atMs, node })), oneSize.publishes.map(({ atMs, node }) => ({ atMs, node })))
  })

  it('publishers by group come from their groups, never a bootstrap node, never an adversary', () => {
    const spec = { nodes: threeGroups, bootstrap: { count: 3 }, workload: { publishersByGroup: { a: 3, c: 2 } }, adversaries: [{ role: 'silent', count: 6 }] }
    for (const seed of [1, 2, 3, 4, 5]) {
      const plan = makePlan(validateSpec({ ...spec, seed }))
      const groupOf = (i: number): string => plan.nodes[i].group
      assert.deepEqual(plan.publishers.map(groupOf).sort(), ['a', 'a', 'a', 'c', 'c'], `seed ${seed}`)
      for (const p of plan.publishers) {
        assert.equal(plan.nodes[p].bootstrap, false)
        assert.equal(plan.roles[p], undefined)
      }
      assert.equal(plan.roles.filter(r => r !== undefined).length, 6)
      assert.ok(plan.publishes.every(p => plan.publishers.includes(p.node)))
      assert.deepEqual(makePlan(validateSpec({ ...spec, seed })).publishers, plan.publishers, 'the same for a seed')
    }
    // group c has 3 non-bootstrap nodes (node 12 is its bootstrap node): all of them publish
    const all = makePlan(validateSpec({ nodes: threeGroups, bootstrap: { count: 3 }, workload: { publishersByGroup: { c: 3 } } }))
    assert.deepEqual(all.publishers, [13, 14, 15])
  })

  it('bursts: size messages spacingMs apart every everyS, none after the workload ends', () => {
    const timesOf = (workload: object): number[] => makePlan(validateSpec({ nodes: { count: 4 }, workload })).publishes.map(p => p.atMs)
    assert.deepEqual(timesOf({ durationS: 5, pattern: { kind: 'bursts', everyS: 2, size: 3, spacingMs: 100 } }), [0, 100, 200, 2000, 2100, 2200, 4000, 4100, 4200])
    assert.deepEqual(timesOf({ durationS: 4.15, pattern: { kind: 'bursts', everyS: 2, size: 3, spacingMs: 100 } }), [0, 100, 200, 2000, 2100, 2200, 4000, 4100])
    assert.deepEqual(timesOf({ durationS: 3, pattern: { kind: 'bursts', everyS: 1.5, size: 2 } }), [0, 0, 1500, 1500], 'back to back: one instant')
    // the mean rate is the bursts': 10 every 5 s over 60 s is 120 messages, as 2 msg/s
    assert.equal(timesOf({ pattern: { kind: 'bursts', everyS: 5, size: 10 } }).length, timesOf({ ratePerS: 2 }).length)
  })
})

describe('the nodes\' text limit follows the workload', () => {
  it('a run raises every node\'s text limit to its largest message, never below the room\'s default', () => {
    assert.equal(maxTextBytesOf(validateSpec({ nodes: { count: 3 } }).workload), 2048)
    assert.equal(maxTextBytesOf(validateSpec({ nodes: { count: 3 }, workload: { payloadBytes: 16384 } }).workload), 16384)
    assert.equal(maxTextBytesOf(validateSpec({ nodes: { count: 3 }, workload: { payloadBytes: [{ bytes: 100 }, { bytes: 65536, weight: 0.1 }] } }).workload), 65536)
  })

  it('a 16 KiB text needs the raised limit; the gossipsub frame limit grows with it past 1 MiB; 64 KiB is the most', () => {
    const text = 'x'.repeat(16384)
    assert.match(checkOutgoingText(text, validationLimits()) ?? '', /message is 16384 bytes; the room allows 2048/)
    assert.equal(checkOutgoingText(text, validationLimits({ maxTextBytes: 16384 })), undefined)
    assert.equal(maxRpcBytesFor(2048), DEFAULT_MAX_RPC_BYTES, 'the default room keeps its 1 MiB frames')
    assert.ok(maxRpcBytesFor(65536) >= 64 * 65536, 'an IWANT answer of 64 messages of 64 KiB fits')
    assert.throws(() => validationLimits({ maxTextBytes: 65537 }), /^InvalidConfigError: validation\.maxTextBytes: expected a whole number of bytes from 1 to 65536, got 65537$/)
  })

  it('reaches the node from the host\'s --config (the runner\'s way) or --max-text-bytes (which wins), and run\'s flag', () => {
    const host = (argv: string[]): any => parseHostArgs(argv)
    assert.equal(host([]).defaults.validation, undefined)
    assert.deepEqual(host(['--config', '{"maxTextBytes":16384}']).defaults.validation, { maxTextBytes: 16384 })
    assert.deepEqual(host(['--config', '{"maxTextBytes":16384}', '--max-text-bytes', '4096']).defaults.validation, { maxTextBytes: 4096 })
    assert.throws(() => host(['--config', '{"maxTextBytes":100000}']), /^UsageError: --config: "maxTextBytes": expected a whole number of bytes from 1 to 65536, got 100000$/)
    assert.throws(() => host(['--max-text-bytes', '0']), /^UsageError: --max-text-bytes "0": expected a whole number of bytes from 1 to 65536$/)
    assert.equal((parseRunArgs(['--max-text-bytes', '65536']) as any).maxTextBytes, 65536)
  })
})

describe('the run directory says the workload', () => {
  it('a message\'s bytes (messages.csv) are its text\'s UTF-8 length: the publisher\'s, else a receiver\'s; none from a trace without text', () => {
    const indexer = new TraceIndexer({ nodes: [{ index: 0, peerId: 'P0' }, { index: 1, peerId: 'P1' }], links: {}, faults: [] } as any)
    const line = (o: object): string => JSON.stringify({ v: 1, ts: 1, ...o })
    assert.ok(indexer.addLine(line({ event: 'published', node: 'P0', id: 'm1', text: 'h\u00e9llo', sentAtMs: 1, publishedAtMs: 1 })))
    assert.ok(indexer.addLine(line({ event: 'message', node: 'P1', id: 'm2', from: 'P0', text: 'x'.repeat(300), receivedAtMs: 2 })))
    assert.ok(indexer.addLine(line({ event: 'published', node: 'P0', id: 'm3', sentAtMs: 1 })))
    const bytes = (id: string): number | undefined => indexer.index.messages.get(id)?.bytes
    assert.deepEqual([bytes('m1'), bytes('m2'), bytes('m3')], [6, 300, undefined])
  })

  it('sizes with their shares, and the pattern', () => {
    assert.equal(sizesText(64), '64 B')
    assert.equal(sizesText([{ bytes: 1024, weight: 4 }, { bytes: 16384, weight: 1 }]), '1 KiB 80 %, 16 KiB 20 % (drawn by weight)')
    assert.equal(patternText('constant'), 'constant rate')
    assert.equal(patternText({ kind: 'bursts', everyS: 5, size: 10, spacingMs: 0 }), 'bursts of 10 every 5 s, back to back')
    assert.equal(patternText({ kind: 'bursts', everyS: 5, size: 10, spacingMs: 20 }), 'bursts of 10 every 5 s, 20 ms apart')
  })
})
