/** Every bad input the CLI can get: the exit code and a message naming the culprit. */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { runCli, assertOneErrorLine, LAUNCHER } from './helpers/cli.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'

let dir: string
let busy: Server
let busyPort: number
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-cli-'))
  cleanupTempDir(dir)
  await writeFile(join(dir, 'garbage.key'), 'definitely not a key')
  await writeFile(join(dir, 'ed25519.key'), privateKeyToProtobuf(await generateKeyPair('Ed25519')))
  await writeFile(join(dir, 'truncated.key'), privateKeyToProtobuf(await generateKeyPair('secp256k1')).subarray(0, 10))
  await writeFile(join(dir, 'taken.key'), 'keep me')
  busy = createServer()
  await new Promise<void>(resolve => busy.listen(0, '127.0.0.1', resolve))
  busyPort = (busy.address() as { port: number }).port
})
after(async () => {
  busy.close()
  await rm(dir, { recursive: true, force: true })
})

describe('usage errors exit 2 and name the flag and value', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--tcp-only', '--quic-only'], /--tcp-only and --quic-only exclude each other/],
    [['--listen', '/ip4/999.1.1.1/tcp/0'], /--listen "\/ip4\/999\.1\.1\.1\/tcp\/0": not a valid multiaddr/],
    [['--listen', 'localhost:4001'], /--listen "localhost:4001": not a valid multiaddr/],
    [['--external', '/ip4/1.2.3.4/tcp/notaport'], /--external "\/ip4\/1\.2\.3\.4\/tcp\/notaport": not a valid multiaddr/],
    [['--bootstrap', '/dns4/localhost/tcp/x'], /--bootstrap "\/dns4\/localhost\/tcp\/x": not a valid multiaddr/],
    [['--bootstrap', '/ip4/127.0.0.1/tcp/4001'], /--bootstrap \/ip4\/127\.0\.0\.1\/tcp\/4001: must end in \/p2p\/<peer id>/],
    [['--bootstrap', '/ip4/127.0.0.1/tcp/4001/p2p/notapeerid'], /--bootstrap \/ip4\/127\.0\.0\.1\/tcp\/4001\/p2p\/notapeerid: "notapeerid" is not a valid peer id/],
    [['--bootstrap', '/ip4/127.0.0.1/tcp/40209/p2p/16Uiu2HAm72KG...'], /--bootstrap .*: "16Uiu2HAm72KG\.\.\." is not a valid peer id/],
    [['--once'], /--once needs --publish TEXT/],
    [['--tcp-only', '--listen', '/ip4/127.0.0.1/udp/0/quic-v1'], /--listen \/ip4\/127\.0\.0\.1\/udp\/0\/quic-v1: a QUIC address, but --tcp-only disables QUIC/],
    [['--quic-only', '--listen', '/ip4/127.0.0.1/tcp/0'], /a TCP address, but --quic-only disables TCP/],
    [['--nick', 'bad\u0007nick'], /--nick .*must not contain control characters/],
    [['--room', 'no spaces please'], /--room "no spaces please"/],
    [['--log-level', 'loud'], /--log-level "loud": expected one of error, warn, info, debug/],
    [['--metrics', 'nonsense'], /--metrics "nonsense": expected HOST:PORT/],
    [['--publish-timeout', '0'], /--publish-timeout "0": expected a positive number of seconds/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['--identity', 'a.key', '--identity-out', 'b.key'], /--identity and --identity-out exclude each other/],
    [['keygen'], /keygen: --out PATH is required/]
  ]
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const { code, stderr } = await runCli(args)
      assert.equal(code, 2, stderr)
      assertOneErrorLine(stderr, message)
    })
  }
})

describe('runtime errors exit 1 and name the file or flag', () => {
  it('a missing key file', async () => {
    const { code, stderr } = await runCli(['--identity', join(dir, 'missing.key'), '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /identity file .*missing\.key: no such file/)
  })
  it('a garbage key file', async () => {
    const { code, stderr } = await runCli(['--identity', join(dir, 'garbage.key'), '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /garbage\.key: is not a libp2p private key protobuf/)
  })
  it('a truncated key file', async () => {
    const { code, stderr } = await runCli(['--identity', join(dir, 'truncated.key'), '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /truncated\.key: is not a libp2p private key protobuf/)
  })
  it('a key of another type', async () => {
    const { code, stderr } = await runCli(['--identity', join(dir, 'ed25519.key'), '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /ed25519\.key: holds a key of type Ed25519/)
  })
  it('a key file others can read (refused as ssh does, with the chmod that fixes it)', async () => {
    const path = join(dir, 'open.key')
    await writeFile(path, privateKeyToProtobuf(await generateKeyPair('secp256k1')), { mode: 0o644 })
    await chmod(path, 0o644)
    const { code, stderr } = await runCli(['--identity', path, '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /open\.key: is an unprotected private key file: mode 0644 lets its group access it; run chmod 600 .*open\.key/)
  })
  it('a FIFO as key file (refused at once, never waited on)', async () => {
    const path = join(dir, 'pipe.key')
    execFileSync('mkfifo', ['-m', '600', path])
    const { code, stderr } = await runCli(['--identity', path, '--no-stdin'], { timeoutMs: 15_000 })
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /pipe\.key: is a FIFO \(named pipe\), not a key file/)
  })
  it('--identity-out onto an existing file leaves it untouched', async () => {
    const { code, stderr } = await runCli(['--identity-out', join(dir, 'taken.key'), '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /taken\.key: already exists; refusing to overwrite/)
    assert.equal(await readFile(join(dir, 'taken.key'), 'utf8'), 'keep me')
  })
  it('keygen onto an existing file', async () => {
    const { code, stderr } = await runCli(['keygen', '--out', join(dir, 'taken.key')])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /taken\.key: already exists/)
  })
  it('--metrics on a port in use', async () => {
    const { code, stderr } = await runCli(['--metrics', `127.0.0.1:${busyPort}`, '--no-stdin', '--listen', '/ip4/127.0.0.1/tcp/0'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, new RegExp(`--metrics 127\\.0\\.0\\.1:${busyPort}: address already in use`))
  })
  it('--metrics on an address this host does not have', async () => {
    const { code, stderr } = await runCli(['--metrics', '192.0.2.77:9464', '--no-stdin', '--listen', '/ip4/127.0.0.1/tcp/0'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /--metrics 192\.0\.2\.77:9464: no such local address/)
  })
  it('--listen on an address this host does not have', async () => {
    const { code, stderr } = await runCli(['--tcp-only', '--listen', '/ip4/192.0.2.77/tcp/0', '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /--listen: cannot listen on \/ip4\/192\.0\.2\.77\/tcp\/0 \(no such local address\)/)
  })
  it('--listen on a port in use', async () => {
    const { code, stderr } = await runCli(['--tcp-only', '--listen', `/ip4/127.0.0.1/tcp/${busyPort}`, '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, new RegExp(`--listen: cannot listen on /ip4/127\\.0\\.0\\.1/tcp/${busyPort} \\(address already in use\\)`))
  })
})

describe('help and version', () => {
  for (const flag of ['--help', '-h']) {
    it(`${flag} lists the flags, --version, the REPL commands and /healthz`, async () => {
      const { code, stdout } = await runCli([flag])
      assert.equal(code, 0)
      for (const needle of ['--bootstrap MULTIADDR', '--version', '/peers', '/quit', '/healthz', '--once']) assert.ok(stdout.includes(needle), `${needle} in --help`)
    })
  }
  for (const flag of ['--version', '-v']) {
    it(`${flag} prints the package version`, async () => {
      const { code, stdout } = await runCli([flag])
      assert.equal(code, 0)
      assert.equal(stdout, `p2p-chat ${JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version}\n`)
    })
  }
  it('keygen --help explains keygen', async () => {
    const { code, stdout } = await runCli(['keygen', '--help'])
    assert.equal(code, 0)
    assert.match(stdout, /Usage: p2p-chat keygen --out PATH/)
    assert.match(stdout, /never overwriting/)
  })
})

describe('keygen', () => {
  it('writes a 0600 key file and prints its peer id, which run then uses', async () => {
    const out = join(dir, 'new.key')
    const gen = await runCli(['keygen', '--out', out])
    assert.equal(gen.code, 0, gen.stderr)
    const peerId = gen.stdout.trim()
    assert.match(peerId, /^16Uiu2HA\w{45}$/)
    assert.equal((await stat(out)).mode & 0o777, 0o600)
    // the node started on this key reports the same peer id; stdin closed, so it stops by itself
    const runWithKey = await runCli(['--identity', out, '--json', '--tcp-only', '--listen', '/ip4/127.0.0.1/tcp/0'])
    assert.equal(runWithKey.code, 0, runWithKey.stderr)
    assert.equal(JSON.parse(runWithKey.stdout.split('\n')[0]).peerId, peerId)
  })
})

describe('launcher', () => {
  it('runs through bin/p2p-chat.cjs on the bundled runtime, even when started by another node', async () => {
    const { code, stdout } = await runCli(['--help'], { launcher: LAUNCHER })
    assert.equal(code, 0)
    assert.match(stdout, /Usage: p2p-chat/)
  })

  it('works from a global install (npm install -g), started by the system node', async () => {
    const prefix = join(dir, 'global')
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', fileURLToPath(new URL('..', import.meta.url))], { stdio: 'ignore' })
    const bin = join(prefix, 'bin', 'p2p-chat')
    // PATH without the bundled runtime: the bin's shebang finds whatever `node` the system has
    const onlyEnv = { PATH: '/usr/local/bin:/usr/bin:/bin' }
    const { code, stdout, stderr } = await runCli(['--help'], { launcher: bin, execPath: bin, onlyEnv })
    assert.equal(code, 0, stderr)
    assert.match(stdout, /Usage: p2p-chat/)
    // and from another directory, with a path relative to it
    const elsewhere = await mkdtemp(join(dir, 'elsewhere-'))
    const gen = await runCli(['keygen', '--out', 'me.key'], { launcher: bin, execPath: bin, onlyEnv, cwd: elsewhere })
    assert.equal(gen.code, 0, gen.stderr)
    assert.match(gen.stdout, /^16Uiu2HA\w{45}$/m)
    assert.equal((await stat(join(elsewhere, 'me.key'))).mode & 0o777, 0o600)
  })

  it('says in one line that a runtime is too old, exit 1', async (t) => {
    const oldNode = systemNodeOlderThan22()
    if (oldNode == null) {
      t.skip('no Node.js older than 22 on PATH to try')
      return
    }
    const { code, stderr } = await runCli(['--help'], { launcher: LAUNCHER, execPath: oldNode, env: { P2P_CHAT_RUNTIME: 'current' } })
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /^p2p-chat: needs Node\.js >= 22\.18, found v\d+/)
    assert.equal(stderr.trim().split('\n').length, 1)
  })
})

function systemNodeOlderThan22 (): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim()
      if (Number(version.slice(1).split('.')[0]) < 22) return candidate
    } catch { /* not there */ }
  }
  return undefined
}
