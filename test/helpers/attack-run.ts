/**
 * The attacker program: one process per attack, started by test/attacks.test.ts in its own process
 * group. `node test/helpers/attack-run.ts NAME --target MULTIADDR --duration MS [--sources N]
 * [--first-source 2] [--metrics HOST:PORT] [--KEY VALUE ...]`. Prints NDJSON on stdout: `started`
 * once the attack runs, `progress` now and then, `done` with its counts. It stops at its deadline and
 * exits hard shortly after, whatever its sockets are doing. Loopback only.
 */
import type { Attack, AttackContext } from './attacks/common.ts'
import { holdUntil, parseTarget } from './attacks/common.ts'
import { kadAttacks } from './attacks/kad.ts'
import { yamuxAttacks } from './attacks/yamux.ts'
import { tcpAttacks } from './attacks/tcp.ts'
import { relayAttacks } from './attacks/relay.ts'
import { httpAttacks } from './attacks/http.ts'
import { gossipAttacks } from './attacks/gossip.ts'
import { messagingAttacks } from './attacks/messaging.ts'

export const ATTACKS: Record<string, Attack> = {
  /** No attack: calibrates the harness (baseline memory, honest join time on a quiet node). */
  quiet: async (ctx) => { ctx.started(); await holdUntil(ctx); return undefined },
  ...kadAttacks, ...yamuxAttacks, ...tcpAttacks, ...relayAttacks, ...httpAttacks, ...gossipAttacks,
  ...messagingAttacks
}

function write (fields: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify({ ts: Date.now(), ...fields }, (_k, v) => typeof v === 'bigint' ? String(v) : v) + '\n')
}

async function main (argv: string[]): Promise<void> {
  const [name, ...rest] = argv
  const attack = ATTACKS[name]
  if (attack == null) throw new Error(`unknown attack ${JSON.stringify(name)}; known: ${Object.keys(ATTACKS).join(', ')}`)
  const options: Record<string, string> = {}
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith('--') || rest[i + 1] == null) throw new Error(`expected --KEY VALUE pairs, got ${rest.slice(i).join(' ')}`)
    options[rest[i].slice(2)] = rest[i + 1]
  }
  if (options.target == null) throw new Error('--target MULTIADDR is required')
  const target = parseTarget(options.target)
  const durationMs = Number(options.duration ?? 10_000)
  if (!(durationMs > 0 && durationMs <= 120_000)) throw new Error('--duration must be 1..120000 ms')
  const sources = Number(options.sources ?? 1)
  const first = Number(options['first-source'] ?? 2)
  if (!(first >= 1 && first + sources - 1 <= 254)) throw new Error('sources must stay within 127.0.0.1-254')
  const until = Date.now() + durationMs
  // a hard stop: no attacker outlives its deadline by more than a few seconds
  setTimeout(() => {
    write({ event: 'done', forced: true, ...ctx.stats })
    process.exit(0)
  }, durationMs + 3_000).unref()
  let startedOnce = false
  const ctx: AttackContext = {
    target,
    targetPeerId: target.getComponents().findLast(c => c.name === 'p2p')?.value ?? '',
    metrics: options.metrics,
    until,
    source: (i) => `127.0.0.${first + (i % sources)}`,
    options,
    num: (key, fallback) => options[key] != null ? Number(options[key]) : fallback,
    report: (event, fields = {}) => { write({ event, ...fields }) },
    started: (fields = {}) => {
      if (startedOnce) return
      startedOnce = true
      write({ event: 'started', ...fields })
    },
    get over () { return Date.now() >= until },
    stats: {},
    count (key, by = 1) { this.stats[key] = (this.stats[key] ?? 0) + by }
  }
  const progress = setInterval(() => { write({ event: 'progress', ...ctx.stats }) }, 2_000)
  progress.unref()
  const result = await attack(ctx)
  clearInterval(progress)
  write({ event: 'done', ...ctx.stats, ...result })
  process.exit(0)
}

process.on('unhandledRejection', () => { /* a reset stream mid-attack is expected */ })
main(process.argv.slice(2)).catch((err: Error) => {
  write({ event: 'error', message: err.message })
  process.exit(1)
})
