/**
 * `node src/node/nat/stun/probe.ts HOST:PORT [HOST2:PORT2]`: classifies the NAT in front of this
 * machine (or network namespace) and prints one JSON line. The NAT lab's tests run it in each host.
 */
import { createSocket } from 'node:dgram'
import { networkInterfaces } from 'node:os'
import { classifyNat } from '../classify.ts'
import { parseStunServer, StunClient } from './client.ts'

const [first, second] = process.argv.slice(2)
if (first == null) {
  console.error('usage: probe.ts HOST:PORT [HOST2:PORT2]')
  process.exit(2)
}
const socket = createSocket('udp4')
await new Promise<void>(resolve => socket.bind(0, resolve))
const client = new StunClient(socket)
try {
  const local = Object.values(networkInterfaces()).flat().flatMap(i => i != null ? [i.address] : [])
  const result = await classifyNat(client, {
    server: parseStunServer(first),
    ...(second != null ? { secondServer: parseStunServer(second) } : {}),
    localAddresses: local
  })
  console.log(JSON.stringify({ localPort: socket.address().port, ...result }))
} catch (err) {
  console.log(JSON.stringify({ error: (err as Error).message }))
  process.exitCode = 1
} finally {
  client.close()
  socket.close()
}
