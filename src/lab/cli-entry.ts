/**
 * The one place (for TypeScript) that says which file starts the `p2p-chat` CLI in a child process:
 * the runner's host processes, the NAT lab's nodes, the test helpers and the benchmarks all ask here.
 *
 * Why in src/lab/: the callers are the lab (lab/nat/pair.ts), the harness (harness/runner/fleet.ts),
 * tests and benchmarks; lab may import only lab and node, and the node library must know nothing of
 * its CLI, so lab is the lowest folder every caller may import. It imports nothing of src/cli/: it
 * knows the CLI by its path only, so no wall is crossed.
 *
 * The one exception is bin/p2p-chat.cjs, the launcher: CommonJS written for any old runtime (it must
 * print its one-line error on one), so it cannot import this module and keeps its own few lines for
 * the same rule as `cliEntry()`.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The package directory (this file is src/lab/cli-entry.ts, or dist/lab/cli-entry.js once built). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The CLI's source, run through Node's type stripping (what the tests exercise). */
export const CLI_SOURCE = join(ROOT, 'src', 'cli', 'main.ts')
/** The compiled CLI (`npm run build`): what users and benchmarks run. */
export const CLI_COMPILED = join(ROOT, 'dist', 'cli', 'main.js')

function newestMtimeMs (dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(full) : statSync(full).mtimeMs)
  }
  return newest
}

/**
 * The CLI entry for a child process: the compiled dist/ whenever it is up to date (its build stamp
 * is at least as new as everything in src/; type stripping keeps ~29 MB of transpiler resident in
 * every process), else the one matching this process (compiled when it runs compiled, the source
 * otherwise).
 */
export function cliEntry (): string {
  try {
    if (statSync(join(ROOT, 'dist', '.build-stamp')).mtimeMs >= newestMtimeMs(join(ROOT, 'src'))) return CLI_COMPILED
  } catch { /* not built */ }
  return cliEntryOfThisProcess()
}

/** The CLI entry of the same kind as this process: compiled when it runs compiled, else the source. */
export function cliEntryOfThisProcess (): string {
  return import.meta.url.endsWith('.js') ? CLI_COMPILED : CLI_SOURCE
}
