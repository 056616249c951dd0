/**
 * Property-based tests of the payload validator (fast-check): valid payloads and mutations of them
 * (bit flips, truncation, duplicated and unknown fields, huge varints, invalid UTF-8, controls,
 * boundary lengths and times). Over 100 000 cases per run. The oracles below are written from the
 * room's rules, independently of the validator's own code.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { ChatPayload, validateChatPayload, REJECT_REASONS, IGNORE_REASONS } from '../src/node/chat-payload.ts'
import type { Verdict } from '../src/node/chat-payload.ts'
import { DEFAULT_VALIDATION_LIMITS as LIMITS, PAYLOAD_VERSION } from '../src/node/options.ts'

const NOW = 1_800_000_000_000
const utf8 = new TextEncoder()
const bytesOf = (s: string): number => utf8.encode(s).byteLength
const REASONS = new Set<string>([...REJECT_REASONS, ...IGNORE_REASONS])
// the room's rules: no C0 control but tab and newline, no DEL or C1, no line/paragraph separator,
// no bidi embedding, override or isolate in text; nick allows no control at all
const TEXT_UNSAFE = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u // eslint-disable-line no-control-regex
const NICK_UNSAFE = /[\0-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u // eslint-disable-line no-control-regex

interface Fields { version: number, text: Uint8Array<ArrayBuffer>, nick: Uint8Array<ArrayBuffer>, sentAtMs: bigint, nonce: Uint8Array<ArrayBuffer> }
const encode = (f: Fields): Uint8Array => ChatPayload.encode(f)

const all = (re: RegExp): RegExp => new RegExp(re.source, 'gu')
const safeChars = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: 'binary', minLength: 1, maxLength }).map(s => s.replace(all(TEXT_UNSAFE), '')).filter(s => s.length > 0)
const validText = fc.oneof(
  safeChars(200).filter(s => bytesOf(s) <= LIMITS.maxTextBytes),
  // boundary lengths: exactly the limit, in 1-, 2-, 3- and 4-byte characters
  fc.constantFrom('a', 'é', '€', '😀').map(ch => ch.repeat(Math.floor(LIMITS.maxTextBytes / bytesOf(ch))))
)
const validNick = safeChars(32).map(s => s.replace(all(NICK_UNSAFE), '')).filter(s => s.length > 0 && bytesOf(s) <= LIMITS.maxNickBytes)
const validTime = fc.integer({ min: NOW - LIMITS.maxMessageAgeMs, max: NOW + LIMITS.maxClockSkewMs })
const validFields: fc.Arbitrary<Fields> = fc.record({
  version: fc.constant(PAYLOAD_VERSION),
  text: validText.map(s => utf8.encode(s)),
  nick: validNick.map(s => utf8.encode(s)),
  sentAtMs: validTime.map(BigInt),
  nonce: fc.uint8Array({ minLength: 8, maxLength: 8 })
})

/** protobuf field key for field `n` with wire type `w` */
const key = (n: number, w: number): number => (n << 3) | w
const varint = (v: bigint): number[] => {
  const out: number[] = []
  do {
    let b = Number(v & 0x7fn)
    v >>= 7n
    if (v > 0n) b |= 0x80
    out.push(b)
  } while (v > 0n)
  return out
}
const concat = (...parts: Array<Uint8Array | number[]>): Uint8Array => Uint8Array.from(parts.flatMap(p => [...p]))
const lengthDelimited = (field: number, value: Uint8Array | number[]): number[] => [key(field, 2), ...varint(BigInt(value.length)), ...value]

const INVALID_UTF8 = [[0xc3, 0x28], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xe2, 0x82]]
const CONTROLS = ['\0', '\x07', '\x1b', '\r', '\x7f', '\x85', '\u2028', '\u202e', '\u2066']

type Mutation = (f: Fields, bytes: Uint8Array) => Uint8Array
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]): Mutation => (_f, b) => {
    const out = b.slice()
    if (out.length > 0) out[at % out.length] ^= 1 << bit
    return out
  }),
  fc.nat().map((at): Mutation => (_f, b) => b.subarray(0, at % (b.length + 1))),
  // duplicated fields: protobuf lets the last one win, so a later text/nick/time replaces the first
  fc.tuple(fc.constantFrom(2, 3, 5), fc.uint8Array({ maxLength: 40 })).map(([field, v]): Mutation => (_f, b) => concat(b, lengthDelimited(field, v))),
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((t): Mutation => (_f, b) => concat(b, [key(4, 0), ...varint(t)])),
  // unknown fields of every wire type
  fc.tuple(fc.integer({ min: 6, max: 2000 }), fc.uint8Array({ maxLength: 20 })).map(([field, v]): Mutation => (_f, b) => concat(b, lengthDelimited(field, v))),
  fc.tuple(fc.integer({ min: 6, max: 2000 }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n })).map(([field, v]): Mutation => (_f, b) => concat(b, [key(field, 0), ...varint(v)])),
  fc.integer({ min: 6, max: 2000 }).map((field): Mutation => (_f, b) => concat(b, [key(field, 1), 1, 2, 3, 4, 5, 6, 7, 8])),
  // a varint of 11 bytes (longer than any 64-bit value), or a length beyond the end
  fc.constantFrom(1, 4).map((field): Mutation => (_f, b) => concat(b, [key(field, 0), ...new Array(10).fill(0xff), 0x01])),
  fc.constantFrom(2, 3, 5).map((field): Mutation => (_f, b) => concat(b, [key(field, 2), 0xff, 0xff, 0xff, 0xff, 0x0f, 0x41])),
  // wrong wire type for a known field
  fc.constantFrom(1, 2, 3, 4, 5).map((field): Mutation => (_f, b) => concat(b, [key(field, field === 1 || field === 4 ? 2 : 0), 3, 0x41, 0x42, 0x43])),
  // invalid UTF-8 spliced into text or nick
  fc.tuple(fc.constantFrom('text', 'nick') as fc.Arbitrary<'text' | 'nick'>, fc.constantFrom(...INVALID_UTF8), fc.nat()).map(([which, bad, at]): Mutation => (f) => {
    const v = f[which]
    const i = at % (v.length + 1)
    return encode({ ...f, [which]: concat(v.subarray(0, i), bad, v.subarray(i)) })
  }),
  // control and bidi characters in text or nick
  fc.tuple(fc.constantFrom('text', 'nick') as fc.Arbitrary<'text' | 'nick'>, fc.constantFrom(...CONTROLS), fc.nat()).map(([which, ch, at]): Mutation => (f) => {
    const s = new TextDecoder().decode(f[which])
    const i = at % (s.length + 1)
    return encode({ ...f, [which]: utf8.encode(s.slice(0, i) + ch + s.slice(i)) })
  }),
  // boundary lengths and times, empty fields, other versions
  fc.constantFrom<Mutation>(
    (f) => encode({ ...f, text: new Uint8Array(LIMITS.maxTextBytes + 1).fill(0x61) }),
    (f) => encode({ ...f, nick: new Uint8Array(LIMITS.maxNickBytes + 1).fill(0x61) }),
    (f) => encode({ ...f, text: new Uint8Array() }),
    (f) => encode({ ...f, nick: new Uint8Array() }),
    (f) => encode({ ...f, nonce: new Uint8Array(7) }),
    (f) => encode({ ...f, nonce: new Uint8Array(9) }),
    (f) => encode({ ...f, sentAtMs: 0n }),
    (f) => encode({ ...f, sentAtMs: BigInt(NOW + LIMITS.maxClockSkewMs + 1) }),
    (f) => encode({ ...f, sentAtMs: BigInt(NOW - LIMITS.maxMessageAgeMs - 1) }),
    (f) => encode({ ...f, version: 0 }),
    (f) => encode({ ...f, version: 2 }),
    (f) => encode({ ...f, version: 0xffffffff })
  )
)

/** Everything an accepted payload must satisfy, checked from the raw bytes and the verdict. */
function assertSoundVerdict (bytes: Uint8Array, v: Verdict): void {
  if (v.action !== 'accept') {
    assert.ok(REASONS.has(v.reason), `reason ${v.reason} is in the closed set`)
    assert.equal((IGNORE_REASONS as readonly string[]).includes(v.reason), v.action === 'ignore', `${v.reason} has the right outcome`)
    return
  }
  const { text, nick, sentAtMs, nonce, version } = v.line
  assert.equal(version, PAYLOAD_VERSION)
  assert.ok(text.length > 0 && bytesOf(text) <= LIMITS.maxTextBytes, 'text within limits')
  assert.doesNotMatch(text, TEXT_UNSAFE)
  assert.ok(nick.length > 0 && bytesOf(nick) <= LIMITS.maxNickBytes, 'nick within limits')
  assert.doesNotMatch(nick, NICK_UNSAFE)
  assert.ok(sentAtMs >= NOW - LIMITS.maxMessageAgeMs && sentAtMs <= NOW + LIMITS.maxClockSkewMs, 'send time within the window')
  assert.equal(nonce.byteLength, 8)
  // re-encoding the decoded fields gives a payload that decodes to the same line
  const again = validateChatPayload(encode({ version, text: utf8.encode(text), nick: utf8.encode(nick), sentAtMs: BigInt(sentAtMs), nonce: Uint8Array.from(nonce) }), LIMITS, NOW)
  assert.equal(again.action, 'accept')
  assert.ok(again.action === 'accept' && again.line.text === text && again.line.nick === nick && again.line.sentAtMs === sentAtMs)
  assert.ok(bytes.byteLength > 0)
}

describe('payload validator properties', () => {
  it('accepts every valid payload, unchanged (20 000 cases)', () => {
    fc.assert(fc.property(validFields, (f) => {
      const v = validateChatPayload(encode(f), LIMITS, NOW)
      assert.equal(v.action, 'accept', JSON.stringify(v))
      assert.ok(v.action === 'accept')
      assert.deepEqual(utf8.encode(v.line.text), f.text)
      assert.deepEqual(utf8.encode(v.line.nick), f.nick)
      assert.equal(BigInt(v.line.sentAtMs), f.sentAtMs)
      assertSoundVerdict(encode(f), v)
    }), { numRuns: 20_000 })
  })

  it('never throws on a mutated payload, refuses with a reason from the closed set, and accepts only what obeys every limit (70 000 cases)', () => {
    fc.assert(fc.property(validFields, fc.array(mutation, { minLength: 1, maxLength: 3 }), (f, mutations) => {
      let bytes = encode(f)
      for (const m of mutations) bytes = m(f, bytes)
      assertSoundVerdict(bytes, validateChatPayload(bytes, LIMITS, NOW))
    }), { numRuns: 70_000 })
  })

  it('refuses each broken field with its own reason (10 000 cases)', () => {
    const broken = fc.oneof(
      fc.constant<[Partial<Fields>, string]>([{ text: new Uint8Array() }, 'empty_text']),
      fc.integer({ min: LIMITS.maxTextBytes + 1, max: LIMITS.maxTextBytes + 5000 }).map((n): [Partial<Fields>, string] => [{ text: new Uint8Array(n).fill(0x62) }, 'oversize_text']),
      fc.constantFrom(...INVALID_UTF8).map((bad): [Partial<Fields>, string] => [{ text: Uint8Array.from([0x68, ...bad]) }, 'invalid_utf8']),
      fc.constantFrom(...CONTROLS).map((ch): [Partial<Fields>, string] => [{ text: utf8.encode(`a${ch}b`) }, 'invalid_text']),
      fc.constantFrom(...CONTROLS, '\n', '\t').map((ch): [Partial<Fields>, string] => [{ nick: utf8.encode(`n${ch}`) }, 'invalid_nick']),
      fc.integer({ min: 0, max: 64 }).filter(n => n !== 8).map((n): [Partial<Fields>, string] => [{ nonce: new Uint8Array(n) }, 'missing_nonce']),
      fc.integer({ min: 2, max: 0xffffffff }).map((n): [Partial<Fields>, string] => [{ version: n }, 'unknown_version']),
      fc.integer({ min: 1, max: 10 ** 9 }).map((d): [Partial<Fields>, string] => [{ sentAtMs: BigInt(NOW + LIMITS.maxClockSkewMs + d) }, 'future_send_time']),
      fc.integer({ min: 1, max: 10 ** 9 }).map((d): [Partial<Fields>, string] => [{ sentAtMs: BigInt(NOW - LIMITS.maxMessageAgeMs - d) }, 'stale_send_time'])
    )
    fc.assert(fc.property(validFields, broken, (f, [over, reason]) => {
      const v = validateChatPayload(encode({ ...f, ...over }), LIMITS, NOW)
      assert.ok(v.action !== 'accept' && v.reason === reason, `expected ${reason}, got ${JSON.stringify(v)}`)
    }), { numRuns: 10_000 })
  })
})
