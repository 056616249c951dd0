/**
 * CLI entry: `p2p-chat [run] [flags]` and `p2p-chat keygen --out PATH`. Turns known failures into
 * one clear line on stderr and an exit code: 2 for usage, 1 for everything else.
 */
import { parseKeygenArgs, parseRunArgs, runHelp, UsageError } from './args.ts'
import { keygen } from './keygen.ts'
import { run } from './run.ts'

async function main (argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  if (first === 'keygen') {
    const args = parseKeygenArgs(rest)
    if (args === 'help') {
      process.stdout.write('Usage: p2p-chat keygen --out PATH\n')
      return 0
    }
    return keygen(args.out)
  }
  if (first === '--version') {
    process.stdout.write('p2p-chat 0.1.0\n')
    return 0
  }
  const args = parseRunArgs(first === 'run' ? rest : argv)
  if (args === 'help') {
    process.stdout.write(runHelp() + '\n')
    return 0
  }
  return run(args)
}

// A stray rejection deep in a network stack (a stream reset mid-write, say) must not take down a
// node that is otherwise fine: say so loudly on stderr and keep running.
process.on('unhandledRejection', (err: any) => {
  process.stderr.write(`p2p-chat: unhandled rejection, node keeps running: ${err?.stack ?? err}\n`)
})

const KNOWN_ERRORS = new Set(['UsageError', 'IdentityFileError', 'InvalidConfigError'])

main(process.argv.slice(2)).then(code => {
  process.exit(code)
}, (err: any) => {
  if (KNOWN_ERRORS.has(err?.name)) {
    process.stderr.write(`p2p-chat: ${err.message}\n`)
    if (err instanceof UsageError) process.stderr.write('run p2p-chat --help for the options\n')
  } else {
    process.stderr.write(`p2p-chat: unexpected error: ${err?.stack ?? err}\n`)
  }
  process.exit(err instanceof UsageError ? 2 : 1)
})
