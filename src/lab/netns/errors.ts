import { ChatError } from '../../node/errors.ts'

/** Any failure of the network lab: bad input, a missing tool, a command that failed. */
export class NetnsError extends ChatError {
  static name = 'NetnsError'
}

/** The delayer cannot be built: gcc or the libnetfilter_queue headers are missing. */
export class DelayerBuildError extends NetnsError {
  static name = 'DelayerBuildError'
}
