/**
 * Writes a comparison (src/harness/compare.ts) into a directory: `comparison.md` (what was compared,
 * on what, one row per variant with each figure as mean ± 95 % interval), `comparison.csv` (the same
 * numbers, with n, min and max), and `compare/*.png` (latency CDFs overlaid, each figure by each axis).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { checkComparable, collectRuns, describeDifferences, FIGURES, variantsOf } from './compare.ts'
import type { Estimate, Variant } from './compare.ts'
import { readDeliveries } from './plots/data.ts'
import { byAxisSpec, compareCdfSpec } from './plots/compare-charts.ts'
import { renderPng } from './plots/render.ts'

export interface ComparisonResult { path: string, variants: Variant[], runs: number, plots: string[] }

const num = (v: number | null, digits = 2): string => v == null ? 'n/a' : Number(v.toFixed(digits)).toLocaleString('en-US')

function cell (e: Estimate): string {
  if (e.mean == null) return 'n/a'
  return e.halfWidth == null ? num(e.mean) : `${num(e.mean)} ± ${num(e.halfWidth)}`
}

const axisValue = (v: unknown): string => typeof v === 'string' ? v : JSON.stringify(v)

async function writeAtomic (path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text)
  await rename(`${path}.tmp`, path)
}

export async function writeComparison (out: string, dirs: string[], opts: { force?: boolean } = {}): Promise<ComparisonResult> {
  const { runs, axes } = await collectRuns(dirs)
  const c = checkComparable(runs, axes, opts.force === true, out)
  const variants = variantsOf(runs, c.axisFields, axes)
  const axisNames = axes.length > 0 ? axes.map(a => a.name) : c.axisFields
  const m = runs[0].manifest
  const trials = [...new Set(variants.map(v => v.runs.length))].sort((a, b) => a - b)
  const shown = FIGURES.filter(f => variants.some(v => v.figures[f.key].mean != null))
  const lines = [
    '# Comparison', '',
    `${runs.length} run${runs.length === 1 ? '' : 's'} in ${variants.length} variant${variants.length === 1 ? '' : 's'} (${trials.join(' or ')} trial${trials.length === 1 && trials[0] === 1 ? '' : 's'} each), from ${dirs.map(d => `\`${relative(out, d) || '.'}\``).join(', ')}.`, '',
    '## Axes', '',
    ...(axes.length > 0
      ? axes.map(a => `- \`${a.name}\`: \`${a.field}\` in ${a.values.map(axisValue).join(', ')}`)
      : c.axisFields.length > 0 ? c.axisFields.map(f => `- \`${f}\` (where the runs' specs differ)`) : ['- none: the runs differ only in their seeds (trials of one variant)']),
    '',
    '## Environment', '',
    `p2p-chat ${String(m.p2pChatVersion ?? 'n/a')} (${String(m.gitCommit ?? 'no commit')}), Node ${String(m.node ?? 'n/a')}, kernel ${String(m.kernel ?? 'n/a')}, ${String(m.cores ?? '?')} cores, runner ${String(m.runner ?? 'n/a')}, emulation ${String(m.emulation ?? 'n/a')}.`,
    c.mismatches.length === 0
      ? `Every run had the same code, runtime, kernel, cores and emulation path, and the same spec but for the axes and the seed${c.followAxes.length > 0 ? ` (and what the axes fill in: ${c.followAxes.map(f => `\`${f}\``).join(', ')})` : ''}.`
      : `**Compared with --force although the runs differ beyond their axes**: ${describeDifferences(c.mismatches)}.`,
    '',
    '## Figures', '',
    'Mean over trials ± the half-width of its 95 % confidence interval (Student\'s t with n - 1 degrees of freedom); one trial gives no interval. ' +
    'Delivery is eventual delivery of all messages; latency and per-hop overhead are over every delivery of a run; dissemination is the median over messages of the time to reach 90 % (99 %) of the receivers; bytes are all gossip bytes the nodes sent (from metrics) per delivery. ' +
    'With adversaries, every figure is the honest nodes\' and the spammers\' exposure is the time from an honest node\'s connection to a spammer to its graylisting it (docs/experiments.md, "Adversaries"). A figure no run has is left out.', '',
    `| variant | ${axisNames.join(' | ')} | trials | ${shown.map(f => `${f.label}${f.unit !== '' ? ` (${f.unit})` : ''}`).join(' | ')} |`,
    `|---|${axisNames.map(() => '---|').join('')}---|${shown.map(() => '---|').join('')}`,
    ...variants.map(v => `| ${v.name} | ${axisNames.map(a => axisValue(v.axes[a])).join(' | ')} | ${v.runs.length} | ${shown.map(f => cell(v.figures[f.key])).join(' | ')} |`),
    ''
  ]
  const plots = await writeComparePlots(out, variants, axisNames)
  if (plots.length > 0) lines.push('## Plots', '', ...plots.map(p => `![${basename(p)}](${relative(out, p)})`), '')
  lines.push('## Runs', '', ...variants.flatMap(v => v.runs.map(r => `- ${v.name}, trial ${r.trial + 1}: \`${relative(out, r.dir)}\``)), '')
  const path = join(out, 'comparison.md')
  await writeAtomic(path, lines.join('\n'))
  await writeAtomic(join(out, 'comparison.csv'), comparisonCsv(variants, axisNames))
  return { path, variants, runs: runs.length, plots }
}

function comparisonCsv (variants: Variant[], axisNames: string[]): string {
  const quote = (s: string): string => /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  const header = ['variant', ...axisNames, 'trials', ...FIGURES.flatMap(f => [`${f.key}_mean`, `${f.key}_ci95`, `${f.key}_min`, `${f.key}_max`])]
  const rows = variants.map(v => [v.name, ...axisNames.map(a => axisValue(v.axes[a])), String(v.runs.length),
    ...FIGURES.flatMap(f => { const e = v.figures[f.key]; return [e.mean, e.halfWidth, e.min, e.max].map(x => x == null ? '' : String(Number(x.toFixed(6)))) })])
  return [header, ...rows].map(r => r.map(quote).join(',')).join('\n') + '\n'
}

async function writeComparePlots (out: string, variants: Variant[], axisNames: string[]): Promise<string[]> {
  const dir = join(out, 'compare')
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  const curves = await Promise.all(variants.map(async v => ({ variant: v.name, latency: (await Promise.all(v.runs.map(async r => (await readDeliveries(r.dir)).latency))).flat() })))
  if (curves.some(c => c.latency.length > 0)) {
    const path = join(dir, 'latency-cdf.png')
    await renderPng(compareCdfSpec(curves.filter(c => c.latency.length > 0), 200), path, 2)
    written.push(path)
  }
  for (const axis of axisNames) {
    const path = join(dir, `by-${axis.replace(/[^A-Za-z0-9_-]/g, '_')}.png`)
    await renderPng(byAxisSpec(axis, axisNames.filter(a => a !== axis), variants, FIGURES), path, 2)
    written.push(path)
  }
  return written
}
