/**
 * `p2p-chat experiment nat-matrix [--trials N] [--out DIR] [--types a,b,...]`: every NAT type
 * against every NAT type in the NAT lab, N trials per ordered pair (A dials B through the relay),
 * written as nat-matrix.csv, nat-matrix.md and nat-matrix.png (heat map of direct connections).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { TopLevelSpec } from 'vega-lite'
import { renderPng } from './plots/render.ts'
import { createNatLab } from '../lab/nat/lab.ts'
import { isNatType, NAT_TYPES } from '../lab/nat/nat-rules.ts'
import type { NatType } from '../lab/nat/nat-rules.ts'
import { runTrial, startRelay } from '../lab/nat/pair.ts'
import type { TrialResult } from '../lab/nat/pair.ts'

export const NAT_MATRIX_HELP = `Usage: p2p-chat experiment nat-matrix [--trials N] [--out DIR] [--types T1,T2,...]
  every NAT type (full-cone, address-restricted, port-restricted, symmetric) against every one in
  the NAT lab (network namespaces, nftables NAT, coturn; root, Debian coturn), N trials per ordered
  pair (default 3); writes DIR/nat-matrix.csv, nat-matrix.md, nat-matrix.png (default DIR: results/nat-matrix-DATE-TIME)`

export interface MatrixRow {
  natA: NatType
  natB: NatType
  trials: number
  direct: number
  relayed: number
  failed: number
  medianMsToDirect?: number
  chatDelivered: number
}

/** Which pairs can be direct with STUN-only ICE (no TURN), RFC 4787 reasoning in docs/nat.md. */
export function directPossible (a: NatType, b: NatType): boolean {
  if (a === 'symmetric' && b === 'symmetric') return false
  if ((a === 'symmetric' && b === 'port-restricted') || (a === 'port-restricted' && b === 'symmetric')) return false
  return true
}

const median = (xs: number[]): number | undefined => {
  if (xs.length === 0) return undefined
  const s = [...xs].sort((x, y) => x - y)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m] : Math.round((s[m - 1] + s[m]) / 2)
}

export function toCsv (rows: MatrixRow[]): string {
  return ['nat_a,nat_b,trials,direct,relayed,failed,median_ms_to_direct,chat_delivered',
    ...rows.map(r => [r.natA, r.natB, r.trials, r.direct, r.relayed, r.failed, r.medianMsToDirect ?? '', r.chatDelivered].join(','))].join('\n') + '\n'
}

export function toMarkdown (rows: MatrixRow[], trials: number): string {
  const lines = [
    `# NAT matrix (${trials} trial${trials === 1 ? '' : 's'} per ordered pair; A dials B through the relay)`,
    '',
    '| A \\ B | ' + NAT_TYPES.join(' | ') + ' |',
    '|---|' + NAT_TYPES.map(() => '---').join('|') + '|'
  ]
  for (const a of NAT_TYPES) {
    const cells = NAT_TYPES.map(b => {
      const r = rows.find(x => x.natA === a && x.natB === b)
      if (r == null) return '-'
      const ms = r.medianMsToDirect != null ? `, ${r.medianMsToDirect} ms` : ''
      return `direct ${r.direct}/${r.trials}${ms}; relayed ${r.relayed}; failed ${r.failed}; chat ${r.chatDelivered}/${r.trials}${directPossible(a, b) ? '' : ' (relay only in theory)'}`
    })
    lines.push(`| **${a}** | ${cells.join(' | ')} |`)
  }
  return lines.join('\n') + '\n'
}

function heatMapSpec (rows: MatrixRow[], trials: number): TopLevelSpec {
  const values = rows.map(r => ({
    a: r.natA,
    b: r.natB,
    direct: r.direct / r.trials,
    label: `${r.direct}/${r.trials} direct${r.medianMsToDirect != null ? `\n${r.medianMsToDirect} ms` : ''}\nchat ${r.chatDelivered}/${r.trials}`
  }))
  return {
    title: { text: 'Direct connections by NAT pair', subtitle: `share of ${trials} trials that ended direct (WebRTC); the rest chatted over the relay` },
    data: { values },
    width: 440,
    height: 440,
    encoding: {
      x: { field: 'b', type: 'nominal', sort: [...NAT_TYPES], title: 'B (listener) NAT' },
      y: { field: 'a', type: 'nominal', sort: [...NAT_TYPES], title: 'A (dialer) NAT' }
    },
    layer: [
      { mark: 'rect', encoding: { color: { field: 'direct', type: 'quantitative', scale: { domain: [0, 1], scheme: 'blues' }, title: 'direct share' } } },
      { mark: { type: 'text', fontSize: 12, lineBreak: '\n' }, encoding: { text: { field: 'label' }, color: { condition: { test: 'datum.direct > 0.5', value: 'white' }, value: 'black' } } }
    ]
  } as TopLevelSpec
}

export async function natMatrix (argv: string[], fail: (message: string) => Error): Promise<number> {
  let v
  try {
    v = parseArgs({ args: argv, options: { trials: { type: 'string' }, out: { type: 'string' }, types: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values
  } catch (err) {
    throw fail(`experiment nat-matrix: ${(err as Error).message}`)
  }
  if (v.help === true) { process.stdout.write(NAT_MATRIX_HELP + '\n'); return 0 }
  const trials = Number(v.trials ?? 3)
  if (!Number.isInteger(trials) || trials < 1 || trials > 100) throw fail(`--trials ${JSON.stringify(v.trials)}: expected an integer 1-100`)
  const types = (v.types ?? NAT_TYPES.join(',')).split(',')
  for (const t of types) if (!isNatType(t)) throw fail(`--types: unknown NAT type ${JSON.stringify(t)}; expected ${NAT_TYPES.join(', ')}`)
  const chosen = types as NatType[]
  if (process.getuid?.() !== 0) throw fail('experiment nat-matrix: needs root (network namespaces, nftables)')
  const out = resolve(v.out ?? join('results', `nat-matrix-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}`))
  await mkdir(out, { recursive: true })

  // routers 0..n-1 hold A's side, n..2n-1 B's, so both ends of a pair never share a router
  const lab = await createNatLab({ runId: `natmx${process.pid % 100000}`, routers: [...chosen, ...chosen] })
  const interrupted = (): void => { void lab.destroy().then(() => process.exit(130)) }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  const rows: MatrixRow[] = []
  try {
    await lab.startStunServer()
    const relay = await startRelay(lab)
    for (const [ia, a] of chosen.entries()) {
      for (const [ib, b] of chosen.entries()) {
        const results: TrialResult[] = []
        for (let t = 0; t < trials; t++) {
          const r = await runTrial(lab, { relay, a: ia, b: chosen.length + ib, label: `${a}-${b}-${t}` })
          results.push(r)
          process.stderr.write(`nat-matrix: ${a} -> ${b} trial ${t + 1}/${trials}: ${r.outcome}${r.msToDirect != null ? ` in ${r.msToDirect} ms` : ''}, chat ${r.chatDelivered ? 'delivered' : 'NOT delivered'}\n`)
        }
        rows.push({
          natA: a,
          natB: b,
          trials,
          direct: results.filter(r => r.outcome === 'direct').length,
          relayed: results.filter(r => r.outcome === 'relayed').length,
          failed: results.filter(r => r.outcome === 'failed').length,
          medianMsToDirect: median(results.flatMap(r => r.msToDirect != null ? [r.msToDirect] : [])),
          chatDelivered: results.filter(r => r.chatDelivered).length
        })
      }
    }
    await relay.node.stop()
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    await lab.destroy()
  }
  await writeFile(join(out, 'nat-matrix.csv'), toCsv(rows))
  const md = toMarkdown(rows, trials)
  await writeFile(join(out, 'nat-matrix.md'), md)
  await renderPng(heatMapSpec(rows, trials), join(out, 'nat-matrix.png'), 2)
  process.stdout.write(md + `\nwritten: ${join(out, 'nat-matrix.csv')}, nat-matrix.md, nat-matrix.png\n`)
  return rows.every(r => r.chatDelivered === r.trials) ? 0 : 1
}
