/**
 * A node listens only where it is told (issue 15: a TCP-only loopback `--listen` still had UDP
 * sockets on 0.0.0.0 and [::], QUIC's dial endpoints, and STUN discovery bound every interface).
 * Each case starts the CLI and reads the sockets the process owns from /proc: its fds' socket
 * inodes, looked up in /proc/PID/net/{tcp,tcp6,udp,udp6}.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createSocket } from 'node:dgram'
import { readFile, readdir, readlink } from 'node:fs/promises'
import { jsonProcessStarter, freePort } from './helpers/cli.ts'
import { within } from './helpers/poll.ts'

const start = jsonProcessStarter()

/** `a.b.c.d:port` or `[v6]:port` from /proc's little-endian hex form. */
function procAddress (hex: string): string {
  const [addr, port] = hex.split(':')
  const p = parseInt(port, 16)
  if (addr.length === 8) {
    return `${[0, 1, 2, 3].map(i => parseInt(addr.slice(6 - 2 * i, 8 - 2 * i), 16)).join('.')}:${p}`
  }
  // four 32-bit words, each little-endian
  const bytes = [0, 1, 2, 3].flatMap(w => [3, 2, 1, 0].map(b => addr.slice(w * 8 + b * 2, w * 8 + b * 2 + 2)))
  const groups = Array.from({ length: 8 }, (_, i) => parseInt(bytes[2 * i] + bytes[2 * i + 1], 16).toString(16))
  const v6 = groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::').replace(/:{3,}/, '::')
  return `[${v6}]:${p}`
}

/** The listening TCP sockets and bound UDP sockets of process `pid`, as sorted `tcp 127.0.0.1:4001` lines. */
async function socketsOf (pid: number): Promise<string[]> {
  const inodes = new Set<string>()
  for (const fd of await readdir(`/proc/${pid}/fd`)) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')
    const m = /^socket:\[(\d+)\]$/.exec(target)
    if (m != null) inodes.add(m[1])
  }
  const found: string[] = []
  for (const table of ['tcp', 'tcp6', 'udp', 'udp6']) {
    const lines = (await readFile(`/proc/${pid}/net/${table}`, 'utf8')).trim().split('\n').slice(1)
    for (const line of lines) {
      const f = line.trim().split(/\s+/)
      const [local, state, inode] = [f[1], f[3], f[9]]
      if (!inodes.has(inode)) continue
      // TCP: only listeners (0A); UDP: every bound socket (a UDP socket receives from anyone)
      if (table.startsWith('tcp') && state !== '0A') continue
      found.push(`${table.replace('6', '')} ${procAddress(local)}`)
    }
  }
  return found.sort()
}

/** The node's ports as it announced them: TCP ports from `addrs`. */
function tcpPorts (addrs: string[]): number[] {
  return addrs.flatMap(a => { const m = /\/tcp\/(\d+)/.exec(a); return m != null ? [Number(m[1])] : [] })
}

function quicPorts (addrs: string[]): number[] {
  return addrs.flatMap(a => { const m = /\/udp\/(\d+)\/quic-v1/.exec(a); return m != null ? [Number(m[1])] : [] })
}

describe('a node listens only where it is told', () => {
  it('--tcp-only --listen 127.0.0.1 --stun-server none: one TCP listener on 127.0.0.1, nothing UDP', async () => {
    const node = start(['--tcp-only', '--listen', '/ip4/127.0.0.1/tcp/0', '--stun-server', 'none', '--no-stdin'])
    const { addrs } = await node.ready()
    const [port] = tcpPorts(addrs)
    assert.deepEqual(await socketsOf(node.child.pid ?? 0), [`tcp 127.0.0.1:${port}`])
  })

  it('--listen on TCP only (QUIC not turned off) and --metrics: the TCP listener and the metrics server, nothing UDP', async () => {
    const metricsPort = await freePort()
    const node = start(['--listen', '/ip4/127.0.0.1/tcp/0', '--stun-server', 'none', '--metrics', `127.0.0.1:${metricsPort}`, '--no-stdin'])
    const { addrs } = await node.ready()
    const [port] = tcpPorts(addrs)
    assert.deepEqual(await socketsOf(node.child.pid ?? 0), [`tcp 127.0.0.1:${metricsPort}`, `tcp 127.0.0.1:${port}`].sort())
  })

  it('--tcp-only --listen 127.0.0.1 with a STUN server: the discovery socket binds 127.0.0.1 too', async () => {
    // a STUN "server" on loopback that never answers: only where the request comes from matters
    const stun = createSocket('udp4')
    await new Promise<void>(resolve => { stun.bind(0, '127.0.0.1', resolve) })
    const request = new Promise<{ address: string, port: number }>(resolve => { stun.once('message', (_msg, rinfo) => { resolve(rinfo) }) })
    try {
      const node = start(['--tcp-only', '--listen', '/ip4/127.0.0.1/tcp/0', '--stun-server', `127.0.0.1:${stun.address().port}`, '--no-stdin'])
      const { addrs } = await node.ready()
      const [port] = tcpPorts(addrs)
      const from = await within('a STUN request from the node', 10_000, request)
      assert.deepEqual(await socketsOf(node.child.pid ?? 0), [`tcp 127.0.0.1:${port}`, `udp 127.0.0.1:${from.port}`].sort())
    } finally {
      stun.close()
    }
  })

  // the QUIC transport's dial endpoints bind 0.0.0.0 and [::] once QUIC is in use, whatever the listen
  // address: it has no option for their address (lazy-quic.ts); this pins down that nothing else is bound
  it('--quic-only --listen 127.0.0.1: the QUIC listener on 127.0.0.1, plus only the transport\'s two dial endpoints', async () => {
    const node = start(['--quic-only', '--listen', '/ip4/127.0.0.1/udp/0/quic-v1', '--stun-server', 'none', '--no-stdin'])
    const { addrs } = await node.ready()
    const [port] = quicPorts(addrs)
    const sockets = await socketsOf(node.child.pid ?? 0)
    assert.ok(sockets.includes(`udp 127.0.0.1:${port}`), `the listener: ${sockets.join(', ')}`)
    const others = sockets.filter(s => s !== `udp 127.0.0.1:${port}`)
    assert.ok(others.length <= 2 && others.every(s => /^udp (0\.0\.0\.0|\[::\]):\d+$/.test(s)), `only QUIC's dial endpoints besides: ${others.join(', ')}`)
  })
})
