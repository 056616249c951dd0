/**
 * The lab's STUN server: coturn in STUN-only mode on both STUN addresses, primary port 3478 and
 * alternate port 3479, so it answers RFC 5780 CHANGE-REQUESTs (other address and port) and
 * reports OTHER-ADDRESS. It runs inside the lab's `stun` namespace only.
 */
import { NetnsError } from '../netns/errors.ts'
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { STUN_ADDRESSES, STUN_ALT_PORT, STUN_PORT } from './addresses.ts'

/** What the STUN server needs of the lab (the NatLab satisfies it): its namespace, spawn and exec there. */
export interface StunLab {
  readonly stunNs: string
  spawn: (ns: string, cmd: string, args?: string[], options?: SpawnOptions) => ChildProcess
  exec: (ns: string, cmd: string, args?: string[]) => Promise<string>
}

export async function startCoturn (lab: StunLab, timeoutMs = 10_000): Promise<void> {
  const child = lab.spawn(lab.stunNs, 'turnserver', [
    '--stun-only', '--no-cli', '--no-tls', '--no-dtls', '--no-stdout-log', '--log-file', 'stdout', '--simple-log',
    ...STUN_ADDRESSES.flatMap(a => ['-L', a]),
    '-p', String(STUN_PORT), '--alt-listening-port', String(STUN_ALT_PORT),
    '--pidfile', '/dev/null', '--no-software-attribute', '-n'
  ], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (c: string) => { stderr = (stderr + c).slice(-2000) })
  const deadline = Date.now() + timeoutMs
  // ready when a Binding request sent from inside its namespace gets an answer
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new NetnsError(`turnserver exited (${child.exitCode}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`)
    const probe = await lab.exec(lab.stunNs, process.execPath, ['-e', PROBE, STUN_ADDRESSES[0], String(STUN_PORT)]).catch(() => '')
    if (probe.includes('ok')) return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new NetnsError(`turnserver did not answer within ${timeoutMs} ms: ${stderr.trim().split('\n').slice(-3).join(' | ')}`)
}

// a minimal Binding request (type 0x0001, length 0, magic cookie, 12-byte id); any answer is enough
const PROBE = `
const s = require('node:dgram').createSocket('udp4')
const req = Buffer.alloc(20); req.writeUInt16BE(1, 0); req.writeUInt32BE(0x2112a442, 4)
s.on('message', () => { console.log('ok'); process.exit(0) })
s.send(req, Number(process.argv.at(-1)), process.argv.at(-2))
setTimeout(() => process.exit(1), 300)
`
