/** A run could not start or went wrong in a way the user must hear about; `message` names the culprit. */
export class HarnessError extends Error {
  static name = 'HarnessError'

  constructor (message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'HarnessError'
  }
}
