/** Any failure of the network lab: bad input, a missing tool, a command that failed. */
export class NetnsError extends Error {
  constructor (message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'NetnsError'
  }
}

/** The delayer cannot be built: gcc or the libnetfilter_queue headers are missing. */
export class DelayerBuildError extends NetnsError {
  constructor (message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'DelayerBuildError'
  }
}
