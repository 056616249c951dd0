/** A run directory file is missing or malformed; `file` names it (and the field, when known). */
export class RunDirError extends Error {
  static name = 'RunDirError'
  readonly file: string

  constructor (file: string, problem: string, options?: ErrorOptions) {
    super(`${file}: ${problem}`, options)
    this.name = 'RunDirError'
    this.file = file
  }
}
