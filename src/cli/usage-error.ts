/** The CLI's usage error: a bad flag or value, one line naming it, exit code 2. */
import { ChatError } from '../node/errors.ts'

export class UsageError extends ChatError {
  static name = 'UsageError'
  static culpritFirst = true
  readonly exitCode = 2

  constructor (message: string) {
    super(message)
  }
}
