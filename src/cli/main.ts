/**
 * CLI entry: `p2p-chat [run] [flags]`, `p2p-chat keygen --out PATH`, `p2p-chat experiment ...` and
 * `p2p-chat interop-node --params FILE`.
 * Turns known failures into one clear line on stderr and an exit code: 2 for usage, 1 for
 * everything else.
 */
import { readFileSync } from 'node:fs'
import { KEYGEN_HELP, parseKeygenArgs, parseRunArgs, runHelp, UsageError } from './args.ts'
import { errorLine } from './error-line.ts'
import { installRuntimePatches } from '../node/patches/index.ts'
import { keygen } from './keygen.ts'
import { run } from './run.ts'

const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version

async function main (argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  if (first === 'keygen') {
    const args = parseKeygenArgs(rest)
    if (args === 'help') {
      process.stdout.write(KEYGEN_HELP + '\n')
      return 0
    }
    return keygen(args.out)
  }
  if (first === 'host') {
    const { host } = await import('./host.ts')
    return host(rest)
  }
  if (first === 'interop-node') {
    const { interopNode } = await import('./interop-node.ts')
    await installRuntimePatches()
    return interopNode(rest)
  }
  if (first === 'experiment') {
    const { experiment } = await import('./experiment.ts')
    return experiment(rest)
  }
  const args = parseRunArgs(first === 'run' ? rest : argv)
  if (args === 'help') {
    process.stdout.write(runHelp() + '\n')
    return 0
  }
  if (args === 'version') {
    process.stdout.write(`p2p-chat ${VERSION}\n`)
    return 0
  }
  // the process-wide dependency patches (src/node/patches/), once, before the node exists
  await installRuntimePatches()
  return run(args)
}

// A stray rejection deep in a network stack (a stream reset mid-write, say) must not take down a
// node that is otherwise fine: say so loudly on stderr and keep running.
process.on('unhandledRejection', (err: any) => {
  process.stderr.write(`p2p-chat: unhandled rejection, node keeps running: ${err?.stack ?? err}\n`)
})

main(process.argv.slice(2)).then(code => {
  process.exit(code)
}, (err: unknown) => {
  process.stderr.write(errorLine(err) + '\n')
  process.exit(err instanceof UsageError ? 2 : 1)
})
