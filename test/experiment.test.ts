/**
 * The experiment harness end to end: spec validation, the local runner (5 nodes), a small netns run
 * (8 nodes, loss, a kill and a partition) with clean teardown, teardown on SIGINT mid-run, and
 * collect/plot on an existing run directory.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { validateSpec } from '../src/harness/spec.ts'
import { PLOT_FILES } from '../src/harness/plots/index.ts'
import { runCli, MAIN } from './helpers/cli.ts'
import { cleanupTempDir, onCleanup } from './helpers/cleanup.ts'

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-experiment-'))
  cleanupTempDir(dir)
})
after(async () => { await rm(dir, { recursive: true, force: true }) })

const isRoot = process.getuid?.() === 0
const SLOW_VALIDATION_MS = 150
const namespaces = (): string[] => {
  try { return execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' }).split('\n').map(l => l.split(' ')[0]).filter(Boolean) } catch { return [] }
}
/** Running, not a zombie (in a container, PID 1 may never reap the orphans a kill leaves). */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function writeSpec (name: string, body: string): Promise<string> {
  const path = join(dir, `${name}.yaml`)
  await writeFile(path, body)
  return path
}

describe('spec validation', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['too few nodes', { nodes: { count: 1 } }, /^nodes\.count: must be >= 2$/],
    ['an unknown field', { nodes: { count: 3, colour: 'red' } }, /^nodes\.colour: unknown field$/],
    ['a bad runner', { runner: 'docker', nodes: { count: 3 } }, /^runner: must be one of "netns", "local"$/],
    ['groups that do not add up', { nodes: { count: 5, groups: [{ name: 'a', count: 2 }, { name: 'b', count: 2 }] } }, /^nodes\.groups: the group sizes add up to 4, but nodes\.count is 5$/],
    ['a link override naming no group', { nodes: { count: 3 }, links: { groups: [{ from: 'all', to: 'mars', delayMs: 5 }] } }, /^links\.groups\[0\]\.to: no group named "mars"$/],
    ['a fault on a node that does not exist', { nodes: { count: 3 }, faults: [{ at: 1, kind: 'kill', nodes: [7] }] }, /^faults\[0\]\.nodes: node 7 does not exist/],
    ['a fault after the workload', { nodes: { count: 3 }, workload: { durationS: 10 }, faults: [{ at: 11, kind: 'kill', nodes: [1] }] }, /^faults\[0\]\.at: 11 s is after the workload ends/],
    ['a freeze without a duration', { nodes: { count: 3 }, faults: [{ at: 1, kind: 'freeze', nodes: [1] }] }, /durationS/],
    ['a negative loss', { nodes: { count: 3 }, links: { default: { lossPct: -1 } } }, /^links\.default\.lossPct: must be >= 0$/],
    ['more publishers than nodes', { nodes: { count: 3 }, workload: { publishers: 4 } }, /^workload\.publishers: must be at most nodes\.count \(3\)$/],
    ['an unknown protocol knob', { nodes: { count: 3 }, protocol: { default: { Degree: 4 } } }, /^protocol\.default\.Degree: unknown field$/],
    ['mesh degrees gossipsub refuses', { nodes: { count: 3 }, protocol: { default: { D: 4, Dlo: 5 } } }, /^protocol\.default\.Dlo: 5 must be <= D \(4\)$/],
    ['a group\'s knobs that break with the default\'s', { nodes: { count: 3 }, protocol: { default: { Dhi: 8 }, groups: { all: { D: 9 } } } }, /^protocol\.groups\.all\.Dhi: 8 must be >= D \(9\)$/],
    ['knobs for a group that does not exist', { nodes: { count: 3 }, protocol: { groups: { b: { D: 4 } } } }, /^protocol\.groups\.b: no group named "b"$/],
    ['watermarks the wrong way round', { nodes: { count: 3 }, protocol: { default: { lowWater: 40, highWater: 30 } } }, /^protocol\.default\.lowWater: 40 must be <= highWater \(30\)$/]
  ]
  for (const [what, spec, message] of cases) {
    it(`refuses ${what}, naming the field`, () => {
      assert.throws(() => validateSpec(spec), (err: Error) => { assert.equal(err.name, 'SpecError'); assert.match(err.message, message); return true })
    })
  }

  it('fills every default and spreads a region preset by weight', () => {
    const spec = validateSpec({ nodes: { count: 67, regions: 'gossipsub-interop' } })
    assert.equal(spec.workload.ratePerS, 2)
    assert.equal(spec.links.default.lossPct, 0)
    assert.equal(spec.nodes.groups.reduce((a, g) => a + g.count, 0), 67)
    assert.equal(spec.nodes.groups.find(g => g.name === 'europe')?.count, Math.max(...spec.nodes.groups.map(g => g.count)))
  })

  it('fills every protocol knob: the default\'s from the node\'s defaults, a group\'s from the default and its own (degrees from its own D)', () => {
    const spec = validateSpec({ nodes: { count: 4, groups: [{ name: 'a', count: 2 }, { name: 'b', count: 2 }] }, protocol: { default: { D: 8, floodPublish: false }, groups: { b: { D: 4 } } } })
    const { default: d, groups } = spec.protocol
    assert.deepEqual([d.D, d.Dlo, d.Dhi, d.floodPublish, d.heartbeatIntervalMs, d.targetPeers], [8, 5, 16, false, 1000, 8])
    assert.deepEqual([groups.b.D, groups.b.Dlo, groups.b.Dhi, groups.b.floodPublish], [4, 3, 8, false])
    assert.equal(groups.a, undefined, 'a group without knobs runs the default')
  })

  it('the CLI exits 2 with one line naming the file and the field', async () => {
    const path = await writeSpec('bad', 'nodes:\n  count: 1\n')
    const { code, stderr } = await runCli(['experiment', 'run', path])
    assert.equal(code, 2)
    assert.match(stderr, new RegExp(`^p2p-chat: ${path.replace(/[.]/g, '\\.')}: nodes\\.count: must be >= 2`, 'm'))
    assert.equal(stderr.trim().split('\n').length, 1)
  })
})

async function runDirFiles (runDir: string): Promise<void> {
  for (const file of ['spec.yaml', 'manifest.json', 'topology.json', 'deliveries.csv', 'messages.csv', 'summary.json', 'machine.csv', 'report.md', 'metrics.csv']) {
    assert.ok(existsSync(join(runDir, file)), `${file} in the run directory`)
  }
  const plots = await readdir(join(runDir, 'plots'))
  assert.ok(existsSync(join(runDir, 'report.html')), 'report.html in the run directory')
  for (const plot of PLOT_FILES) {
    assert.ok(plots.includes(plot), `plots/${plot}`)
    assert.ok((await stat(join(runDir, 'plots', plot))).size > 5_000)
  }
  const metricRows = (await readFile(join(runDir, 'metrics.csv'), 'utf8')).split('\n').filter(l => l.includes(',p2p_chat_connected_peers,'))
  assert.ok(metricRows.length > 0, 'Prometheus scraped the nodes')
}

describe('local runner', () => {
  it('runs 5 loopback nodes, delivers every message, writes the whole run directory, and leaves no process; a group\'s protocol knob reaches its nodes', async () => {
    const spec = await writeSpec('local', [
      'name: local5',
      'runner: local',
      'nodes: { count: 5, groups: [{ name: fast, count: 3 }, { name: slow, count: 2 }] }',
      'workload: { publishers: 3, ratePerS: 5, durationS: 6, warmupS: 1, cooldownS: 2 }',
      'metrics: { scrapeIntervalS: 1 }',
      // every message the slow nodes receive waits 150 ms in their validation before it is delivered
      `protocol: { default: { heartbeatIntervalMs: 700 }, groups: { slow: { validationDelayMs: ${SLOW_VALIDATION_MS} } } }`
    ].join('\n') + '\n')
    const out = join(dir, 'local-run')
    const { code, stdout, stderr } = await runCli(['experiment', 'run', spec, '--out', out], { timeoutMs: 180_000 })
    assert.equal(code, 0, stderr)
    assert.match(stdout, /delivery 100\.000 %/)
    await runDirFiles(out)
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'))
    assert.equal(summary.deliveryRatio.overall, 1)
    assert.equal(summary.messages.published, 30)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    assert.equal(manifest.runner, 'local')
    assert.equal(manifest.emulation, 'none')
    const topology = JSON.parse(await readFile(join(out, 'topology.json'), 'utf8'))
    assert.equal(topology.nodes.length, 5)
    // the knobs, filled in, in spec.yaml and the report; the slow group's delay in every delivery to it
    const written = parseYaml(await readFile(join(out, 'spec.yaml'), 'utf8'))
    assert.deepEqual([written.protocol.default.heartbeatIntervalMs, written.protocol.default.D, written.protocol.groups.slow.validationDelayMs, written.protocol.groups.slow.heartbeatIntervalMs], [700, 6, SLOW_VALIDATION_MS, 700])
    assert.match(await readFile(join(out, 'report.md'), 'utf8'), /\| protocol, group slow \| validation delay 150 ms; the rest as the default \|/)
    const groupOf = new Map<string, string>(topology.nodes.map((n: any) => [n.peerId, n.group]))
    const rows = (await readFile(join(out, 'deliveries.csv'), 'utf8')).trim().split('\n')
    const col = rows[0].split(',')
    const latencies = (group: string): number[] => rows.slice(1).map(r => r.split(',')).filter(r => groupOf.get(r[col.indexOf('receiver')]) === group).map(r => Number(r[col.indexOf('latency_ms')]))
    assert.ok(Math.min(...latencies('slow')) >= SLOW_VALIDATION_MS, `every delivery to the slow group took >= ${SLOW_VALIDATION_MS} ms: min ${Math.min(...latencies('slow'))}`)
    const median = (v: number[]): number => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]
    assert.ok(median(latencies('fast')) < SLOW_VALIDATION_MS, `the fast group's median ${median(latencies('fast'))} ms is below it`)

    // collect and plot again on the finished run
    await rm(join(out, 'deliveries.csv'))
    await rm(join(out, 'plots'), { recursive: true })
    const collected = await runCli(['experiment', 'collect', out], { timeoutMs: 120_000 })
    assert.equal(collected.code, 0, collected.stderr)
    assert.ok(existsSync(join(out, 'deliveries.csv')))
    const plotted = await runCli(['experiment', 'plot', out], { timeoutMs: 120_000 })
    assert.equal(plotted.code, 0, plotted.stderr)
    assert.ok(existsSync(join(out, 'plots', 'latency-cdf.png')))
  })
})

describe('adversaries', () => {
  it('a run with silent, censoring, spamming and eclipsing nodes: drawn from the non-publishers, run as their roles, left out of the figures, and reported apart', async () => {
    const spec = await writeSpec('adversaries', [
      'name: adversaries', 'runner: local', 'nodes: { count: 11 }',
      'workload: { publishers: 3, ratePerS: 4, durationS: 5, warmupS: 1, cooldownS: 2 }',
      'metrics: { enabled: false }',
      'adversaries:', '  - { role: silent, count: 2 }', '  - { role: censor, count: 1 }', '  - { role: spammer, count: 1, ratePerS: 5, invalid: false }',
      '  - { role: spammer, count: 1, ratePerS: 20, invalid: true }', '  - { role: eclipse, count: 1 }'
    ].join('\n') + '\n')
    const out = join(dir, 'adversaries-run')
    const { code, stderr } = await runCli(['experiment', 'run', spec, '--out', out], { timeoutMs: 180_000 })
    assert.equal(code, 0, stderr)
    const topology = JSON.parse(await readFile(join(out, 'topology.json'), 'utf8'))
    const roleOf = new Map<string, string>(topology.nodes.map((n: any) => [n.peerId, n.role ?? 'honest']))
    assert.deepEqual(topology.nodes.map((n: any) => n.role).filter(Boolean).sort(), ['censor', 'eclipse', 'silent', 'silent', 'spammer', 'spammer'])
    assert.ok(topology.workload.publishers.every((i: number) => topology.nodes[i].role === undefined), 'every publisher is honest')
    const eclipse = topology.nodes.find((n: any) => n.role === 'eclipse')
    const target = topology.nodes[eclipse.target]
    assert.ok(target.role === undefined && target.bootstrap === false && !topology.workload.publishers.includes(target.index), 'the eclipse\'s target is an honest bystander')
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'))
    assert.deepEqual(summary.adversaries.roles, { silent: 2, censor: 1, spammer: 2, eclipse: 1 })
    assert.ok(summary.adversaries.messagesLeftOut > 0, 'the spammers\' own messages are left out')
    assert.equal(summary.messages.published, 20, 'the workload\'s messages: 5 s at 4/s')
    const rows = (await readFile(join(out, 'deliveries.csv'), 'utf8')).trim().split('\n').slice(1).map(r => r.split(','))
    assert.ok(rows.length > 0)
    assert.ok(rows.every(r => roleOf.get(r[2]) === 'honest' && roleOf.get(r[1]) === 'honest'), 'deliveries are between honest nodes only')
    assert.equal(summary.deliveryRatio.expected, 20 * 4, 'each message expected at the 4 other honest nodes')
    // the invalid spammer is graylisted by the honest nodes it reached, after a measured exposure
    const spam = summary.adversaries.verdicts.spammer
    assert.ok(spam.graylisted.pairs > 0 && spam.graylisted.msP50 > 0, JSON.stringify(spam))
    assert.equal(summary.adversaries.verdicts.silent?.graylisted.pairs ?? 0, 0, 'silence costs no score')
    const expectedTargets = [[topology.workload.publishers[0], 'censor'], [target.index, 'eclipse']].sort((a, b) => a[0] - b[0])
    assert.deepEqual(summary.adversaries.targets.map((t: any) => [t.node, t.by]), expectedTargets, 'the censor\'s and the eclipse\'s targets, apart')
    // one node per process: each role's CPU is its own, read from processes.csv
    assert.ok((await readFile(join(out, 'processes.csv'), 'utf8')).trim().split('\n').length > 11)
    for (const role of ['honest', 'spammer', 'eclipse']) assert.ok(summary.adversaries.cost[role].cpuSPerNode > 0, role)
    const report = await readFile(join(out, 'report.md'), 'utf8')
    const setup = report.split('\n').find(l => l.startsWith('| adversaries |')) ?? ''
    for (const part of ['2 silent', '1 censor', '2 spammer', '1 eclipse', 'censor of the first publisher', 'eclipse of the first honest bystander', '**every figure below is the honest nodes\'**']) assert.ok(setup.includes(part), `${part} in ${setup}`)
    assert.match(report, /## Adversaries[\s\S]*\| spammer \| 2 \| \d+ \| \d+ \(/)
  })
})

describe('netns runner', { skip: isRoot ? false : 'needs root (network namespaces)' }, () => {
  it('runs 8 shaped nodes, two per namespace, with loss, a kill and a partition; delivers outside the faults; tears everything down', async () => {
    const spec = await writeSpec('netns', [
      'name: netns8',
      'runner: netns',
      'nodes: { count: 8, groups: [{ name: a, count: 4 }, { name: b, count: 4 }], perProcess: 2 }',
      'links: { default: { delayMs: 10, jitterMs: 2, lossPct: 1 } }',
      'workload: { publishers: 4, ratePerS: 4, durationS: 26, warmupS: 2, cooldownS: 3 }',
      'metrics: { scrapeIntervalS: 1 }',
      'faults:',
      '  - { at: 9, kind: kill, nodes: [5] }',
      '  - { at: 11, kind: restart, nodes: [5] }',
      '  - { at: 13, kind: partition, groups: [[a], [b]], durationS: 3 }'
    ].join('\n') + '\n')
    const out = join(dir, 'netns-run')
    const before = namespaces()
    const { code, stderr } = await runCli(['experiment', 'run', spec, '--out', out], { timeoutMs: 240_000 })
    assert.equal(code, 0, stderr)
    await runDirFiles(out)
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'))
    assert.ok(summary.deliveryRatio.faultFreeMessages > 0, 'messages outside the fault windows')
    assert.equal(summary.deliveryRatio.faultFree, 1, 'every message outside the faults reached every node')
    // the emulated links are in the figures: nothing arrives faster than the 10 +- 2 ms link
    assert.ok(summary.latencyMs.p50 >= 8, `latency p50 ${summary.latencyMs.p50} ms over 10 ms links`)
    assert.ok(summary.shortestPathMs.p50 === 10)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    assert.equal(manifest.emulation, 'nfqueue+nft')
    // two nodes share each namespace: each dialled from its own address, so every packet was shaped as its own pair's
    assert.equal(manifest.delayer.selfPair, 0)
    assert.ok(manifest.delayer.delayed > 1000, `the delayer held ${manifest.delayer.delayed} packets`)
    assert.deepEqual(namespaces().filter(n => !before.includes(n)), [], 'no namespace left behind')
    assert.match(await readFile(join(out, 'netem.sh'), 'utf8'), /tc qdisc add dev eth0/)
  })

  it('`experiment clean` removes what a SIGKILLed run left: namespaces and the processes in them', async () => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./helpers/netns-lab-child.ts', import.meta.url)), 'cleanme', '2'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true })
    onCleanup(() => { try { process.kill(-child.pid!, 'SIGKILL') } catch { /* gone */ } })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c })
    const deadline = Date.now() + 60_000
    while (!out.includes('ready')) {
      assert.ok(Date.now() < deadline && child.exitCode == null, `the lab never came up: ${out}`)
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    const { sleeperPid } = JSON.parse(out.slice(out.indexOf('ready') + 6).split('\n')[0])
    child.kill('SIGKILL') // no exit hook runs: the lab stays behind
    await new Promise(resolve => child.once('exit', resolve))
    assert.ok(namespaces().some(n => n.startsWith('p2pc-cleanme-')), 'the crashed run left its namespaces')
    const { code, stdout } = await runCli(['experiment', 'clean'], { timeoutMs: 60_000 })
    assert.equal(code, 0)
    assert.match(stdout, /removed [1-9]\d* namespaces/)
    assert.deepEqual(namespaces().filter(n => n.startsWith('p2pc-cleanme-')), [])
    assert.equal(alive(sleeperPid), false, 'the process inside the lab is gone')
  })

  it('tears everything down on SIGINT mid-run (exit 130)', async () => {
    const spec = await writeSpec('interrupted', 'name: interrupted\nrunner: netns\nnodes: { count: 4 }\nlinks: { default: { delayMs: 5 } }\nworkload: { ratePerS: 2, durationS: 120, warmupS: 1 }\n')
    const out = join(dir, 'interrupted-run')
    const before = namespaces()
    const child = spawn(process.execPath, [MAIN, 'experiment', 'run', spec, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    onCleanup(() => { try { process.kill(-child.pid!, 'SIGKILL') } catch { /* gone */ } })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c })
    const exited = new Promise<number | null>(resolve => child.on('exit', code => { resolve(code) }))
    // mid-run: the workload has started once a node traced a published message
    const deadline = Date.now() + 90_000
    const published = async (): Promise<boolean> => {
      try {
        for (const f of await readdir(join(out, 'traces'))) if ((await readFile(join(out, 'traces', f), 'utf8')).includes('"event":"published"')) return true
      } catch { /* not yet */ }
      return false
    }
    while (!await published()) {
      assert.ok(Date.now() < deadline, `the workload never started: ${stderr}`)
      assert.equal(child.exitCode, null, `the run ended early: ${stderr}`)
      await new Promise(resolve => setTimeout(resolve, 250))
    }
    const hostPids = execFileSync('pgrep', ['-f', 'cli/main[.](ts|js) host'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)
    assert.ok(hostPids.length > 0)
    child.kill('SIGINT')
    assert.equal(await exited, 130, stderr)
    assert.match(stderr, /SIGINT: stopping the run and tearing everything down/)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    assert.equal(manifest.interrupted, true)
    assert.deepEqual(namespaces().filter(n => !before.includes(n)), [], 'no namespace left behind')
    assert.deepEqual(hostPids.filter(alive), [], 'no node host left running')
  })
})
