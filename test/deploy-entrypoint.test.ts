/**
 * The container entrypoint (deploy/docker/entrypoint.sh): environment to flags, the persistent key
 * file, the bootstrap address from a peer-id file. It runs under /bin/sh against a stand-in `node`
 * that records its arguments, so these tests need no image; scripts/deploy-test.sh runs the real one.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RUN_FLAGS } from '../src/cli/args.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'

const ENTRYPOINT = new URL('../deploy/docker/entrypoint.sh', import.meta.url).pathname
const FAKE_PEER_ID = '16Uiu2HAmFakeFakeFakeFakeFakeFakeFakeFakeFakeFakeFake'

/** A directory with a stand-in `node`: `keygen --out F` writes F and prints a peer id; every call is logged. */
function sandbox (): { dir: string, calls: () => string[][] } {
  const dir = mkdtempSync(join(tmpdir(), 'p2p-chat-entrypoint-'))
  cleanupTempDir(dir)
  const fakeNode = join(dir, 'node')
  writeFileSync(fakeNode, `#!/bin/sh
printf '%s\\037' "$@" >> "${dir}/calls"; printf '\\n' >> "${dir}/calls"
if [ "$2" = keygen ]; then printf 'key' > "$4"; echo ${FAKE_PEER_ID}; fi
`)
  chmodSync(fakeNode, 0o755)
  const calls = (): string[][] => existsSync(join(dir, 'calls'))
    ? readFileSync(join(dir, 'calls'), 'utf8').split('\n').filter(Boolean).map(line => line.split('\x1f').slice(0, -1))
    : []
  return { dir, calls }
}

function entrypoint (dir: string, args: string[], env: Record<string, string> = {}): { status: number | null, stdout: string, stderr: string } {
  const result = spawnSync('/bin/sh', [ENTRYPOINT, ...args], {
    env: { PATH: `${dir}:/usr/bin:/bin`, P2P_CHAT_APP_DIR: '/app', ...env },
    encoding: 'utf8',
    timeout: 10_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

test('the entrypoint knows every setting flag of `p2p-chat run` (all but --help, --version), with its kind', () => {
  const script = readFileSync(ENTRYPOINT, 'utf8')
  const list = /run_flags='([^']*)'/.exec(script)
  assert.ok(list != null, 'run_flags list not found in entrypoint.sh')
  const inScript = Object.fromEntries(list[1].trim().split(/\s+/).map(spec => spec.split(':')))
  const expected = Object.fromEntries(Object.entries(RUN_FLAGS).filter(([name]) => name !== 'help' && name !== 'version').map(([name, flag]) => [
    name, flag.type === 'boolean' ? 'bool' : 'multiple' in flag && flag.multiple ? 'list' : 'value'
  ]))
  assert.deepEqual(inScript, expected, 'deploy/docker/entrypoint.sh run_flags must match RUN_FLAGS in src/cli/args.ts')
})

test('P2P_CHAT_* variables become flags in front of the command line', () => {
  const { dir, calls } = sandbox()
  const result = entrypoint(dir, ['--nick', 'carol', '--room', 'den'], {
    P2P_CHAT_LISTEN: '/ip4/0.0.0.0/tcp/4001  /ip4/0.0.0.0/udp/4001/quic-v1',
    P2P_CHAT_NICK: 'bob smith',
    P2P_CHAT_JSON: 'true',
    P2P_CHAT_STDIN: 'false',
    P2P_CHAT_EXTERNAL: '*',
    P2P_CHAT_LOG_LEVEL: '',
    P2P_CHAT_PUBLISH_TIMEOUT: '5'
  })
  assert.equal(result.status, 0, result.stderr)
  assert.deepEqual(calls(), [[
    '/app/dist/cli/main.js', 'run',
    '--listen', '/ip4/0.0.0.0/tcp/4001', '--listen', '/ip4/0.0.0.0/udp/4001/quic-v1',
    '--external', '*', // split on spaces, never globbed
    '--nick', 'bob smith', '--json', '--no-stdin', '--publish-timeout', '5',
    '--nick', 'carol', '--room', 'den' // the command line comes last, so it wins
  ]])
})

test('`run` is optional; keygen, interop-node and --version go to the CLI as they are; other commands run as given', () => {
  const { dir, calls } = sandbox()
  assert.equal(entrypoint(dir, ['run', '--tcp-only']).status, 0)
  assert.equal(entrypoint(dir, ['--version']).status, 0)
  assert.equal(entrypoint(dir, ['keygen', '--out', join(dir, 'k')], { P2P_CHAT_NICK: 'ignored' }).stdout.trim(), FAKE_PEER_ID)
  assert.equal(entrypoint(dir, ['interop-node', '--params', '/params.json'], { P2P_CHAT_NICK: 'ignored' }).status, 0)
  assert.deepEqual(calls(), [
    ['/app/dist/cli/main.js', 'run', '--tcp-only'],
    ['/app/dist/cli/main.js', '--version'],
    ['/app/dist/cli/main.js', 'keygen', '--out', join(dir, 'k')],
    ['/app/dist/cli/main.js', 'interop-node', '--params', '/params.json']
  ])
  const echo = entrypoint(dir, ['echo', 'hello'])
  assert.equal(echo.stdout, 'hello\n')
})

test('a boolean variable that is not true or false is one clear error, exit 2', () => {
  const { dir, calls } = sandbox()
  const result = entrypoint(dir, [], { P2P_CHAT_TCP_ONLY: 'maybe' })
  assert.equal(result.status, 2)
  assert.match(result.stderr, /^p2p-chat-entrypoint: P2P_CHAT_TCP_ONLY=maybe: expected true or false\n$/)
  assert.deepEqual(calls(), [])
})

test('P2P_CHAT_KEY_FILE: created once with keygen, then loaded; the peer id is published', () => {
  const { dir, calls } = sandbox()
  const env = { P2P_CHAT_KEY_FILE: join(dir, 'identity.key'), P2P_CHAT_PEER_ID_FILE: join(dir, 'peer-id') }
  const first = entrypoint(dir, [], env)
  assert.equal(first.status, 0, first.stderr)
  assert.match(first.stderr, /created identity .*identity\.key \(16Uiu2HAmFake/)
  assert.equal(readFileSync(join(dir, 'peer-id'), 'utf8'), `${FAKE_PEER_ID}\n`)
  assert.equal(entrypoint(dir, [], env).status, 0)
  assert.deepEqual(calls(), [
    ['/app/dist/cli/main.js', 'keygen', '--out', env.P2P_CHAT_KEY_FILE],
    ['/app/dist/cli/main.js', 'run', '--identity', env.P2P_CHAT_KEY_FILE],
    ['/app/dist/cli/main.js', 'run', '--identity', env.P2P_CHAT_KEY_FILE] // no second keygen
  ])
  const both = entrypoint(dir, [], { ...env, P2P_CHAT_IDENTITY: '/other.key' })
  assert.equal(both.status, 2)
  assert.match(both.stderr, /P2P_CHAT_KEY_FILE excludes P2P_CHAT_IDENTITY/)
})

test('the bootstrap address is completed with the peer id from a file, which it waits for', () => {
  const { dir, calls } = sandbox()
  const idFile = join(dir, 'bootstrap-peer-id')
  const env = { P2P_CHAT_BOOTSTRAP_ADDR: '/dns4/bootstrap/tcp/4001/', P2P_CHAT_BOOTSTRAP_PEER_ID_FILE: idFile, P2P_CHAT_BOOTSTRAP_WAIT: '0' }
  const missing = entrypoint(dir, [], env)
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /P2P_CHAT_BOOTSTRAP_PEER_ID_FILE .*bootstrap-peer-id: still missing after 0s/)

  writeFileSync(idFile, `${FAKE_PEER_ID}\n`)
  assert.equal(entrypoint(dir, ['--bootstrap', '/ip4/10.0.0.1/tcp/1/p2p/x'], env).status, 0)
  assert.deepEqual(calls(), [[
    '/app/dist/cli/main.js', 'run', '--bootstrap', `/dns4/bootstrap/tcp/4001/p2p/${FAKE_PEER_ID}`, '--bootstrap', '/ip4/10.0.0.1/tcp/1/p2p/x'
  ]])

  const half = entrypoint(dir, [], { P2P_CHAT_BOOTSTRAP_ADDR: '/dns4/bootstrap/tcp/4001' })
  assert.equal(half.status, 2)
  assert.match(half.stderr, /go together: set both/)
})
