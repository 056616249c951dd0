/**
 * TCP throughput probe for test/netns.test.ts, run inside lab namespaces.
 *   sink PORT             counts bytes per connection, answers the count when the sender ends
 *   send HOST PORT BYTES  sends BYTES, prints { bytes, ms } once the sink confirmed them all
 */
import { connect, createServer } from 'node:net'

const [mode, ...rest] = process.argv.slice(2)
if (mode === 'sink') {
  createServer(socket => {
    let bytes = 0
    socket.on('data', chunk => { bytes += chunk.length })
    socket.on('end', () => socket.end(String(bytes)))
  }).listen(Number(rest[0]), () => process.stdout.write('listening\n'))
} else if (mode === 'send') {
  const [host, port, bytesArg] = rest
  const total = Number(bytesArg)
  const start = performance.now()
  const socket = connect(Number(port), host, () => {
    for (let sent = 0; sent < total; sent += 65536) socket.write(Buffer.alloc(Math.min(65536, total - sent)))
    socket.end()
  })
  let answer = ''
  socket.on('data', chunk => { answer += chunk.toString() })
  socket.on('end', () => { process.stdout.write(JSON.stringify({ bytes: Number(answer), ms: performance.now() - start }) + '\n') })
} else {
  process.stderr.write('usage: netns-tcp.ts sink PORT | send HOST PORT BYTES\n')
  process.exit(2)
}
