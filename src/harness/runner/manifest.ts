/** manifest.json: what ran, on what, and when; enough to reproduce or to doubt a result. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, release, totalmem } from 'node:os'
import type { ExperimentSpec } from '../spec.ts'

const PACKAGES = ['libp2p', '@libp2p/gossipsub', '@libp2p/kad-dht', '@libp2p/tcp', '@chainsafe/libp2p-quic', '@chainsafe/libp2p-noise', '@chainsafe/libp2p-yamux', '@libp2p/identify']

function versionOf (pkg: string): string {
  try {
    return JSON.parse(readFileSync(new URL(`../../../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version
  } catch {
    return 'unknown'
  }
}

function gitCommit (): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: new URL('../../..', import.meta.url), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
  } catch {
    return undefined
  }
}

/** What ran on what: the code's and the machine's part of every manifest (also an interop run's). */
export function hostManifest (): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'))
  return {
    p2pChatVersion: pkg.version,
    node: process.version,
    libp2p: Object.fromEntries(PACKAGES.map(p => [p, versionOf(p)])),
    gitCommit: gitCommit(),
    kernel: release(),
    cores: cpus().length,
    memoryBytes: totalmem()
  }
}

export async function buildManifest (init: { spec: ExperimentSpec, startedAtMs: number, endedAtMs: number, meshedAfterMs?: number, emulation: string, runId: string, interrupted?: boolean, error?: string, delayer?: unknown }): Promise<Record<string, unknown>> {
  return {
    ...hostManifest(),
    seed: init.spec.seed,
    runner: init.spec.runner,
    emulation: init.emulation,
    transport: init.spec.transport,
    nodesPerProcess: init.spec.nodes.perProcess,
    scrapeIntervalS: init.spec.metrics.scrapeIntervalS,
    runId: init.runId,
    startedAtMs: init.startedAtMs,
    meshedAfterMs: init.meshedAfterMs,
    endedAtMs: init.endedAtMs,
    ...(init.delayer != null ? { delayer: init.delayer } : {}),
    ...(init.interrupted === true ? { interrupted: true } : {}),
    ...(init.error != null ? { error: init.error } : {})
  }
}
