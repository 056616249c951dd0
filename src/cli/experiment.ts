/** `p2p-chat experiment ...`: placeholder until the harness lands (issue 8). */
import { UsageError } from './args.ts'

export async function experiment (argv: string[]): Promise<number> {
  throw new UsageError(`experiment ${argv[0] ?? ''}: not available in this build`)
}
