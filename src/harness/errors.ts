import { ChatError } from '../node/errors.ts'

/** A run could not start or went wrong in a way the user must hear about; `message` names the culprit. */
export class HarnessError extends ChatError {
  static name = 'HarnessError'
  static culpritFirst = true
}
