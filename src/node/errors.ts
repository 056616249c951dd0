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

/** A message reached no peer before its deadline, so it was not sent. */
export class NoRoomPeersError extends Error {
  static name = 'NoRoomPeersError'
  readonly room: string

  constructor (room: string, roomPeers: number, waitedMs: number) {
    super(roomPeers === 0
      ? `nobody joined room "${room}" within ${waitedMs / 1000} s; the message was not sent`
      : `no peer of room "${room}" could be reached within ${waitedMs / 1000} s; the message was not sent`)
    this.name = 'NoRoomPeersError'
    this.room = room
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

/** A peer asked the DHT to store a provider record or value beyond the node's budget. */
export class DhtStoreFullError extends Error {
  static name = 'DhtStoreFullError'

  constructor (problem: string) {
    super(problem)
    this.name = 'DhtStoreFullError'
  }
}
