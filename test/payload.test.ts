import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ChatPayload, encodeChatLine, validateChatPayload } from '../src/node/chat-payload.ts'
import { messageIdOf, messageIdToHex } from '../src/node/chat-room.ts'
import { DEFAULT_VALIDATION_LIMITS as LIMITS, PAYLOAD_VERSION } from '../src/node/options.ts'

const NOW = 1_800_000_000_000
const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s)
const payload = (over: Partial<ChatPayload> = {}): Uint8Array => ChatPayload.encode({
  version: PAYLOAD_VERSION, text: utf8('hi'), nick: utf8('bob'), sentAtMs: BigInt(NOW), nonce: new Uint8Array(8).fill(7), ...over
})

describe('chat payload validation', () => {
  it('accepts a well-formed line and decodes its fields', () => {
    const v = validateChatPayload(encodeChatLine('héllo ✓', 'bob', NOW), LIMITS, NOW + 5)
    assert.equal(v.action, 'accept')
    assert.ok(v.action === 'accept' && v.line.text === 'héllo ✓' && v.line.nick === 'bob' && v.line.sentAtMs === NOW)
  })

  it('gives two identical lines two different message ids', () => {
    const a = encodeChatLine('same', 'bob', NOW)
    const b = encodeChatLine('same', 'bob', NOW)
    assert.notEqual(messageIdToHex(messageIdOf(a)), messageIdToHex(messageIdOf(b)))
  })

  const cases: Array<[string, Uint8Array, string, string]> = [
    ['garbage bytes', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]), 'reject', 'malformed'],
    ['an unknown version', payload({ version: 99 }), 'reject', 'unknown_version'],
    ['empty text', payload({ text: new Uint8Array() }), 'reject', 'empty_text'],
    ['oversize text', payload({ text: utf8('x'.repeat(LIMITS.maxTextBytes + 1)) }), 'reject', 'oversize_text'],
    ['invalid UTF-8 text', payload({ text: new Uint8Array([0x68, 0xc3, 0x28]) }), 'reject', 'invalid_utf8'],
    ['an escape sequence in the text', payload({ text: utf8('\u001b[2Jgotcha') }), 'reject', 'invalid_text'],
    ['a bidi override in the text', payload({ text: utf8('abc\u202edef') }), 'reject', 'invalid_text'],
    ['a control character in the nick', payload({ nick: utf8('bo\u0007b') }), 'reject', 'invalid_nick'],
    ['a line separator in the nick', payload({ nick: utf8('bo\u2028b') }), 'reject', 'invalid_nick'],
    ['a bidi override in the nick', payload({ nick: utf8('\u202eevil') }), 'reject', 'invalid_nick'],
    ['an empty nick', payload({ nick: new Uint8Array() }), 'reject', 'invalid_nick'],
    ['no nonce', payload({ nonce: new Uint8Array() }), 'reject', 'missing_nonce'],
    ['no send time', payload({ sentAtMs: 0n }), 'reject', 'missing_send_time'],
    ['a send time beyond the clock allowance', payload({ sentAtMs: BigInt(NOW + LIMITS.maxClockSkewMs + 1) }), 'ignore', 'future_send_time'],
    ['a stale send time', payload({ sentAtMs: BigInt(NOW - LIMITS.maxMessageAgeMs - 1) }), 'ignore', 'stale_send_time']
  ]
  for (const [what, data, action, reason] of cases) {
    it(`${action}s ${what} as ${reason}`, () => {
      assert.deepEqual(validateChatPayload(data, LIMITS, NOW), { action, reason })
    })
  }

  it('keeps a leading byte-order mark: the text is what was sent, byte for byte', () => {
    // found by the property test: a decoder that strips a leading U+FEFF turned "\uFEFF" into ""
    for (const text of ['\uFEFF', '\uFEFFhi']) {
      const v = validateChatPayload(payload({ text: utf8(text), nick: utf8('\uFEFFbob') }), LIMITS, NOW)
      assert.ok(v.action === 'accept' && v.line.text === text && v.line.nick === '\uFEFFbob', JSON.stringify(v))
    }
  })

  it('accepts newlines and tabs in text', () => {
    assert.equal(validateChatPayload(payload({ text: utf8('one\n\ttwo') }), LIMITS, NOW).action, 'accept')
  })

  it('tolerates a send time within the clock allowance', () => {
    assert.equal(validateChatPayload(payload({ sentAtMs: BigInt(NOW + LIMITS.maxClockSkewMs - 1) }), LIMITS, NOW).action, 'accept')
  })
})
