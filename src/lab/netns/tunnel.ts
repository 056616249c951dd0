/**
 * A way in for the harness itself, never a way out for the lab: a TCP listener on 127.0.0.1 in
 * the caller's namespace whose connections are relayed, through a Unix socket (a file, which
 * namespaces share), to a relay process inside a lab namespace that connects to a port there
 * (e.g. Prometheus' API on the monitor address). Lab machines still have no route to anything
 * outside the lab.
 */
import { createConnection, createServer } from 'node:net'
import type { Socket } from 'node:net'
import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { NetnsError } from './errors.ts'

export interface Tunnel {
  /** port on 127.0.0.1 in the caller's namespace */
  port: number
  /** the Unix socket, for clients that take one (http.request({ socketPath })) */
  socketPath: string
  close: () => Promise<void>
}

const RELAY = `
const net = require('node:net')
const [socketPath, host, port] = JSON.parse(process.env.P2PC_TUNNEL)
net.createServer(client => {
  const target = net.connect(port, host)
  client.pipe(target).pipe(client)
  client.on('error', () => target.destroy())
  target.on('error', () => client.destroy())
}).listen(socketPath, () => process.stdout.write('up\\n'))
`

/**
 * `spawnInNs` starts a process inside the target namespace (Lab.spawn). Resolves once both ends
 * listen.
 */
export async function openTunnel (spawnInNs: (cmd: string, args: string[], env: NodeJS.ProcessEnv) => ChildProcess, socketPath: string, host: string, port: number): Promise<Tunnel> {
  rmSync(socketPath, { force: true })
  const relay = spawnInNs(process.execPath, ['-e', RELAY], { ...process.env, P2PC_TUNNEL: JSON.stringify([socketPath, host, port]) })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NetnsError(`tunnel to ${host}:${port}: relay did not start within 10 s`)), 10_000)
    relay.stdout?.once('data', () => { clearTimeout(timer); resolve() })
    relay.once('exit', code => { clearTimeout(timer); reject(new NetnsError(`tunnel to ${host}:${port}: relay exited (${code})`)) })
  })
  const sockets = new Set<Socket>()
  const server = createServer(client => {
    const inner = createConnection(socketPath)
    sockets.add(client).add(inner)
    client.pipe(inner).pipe(client)
    client.on('error', () => inner.destroy())
    inner.on('error', () => client.destroy())
    client.on('close', () => { sockets.delete(client); sockets.delete(inner) })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as { port: number }).port,
    socketPath,
    async close () {
      for (const s of sockets) s.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
      if (relay.pid != null) try { process.kill(-relay.pid, 'SIGKILL') } catch { /* gone */ }
      rmSync(socketPath, { force: true })
    }
  }
}
