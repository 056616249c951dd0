/**
 * The attack suite of the resource-limits issue (15): each row of its table run for real against
 * the CLI node in a 384 MiB memory cgroup, from attacker processes on 127.0.0.2+ (loopback only),
 * asserting that the node stays alive, /healthz answers within 1 s, an honest node from 127.0.0.1
 * joins and delivers within 5 s during the attack, and memory returns near its baseline after it.
 * `P2P_CHAT_SKIP_ATTACKS=1` skips them (about 4 minutes).
 * Each test prints one diagnostic line with what it measured (peak memory, honest join time, ...);
 * `ATTACK_REPORT=FILE` also appends them as JSON lines. Needs root (memory cgroups).
 *
 * One row: node --test --test-name-pattern 'kad-half-messages' test/attacks.test.ts
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { memoryCgroupSupport } from './helpers/memory-cgroup.ts'
import { MiB } from './helpers/attack-target.ts'
import { AttackerProcess, runScenario } from './helpers/attack-harness.ts'
import type { AttackEnv, Scenario } from './helpers/attack-harness.ts'

const support = memoryCgroupSupport()
const skip = process.env.P2P_CHAT_SKIP_ATTACKS === '1'
  ? 'P2P_CHAT_SKIP_ATTACKS=1'
  : support.ok ? false : `resource-limit attacks need a memory cgroup: ${support.reason}`

/** Row 7: a fresh identity from 127.0.0.1 must still get a relay reservation mid-attack. */
async function honestReservation (env: AttackEnv): Promise<string[]> {
  const probe = new AttackerProcess('relay-reserve-once', ['--target', env.info.addr, '--duration', '10000'])
  try {
    const done = await probe.waitFor('done', 12_000)
    return done?.ok === true ? [] : [`the honest client got no relay reservation (status ${JSON.stringify(done?.status ?? probe.lines.at(-1))})`]
  } finally {
    await probe.stop()
  }
}

/**
 * Row 10: the IGNORE flooder is penalised while it floods (the flooder reports whether the target
 * dropped its connection; the target's gossipsub counts RPCs it refused from graylisted peers), and
 * stdout summarises the flood instead of printing a line per message.
 */
async function floodPenalised (env: AttackEnv): Promise<string[]> {
  const failures: string[] = []
  const stats = env.attacker.stats ?? {}
  const sent = Number(stats.sent ?? 0)
  const disconnected = Number(stats.disconnects ?? 0) > 0 || stats.stillConnected === false
  let graylistedRpcs = 0
  try {
    const text = await (await fetch(env.info.metricsUrl, { signal: AbortSignal.timeout(5_000) })).text()
    graylistedRpcs = text.split('\n').filter(l => l.startsWith('gossipsub_rpc_rcv_not_accepted_total')).reduce((n, l) => n + Number(l.split(' ').at(-1)), 0)
  } catch (err: any) { failures.push(`metrics unreadable after the flood: ${err.message}`) }
  if (!disconnected && graylistedRpcs === 0) failures.push(`the flooder (${sent} IGNOREd messages sent) was neither disconnected nor graylisted`)
  if (env.target.rejectedLines >= 1_000) failures.push(`${env.target.rejectedLines} "rejected" lines on stdout for ${sent} flooded messages (a summary must bound them)`)
  return failures
}

/** The target's counters named `name`, by their label set (`role="served",status="ok"` sorted), summed over scrapes of one. */
async function counters (env: AttackEnv, name: string): Promise<(labels: Record<string, string>) => number> {
  const text = await (await fetch(env.info.metricsUrl, { signal: AbortSignal.timeout(5_000) })).text()
  const rows = text.split('\n').filter(l => l.startsWith(name + '{')).map(l => {
    const labels = Object.fromEntries([...l.slice(l.indexOf('{') + 1, l.lastIndexOf('}')).matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]]))
    return { labels, value: Number(l.split(' ').at(-1)) }
  })
  return (want) => rows.filter(r => Object.entries(want).every(([k, v]) => r.labels[k] === v)).reduce((n, r) => n + r.value, 0)
}

/**
 * The history flood was refused with status codes, not served: the target's served-query counter
 * moved under 429 (per-peer rate) or 503 (node-wide concurrency), and 413 for the announced 4 GiB
 * frames; the attacker saw those refusals too.
 */
async function historyFloodRefused (env: AttackEnv): Promise<string[]> {
  const failures: string[] = []
  const stats = env.attacker.stats ?? {}
  let served: Awaited<ReturnType<typeof counters>>
  try { served = await counters(env, 'p2p_chat_history_queries_total') } catch (err: any) { return [`metrics unreadable after the flood: ${err.message}`] }
  const byStatus = Object.fromEntries(['ok', 'bad_request', 'too_large', 'too_many_requests', 'unavailable'].map(s => [s, served({ role: 'served', status: s })]))
  env.notes.push(`target served ${JSON.stringify(byStatus)}`)
  if (byStatus.too_many_requests + byStatus.unavailable === 0) failures.push(`the target refused none of the flood's queries (served ${JSON.stringify(byStatus)})`)
  if (Number(stats.sent_huge ?? 0) > 0 && byStatus.too_large === 0) failures.push(`${stats.sent_huge} queries announcing 4 GiB, none answered 413`)
  if (Number(stats.status429 ?? 0) + Number(stats.status503 ?? 0) === 0) failures.push('the attacker read no 429 or 503 answer')
  return failures
}

/** DMs the room-peer probe got delivered, per row (the after-check does not count them as the flood's). */
const probeDelivered = new WeakMap<AttackEnv, number>()

/**
 * During the DM flood, a peer in the room (subscribed, so policy `room` admits it) sends the target
 * a DM every 500 ms for 6 s: at least 9 in 10 must be delivered: the flood must not crowd it out.
 */
async function roomPeerDms (env: AttackEnv): Promise<string[]> {
  const probe = new AttackerProcess('dm-room-probe', ['--target', env.info.addr, '--duration', '6000', '--first-source', '1', '--sources', '1'])
  try {
    const done = await probe.waitFor('done', 10_000)
    const stats = probe.stats ?? {}
    probeDelivered.set(env, Number(stats.delivered ?? 0))
    env.notes.push(`room-peer probe ${JSON.stringify(stats)}`)
    return done?.ok === true ? [] : [`a room peer's DMs were crowded out by the flood (${stats.delivered ?? 0} of ${stats.sent_dm ?? 0} delivered): ${JSON.stringify(stats)}`]
  } finally {
    await probe.stop()
  }
}

/**
 * The DM flood was refused: per-peer rate (or the node-wide cap, also `rate_limited`) and frame
 * size at the target; policy `room` delivered none of it, and stdout got no line per DM.
 */
async function dmFloodRefused (env: AttackEnv): Promise<string[]> {
  const failures: string[] = []
  const stats = env.attacker.stats ?? {}
  const sent = Number(stats.sent_dm ?? 0)
  let dm: Awaited<ReturnType<typeof counters>>
  try { dm = await counters(env, 'p2p_chat_dm_messages_total') } catch (err: any) { return [`metrics unreadable after the flood: ${err.message}`] }
  const byStatus = Object.fromEntries(['delivered', 'refused', 'too_large', 'rate_limited', 'bad_request'].map(s => [s, dm({ direction: 'in', status: s })]))
  const dmLines = env.target.events.filter(e => e.event === 'dm').length
  env.notes.push(`target dm in ${JSON.stringify(byStatus)}, stdout ${env.target.events.length} lines (${dmLines} dm)`)
  if (byStatus.rate_limited === 0) failures.push(`no DM refused as rate_limited (in ${JSON.stringify(byStatus)})`)
  if (Number(stats.sent_huge ?? 0) + Number(stats.sent_oversize ?? 0) > 0 && byStatus.too_large === 0) failures.push('no oversize DM frame refused as too_large')
  const probe = probeDelivered.get(env) ?? 0
  if (byStatus.delivered > probe || dmLines > probe) failures.push(`policy room delivered ${byStatus.delivered - probe} DMs from peers outside the room (${dmLines} dm lines, ${probe} of them the room-peer probe's)`)
  if (env.target.events.length >= Math.max(1_000, sent / 10)) failures.push(`${env.target.events.length} lines on the target's stdout for ${sent} DMs`)
  return failures
}

const ROWS: Array<[string, Scenario]> = [
  // the control: on a quiet node every property holds, so a failing row is the attack's doing
  ['no attack (control: every property holds on an unattacked node)', { attack: 'quiet', durationMs: 6_000, honestAtMs: 1_000 }],
  ['2 connections x 32 kad streams, each half of a 4 MiB message', { attack: 'kad-half-messages' }],
  ['20 connections x 1 000 unnegotiated yamux streams', { attack: 'yamux-unnegotiated', durationMs: 14_000, honestAtMs: 6_000 }],
  ['20 raw TCP sockets reconnecting ~100/s, never finishing Noise', { attack: 'tcp-pending-upgrades', honestAtMs: 3_000 }],
  ['kad ADD_PROVIDER with a new address each message', { attack: 'kad-provider-addresses' }],
  ['kad ADD_PROVIDER and PUT_VALUE /pk/ with distinct keys', { attack: 'kad-records', durationMs: 14_000, honestAtMs: 6_000 }],
  ['kad FIND_NODE flood', { attack: 'kad-find-node' }],
  // ~20 000 streams in 15 s leave ~65-70 MiB in the cgroup 20 (and 60) s later, but a heap snapshot
  // of the node then (taken after a full GC) holds 35.5 MB, as before the attack: the rest is garbage
  // an idle V8 does not collect and heap pages it keeps, not retained state (docs/security.md)
  ['kad FIND_NODE flood, one request per stream as kad-dht sends them', { attack: 'kad-find-node', attackArgs: ['--per-stream', '1', '--parallel', '16'], recoverySlack: 96 * MiB }],
  ['--relay: 100 fresh identities taking reservations', { attack: 'relay-reservations', attackArgs: ['--sources', '4'], targetArgs: ['--relay'], durationMs: 15_000, honestAtMs: 7_000, during: honestReservation }],
  // the same after 32 stalled circuits: 52-72 MiB in the cgroup 20 s later (mostly "external"
  // ArrayBuffers, 38-47 MB), while a heap snapshot then (after a full GC) holds 34.9 MB live with
  // 1.95 MB of ArrayBuffer data: garbage an idle V8 has not collected, not circuits kept open
  ['--relay: circuits whose destination never reads', { attack: 'relay-stalled-circuits', targetArgs: ['--relay'], recoverySlack: 96 * MiB }],
  ['metrics server: 1 010 idle sockets under ulimit -n 1024', { attack: 'http-idle-sockets', nofile: 1_024, honestAtMs: 2_000 }],
  ['signed messages 10 min ahead (IGNORE) at full speed', { attack: 'gossip-future-messages', after: floodPenalised }],
  ['history queries from 16 connections x 3 streams, a fresh identity every 4 s, slow and stalled readers', { attack: 'history-query-flood', attackArgs: ['--sources', '4'], durationMs: 14_000, honestAtMs: 6_000, after: historyFloodRefused }],
  ['signed DMs from 32 connections x 3 streams (one identity each), plus oversize frames', { attack: 'dm-flood', attackArgs: ['--sources', '4', '--per-source', '8', '--identity-ms', '15000'], durationMs: 14_000, honestAtMs: 6_000, during: roomPeerDms, after: dmFloodRefused }]
]

describe('resource limits under attack (issue 15)', { skip, concurrency: 1 }, () => {
  for (const [what, scenario] of ROWS) {
    it(`${scenario.attack}: ${what}`, { skip, timeout: 90_000 }, async (t) => {
      const result = await runScenario(t, support, scenario)
      assert.deepEqual(result.failures, [], `${scenario.attack}:\n  ${result.failures.join('\n  ')}`)
    })
  }
})
