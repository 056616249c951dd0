/**
 * Typed errors of the node library. Each carries a stable `name` so callers (the CLI, tests,
 * embedding programs) can branch on the kind of failure without parsing messages.
 */

/** A key file is missing, unreadable, malformed or of the wrong key type. */
export class IdentityFileError extends Error {
  static name = 'IdentityFileError'
  readonly path: string

  constructor (path: string, problem: string, options?: ErrorOptions) {
    super(`identity file ${path}: ${problem}`, options)
    this.name = 'IdentityFileError'
    this.path = path
  }
}

/** A configuration value (flag, option) is invalid; `setting` names the culprit. */
export class InvalidConfigError extends Error {
  static name = 'InvalidConfigError'
  readonly setting: string

  constructor (setting: string, problem: string, options?: ErrorOptions) {
    super(`${setting}: ${problem}`, options)
    this.name = 'InvalidConfigError'
    this.setting = setting
  }
}

/** Publishing found no peer subscribed to the room topic (gossipsub's NoPeersSubscribedToTopic). */
export class NoRoomPeersError extends Error {
  static name = 'NoRoomPeersError'

  constructor (room: string) {
    super(`no peer has joined room "${room}" yet; the message was not sent`)
    this.name = 'NoRoomPeersError'
  }
}

/** A chat line the local user tried to send breaks the room's own rules (empty, too long). */
export class InvalidChatTextError extends Error {
  static name = 'InvalidChatTextError'

  constructor (problem: string) {
    super(problem)
    this.name = 'InvalidChatTextError'
  }
}
