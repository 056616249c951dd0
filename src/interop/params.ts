/**
 * The gossipsub-interop framework's `params.json` (libp2p/test-plans, gossipsub-interop/
 * script_instruction.py): `{ "script": [instruction, ...] }`, checked field by field. An error names
 * the path of the culprit (`script[3].instruction.messageSizeBytes`). Instructions this node cannot
 * carry out (partial messages: @libp2p/gossipsub 17 has no partial-messages extension) are refused
 * here, before anything runs, rather than skipped in the middle of a run.
 */
import { ChatError } from '../node/errors.ts'

export type Instruction =
  | { type: 'connect', connectTo: number[] }
  | { type: 'ifNodeIDEquals', nodeID: number, instruction: Instruction }
  | { type: 'waitUntil', elapsedSeconds: number }
  | { type: 'publish', messageID: bigint, messageSizeBytes: number, topicID: string }
  | { type: 'subscribeToTopic', topicID: string }
  | { type: 'setTopicValidationDelay', topicID: string, delaySeconds: number }
  | { type: 'initGossipSub', gossipSubParams: Record<string, number> }

export interface InteropParams { script: Instruction[] }

/** params.json is wrong; `path` names the field (`script[2].connectTo[0]`). */
export class InteropParamsError extends ChatError {
  static name = 'InteropParamsError'
  static culpritFirst = true
  readonly path: string

  constructor (path: string, problem: string) {
    super(`params ${path}: ${problem}`)
    this.path = path
  }
}

/** Messages are at least their 8-byte id; 16 MiB is far beyond any scenario (blobs are 96 KiB). */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024
const PARTIAL = 'partial messages need the gossipsub partial-messages extension, which @libp2p/gossipsub 17 does not have'

type Fields = Record<string, unknown>

const fail = (path: string, problem: string): never => { throw new InteropParamsError(path, problem) }
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v)

function int (v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) return fail(path, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`)
  return v
}

function seconds (v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return fail(path, `expected a number of seconds >= 0, got ${JSON.stringify(v)}`)
  return v
}

function topic (v: unknown, path: string): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > 256) return fail(path, `expected a topic name of 1-256 characters, got ${JSON.stringify(v)}`)
  return v
}

function instruction (v: unknown, path: string): Instruction {
  if (!isObject(v)) return fail(path, 'expected an instruction object')
  const at = (field: string): string => `${path}.${field}`
  switch (v.type) {
    case 'connect':
      if (!Array.isArray(v.connectTo)) return fail(at('connectTo'), 'expected an array of node ids')
      return { type: 'connect', connectTo: v.connectTo.map((id, i) => int(id, `${at('connectTo')}[${i}]`)) }
    case 'ifNodeIDEquals':
      return { type: 'ifNodeIDEquals', nodeID: int(v.nodeID, at('nodeID')), instruction: instruction(v.instruction, at('instruction')) }
    case 'waitUntil':
      return { type: 'waitUntil', elapsedSeconds: seconds(v.elapsedSeconds, at('elapsedSeconds')) }
    case 'publish': {
      const id = v.messageID
      if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return fail(at('messageID'), `expected a whole number >= 0, got ${JSON.stringify(id)}`)
      return { type: 'publish', messageID: BigInt(id), messageSizeBytes: int(v.messageSizeBytes, at('messageSizeBytes'), 8, MAX_MESSAGE_BYTES), topicID: topic(v.topicID, at('topicID')) }
    }
    case 'subscribeToTopic':
      if (v.partial === true) return fail(at('partial'), PARTIAL)
      if (v.partial !== undefined && v.partial !== false) return fail(at('partial'), `expected true or false, got ${JSON.stringify(v.partial)}`)
      return { type: 'subscribeToTopic', topicID: topic(v.topicID, at('topicID')) }
    case 'setTopicValidationDelay':
      return { type: 'setTopicValidationDelay', topicID: topic(v.topicID, at('topicID')), delaySeconds: seconds(v.delaySeconds, at('delaySeconds')) }
    case 'initGossipSub': {
      const params = v.gossipSubParams ?? {}
      if (!isObject(params)) return fail(at('gossipSubParams'), 'expected an object of GossipSubParams')
      const out: Record<string, number> = {}
      for (const [key, value] of Object.entries(params)) {
        if (value === null) continue
        if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${at('gossipSubParams')}.${key}`, `expected a number, got ${JSON.stringify(value)}`)
        out[key] = value
      }
      return { type: 'initGossipSub', gossipSubParams: out }
    }
    case 'addPartialMessage':
    case 'publishPartial':
      return fail(at('type'), `${v.type}: ${PARTIAL}`)
    default:
      return fail(at('type'), `unknown instruction ${JSON.stringify(v.type)} (known: connect, ifNodeIDEquals, waitUntil, publish, subscribeToTopic, setTopicValidationDelay, initGossipSub)`)
  }
}

/** Parses the text of a params.json. */
export function parseInteropParams (text: string): InteropParams {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch (err: any) {
    return fail('(file)', `not JSON (${err.message})`)
  }
  if (!isObject(v)) return fail('(file)', 'expected an object with a "script" array')
  if (!Array.isArray(v.script)) return fail('script', 'expected an array of instructions')
  return { script: v.script.map((item, i) => instruction(item, `script[${i}]`)) }
}

/** The instructions node `nodeId` runs, with `ifNodeIDEquals` resolved (in order). */
export function instructionsFor (script: Instruction[], nodeId: number): Array<Exclude<Instruction, { type: 'ifNodeIDEquals' }>> {
  const out: Array<Exclude<Instruction, { type: 'ifNodeIDEquals' }>> = []
  const visit = (i: Instruction): void => {
    if (i.type === 'ifNodeIDEquals') {
      if (i.nodeID === nodeId) visit(i.instruction)
    } else {
      out.push(i)
    }
  }
  script.forEach(visit)
  return out
}
