/** The human REPL, driven through a real process's stdin. */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ChatProcess, addrWith, freePort, LOOPBACK_TCP, MAIN, isEvent } from './helpers/cli.ts'
import { onCleanup } from './helpers/cleanup.ts'
import { pollUntil } from './helpers/poll.ts'

const started: ChatProcess[] = []
after(async () => { await Promise.all(started.map(async p => p.stop())) })

describe('REPL on stdin', () => {
  it('answers commands, sends typed lines, shows received ones, and quits on /quit', async () => {
    const alice = new ChatProcess(['--json', '--tcp-only', ...LOOPBACK_TCP, '--nick', 'alice'])
    started.push(alice)
    const a = await alice.ready()
    const bob = new ChatProcess(['--tcp-only', ...LOOPBACK_TCP, '--nick', 'bob', '--bootstrap', addrWith(a.addrs, '/tcp/')], { json: false })
    started.push(bob)

    const bobId = (await bob.waitUntil(() => /^p2p-chat node (\S+)/m.exec(bob.stdout)?.[1], 'human ready line'))
    bob.send('/id')
    await bob.waitUntil(() => bob.stdout.split('\n').includes(bobId) ? true : undefined, '/id answer')
    bob.send('/help')
    await bob.waitUntil(() => /\/peers\s+connected peers/.test(bob.stdout) ? true : undefined, '/help answer')
    bob.send('/addrs')
    await bob.waitUntil(() => new RegExp(`^/ip4/127\\.0\\.0\\.1/tcp/\\d+/p2p/${bobId}$`, 'm').test(bob.stdout) ? true : undefined, '/addrs answer')
    assert.match(bob.stdout, /^NAT: not discovered \(no STUN server\)$/m)
    bob.send('/frobnicate')
    await bob.waitUntil(() => /! unknown command \/frobnicate/.test(bob.stdout) ? true : undefined, 'unknown command answer')

    // /peers until alice shows up as a room member
    await pollUntil('alice in bob\'s /peers', 20_000, async () => {
      const before = bob.stdout.length
      bob.send('/peers')
      await bob.waitUntil(() => bob.stdout.length > before ? true : undefined, '/peers answer')
      return new RegExp(`^${a.peerId} tcp .*\\[in room\\]$`, 'm').test(bob.stdout) ? true : undefined
    })

    bob.send('hello from the keyboard')
    const got = await alice.waitFor(isEvent('message', e => e.text === 'hello from the keyboard'), 'bob\'s line at alice')
    // bob's own line is echoed with the number of peers it went to
    await bob.waitUntil(() => /^\[\d\d:\d\d:\d\d\] <bob \(you\)> hello from the keyboard {2}\[sent to 1 peer\]$/m.test(bob.stdout) ? true : undefined, 'the echo of bob\'s own line')
    assert.match(bob.stdout, /^\* the room is ready: messages reach 1 peer$/m)
    assert.equal(got.nick, 'bob')
    assert.equal(got.from, bobId)

    alice.send('hi bob')
    await bob.waitUntil(() => new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\] <alice@${a.peerId.slice(-6)}> hi bob$`, 'm').test(bob.stdout) ? true : undefined, 'alice\'s line at bob')

    bob.send('/quit')
    const { code } = await bob.exited
    assert.equal(code, 0)
  })

  it('stops cleanly on SIGINT with exit 0', async () => {
    const p = new ChatProcess(['--json', '--tcp-only', ...LOOPBACK_TCP, '--no-stdin'])
    started.push(p)
    await p.ready()
    p.child.kill('SIGINT')
    const { code } = await p.exited
    assert.equal(code, 0)
    assert.match(p.stderr, /stopping \(SIGINT\)/)
  })

  it('in a terminal, a log line does not break the prompt: the prompt and the half-typed line are redrawn after it', async () => {
    // `script` gives the CLI a real pseudo-terminal; a bootstrap peer that never answers makes log lines
    const dead = `/ip4/127.0.0.1/tcp/${await freePort()}/p2p/${peerIdFromPrivateKey(await generateKeyPair('secp256k1')).toString()}`
    const command = [process.execPath, MAIN, '--tcp-only', ...LOOPBACK_TCP, '--bootstrap', dead].map(a => `'${a}'`).join(' ')
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: { ...process.env, TERM: 'xterm' } })
    onCleanup(() => { try { process.kill(-child.pid!, 'SIGKILL') } catch { /* gone */ } })
    let screen = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => { screen += c })
    const waitFor = async (what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> => {
      await pollUntil(what, timeoutMs, () => check() ? true : undefined, 50)
    }
    await waitFor('the prompt', () => screen.includes('> '))
    child.stdin.write('hel')
    const typedAt = screen.length
    await waitFor('a log line after typing', () => /unreachable/.test(screen.slice(typedAt)))
    // the log line ends, then the prompt comes back with what had been typed
    await waitFor('the redrawn prompt', () => /unreachable[^\n]*\r?\n[\s\S]*> hel/.test(screen.slice(typedAt)))
    child.stdin.write('\u0015/quit\r') // Ctrl-U clears the half-typed line

    const code = await new Promise<number | null>(resolve => child.on('exit', c => { resolve(c) }))
    assert.equal(code, 0)
  })
})
