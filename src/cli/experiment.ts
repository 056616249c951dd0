/** `p2p-chat experiment ...`: placeholder until the harness lands (issue 8). */
import { UsageError } from './args.ts'

export async function experiment (_argv: string[]): Promise<number> {
  throw new UsageError('experiment: not available in this build')
}
