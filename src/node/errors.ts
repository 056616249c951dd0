/**
 * Typed errors of the node library, and ChatError, the base of every error class of the project
 * (node, lab, harness, CLI). Each class carries a stable `static name` that its instances take as
 * `name`, so callers (the CLI, tests, embedding programs) can branch on the kind of failure
 * without parsing messages, and the CLI prints any of them as one line.
 */

/** The base of every error class of p2p-chat; a subclass declares `static name = '<its class name>'`. */
export class ChatError extends Error {
  static name = 'ChatError'
  /**
   * true: the message starts with its culprit (a flag, a key file, a spec field) and reads alone,
   * so the CLI prints `p2p-chat: <message>`; false: `p2p-chat: <Name>: <message>`.
   */
  static culpritFirst = false

  constructor (message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}

/** A key file is missing, unreadable, malformed or of the wrong key type. */
export class IdentityFileError extends ChatError {
  static name = 'IdentityFileError'
  static culpritFirst = true
  readonly path: string

  constructor (path: string, problem: string, options?: ErrorOptions) {
    super(`identity file ${path}: ${problem}`, options)
    this.path = path
  }
}

/** A configuration value (flag, option) is invalid; `setting` names the culprit. */
export class InvalidConfigError extends ChatError {
  static name = 'InvalidConfigError'
  static culpritFirst = true
  readonly setting: string

  constructor (setting: string, problem: string, options?: ErrorOptions) {
    super(`${setting}: ${problem}`, options)
    this.setting = setting
  }
}

/** A message reached no peer before its deadline, so it was not sent. */
export class NoRoomPeersError extends ChatError {
  static name = 'NoRoomPeersError'
  readonly room: string

  constructor (room: string, roomPeers: number, waitedMs: number) {
    super(roomPeers === 0
      ? `nobody joined room "${room}" within ${waitedMs / 1000} s; the message was not sent`
      : `no peer of room "${room}" could be reached within ${waitedMs / 1000} s; the message was not sent`)
    this.room = room
  }
}

/** A chat line the local user tried to send breaks the room's own rules (empty, too long). */
export class InvalidChatTextError extends ChatError {
  static name = 'InvalidChatTextError'

  constructor (problem: string) {
    super(problem)
  }
}

/** A peer asked the DHT to store a provider record or value beyond the node's budget. */
export class DhtStoreFullError extends ChatError {
  static name = 'DhtStoreFullError'

  constructor (problem: string) {
    super(problem)
  }
}

/**
 * A node asked for a runtime patch (src/node/patches/) in a state other than the one its process
 * chose: the patches are process-wide, chosen once by `installRuntimePatches()` at the process entry.
 */
export class RuntimePatchConflictError extends ChatError {
  static name = 'RuntimePatchConflictError'
  readonly patch: string

  constructor (patch: string, message: string) {
    super(message)
    this.patch = patch
  }
}

/** A `--data-dir` cannot be used: foreign or corrupt contents, another identity's, in use, unwritable. */
export class DataDirError extends ChatError {
  static name = 'DataDirError'
  static culpritFirst = true
  readonly path: string

  constructor (path: string, problem: string, options?: ErrorOptions) {
    super(`data directory ${path}: ${problem}`, options)
    this.path = path
  }
}
