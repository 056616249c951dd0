/**
 * A workload of 16 KiB and 64 KiB messages, in bursts, from one publisher per group, run end to end
 * on the local runner: every message reaches every other node (the runner raised each node's text
 * limit to the largest size), and the run directory says the sizes (messages.csv, spec.yaml,
 * report.md).
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { validateSpec } from '../src/harness/spec.ts'
import { makePlan } from '../src/harness/plan.ts'
import { runCli } from './helpers/cli.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-workload-'))
  cleanupTempDir(dir)
})
after(async () => { await rm(dir, { recursive: true, force: true }) })

/** A CSV of ours (no quoting) as records by column name. */
async function readRows (path: string): Promise<Array<Record<string, string>>> {
  const [header, ...lines] = (await readFile(path, 'utf8')).trim().split('\n')
  const cols = header.split(',')
  return lines.map(l => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])))
}

describe('a workload of large messages', () => {
  it('16 KiB and 64 KiB messages in bursts from one publisher per group reach every node; the run directory says their sizes', async () => {
    const spec = {
      name: 'large-messages',
      runner: 'local',
      nodes: { count: 4, groups: [{ name: 'a', count: 2 }, { name: 'b', count: 2 }] },
      workload: {
        payloadBytes: [{ bytes: 16384 }, { bytes: 65536 }],
        publishersByGroup: { a: 1, b: 1 },
        pattern: { kind: 'bursts', everyS: 1, size: 2 },
        durationS: 3,
        warmupS: 1,
        cooldownS: 2
      },
      metrics: { enabled: false }
    }
    // the seed's draws: 6 messages, both sizes among them
    const plan = makePlan(validateSpec(spec))
    const planned = plan.publishes.map(p => p.bytes).sort((a, b) => a - b)
    assert.deepEqual(planned, [16384, 16384, 16384, 16384, 16384, 65536])
    assert.deepEqual(plan.publishers.map(i => plan.nodes[i].group), ['a', 'b'])

    const path = join(dir, 'large.json')
    await writeFile(path, JSON.stringify(spec))
    const out = join(dir, 'run')
    const { code, stdout, stderr } = await runCli(['experiment', 'run', path, '--out', out], { timeoutMs: 180_000 })
    assert.equal(code, 0, stderr)
    assert.match(stdout, /delivery 100\.000 %/)

    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'))
    assert.equal(summary.messages.published, 6)
    assert.equal(summary.deliveryRatio.overall, 1)
    assert.equal(summary.deliveryRatio.expected, 6 * 3)

    const messages = await readRows(join(out, 'messages.csv'))
    assert.deepEqual(messages.map(m => Number(m.bytes)).sort((a, b) => a - b), planned, 'messages.csv: each message\'s text bytes')
    // deliveries.csv keeps its columns: its rows take a message's size by message_id
    const bytesOf = new Map(messages.map(m => [m.message_id, m.bytes]))
    const deliveries = await readRows(join(out, 'deliveries.csv'))
    assert.equal(deliveries.filter(d => bytesOf.get(d.message_id) === '65536').length, 3, 'the 64 KiB message at each of the 3 other nodes')
    assert.equal(deliveries.filter(d => bytesOf.get(d.message_id) === '16384').length, 15)

    const written = parseYaml(await readFile(join(out, 'spec.yaml'), 'utf8'))
    assert.deepEqual(written.workload.payloadBytes, [{ bytes: 16384, weight: 1 }, { bytes: 65536, weight: 1 }])
    assert.deepEqual(written.workload.pattern, { kind: 'bursts', everyS: 1, size: 2, spacingMs: 0 })
    assert.deepEqual([written.workload.publishersByGroup, written.workload.publishers, written.workload.ratePerS], [{ a: 1, b: 1 }, 2, 2])

    const report = await readFile(join(out, 'report.md'), 'utf8')
    assert.match(report, /\| workload \| 3 s at 2 msg\/s on average, in bursts of 2 every 1 s, back to back, from 2 publishers \(by group: a 1, b 1\) \|/)
    assert.match(report, /\| message size \(text\) \| 16 KiB 50 %, 64 KiB 50 % \(drawn by weight\) \|/)
  })
})
