/**
 * Runs in progress leave a note in the temp dir (the harness' pid and its node processes), so that
 * `experiment clean` can find and end what a crashed run left behind on any runner.
 */
import { rmSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const STATE_DIR = join(tmpdir(), 'p2p-chat-runs')

export interface RunNote { runDir: string, pid: number, pids?: number[] }

export async function registerRun (runId: string, note: RunNote): Promise<void> {
  await mkdir(STATE_DIR, { recursive: true })
  await writeFile(join(STATE_DIR, `${runId}.json`), JSON.stringify(note))
}

export async function forgetRun (runId: string): Promise<void> {
  await rm(join(STATE_DIR, `${runId}.json`), { force: true })
}

/** The same from a process 'exit' handler, where nothing asynchronous runs. */
export function forgetRunSync (runId: string): void {
  rmSync(join(STATE_DIR, `${runId}.json`), { force: true })
}

const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); return true } catch { return false }
}

/** Ends the process groups of every run whose harness is gone; returns the run directories. */
export async function cleanOrphanedRuns (): Promise<{ runs: string[], killed: number[] }> {
  const runs: string[] = []
  const killed: number[] = []
  let files: string[] = []
  try { files = await readdir(STATE_DIR) } catch { return { runs, killed } }
  for (const file of files.filter(f => f.endsWith('.json'))) {
    let note: RunNote
    try { note = JSON.parse(await readFile(join(STATE_DIR, file), 'utf8')) } catch { await rm(join(STATE_DIR, file), { force: true }); continue }
    if (alive(note.pid) && note.pid !== process.pid) continue // a run still going
    for (const pid of note.pids ?? []) {
      try { process.kill(-pid, 'SIGKILL'); killed.push(pid) } catch { /* already gone */ }
    }
    runs.push(note.runDir)
    await rm(join(STATE_DIR, file), { force: true })
  }
  return { runs, killed }
}
