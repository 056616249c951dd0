/**
 * The run's Prometheus: Debian's `prometheus`, started by the harness with the shipped scrape
 * config (deploy/observability/prometheus.yml, its file-based discovery job), scraping every node
 * through `targets/*.json` files next to the config, and storing its TSDB in the run directory so
 * that `experiment collect` can read it back after the run.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, stringify } from 'yaml'
import { HarnessError } from '../errors.ts'

export const SHIPPED_CONFIG = fileURLToPath(new URL('../../../deploy/observability/prometheus.yml', import.meta.url))
/** The job of the shipped config that discovers targets from files. */
const FILE_SD_JOB = 'p2p-chat-harness'

export interface PromTarget { address: string, labels: Record<string, string> }

/** Writes RUN_DIR/prometheus/prometheus.yml: the shipped config's file_sd job at the spec's interval. */
export async function writePrometheusConfig (dir: string, scrapeIntervalS: number): Promise<string> {
  const shipped = parse(await readFile(SHIPPED_CONFIG, 'utf8'))
  const job = (shipped.scrape_configs as any[]).find(j => j.job_name === FILE_SD_JOB)
  if (job == null) throw new HarnessError(`${SHIPPED_CONFIG}: no scrape job named ${FILE_SD_JOB}`)
  // Prometheus durations take no fractions: milliseconds
  const interval = `${Math.round(scrapeIntervalS * 1000)}ms`
  const timeout = `${Math.round(Math.max(0.5, scrapeIntervalS - 0.5) * 1000)}ms`
  const config = {
    ...shipped,
    global: { ...shipped.global, scrape_interval: interval, scrape_timeout: timeout, evaluation_interval: interval },
    scrape_configs: [{ ...job, scrape_interval: interval, scrape_timeout: timeout }]
  }
  await mkdir(join(dir, 'targets'), { recursive: true })
  const path = join(dir, 'prometheus.yml')
  await writeFile(path, `# written by p2p-chat experiment run from ${SHIPPED_CONFIG}\n${stringify(config)}`)
  return path
}

/** Atomically replaces the run's target file (Prometheus re-reads it within its refresh interval). */
export async function writeTargets (dir: string, targets: PromTarget[]): Promise<void> {
  const body = targets.map(t => ({ targets: [t.address], labels: t.labels }))
  const tmp = join(dir, 'targets', '.nodes.json.tmp')
  await writeFile(tmp, JSON.stringify(body, null, 1))
  await rename(tmp, join(dir, 'targets', 'nodes.json'))
}

export function prometheusArgs (dir: string, listen: string): string[] {
  return [
    `--config.file=${join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=${listen}`,
    '--log.level=warn'
  ]
}

/** Stops Prometheus with SIGTERM (it flushes its WAL) and waits for the exit. */
export async function stopPrometheus (child: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  if (child == null || child.exitCode != null || child.signalCode != null) return
  await new Promise<void>(resolve => {
    const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL') } catch { /* gone */ } }, graceMs)
    child.once('exit', () => { clearTimeout(timer); resolve() })
    try { process.kill(-child.pid!, 'SIGTERM') } catch { child.kill('SIGTERM') }
  })
}
