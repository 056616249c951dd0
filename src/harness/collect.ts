/**
 * `experiment collect`: reads the Prometheus series a run scraped back out of the TSDB it left in
 * RUN_DIR/prometheus/data (through a Prometheus started on loopback over that directory, scraping
 * nothing, queried through its HTTP API) into metrics.csv, then rebuilds the delivery CSVs.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyzeRun } from './analysis/index.ts'
import type { RunSummary } from './analysis/index.ts'
import { HarnessError } from './errors.ts'
import { stopPrometheus } from './runner/prometheus.ts'

/** What a run exports: the project's metrics and each process' CPU and memory. */
export const EXPORTED_SERIES = 'p2p_chat_.*|process_resident_memory_bytes|process_cpu_seconds_total|gossipsub_heartbeat_duration_seconds_sum'
const OWN_LABELS = new Set(['__name__', 'instance', 'job', 'node', 'index', 'room', 'run', 'group'])

async function freeLoopbackPort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>(resolve => server.close(() => { resolve() }))
  return port
}

async function waitReady (base: string, child: { exitCode: number | null }, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs
  for (;;) {
    if (child.exitCode != null) throw new HarnessError('collect: Prometheus exited while opening the run\'s TSDB')
    try {
      if ((await fetch(`${base}/-/ready`)).ok) return
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new HarnessError(`collect: Prometheus over the run's TSDB not ready within ${deadlineMs / 1000} s`)
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

export async function exportMetrics (runDir: string): Promise<number> {
  const dataDir = join(runDir, 'prometheus', 'data')
  if (!existsSync(dataDir)) throw new HarnessError(`${runDir}: no prometheus/data (the run had metrics off, or is not a run directory)`)
  const manifest = JSON.parse(await readFile(join(runDir, 'manifest.json'), 'utf8'))
  const start = Number(manifest.startedAtMs)
  const end = Number(manifest.endedAtMs ?? Date.now())
  const step = Number(manifest.scrapeIntervalS ?? 2)
  const scratch = await mkdtemp(join(tmpdir(), 'p2p-chat-collect-'))
  const port = await freeLoopbackPort()
  await writeFile(join(scratch, 'prometheus.yml'), 'global: {scrape_interval: 1m}\nscrape_configs: []\n')
  const child = spawn('prometheus', [
    `--config.file=${join(scratch, 'prometheus.yml')}`, `--storage.tsdb.path=${dataDir}`,
    `--web.listen-address=127.0.0.1:${port}`, '--log.level=error', '--storage.tsdb.retention.time=100y'
  ], { stdio: ['ignore', 'ignore', 'pipe'], detached: true })
  child.on('error', () => { /* reported by waitReady through exitCode */ })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitReady(base, child, 60_000)
    const params = new URLSearchParams({
      query: `{__name__=~"${EXPORTED_SERIES}"}`,
      start: String(start / 1000),
      end: String(end / 1000),
      step: `${step}s`
    })
    const answer: any = await (await fetch(`${base}/api/v1/query_range?${params}`)).json()
    if (answer.status !== 'success') throw new HarnessError(`collect: Prometheus query failed: ${answer.error ?? 'unknown error'}`)
    const out = createWriteStream(join(runDir, 'metrics.csv'))
    out.write('ts_ms,node,metric,labels,value\n')
    let rows = 0
    for (const series of answer.data.result as Array<{ metric: Record<string, string>, values: Array<[number, string]> }>) {
      const labels = Object.entries(series.metric).filter(([k]) => !OWN_LABELS.has(k)).map(([k, v]) => `${k}=${v}`).join(';')
      const prefix = `${series.metric.node ?? series.metric.instance},${series.metric.__name__},${labels.includes(',') ? JSON.stringify(labels) : labels}`
      for (const [t, v] of series.values) {
        out.write(`${Math.round(t * 1000)},${prefix},${v}\n`)
        rows++
      }
    }
    await new Promise<void>(resolve => { out.end(resolve) })
    return rows
  } finally {
    await stopPrometheus(child)
    await rm(scratch, { recursive: true, force: true })
  }
}

/** metrics.csv from the run's TSDB (when it has one), then deliveries.csv, messages.csv, summary.json. */
export async function collectRun (runDir: string): Promise<{ metricRows: number, summary: RunSummary }> {
  const metricRows = existsSync(join(runDir, 'prometheus', 'data')) ? await exportMetrics(runDir) : 0
  return { metricRows, summary: await analyzeRun(runDir) }
}
