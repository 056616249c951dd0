import { ChatError } from '../../node/errors.ts'

/** A run directory file is missing or malformed; `file` names it (and the field, when known). */
export class RunDirError extends ChatError {
  static name = 'RunDirError'
  readonly file: string

  constructor (file: string, problem: string, options?: ErrorOptions) {
    super(`${file}: ${problem}`, options)
    this.file = file
  }
}
